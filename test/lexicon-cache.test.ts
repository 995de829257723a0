// Lexicon sets are cached by their hash, and lexicon files that cannot be parsed at all (an alias
// bomb, a folder named like a lexicon) are reported as `file: …` problems, never as internal errors.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LexiconError, loadLexicons } from '../src/lexicon/load-lexicons.js';
import { framelens, SEEDS } from './cli-run.js';

const VALID = `kind: hedge
description: test hedges
entries:
  - id: arguably
    terms: [arguably]
    explanation: A hedge.
`;

const ALIAS_BOMB = `kind: hedge
description: a billion laughs
a: &a [x, x, x, x, x, x, x, x, x, x]
b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]
c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]
d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]
e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]
entries: [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]
`;

function folder(files: Record<string, string | null>): string {
  const dir = mkdtempSync(join(tmpdir(), 'framelens-lexcache-'));
  for (const [name, text] of Object.entries(files)) {
    if (text === null) mkdirSync(join(dir, name));
    else writeFileSync(join(dir, name), text);
  }
  return dir;
}

function problemsOf(dir: string): string[] {
  try {
    loadLexicons([dir]);
  } catch (e) {
    if (e instanceof LexiconError) return e.problems;
    throw e;
  }
  return [];
}

describe('the lexicon cache', () => {
  let cache: string;
  const saved = process.env.FRAMELENS_CACHE_DIR;
  beforeEach(() => {
    cache = mkdtempSync(join(tmpdir(), 'framelens-cache-'));
    process.env.FRAMELENS_CACHE_DIR = cache;
  });
  afterEach(() => {
    if (saved === undefined) delete process.env.FRAMELENS_CACHE_DIR;
    else process.env.FRAMELENS_CACHE_DIR = saved;
  });

  it('gives the same set from the cache as from the YAML, and one cache file per set', () => {
    const dir = folder({ 'mine.yml': VALID });
    const parsed = loadLexicons([dir], undefined, { cache: false });
    expect(readdirSync(cache)).toEqual([]);
    const first = loadLexicons([dir]);
    expect(readdirSync(cache)).toHaveLength(1);
    const cached = loadLexicons([dir]);
    expect(cached).toEqual(parsed);
    expect(first).toEqual(parsed);
    expect(cached.hedges.at(-1)).toMatchObject({ id: 'arguably', file: expect.stringContaining('mine.yml') });
    loadLexicons(); // another set, another file
    expect(readdirSync(cache)).toHaveLength(2);
  });

  it('misses when a file changes, and never caches a broken set', () => {
    const dir = folder({ 'mine.yml': VALID });
    loadLexicons([dir]);
    writeFileSync(join(dir, 'mine.yml'), VALID.replace('[arguably]', '[arguably, perhaps]'));
    expect(loadLexicons([dir]).hedges.at(-1)?.terms).toEqual(['arguably', 'perhaps']);
    writeFileSync(join(dir, 'mine.yml'), VALID.replace('explanation: A hedge.', 'explanation: 42'));
    expect(problemsOf(dir)[0]).toMatch(/mine\.yml:6:18: entries\[0\]\.explanation: /);
    expect(readdirSync(cache)).toHaveLength(2);
  });

  it('is not used or written with FRAMELENS_CACHE_DIR=off', () => {
    process.env.FRAMELENS_CACHE_DIR = 'off';
    loadLexicons();
    expect(existsSync(join(cache, 'x'))).toBe(false);
    expect(readdirSync(cache)).toEqual([]);
  });
});

describe('lexicon files that cannot be parsed', () => {
  it('an alias bomb is one `file: YAML:` problem', () => {
    const problems = problemsOf(folder({ 'bomb.yml': ALIAS_BOMB }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/bomb\.yml: YAML: .*alias/i);
  });

  it('a folder named x.yml is one `file:` problem', () => {
    const problems = problemsOf(folder({ 'x.yml': null, 'mine.yml': VALID }));
    expect(problems).toEqual([expect.stringMatching(/x\.yml: a folder, not a lexicon file/)]);
  });

  it.each([
    ['analyze', SEEDS],
    ['lexicon', 'check'],
  ])('%s exits 2 with the file named, not "internal error"', (...command) => {
    for (const files of [{ 'bomb.yml': ALIAS_BOMB }, { 'x.yml': null }] as Record<string, string | null>[]) {
      const r = framelens([...command, '--lexicons', folder(files)]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/(bomb|x)\.yml: /);
      expect(r.stderr).not.toMatch(/internal error/);
      expect(r.stdout).toBe('');
    }
  });
});
