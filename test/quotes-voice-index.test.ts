// The voice index (voice-index.ts) against its definition read off the spans directly: the voice
// at a span's start is that of the innermost span holding it (a quoted piece before reported
// speech, then the later start, then the earlier end), and narration when the span reaches past
// that span's end. Spans that share bounds are the case the painting's merging of equal bounds
// must get right.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildVoiceIndex } from '../src/quotes/voice-index.js';
import type { Quote, Voice } from '../src/types.js';
import { RUNS } from './property-helpers.js';

function quote(n: number, kind: 'direct' | 'reported', start: number, end: number): Quote {
  return { id: `q${n}`, start, end, text: '', contents: [{ start, end, text: '' }], kind, cue: null, speaker: { start: 0, end: 0, anonymous: false, name: `S${n}`, resolvedBy: 'name' }, segment: 'body' };
}

function byDefinition(quotes: Quote[], span: { start: number; end: number }): Voice {
  let best: { q: Quote; rank: number } | null = null;
  for (const q of quotes) {
    if (!(q.start <= span.start && span.start < q.end)) continue;
    const rank = q.kind === 'direct' ? 2 : 1;
    const beats = !best || (rank !== best.rank ? rank > best.rank : q.start !== best.q.start ? q.start > best.q.start : q.end < best.q.end);
    if (beats) best = { q, rank };
  }
  if (!best || span.end > best.q.end) return { kind: 'narrator', speaker: null };
  return { kind: best.rank === 2 ? 'quote' : 'reported', speaker: { name: best.q.speaker!.name }, quoteId: best.q.id };
}

describe('buildVoiceIndex', () => {
  it('gives each span the voice of the innermost span holding its start, bounds shared or not', () => {
    // Few positions, so that spans often start or end together.
    const span = fc.tuple(fc.nat(12), fc.integer({ min: 1, max: 6 }));
    const spans = fc.array(fc.tuple(fc.boolean(), span), { maxLength: 6 });
    fc.assert(
      fc.property(spans, fc.nat(14), fc.nat(4), (list, at, length) => {
        const quotes = list.map(([direct, [start, len]], n) => quote(n + 1, direct ? 'direct' : 'reported', start, start + len));
        const index = buildVoiceIndex(quotes);
        const probe = { start: at, end: at + length };
        expect(index.voiceOf(probe)).toEqual(byDefinition(quotes, probe));
      }),
      RUNS,
    );
  });
});
