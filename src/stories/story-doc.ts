// A StoryInput to its term counts and date. The corpus keeps them compactly (term ids and counts
// in typed arrays, not the text), so a large corpus can be read article by article in bounded memory.
import { countTerms, foldWord } from './terms.js';
import type { StoryInput } from './types.js';

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
