// Whose side a person found in the text is on, when their title names a body the registry knows
// (`Senate Majority Leader Mitch McConnell` → the US Senate's state) or a US party tag follows
// their name (`Dick Durbin, D-Ill.`, `Mitch McConnell (R-Ky.)`). Only people the earlier rules
// left without an affiliation; a registry entry's own affiliation is never changed.
import type { ActorRef, Mention } from '../types.js';

type Draft = Omit<Mention, 'segment'>;

// Between the body and the name: title words only (`Majority Leader`, `Democratic Whip`, `press
// secretary`), no punctuation and no lower-case word outside titles.
const TITLE_GAP = /^(?:\s+(?:\p{Lu}[\p{L}’'-]*|chief|deputy|press|secretary|spokesman|spokeswoman|spokesperson|adviser|advisor|aide|counsel|of|staff|director))+\s+$/u;
const PARTY_TAG = /^(?:,\s*|\s*\()[DRI]-\p{Lu}[\p{L}.]{1,12}[,)]/u;
const MAX_GAP = 48;

/** Sets the affiliation of unknown people from the title before a mention or the party tag after
 * it. `drafts` sorted by start; `refs` by actor id. */
export function affiliateByTitle(text: string, drafts: Draft[], refs: Map<string, ActorRef>): void {
  let previous: Draft | null = null;
  for (const d of drafts) {
    const ref = refs.get(d.actor);
    if (ref && ref.kind === 'person' && !ref.known && ref.affiliation === null && d.resolvedBy !== 'pronoun') {
      const body = previous ? refs.get(previous.actor) : undefined;
      if (previous && body && body.kind !== 'person' && body.affiliation && d.start - previous.end <= MAX_GAP && TITLE_GAP.test(text.slice(previous.end, d.start))) ref.affiliation = body.affiliation;
      else if (PARTY_TAG.test(text.slice(d.end, d.end + 16))) ref.affiliation = 'united-states';
    }
    previous = d;
  }
}
