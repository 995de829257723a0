// Evidence sentences: the segment stage's whole sentences (abbreviations end none), each once.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { distinctEvidence, mergeProfiles, profileArticle, type Evidence } from '../src/aggregate/index.js';
import { analyzeArticle } from '../src/pipeline.js';
import { loadLexicons } from '../src/lexicon/load-lexicons.js';

const lex = loadLexicons();
const profileOf = (id: string, text: string, outlet = 'Daily') => profileArticle(analyzeArticle({ id, text, outlet }, lex), { text });
const anonymous = (text: string) => profileOf('a', text).outlets.Daily.anonymousEvidence.map((e) => e.text);

describe('anonymous-source sentences are whole', () => {
  it.each([
    ['Ms. inside', 'The talks stalled. At one point, he said Ms. Pelosi should back the wall, according to one of the officials familiar with the discussion.', 'At one point, he said Ms. Pelosi should back the wall, according to one of the officials familiar with the discussion.'],
    ['Mr. inside', 'It was late. A second official who attended said Mr. Trump’s team believed the deal was close.', 'A second official who attended said Mr. Trump’s team believed the deal was close.'],
    ['U.S. inside', 'A former senior NSA official confirmed that the program allows them to tap into top U.S. Internet companies.', 'A former senior NSA official confirmed that the program allows them to tap into top U.S. Internet companies.'],
    ['middle initial inside', 'But senior administration officials on Wednesday said that Michael J. Morell also wanted that line removed.', 'But senior administration officials on Wednesday said that Michael J. Morell also wanted that line removed.'],
  ])('%s', (_name, text, sentence) => {
    expect(anonymous(text)).toEqual([sentence]);
  });
});

describe('each sentence once', () => {
  it('two anonymous sources in one sentence give one example', () => {
    const text = 'A senior official said the deal was off, and an aide said talks would resume. Nothing else happened.';
    const list = profileOf('b', text).outlets.Daily.anonymousEvidence;
    expect(list.map((e) => e.text)).toEqual(['A senior official said the deal was off, and an aide said talks would resume.']);
  });

  it('merging keeps a sentence once', () => {
    const text = 'US officials said the talks would go on. Nothing else happened.';
    const p = profileOf('c', text);
    expect(mergeProfiles(p, p).outlets.Daily.anonymousEvidence).toHaveLength(1);
  });

  it('a dateline sentence reached from a label and from a loaded term is one sentence', () => {
    const shared = (p: string): string => fileURLToPath(new URL(`../../shared/${p}`, import.meta.url));
    const text = readFileSync(shared('corpus/seeds/000_57b81a7a0a24d8a2.txt'), 'utf8');
    const stats = profileOf('000', text, 'Mehr').outlets.Mehr.actors['kurdish-armed-opposition'];
    const both = distinctEvidence(stats.evidence.labels, stats.evidence.loaded);
    expect(both.filter((e) => e.text.includes('will not “tolerate” attacks'))).toHaveLength(1);
    expect(both.every((e) => !e.text.startsWith('TEHRAN'))).toBe(true);
  });

  it.each<[string, Evidence[][], number]>([
    ['same article and span', [[{ article: 'x', start: 0, end: 5, text: 'a' }], [{ article: 'x', start: 0, end: 5, text: 'a' }]], 1],
    ['another article', [[{ article: 'x', start: 0, end: 5, text: 'a' }], [{ article: 'y', start: 0, end: 5, text: 'a' }]], 2],
    ['another span', [[{ article: 'x', start: 0, end: 5, text: 'a' }, { article: 'x', start: 6, end: 9, text: 'b' }]], 2],
  ])('distinctEvidence: %s', (_name, lists, n) => {
    expect(distinctEvidence(...lists)).toHaveLength(n);
  });
});
