// Definite descriptions of a group point back at the group the article named last, like a bare
// title points back at a person: `the terrorist groups`, `the extremist threat`, `these militants`
// at an armed group; `the group`, `the organization`, `the nonprofit` at an organisation the
// article introduced. Only where the article has named one before: otherwise the description is
// about nobody we know, and stays unresolved.
import type { ActorRef, Mention } from '../types.js';
import type { WordIndex } from '../word-runs.js';
import { WordFilter } from '../word-filter.js';
import { matchesAt } from './titled-people.js';

type Draft = Omit<Mention, 'segment'>;

export const DESCRIPTION =
  /(?<![\p{L}\p{N}])(?:[Tt]he|[Tt]hese|[Tt]hose|[Ss]uch)\s+(?<mods>(?:[\p{Ll}][\p{L}-]*\s+){0,2})(?<head>groups?|militants|insurgents|insurgency|terrorists|extremists|jihadists|fighters|rebels|militias?|threat|organi[sz]ations?|nonprofit|non-profit|think tank|super PAC|PAC|watchdog|coalition|charity)(?![\p{L}\p{N}'’])/uy;
// A description opens with one of these words, a whole run of the word index (white space follows).
const OPENERS = new WordFilter(['The', 'the', 'These', 'these', 'Those', 'those', 'Such', 'such']);
const ARMED_ONLY = /^(?:militants|insurgents|insurgency|terrorists|extremists|jihadists|fighters|rebels|militias?|threat)$/;
const ORGANISATION_ONLY = /^(?:organi[sz]ations?|nonprofit|non-profit|think tank|super PAC|PAC|watchdog|coalition|charity)$/;
// Words that end a noun phrase before its head: a verb or function word means the head is elsewhere.
const NOT_MODIFIER = new Set(['of', 'and', 'or', 'to', 'in', 'on', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'that', 'which', 'who', 'with', 'by', 'for']);
// How far back (characters) the named group may be.
const REACH = 3000;

type Kind = 'armed' | 'organisation';

/** Armed groups, and organisations the article introduces (registry groups such as `the West` are no organisation). */
function kindOf(ref: ActorRef | undefined): Kind | null {
  if (ref?.kind === 'armed-group') return 'armed';
  return ref?.kind === 'group' && !ref.known ? 'organisation' : null;
}

/** What `text.matchAll` of DESCRIPTION made global yields: it is tried only where an opener's
 * run of the word index starts. */
export function descriptionMatches(text: string, words: WordIndex): RegExpExecArray[] {
  const openers: number[] = [];
  for (let r = 0; r < words.count; r++) if (OPENERS.mayHave(words.hashes[r])) openers.push(words.starts[r]);
  return matchesAt(text, DESCRIPTION, openers);
}

export function resolveGroupDescriptions(text: string, drafts: Draft[], refs: Map<string, ActorRef>, words: WordIndex): Draft[] {
  const groups = drafts.filter((d) => kindOf(refs.get(d.actor))).sort((a, b) => a.start - b.start);
  if (!groups.length) return [];
  const out: Draft[] = [];
  let g = 0;
  for (const m of descriptionMatches(text, words)) {
    const mods = m.groups!.mods.trim().split(/\s+/).filter(Boolean);
    if (mods.some((w) => NOT_MODIFIER.has(w))) continue;
    while (g < groups.length && groups[g].end <= m.index) g++;
    const head = m.groups!.head;
    const want: Kind | null = ARMED_ONLY.test(head) ? 'armed' : ORGANISATION_ONLY.test(head) ? 'organisation' : null;
    let last: Draft | undefined;
    for (let k = g - 1; k >= 0 && m.index - groups[k].end <= REACH; k--) {
      if (!want || kindOf(refs.get(groups[k].actor)) === want) {
        last = groups[k];
        break;
      }
    }
    if (!last) continue;
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], actor: last.actor, resolvedBy: 'description', isLabel: mods.length > 0 });
  }
  return out;
}
