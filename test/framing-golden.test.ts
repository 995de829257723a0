// Golden framing output for the three seed articles, and the hand-made gold of
// ../shared/gold/seeds.framing.json (every item found with its voice). Rewrite the goldens with
// UPDATE_GOLDEN=1 and review the diff.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { expectGolden } from './golden.js';
import { analyzeArticle } from '../src/pipeline.js';
import { loadLexicons } from '../src/lexicon/load-lexicons.js';
import type { ArticleResult } from '../src/types.js';

const shared = (p: string): string => fileURLToPath(new URL(`../../shared/${p}`, import.meta.url));
const goldenDir = fileURLToPath(new URL('./golden/framing/', import.meta.url));
const lex = loadLexicons();

const manifest = JSON.parse(readFileSync(shared('corpus/seeds/manifest.json'), 'utf8')) as { file: string; outlet: string; wire: string | null }[];
const results: ArticleResult[] = manifest.map((m) => {
  const text = readFileSync(shared(`corpus/seeds/${m.file}`), 'utf8');
  return analyzeArticle({ id: m.file.replace(/\.txt$/, ''), text, outlet: m.outlet, wire: m.wire }, lex);
});

const golden = (r: ArticleResult) =>
  r.framing.map((h) => ({ start: h.start, end: h.end, text: h.text, entry: h.entry, category: h.category, actor: h.actor, segment: h.segment, voice: { kind: h.voice.kind, speaker: h.voice.speaker } }));

describe('framing golden output of the seeds', () => {
  it.each(results.map((r) => [r.id, r] as const))('%s', (id, r) => expectGolden(goldenDir, id, golden(r)));
});

interface GoldItem {
  outlet: string;
  term: string;
  voice: string;
  speaker?: string;
}
const gold = JSON.parse(readFileSync(shared('gold/seeds.framing.json'), 'utf8')) as GoldItem[];
const surname = (s: string | undefined | null) => (s ?? '').toLowerCase().split(/[^\p{L}]+/u).filter(Boolean).pop() ?? '';

describe('hand-made seed gold', () => {
  it.each(gold.map((g) => [`${g.outlet}: ${g.term} (${g.voice}${g.speaker ? ` of ${g.speaker}` : ''})`, g] as const))('%s', (_, g) => {
    const r = results.find((x) => x.outlet === g.outlet)!;
    const hits = r.framing.filter((h) => h.text.toLowerCase().includes(g.term.toLowerCase()) || (g.term.toLowerCase().includes(h.text.toLowerCase()) && h.text.length > 3));
    expect(hits.length, `no hit for ${g.term}`).toBeGreaterThan(0);
    expect(hits.some((h) => h.voice.kind === g.voice && (!g.speaker || surname(h.voice.speaker?.name) === surname(g.speaker)))).toBe(true);
  });

  it('drops hits in data dumps and repeated leads, keeps the outlet’s own headline lists', () => {
    const all = results.flatMap((r) => r.framing);
    expect(all.filter((h) => h.segment === 'data-dump' || h.segment === 'lead-duplicate')).toEqual([]);
    const ifocus = results.find((r) => r.outlet === 'Iran Focus')!;
    expect(ifocus.framing.some((h) => h.entry === 'regime' && h.segment === 'site-headlines' && h.actor === 'iran')).toBe(true);
  });
});
