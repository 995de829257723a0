// Actor ids outside the registry. Ids are what the corpus views add up across articles, so one
// person must get one id whichever outlet names them: the New York Times writes `James B. Comey`
// and `Paul D. Ryan` where others write `James Comey` and `Paul Ryan`.
import type { ActorRef } from '../types.js';
import { generationWord } from '../generations.js';

export function slug(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'person'
  );
}

// One middle initial only: `H.W.` stays, so `George H.W. Bush` and `George W. Bush` (father and
// son) keep two ids even outside the registry.
const MIDDLE_INITIAL = /^\p{Lu}\.?$/u;
/** The name without a single middle initial or a numeral suffix: `James B. Comey` → `James
 * Comey`, `Robert S. Mueller III` → `Robert Mueller`. */
export function withoutMiddleInitial(name: string): string {
  const words = name.split(/\s+/);
  if (words.length < 3) return name;
  const last = generationWord(words[words.length - 1]) === 'numeral' ? words.length - 2 : words.length - 1;
  const kept = words.filter((w, i) => i === 0 || i === last || (i < last && !MIDDLE_INITIAL.test(w)));
  return kept.length === words.length ? name : kept.join(' ');
}

/** The name with a short first name written in full when it is short for one name only: `Joe
 * Lieberman` → `Joseph Lieberman` (`Ted` is short for Edward and Theodore and stays). */
function withFormalFirstName(name: string, nicknames: ReadonlyMap<string, readonly string[]> | undefined): string {
  const space = name.indexOf(' ');
  const fulls = space > 0 ? nicknames?.get(name.slice(0, space).toLowerCase()) : undefined;
  return fulls?.length === 1 ? fulls[0] + name.slice(space) : name;
}

/**
 * The id of a person outside the registry: their name with a short first name written in full
 * (the New York Times writes `Joseph I. Lieberman` and `David Brat` where others write `Joe
 * Lieberman` and `Dave Brat`), without a middle initial or a numeral suffix; unless another actor of
 * this article already has that id (`John Q. Doeman` beside `John R. Doeman`).
 */
export function personId(name: string, inArticle: ReadonlyMap<string, ActorRef>, nicknames: ReadonlyMap<string, readonly string[]> | undefined): string {
  const full = slug(name);
  const short = slug(withoutMiddleInitial(withFormalFirstName(name, nicknames)));
  if (short === full) return full;
  const holder = inArticle.get(short);
  return holder && holder.name !== name ? full : short;
}
