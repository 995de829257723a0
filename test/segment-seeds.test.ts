import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { segmentArticle } from '../src/segment/segment-article.js';
import type { Segmentation, SegmentKind } from '../src/types.js';

// The seed corpus and its gold live beside the repository (../shared), as in CI.
const shared = (p: string): string => fileURLToPath(new URL(`../../shared/${p}`, import.meta.url));

interface GoldQuote {
  start: number;
  end: number;
  kind: string;
}
const gold = readFileSync(shared('gold/seeds.quotes.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as { id: string; quotes: GoldQuote[] });

const seeds = new Map<string, { text: string; seg: Segmentation }>();
for (const id of ['000_57b81a7a0a24d8a2', '001_30beac73dfb0ad23', '002_c7a545a4ddec3c56']) {
  const text = readFileSync(shared(`corpus/seeds/${id}.txt`), 'utf8');
  seeds.set(id, { text, seg: segmentArticle({ id, text, outlet: null }) });
}
const seed = (id: string) => seeds.get(id)!;

function kindAt(id: string, start: number, end: number): SegmentKind | undefined {
  return seed(id).seg.segments.find((s) => s.start <= start && end <= s.end)?.kind;
}

describe('seed segments', () => {
  it.each<[string, SegmentKind[]]>([
    ['000_57b81a7a0a24d8a2', ['dateline', 'body', 'signoff', 'licence-footer']],
    ['001_30beac73dfb0ad23', ['headline', 'headline-duplicate', 'timestamp', 'body', 'data-dump']],
    ['002_c7a545a4ddec3c56', ['site-header', 'headline', 'headline-duplicate', 'wire-credit', 'lead-duplicate', 'dateline', 'body', 'site-headlines']],
  ])('%s', (id, kinds) => {
    expect(seed(id).seg.segments.map((s) => s.kind)).toEqual(kinds);
  });

  it.each<[string, string, SegmentKind]>([
    ['000_57b81a7a0a24d8a2', 'NA/PA', 'signoff'],
    ['000_57b81a7a0a24d8a2', 'All Content by Mehr News Agency is licensed under a Creative Commons Attribution 4.0 International License.', 'licence-footer'],
    ['001_30beac73dfb0ad23', 'Mon Jun 16, 2014 11:38:46', 'timestamp'],
    ['001_30beac73dfb0ad23', 'string(1047) "[{"id":"1600714"', 'data-dump'],
    ['002_c7a545a4ddec3c56', 'News On Iran & Its NeighboursIraq', 'site-header'],
    ['002_c7a545a4ddec3c56', 'Latest news', 'site-headlines'],
    ['002_c7a545a4ddec3c56', 'Recommended to you', 'site-headlines'],
  ])('%s: %s is %s', (id, needle, kind) => {
    const at = seed(id).text.indexOf(needle);
    expect(at).toBeGreaterThanOrEqual(0);
    expect(kindAt(id, at, at + needle.length)).toBe(kind);
  });

  it('ends the data dump and the headline list at the end of the text', () => {
    for (const id of ['001_30beac73dfb0ad23', '002_c7a545a4ddec3c56']) {
      const { text, seg } = seed(id);
      expect(seg.segments.at(-1)!.end).toBe(text.trimEnd().length);
    }
  });

  it.each([
    ['000_57b81a7a0a24d8a2', 'Mehr News Agency', null, 'TEHRAN', null],
    ['001_30beac73dfb0ad23', 'Al-Alam', null, null, 'US seeks Iran’s help to deal with Iraq terror threat'],
    ['002_c7a545a4ddec3c56', 'Iran Focus', 'AFP', 'WASHINGTON, Nov 28 (AFP)', 'US plays down planned contacts with Iranians'],
  ])('%s: outlet %s, wire %s, dateline %s, headline %s', (id, outlet, wire, dateline, headline) => {
    const { seg } = seed(id);
    expect(seg.detectedOutlet).toBe(outlet);
    expect(seg.wire).toBe(wire);
    expect(seg.dateline?.text ?? null).toBe(dateline);
    expect(seg.headline?.text ?? null).toBe(headline);
  });

  it('marks the first copy of the AFP lead in 002 as lead-duplicate and keeps the second in the body', () => {
    const { text, seg } = seed('002_c7a545a4ddec3c56');
    const lead = 'The US State Department sought Monday to play down plans';
    const first = text.indexOf(lead);
    const second = text.indexOf(lead, first + 1);
    expect(kindAt('002_c7a545a4ddec3c56', first, first + lead.length)).toBe('lead-duplicate');
    expect(kindAt('002_c7a545a4ddec3c56', second, second + lead.length)).toBe('body');
    expect(seg.segments.find((s) => s.kind === 'dateline')).toMatchObject({ start: text.indexOf('WASHINGTON') });
  });
});

describe('gold quotes lie in the body', () => {
  const rows = gold.flatMap((g) => g.quotes.map((q) => [g.id, q.kind, q.start, q.end] as const));
  it.each(rows)('%s %s quote %i–%i', (id, kind, start, end) => {
    // the scare quote sits in 002's "Must read" list of the site's own headlines
    expect(kindAt(id, start, end)).toBe(kind === 'scare' ? 'site-headlines' : 'body');
  });

  it('covers every gold quote of the three seeds', () => {
    expect(rows.length).toBe(20);
  });
});

describe('seed sentences', () => {
  it.each([
    ['000_57b81a7a0a24d8a2', 'The Kurdish referendum on Sept. 25 angered Iraq’s central government.'],
    ['001_30beac73dfb0ad23', 'Earlier, the US State Department announced that the No. 2 US diplomat, Deputy Secretary of State William Burns, will be going to Vienna to participate in those talks.'],
    ['002_c7a545a4ddec3c56', 'The US administration has used the United Nations or Swiss channels to keep indirect contacts with Iran, which President George W. Bush famously labeled part of an “axis of evil.”'],
    ['001_30beac73dfb0ad23', 'Secretary of Iran\'s Supreme National Security Council (SNSC) Ali Shamkhani said such reports are part of the West’s “psychological warfare” against Iran and are “completely unreal.”'],
  ])('%s has the sentence %s', (id, sentence) => {
    expect(seed(id).seg.sentences.map((s) => s.text)).toContain(sentence);
  });

  it('never lets a sentence cross a paragraph boundary', () => {
    for (const { seg } of seeds.values()) {
      for (const s of seg.sentences) expect(seg.paragraphs.some((p) => p.start <= s.start && s.end <= p.end)).toBe(true);
    }
  });
});
