// Golden quote output for the three seed articles (UPDATE_GOLDEN=1 rewrites them; review the
// diff like code), and the hand-made seed gold: every direct and partial quote found with the
// right speaker, and no speech in the page furniture.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { expectGolden } from './golden.js';
import { scoreQuotes, figures, type GoldArticle } from '../src/eval/score-quotes.js';
import { analyzeArticle } from '../src/pipeline.js';
import { FURNITURE, type ArticleResult } from '../src/types.js';
import { lexicons } from './quotes-helpers.js';

const shared = (p: string): string => fileURLToPath(new URL(`../../shared/${p}`, import.meta.url));
const goldenDir = fileURLToPath(new URL('./golden/quotes/', import.meta.url));
const gold: GoldArticle[] = readFileSync(shared('gold/seeds.quotes.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l));
const results: ArticleResult[] = gold.map((g) => analyzeArticle({ id: g.id, text: g.text, outlet: g.outlet }, lexicons));

const golden = (r: ArticleResult) =>
  r.quotes.map((q) => ({
    kind: q.kind,
    contents: q.contents.map((c) => [c.start, c.end, c.text]),
    cue: q.cue?.text ?? null,
    speaker: q.speaker && { name: q.speaker.name, mention: [q.speaker.start, q.speaker.end], role: q.speaker.role ?? null, anonymous: q.speaker.anonymous, resolvedBy: q.speaker.resolvedBy },
    segment: q.segment,
  }));

describe('quote golden output of the seeds', () => {
  it.each(results.map((r) => [r.id, r] as const))('%s', (id, r) => expectGolden(goldenDir, id, golden(r)));
});

describe('seed gold', () => {
  const score = scoreQuotes(gold.map((g, i) => ({ gold: g, quotes: results[i].quotes })));

  it('finds every direct and partial quote with the right speaker (end-to-end F1 = 1)', () => {
    expect(score.misses).toEqual([]);
    expect(figures(score.total)).toMatchObject({ f1: 1, speakerAccuracy: 1, nameAccuracy: 1, e2eF1: 1, gold: 18 });
  });

  it('reports no speech from the data dump or the headline lists', () => {
    const speechInFurniture = results.flatMap((r) => r.quotes.filter((q) => (q.kind === 'direct' || q.kind === 'partial') && FURNITURE.has(q.segment)).map((q) => q.text));
    expect(speechInFurniture).toEqual([]);
    const alAlam = results.find((r) => r.outlet === 'Al-Alam')!;
    const dump = alAlam.segments.find((s) => s.kind === 'data-dump')!;
    expect(alAlam.quotes.filter((q) => q.start >= dump.start)).toEqual([]);
  });

  it('counts the anonymous sources', () => {
    const anonymous = results.flatMap((r) => r.quotes.filter((q) => q.speaker?.anonymous).map((q) => q.speaker!.name));
    expect(anonymous).toEqual(expect.arrayContaining(['US officials', 'Unnamed senior US officials']));
  });
});
