// Terms as the matcher reads them: case, curly apostrophes and spacing do not count, so
// `Paper Tiger` is `paper tiger` again; of two entries with one term only the first ever matches
// it (a built-in entry comes first). Terms are literal words: regex syntax is punctuation, dropped
// at a term's ends (`terror.*` matches `terror`) and literal inside it (`(foo|bar)` needs the text
// `foo|bar`).
import type { BuiltSet } from '../load-lexicons.js';
import { literalPhrase } from '../match-terms.js';
import { error, warning, type Finding } from './finding.js';

/** Characters of a regular expression (a dot only before a repeat: `u.s.-backed` is an abbreviation). */
const REGEX_LIKE = /[*+?|()[\]{}\\^$]|\.(?=[*+?{])/;

export function termProblems(built: BuiltSet): Finding[] {
  const { set } = built;
  const out: Finding[] = [];
  for (const list of [set.loaded, set.hedges]) out.push(...repeatedTerms(built, list));
  for (const e of [...set.loaded, ...set.hedges]) {
    e.terms.forEach((t, j) => out.push(...patternLike(built, e, ['terms', j], t)));
    e.exceptions.forEach((t, j) => out.push(...patternLike(built, e, ['exceptions', j], t)));
  }
  for (const v of set.attribution) v.forms.forEach((t, j) => out.push(...patternLike(built, v, ['forms', j], t)));
  return out;
}

function patternLike(built: BuiltSet, entry: object, path: (string | number)[], term: string): Finding[] {
  const literal = literalPhrase(term);
  if (literal === null) return [error(`${built.at(entry, path)}: ${JSON.stringify(term)} has no word to match`)];
  if (!REGEX_LIKE.test(term)) return [];
  return [
    error(
      `${built.at(entry, path)}: ${JSON.stringify(term)} is matched as the literal text ${JSON.stringify(literal)}: terms are words, not patterns, and punctuation at their ends is dropped; list each form or alternative as a term of its own (a hyphen or an apostrophe is fine)`,
    ),
  ];
}

function repeatedTerms(built: BuiltSet, entries: { id: string; terms: string[] }[]): Finding[] {
  const { at, isBuiltin } = built;
  const out: Finding[] = [];
  const owner = new Map<string, { entry: { id: string }; j: number }>();
  for (const entry of entries) {
    const here = new Map<string, number>();
    entry.terms.forEach((term, j) => {
      const literal = literalPhrase(term);
      // A pattern's literal is a problem of its own (patternLike).
      if (literal === null || REGEX_LIKE.test(term)) return;
      const first = here.get(literal);
      if (first !== undefined) {
        const again =
          entry.terms[first] === term
            ? `is given again (terms[${first}])`
            : `is terms[${first}] ${JSON.stringify(entry.terms[first])} again: the matcher ignores case, apostrophe style and spacing`;
        out.push(warning(`${at(entry, ['terms', j])}: ${JSON.stringify(term)} ${again}; drop it`));
        return;
      }
      here.set(literal, j);
      const o = owner.get(literal);
      if (!o) {
        owner.set(literal, { entry, j });
        return;
      }
      const where = `${at(o.entry, ['terms', o.j])}`;
      const fix =
        isBuiltin(o.entry) && !isBuiltin(entry)
          ? `drop it here, or give this entry the id ${JSON.stringify(o.entry.id)} to replace the built-in one`
          : 'keep it in one entry';
      const whose = isBuiltin(o.entry) && !isBuiltin(entry) ? 'the built-in entry' : 'entry';
      out.push(error(`${at(entry, ['terms', j])}: ${JSON.stringify(term)} is already a term of ${whose} ${JSON.stringify(o.entry.id)} (${where}), which keeps it: this entry never matches it; ${fix}`));
    });
  }
  return out;
}
