// `Xi Jinping … Xi said`, `Wang Wenbin … Wang said`: Chinese, Korean and Vietnamese names put the
// family name first, and the article then names the person by that first word, not the last.
import type { ActorRef } from '../types.js';
import { normForm } from './registry-matcher.js';
import { wholeWordOccurrences } from '../whole-words.js';
import type { WordIndex } from '../word-runs.js';

/** The family names (first words) of people named in two or three words whose first word the
 *  article uses alone and whose last word it never does, and which is no known given name (`Keir
 *  Starmer … Keir` is not this), each with its person. */
export function familyNamesFirst(text: string, words: WordIndex, people: Iterable<ActorRef>, taken: ReadonlyMap<string, ActorRef>, firstNames: ReadonlyMap<string, unknown> | undefined): Map<string, ActorRef> {
  const candidates = new Map<string, ActorRef>();
  for (const p of people) {
    const w = p.name.split(/\s+/);
    if (p.kind !== 'person' || w.length < 2 || w.length > 3 || !/^\p{Lu}\p{Ll}+$/u.test(w[0]) || firstNames?.has(w[0].toLowerCase()) || taken.has(normForm(w[0]))) continue;
    // (Two people with one family name: neither gets it.)
    candidates.set(w[0], candidates.has(w[0]) ? { ...p, id: '' } : p);
  }
  const out = new Map<string, ActorRef>();
  if (!candidates.size) return out;
  const lasts = [...candidates.values()].map((p) => p.name.slice(p.name.lastIndexOf(' ') + 1));
  const at = wholeWordOccurrences(text, new Set([...candidates.keys(), ...lasts, ...[...candidates.values()].map((p) => p.name)]), words);
  for (const [first, p] of candidates) {
    if (!p.id) continue;
    const full = at.get(p.name)?.length ?? 0;
    const alone = (at.get(first)?.length ?? 0) - full;
    const lastAlone = (at.get(p.name.slice(p.name.lastIndexOf(' ') + 1))?.length ?? 0) - full;
    if (alone > 0 && lastAlone === 0) out.set(first, p);
  }
  return out;
}
