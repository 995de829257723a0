// Each entry's examples run through the matcher of the whole set, as the tests run the built-in
// ones: a `match` sentence must give a match of the entry, a `noMatch` sentence none.
import type { BuiltSet } from '../load-lexicons.js';
import { compilePhraseMatcher, type PhraseMatcher } from '../match-terms.js';
import { error, quoted, type Finding } from './finding.js';
import { hasLiteralWord, wordsOf } from '../literal-with.js';

interface Example {
  id: string;
  terms: string[];
  exceptions?: string[];
  literalWith?: string[];
  examples: { match: string[]; noMatch: string[] };
}

export function exampleProblems(built: BuiltSet): Finding[] {
  const { set } = built;
  return [
    ...examplesOf(built, set.loaded, compilePhraseMatcher(set.loaded)),
    ...examplesOf(built, set.hedges, compilePhraseMatcher(set.hedges)),
    // A verb's forms are looked for by themselves: they are no terms of a shared matcher.
    ...set.attribution.flatMap((v) => examplesOf(built, [{ ...v, terms: v.forms }], compilePhraseMatcher([{ terms: v.forms }]), v)),
  ];
}

function examplesOf<T extends Example>(built: BuiltSet, entries: T[], matcher: PhraseMatcher<T | { terms: string[] }>, origin?: object): Finding[] {
  const out: Finding[] = [];
  for (const entry of entries) {
    const at = (path: (string | number)[]) => built.at(origin ?? entry, path);
    const own = (m: { entry: object }) => origin !== undefined || m.entry === entry;
    entry.examples.match.forEach((text, i) => {
      const found = matcher.find(text);
      if (found.some(own)) return;
      // The entry alone would match: another entry's term (or a longer one) took the words.
      const alone = compilePhraseMatcher([entry]).find(text)[0];
      const taker = alone && found.find((m) => m.start < alone.end && alone.start < m.end);
      const why = taker
        ? `: ${JSON.stringify(taker.text)} there is matched as ${'id' in taker.entry ? `entry ${JSON.stringify(taker.entry.id)} (${built.at(taker.entry, ['id'])})` : 'another entry'}`
        : '; add the term it should find, or change the example';
      out.push(error(`${at(['examples', 'match', i])}: examples.match[${i}] ${quoted(text)} gives no match of ${JSON.stringify(entry.id)}${why}`));
    });
    entry.examples.noMatch.forEach((text, i) => {
      // (An example is one sentence: a `literalWith` word in it makes the term literal.)
      const hit = hasLiteralWord(entry, wordsOf(text)) ? undefined : matcher.find(text).find(own);
      if (hit) out.push(error(`${at(['examples', 'noMatch', i])}: examples.noMatch[${i}] ${quoted(text)} is matched (${JSON.stringify(hit.text)}); add the phrase around it to exceptions, or change the example`));
    });
  }
  return out;
}
