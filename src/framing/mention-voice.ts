import type { Quote, Voice } from '../types.js';
import { SPEECH_KINDS } from '../types.js';
import { spansOverlapping } from '../spans.js';

interface Piece {
  start: number;
  end: number;
  quote: Quote;
}

/** A lookup of the voice a span is in: inside a direct/partial quote, inside reported speech, or narration. */
export function mentionVoices(quotes: Quote[]): (span: { start: number; end: number }) => Voice {
  const speech: Piece[] = quotes.filter((q) => SPEECH_KINDS.has(q.kind)).flatMap((q) => q.contents.map((c) => ({ start: c.start, end: c.end, quote: q })));
  const reported: Piece[] = quotes.filter((q) => q.kind === 'reported').map((q) => ({ start: q.start, end: q.end, quote: q }));
  for (const list of [speech, reported]) list.sort((a, b) => a.start - b.start);
  const longest = Math.max(0, ...speech.map((p) => p.end - p.start), ...reported.map((p) => p.end - p.start));
  const voice = (kind: 'quote' | 'reported', q: Quote): Voice => ({ kind, speaker: q.speaker ? { name: q.speaker.name } : null, quoteId: q.id });
  return (span) => {
    const inSpeech = spansOverlapping(speech, span.start, span.end, longest).find((p) => p.start <= span.start && span.end <= p.end);
    if (inSpeech) return voice('quote', inSpeech.quote);
    const inReported = spansOverlapping(reported, span.start, span.end, longest).find((p) => p.start <= span.start && span.end <= p.end);
    if (inReported) return voice('reported', inReported.quote);
    return { kind: 'narrator', speaker: null };
  };
}
