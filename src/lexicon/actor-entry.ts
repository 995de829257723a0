// An actor entry with every key the type has, in one order, whether read from YAML or from the
// cache: entries with and without `role` were two hidden classes, and the actor stage, optimised
// on one, deoptimised at its first entry of the other (`addRegistryMatches`, a large function).
import type { ActorEntry } from '../types.js';

export function actorEntry(e: Omit<ActorEntry, 'file'>, file: string): ActorEntry {
  return { id: e.id, name: e.name, kind: e.kind, aliases: e.aliases, labels: e.labels, affiliation: e.affiliation, role: e.role, file };
}
