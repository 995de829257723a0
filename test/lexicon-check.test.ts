// `lexicon check` beyond the schema: each mistake a user made in a lexicon of their own is a
// finding at the file:line:col of the offending value, checked with the built-in lexicons loaded.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLexicons } from '../src/lexicon/check/check-lexicons.js';

/** A loaded-term file with one entry; `fields` are YAML lines of 4-space indent. */
const loaded = (fields: string) => `kind: loaded
description: mine
entries:
  - id: mine
    category: evaluative
    certainty: medium
    explanation: A word that judges.
${fields}`;

const actors = (fields: string) => `kind: actors
description: mine
entries:
  - id: imran-khan
    name: Imran Khan
    kind: person
${fields}`;

function check(files: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'framelens-check-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return checkLexicons([dir]).findings.map((f) => `${f.severity} ${f.text.replace(`${dir}/`, '')}`);
}

describe('lexicon check finds', () => {
  it.each([
    ['a term given again in its entry', loaded('    terms: [paper tiger, paper tiger]\n'), 'warning mine.yml:8:26: "paper tiger" is given again (terms[0]); drop it'],
    ['a term again in another case', loaded('    terms: [paper tiger, Paper Tiger]\n'), /^warning mine\.yml:8:26: "Paper Tiger" is terms\[0\] "paper tiger" again: the matcher ignores case/],
    ['a term of a built-in entry', loaded('    terms: [paper tiger, brazenly]\n'), /^error mine\.yml:8:26: "brazenly" is already a term of the built-in entry "brazen" \(lexicons\/loaded-evaluative\.yml:\d+:\d+\), which keeps it: this entry never matches it; drop it here, or give this entry the id "brazen"/],
    ['a pattern with .*', loaded('    terms: [terror.*]\n'), /^error mine\.yml:8:13: "terror\.\*" is matched as the literal text "terror": terms are words, not patterns/],
    ['a pattern with [', loaded('    terms: ["[unclosed"]\n'), /^error mine\.yml:8:13: "\[unclosed" is matched as the literal text "unclosed"/],
    ['a pattern with |', loaded('    terms: ["(foo|bar)"]\n'), /^error mine\.yml:8:13: "\(foo\|bar\)" is matched as the literal text "foo\|bar"/],
    ['a pattern with +', loaded('    terms: [goon+]\n'), /^error mine\.yml:8:13: "goon\+" is matched as the literal text "goon"/],
    ['a pattern with \\', loaded('    terms: ["a\\\\b"]\n'), /^error mine\.yml:8:13: "a\\\\b" is matched as the literal text "a\\\\b"/],
    ['a match example the terms miss', loaded('    terms: [paper tiger]\n    examples: { match: [He was brave.] }\n'), 'error mine.yml:9:25: examples.match[0] "He was brave." gives no match of "mine"; add the term it should find, or change the example'],
    ['a noMatch example the terms match', loaded('    terms: [paper tiger]\n    examples: { noMatch: [A paper tiger roared.] }\n'), 'error mine.yml:9:27: examples.noMatch[0] "A paper tiger roared." is matched ("paper tiger"); add the phrase around it to exceptions, or change the example'],
    ['a match example a built-in entry takes', loaded('    terms: [paper tiger]\n    examples: { match: [The regime fell.] }\n'), /^error mine\.yml:9:25: examples\.match\[0\] "The regime fell\." gives no match of "mine"; add the term/],
    ['a typo in the category', loaded('    terms: [paper tiger]\n').replace('category: evaluative', 'category: evalutive'), /^error mine\.yml:5:15: category "evalutive" is unknown; did you mean "evaluative"\? The categories are delegitimising-label, euphemism, evaluative, /],
    ['a category of the user\'s own', loaded('    terms: [paper tiger]\n').replace('category: evaluative', 'category: sports-metaphor'), /^warning mine\.yml:5:15: category "sports-metaphor" is none of the built-in ones \(.*\): reports show it as a category of its own$/],
    ['a typo in an affiliation', actors('    affiliation: pakistn\n'), 'error mine.yml:7:18: affiliation "pakistn" is the id of no actor; did you mean "pakistan"?'],
    ['an affiliation far from any actor', actors('    affiliation: tehreek-e-insaf\n'), /^error mine\.yml:7:18: affiliation "tehreek-e-insaf" is the id of no actor; give the id of an actor/],
  ])('%s', (_what, yaml, expected) => {
    const findings = check({ 'mine.yml': yaml });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatch(expected);
  });
});

describe('lexicon check goes on after a broken entry or file', () => {
  it('checks the valid entries of a file with a broken one, and the other files', () => {
    const broken = loaded('    terms: [paper tiger]\n').replace('certainty: medium', 'certainty: sure');
    const other = loaded('    terms: [brazenly]\n').replace('id: mine', 'id: other');
    const second = `${broken}  - id: second\n    category: evaluative\n    certainty: low\n    explanation: x\n    terms: [regime]\n`;
    expect(check({ 'a.yml': second, 'b.yml': other })).toEqual([
      expect.stringMatching(/^error a\.yml:6:16: entries\[0\]\.certainty: /),
      expect.stringMatching(/^error a\.yml:13:13: "regime" is already a term of the built-in entry "regime"/),
      expect.stringMatching(/^error b\.yml:8:13: "brazenly" is already a term of the built-in entry "brazen"/),
    ]);
  });

  it('reports a YAML syntax error once, where the bracket is left open', () => {
    const yaml = loaded('    terms: [paper tiger\n    alternatives: [x]\n    sources: [y]\n');
    expect(check({ 'a.yml': yaml, 'b.yml': loaded('    terms: [goon+]\n') })).toEqual([
      'error a.yml:8:12: YAML syntax: the list opened here with `[` is not closed: add `]` at its end',
      expect.stringMatching(/^error b\.yml:8:13: "goon\+" is matched as the literal text "goon"/),
    ]);
  });
});

describe('lexicon check says why an example is missed', () => {
  it('names the entry that takes the words', () => {
    expect(check({ 'mine.yml': loaded('    terms: [regime]\n    examples: { match: [The regime fell.] }\n') })).toEqual([
      expect.stringMatching(/^error mine\.yml:8:13: "regime" is already a term of the built-in entry "regime"/),
      expect.stringMatching(/^error mine\.yml:9:25: examples\.match\[0\] "The regime fell\." gives no match of "mine": "regime" there is matched as entry "regime" \(lexicons\/loaded-delegitimising\.yml:\d+:\d+\)$/),
    ]);
  });
});

describe('lexicon check on the built-in lexicons', () => {
  it('finds nothing', () => {
    expect(checkLexicons([]).findings).toEqual([]);
  });
});
