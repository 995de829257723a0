// Values that name something defined elsewhere: a loaded term's category (one of the built-in
// ones, unless the user means a category of their own) and an actor's affiliation (an actor id).
import { closest } from '../../commands/did-you-mean.js';
import type { BuiltSet } from '../load-lexicons.js';
import { LOADED_CATEGORIES } from '../schema.js';
import { error, warning, type Finding } from './finding.js';

export function referenceProblems(built: BuiltSet): Finding[] {
  const { set, at } = built;
  const out: Finding[] = [];
  const known = LOADED_CATEGORIES.join(', ');
  for (const e of set.loaded) {
    if (LOADED_CATEGORIES.includes(e.category)) continue;
    const near = closest(e.category, LOADED_CATEGORIES);
    out.push(
      near
        ? error(`${at(e, ['category'])}: category ${JSON.stringify(e.category)} is unknown; did you mean ${JSON.stringify(near)}? The categories are ${known}`)
        : warning(`${at(e, ['category'])}: category ${JSON.stringify(e.category)} is none of the built-in ones (${known}): reports show it as a category of its own`),
    );
  }
  const ids = set.actors.map((a) => a.id);
  const actorIds = new Set(ids);
  for (const a of set.actors) {
    if (a.affiliation === null || actorIds.has(a.affiliation)) continue;
    const near = closest(a.affiliation, ids);
    const fix = near ? `did you mean ${JSON.stringify(near)}?` : 'give the id of an actor (a state, body or group) or add that actor';
    out.push(error(`${at(a, ['affiliation'])}: affiliation ${JSON.stringify(a.affiliation)} is the id of no actor; ${fix}`));
  }
  return out;
}
