import type { Mention, Quote, Voice } from '../types.js';
import { SPEECH_KINDS } from '../types.js';

/** The voice a mention is in: inside a direct/partial quote, inside reported speech, or narration. */
export function voiceOfMention(m: Mention, quotes: Quote[]): Voice {
  for (const q of quotes) {
    if (SPEECH_KINDS.has(q.kind) && q.contents.some((c) => c.start <= m.start && m.end <= c.end)) {
      return { kind: 'quote', speaker: q.speaker ? { name: q.speaker.name } : null, quoteId: q.id };
    }
  }
  for (const q of quotes) {
    if (q.kind === 'reported' && q.start <= m.start && m.end <= q.end) return { kind: 'reported', speaker: q.speaker ? { name: q.speaker.name } : null, quoteId: q.id };
  }
  return { kind: 'narrator', speaker: null };
}
