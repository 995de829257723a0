// Definite descriptions of an armed group (`the terrorist groups`, `the extremist threat`, `these
// militants`) point back at the armed group the article named last, like a bare title points back
// at a person. Only where the article has named one before: otherwise the description is about
// nobody we know, and stays unresolved.
import type { ActorRef, Mention } from '../types.js';

type Draft = Omit<Mention, 'segment'>;

const DESCRIPTION =
  /(?<![\p{L}\p{N}])(?:the|these|those|such)\s+(?<mods>(?:[\p{Ll}][\p{L}-]*\s+){0,2})(?<head>groups?|militants|insurgents|insurgency|terrorists|extremists|jihadists|fighters|rebels|militias?|threat)(?![\p{L}\p{N}])/gu;
// Words that end a noun phrase before its head: a verb or function word means the head is elsewhere.
const NOT_MODIFIER = new Set(['of', 'and', 'or', 'to', 'in', 'on', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'that', 'which', 'who', 'with', 'by', 'for']);
// How far back (characters) the named group may be.
const REACH = 3000;

export function resolveGroupDescriptions(text: string, drafts: Draft[], refs: Map<string, ActorRef>): Draft[] {
  const groups = drafts.filter((d) => refs.get(d.actor)?.kind === 'armed-group').sort((a, b) => a.start - b.start);
  if (!groups.length) return [];
  const out: Draft[] = [];
  let g = 0;
  DESCRIPTION.lastIndex = 0;
  for (let m = DESCRIPTION.exec(text); m; m = DESCRIPTION.exec(text)) {
    const mods = m.groups!.mods.trim().split(/\s+/).filter(Boolean);
    if (mods.some((w) => NOT_MODIFIER.has(w))) continue;
    while (g < groups.length && groups[g].end <= m.index) g++;
    const last = groups[g - 1];
    if (!last || m.index - last.end > REACH) continue;
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], actor: last.actor, resolvedBy: 'description', isLabel: mods.length > 0 });
  }
  return out;
}
