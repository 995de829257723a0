// Per actor, the figures `actors` and `analyze` show for one article: the mentions, labels and
// quotes compare counts, and the side compare gives the actor. A person's quotes also count for
// the state or body the registry places them in, so that row is listed in an article that quotes
// the person without naming the state (else `actors` summed 12 US quotes where compare had 31).
import type { ActorEntry, ActorKind } from '../types.js';
import { actorSide } from './article-text.js';
import { withSides } from './compare-outlets.js';
import type { CorpusProfile } from './types.js';

export interface ActorFigures {
  actor: string;
  name: string;
  kind: ActorKind;
  /** The state or body the registry places the actor in (its side when that is another actor). */
  affiliation: string | null;
  /** The actor's side as compare shows it: a state or body, or `unaffiliated`. */
  side: string;
  mentions: number;
  /** Label mentions verbatim, in order of first use. */
  labels: string[];
  /** Direct and partial quotes of the actor, or of people and bodies it is the side of. */
  quoted: number;
}

/** One outlet's actors in `profile`, in order of first appearance (sides named by the registry last). */
export function actorFigures(profile: CorpusProfile, outlet: string, registry: readonly ActorEntry[]): ActorFigures[] {
  const stats = profile.outlets[outlet]?.actors ?? {};
  const infos = withSides(profile, registry);
  const ids = [...Object.keys(infos), ...Object.keys(stats)];
  return [...new Set(ids)]
    .filter((id) => id !== '-' && Object.hasOwn(stats, id))
    .map((id) => {
      const s = stats[id];
      // A side no article or registry entry names stays its id, as compare shows it.
      const info = infos[id] ?? { id, name: id, kind: 'group' as const, affiliation: null, known: false };
      const side = actorSide(info);
      return {
        actor: id,
        name: info.name,
        kind: info.kind,
        affiliation: side === id || side === 'unaffiliated' ? null : side,
        side,
        mentions: s.mentions,
        labels: Object.keys(s.labels),
        quoted: s.quotes,
      };
    });
}
