// Every lexicon entry's own examples: `match` sentences must produce a match of that entry and
// `noMatch` sentences none, with the whole lexicon compiled (so longer terms of other entries and
// exceptions are in play, as in a real run).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../src/lexicon/load-lexicons.js';
import { compileHedgeMatcher, compilePhraseMatcher, compileTermMatcher } from '../src/lexicon/match-terms.js';
import { hasLiteralWord, wordsOf } from '../src/lexicon/literal-with.js';

const lex = loadLexicons();
const terms = compileTermMatcher(lex.loaded);
const hedges = compileHedgeMatcher(lex.hedges);

const rows = <T extends { id: string; examples: { match: string[]; noMatch: string[] } }>(entries: T[]) =>
  entries.flatMap((entry) => [
    ...entry.examples.match.map((text) => ({ id: entry.id, text, expected: true, entry })),
    ...entry.examples.noMatch.map((text) => ({ id: entry.id, text, expected: false, entry })),
  ]);

describe('loaded-term examples', () => {
  it.each(rows(lex.loaded))('$id: $expected in "$text"', ({ id, text, expected }) => {
    // (As the framing stage reads them: a `literalWith` word in the sentence makes a term literal.)
    const ids = terms.find(text).filter((m) => !hasLiteralWord(m.entry, wordsOf(text))).map((m) => m.entry.id);
    expect(ids.includes(id)).toBe(expected);
  });
});

describe('hedge and intensifier examples', () => {
  it.each(rows(lex.hedges))('$id: $expected in "$text"', ({ id, text, expected }) => {
    const ids = hedges.find(text).map((m) => m.entry.id);
    expect(ids.includes(id)).toBe(expected);
  });
});

describe('attribution verb examples contain one of the forms', () => {
  it.each(rows(lex.attribution))('$id: $expected in "$text"', ({ text, expected, entry }) => {
    const found = compilePhraseMatcher([{ terms: entry.forms }]).find(text);
    expect(found.length > 0).toBe(expected);
  });
});

describe('lexicon content', () => {
  it('has between 100 and 400 loaded entries, each with a match example, sources and alternatives', () => {
    expect(lex.loaded.length).toBeGreaterThanOrEqual(100);
    expect(lex.loaded.length).toBeLessThanOrEqual(400);
    const lacking = lex.loaded.filter((e) => !e.examples.match.length || !e.sources.length || !e.alternatives.length).map((e) => e.id);
    expect(lacking).toEqual([]);
  });

  it('lists each term in one entry only', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const e of lex.loaded) {
      for (const t of e.terms) {
        const key = t.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ');
        const prev = owner.get(key);
        if (prev && prev !== e.id) clashes.push(`${t}: ${prev} and ${e.id}`);
        owner.set(key, e.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('uses ids that are unique across files', () => {
    const ids = lex.loaded.map((e) => e.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });
});

// The seed corpus: every loaded word of the gold list is found in its outlet's article.
const seeds = new URL('../../shared/corpus/seeds/', import.meta.url);
const gold = JSON.parse(readFileSync(new URL('../../shared/gold/seeds.framing.json', import.meta.url), 'utf8')) as { outlet: string; term: string }[];
const manifest = JSON.parse(readFileSync(new URL('manifest.json', seeds), 'utf8')) as { file: string; outlet: string }[];

describe('seed corpus terms', () => {
  it.each(gold)('$outlet: "$term"', ({ outlet, term }) => {
    const file = manifest.find((m) => m.outlet === outlet)!.file;
    const text = readFileSync(new URL(file, seeds), 'utf8');
    const found = terms.find(text).map((m) => m.text.toLowerCase());
    expect(found.some((f) => f.includes(term.toLowerCase()))).toBe(true);
  });
});
