// The loader names a broken lexicon file by file:line:col, with what was expected and what it found.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LexiconError, loadLexicons } from '../src/lexicon/load-lexicons.js';

const entry = (lines: string) => `kind: loaded
description: test file
entries:
  - id: regime
    terms: [regime]
    category: delegitimising-label
    certainty: medium
    explanation: A word that frames.
${lines}`;

const cases = [
  {
    name: 'wrong type',
    yaml: entry('  - id: puppet\n    terms: puppet\n    category: delegitimising-label\n    certainty: high\n    explanation: x\n'),
    where: 'bad.yml:10:12',
    message: /entries\[1\]\.terms: .*expected array.*found "puppet"/,
  },
  {
    name: 'missing field',
    yaml: entry('  - id: puppet\n    terms: [puppet]\n    category: delegitimising-label\n    explanation: x\n'),
    where: 'bad.yml:9:5',
    message: /entries\[1\]\.certainty: .*expected one of .*found nothing/,
  },
  {
    name: 'category not in id format',
    yaml: entry('  - id: puppet\n    terms: [puppet]\n    category: Delegitimising Label\n    certainty: high\n    explanation: x\n'),
    where: 'bad.yml:11:15',
    message: /entries\[1\]\.category: a lower-case id of letters, digits and hyphens; found "Delegitimising Label"/,
  },
  {
    name: 'unknown certainty value',
    yaml: entry('  - id: puppet\n    terms: [puppet]\n    category: delegitimising-label\n    certainty: sure\n    explanation: x\n'),
    where: 'bad.yml:12:16',
    message: /entries\[1\]\.certainty: .*expected one of .*found "sure"/,
  },
  {
    name: 'names not a yes or no',
    yaml: entry('  - id: puppet\n    terms: [puppet]\n    category: delegitimising-label\n    certainty: high\n    names: sometimes\n    explanation: x\n'),
    where: 'bad.yml:13:12',
    message: /entries\[1\]\.names: .*found "sometimes"/,
  },
  {
    name: 'names lists a word that is not one of the terms',
    yaml: entry('  - id: puppet\n    terms: [puppet, puppets]\n    category: delegitimising-label\n    certainty: high\n    names: [puppets, stooges]\n    explanation: x\n'),
    where: 'bad.yml:13:22',
    message: /entries\[1\]\.names\[1\]: a term of this entry .*found "stooges"/,
  },
  {
    name: 'duplicate id',
    yaml: entry('  - id: regime\n    terms: [regimes]\n    category: delegitimising-label\n    certainty: high\n    explanation: x\n'),
    where: 'bad.yml:9:9',
    message: /entries\[1\]\.id: expected a unique id, found duplicate "regime"/,
  },
  {
    name: 'a nickname not capitalised',
    yaml: 'kind: names\ndescription: test\nentries:\n  - id: male\n    gender: male\n    explanation: x\n    names: [Robert]\n    nicknames: { Robert: [bob] }\n',
    where: 'bad.yml:8:27',
    message: /entries\[0\]\.nicknames\.Robert\[0\]: a capitalised first name; found "bob"/,
  },
  {
    // Once, where the `[` is left open (the parser notices it at the line after).
    name: 'YAML syntax error',
    yaml: 'kind: loaded\ndescription: test\nentries:\n  - id: regime\n    terms: [regime\n    category: evaluative\n    certainty: high\n',
    where: 'bad.yml:5:12',
    message: /YAML syntax: the list opened here with `\[` is not closed: add `\]` at its end$/,
  },
];

function loadBroken(yaml: string): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'framelens-lex-'));
  const empty = join(dir, 'empty');
  mkdirSync(empty);
  writeFileSync(join(dir, 'bad.yml'), yaml);
  try {
    loadLexicons([dir], empty);
  } catch (e) {
    if (e instanceof LexiconError) return e.problems;
    throw e;
  }
  return [];
}

describe('loader errors', () => {
  it.each(cases)('$name → $where', ({ yaml, where, message }) => {
    const problems = loadBroken(yaml);
    expect(problems).toHaveLength(1);
    const [problem] = problems;
    expect(problem.replace(/^.*?bad\.yml/, 'bad.yml')).toMatch(new RegExp(`^${where.replace('.', '\\.')}: `));
    expect(problem).toMatch(message);
  });

  it('loads a valid file from an extra folder alongside nothing else', () => {
    const dir = mkdtempSync(join(tmpdir(), 'framelens-lex-'));
    const empty = join(dir, 'empty');
    mkdirSync(empty);
    writeFileSync(join(dir, 'ok.yml'), entry(''));
    const lex = loadLexicons([dir], empty);
    expect(lex.loaded.map((e) => [e.id, e.certainty, e.alternatives, e.exceptions])).toEqual([['regime', 'medium', [], []]]);
    expect(lex.hash).toMatch(/^[0-9a-f]{16}$/);
  });

  it('reads nicknames as short form → the first names it is short for', () => {
    const dir = mkdtempSync(join(tmpdir(), 'framelens-lex-'));
    const empty = join(dir, 'empty');
    mkdirSync(empty);
    writeFileSync(join(dir, 'names.yml'), 'kind: names\ndescription: test\nentries:\n  - id: female\n    gender: female\n    explanation: x\n    names: [Katherine]\n    nicknames: { Katherine: [Kate], Catherine: [Kate, Cathy] }\n');
    const lex = loadLexicons([dir], empty);
    expect([...lex.nicknames!]).toEqual([['kate', ['katherine', 'catherine']], ['cathy', ['catherine']]]);
    expect(lex.firstNames!.has('kate')).toBe(false);
  });

  it('lets an entry of an extra folder replace the built-in entry of its id, where it stood', () => {
    const dir = mkdtempSync(join(tmpdir(), 'framelens-lex-'));
    writeFileSync(join(dir, 'mine.yml'), entry(''));
    const builtin = loadLexicons().loaded.map((e) => e.id);
    const lex = loadLexicons([dir], undefined, { cache: false });
    expect(lex.loaded.map((e) => e.id)).toEqual(builtin);
    expect(lex.loaded.find((e) => e.id === 'regime')).toMatchObject({ terms: ['regime'], explanation: 'A word that frames.', file: join(dir, 'mine.yml') });
  });

  it('loads the built-in lexicons without problems', () => {
    const lex = loadLexicons();
    expect(lex.loaded.length).toBeGreaterThan(0);
    expect(lex.hedges.some((h) => h.kind === 'hedge') && lex.hedges.some((h) => h.kind === 'intensifier')).toBe(true);
  });
});
