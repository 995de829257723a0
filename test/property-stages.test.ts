// Property tests over random and adversarial text: no stage throws, every offset is in range,
// spans are sorted and each span's text is the text it covers.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findActors } from '../src/actors/find-actors.js';
import { loadLexicons } from '../src/lexicon/load-lexicons.js';
import { analyzeArticle } from '../src/pipeline.js';
import { findQuotes } from '../src/quotes/find-quotes.js';
import { segmentArticle } from '../src/segment/segment-article.js';
import type { Quote } from '../src/types.js';
import { anyText, expectSpans, RUNS } from './property-helpers.js';

const lex = loadLexicons();
const article = (text: string) => ({ id: 'p', text, outlet: null });

function expectQuotes(text: string, quotes: Quote[]): void {
  expectSpans(text, quotes, 'quotes');
  for (const q of quotes) {
    expectSpans(text, q.contents, `quote ${q.id} contents`);
    for (const c of q.contents) expect(c.start >= q.start && c.end <= q.end, `quote ${q.id} holds its contents`).toBe(true);
    if (q.cue) expectSpans(text, [q.cue], `quote ${q.id} cue`);
    if (q.speaker) expectSpans(text, [{ start: q.speaker.start, end: q.speaker.end }], `quote ${q.id} speaker`);
  }
}

describe('property: segmentArticle', () => {
  it('segments, paragraphs and sentences are in range, sorted, and disjoint where they tile the text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const seg = segmentArticle(article(text));
        expectSpans(text, seg.segments, 'segments');
        expectSpans(text, seg.paragraphs, 'paragraphs');
        expectSpans(text, seg.sentences, 'sentences');
        for (const spans of [seg.segments, seg.paragraphs]) spans.forEach((s, i) => i > 0 && expect(s.start).toBeGreaterThanOrEqual(spans[i - 1]!.end));
        expectSpans(text, [seg.headline, seg.dateline].filter((s) => s !== null), 'headline and dateline', false);
      }),
      RUNS,
    );
  });
});

describe('property: findQuotes', () => {
  it('quotes, contents, cues and speakers are in range; quotes sorted; texts match', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const { quotes, diagnostics } = findQuotes(text, segmentArticle(article(text)), lex);
        expectQuotes(text, quotes);
        for (const d of diagnostics) if (d.span) expectSpans(text, [d.span], `diagnostic ${d.code}`, false);
      }),
      RUNS,
    );
  });
});

describe('property: findActors', () => {
  it('mentions and descriptions are in range, sorted, and their texts match', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const seg = segmentArticle(article(text));
        const { quotes } = findQuotes(text, seg, lex);
        const { mentions, actors, descriptions } = findActors(text, seg, quotes, lex);
        expectSpans(text, mentions, 'mentions');
        for (const m of mentions) expect(actors.some((a) => a.id === m.actor), `mention of ${m.actor} has its actor`).toBe(true);
        expectSpans(text, descriptions, 'descriptions');
        for (const d of descriptions) expect(actors.some((a) => a.id === d.actor), `description of ${d.actor} has its actor`).toBe(true);
      }),
      RUNS,
    );
  });
});

describe('property: analyzeArticle', () => {
  it('never fails internally; every span of the result is in range and matches the text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const r = analyzeArticle(article(text), lex);
        // The pipeline turns a throw into an internal-error diagnostic: none may appear.
        expect(r.diagnostics.filter((d) => d.code === 'internal-error')).toEqual([]);
        expect(r.length).toBe(text.length);
        expectSpans(text, r.segments, 'segments');
        expectQuotes(text, r.quotes);
        expectSpans(text, r.mentions, 'mentions');
        expectSpans(text, r.framing, 'framing');
        for (const f of r.framing) expectSpans(text, [f.sentence], 'framing sentence');
        for (const s of r.sentiment) expectSpans(text, [s, s.mention], 'sentiment', false);
      }),
      { ...RUNS, numRuns: 100 },
    );
  });
});
