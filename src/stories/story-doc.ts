// A StoryInput to its term counts and date. The corpus keeps them compactly (term ids and counts
// in typed arrays, not the text), so a large corpus can be read article by article in bounded memory.
import { countTerms, foldWord } from './terms.js';
import type { StoryInput } from './types.js';

const DAY_MS = 86_400_000;

/** Days since the epoch of an ISO date or date-time, or null when it cannot be read. */
export function dayOf(published: string | undefined): number | null {
  if (!published) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(published.trim());
  const ms = m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : Date.parse(published);
  return Number.isFinite(ms) ? Math.floor(ms / DAY_MS) : null;
}

export function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

// Words of the title count twice: headlines name the event.
const TITLE_WEIGHT = 2;
// An actor adds one term per mention, up to this many, under a prefix no word can have.
const ACTOR_MENTION_CAP = 3;

/** The actor's term: a person by surname (`Flynn` and `Michael Flynn` are one), others by id. */
export function actorTerm(a: { id: string; name: string; kind?: string }): string {
  const surname = a.kind === 'person' ? foldWord(a.name.split(/\s+/).pop() ?? '') : null;
  return `@${surname ?? a.id}`;
}

export function termCounts(input: StoryInput, spelling?: Map<string, string>): Map<string, number> {
  const terms = new Map<string, number>();
  if (input.title) countTerms(input.title, terms, TITLE_WEIGHT, spelling);
  if (input.text) countTerms(input.text, terms, 1, spelling);
  for (const a of input.actors ?? []) {
    const key = actorTerm(a);
    terms.set(key, (terms.get(key) ?? 0) + Math.min(ACTOR_MENTION_CAP, a.mentions));
  }
  return terms;
}
