// Definite descriptions of a group point back at the group the article named last, like a bare
// title points back at a person: `the terrorist groups`, `the extremist threat`, `these militants`
// at an armed group; `the group`, `the organization`, `the nonprofit` at an organisation the
// article introduced; `the company` at one whose name says it is a company (`Big Machine Label
// Group`, `Acme Corp.`). Only where the article has named one before: otherwise the description is
// about nobody we know, and stays unresolved.
import type { ActorRef, Mention } from '../types.js';
import type { WordIndex } from '../word-runs.js';
import { WordFilter } from '../word-filter.js';
import { matchesAt } from './titled-people.js';
import { COMPANY_HEADS } from './organisations.js';

type Draft = Omit<Mention, 'segment'>;

// (A determiner opens a phrase of its own: `the threat the group poses` is two.)
export const DESCRIPTION =
  /(?<![\p{L}\p{N}])(?:[Tt]he|[Tt]hese|[Tt]hose|[Ss]uch)\s+(?<mods>(?:(?!(?:the|a|an|this|these|those|its|their|his|her|our|my|your)\s)[\p{Ll}][\p{L}-]*\s+){0,2})(?<head>groups?|militants|insurgents|insurgency|terrorists|extremists|jihadists|fighters|rebels|militias?|threat|organi[sz]ations?|nonprofit|non-profit|think tank|super PAC|PAC|watchdog|coalition|charity|company|firm|label|studio)(?![\p{L}\p{N}'’])/uy;
// A description opens with one of these words, a whole run of the word index (white space follows).
const OPENERS = new WordFilter(['The', 'the', 'These', 'these', 'Those', 'those', 'Such', 'such']);
const ARMED_ONLY = /^(?:militants|insurgents|insurgency|terrorists|extremists|jihadists|fighters|rebels|militias?|threat)$/;
const ORGANISATION_ONLY = /^(?:organi[sz]ations?|nonprofit|non-profit|think tank|super PAC|PAC|watchdog|coalition|charity)$/;
const COMPANY_ONLY = /^(?:company|firm|label|studio)$/;
// The last words of a company's name (organisations.ts finds names ending so, and `… Label Group`).
const COMPANY_NAME = new RegExp(`\\s(?:${COMPANY_HEADS.join('|')}|Label Group)$`);
// Words that end a noun phrase before its head: a verb or function word means the head is elsewhere.
const NOT_MODIFIER = new Set(['of', 'and', 'or', 'to', 'in', 'on', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'that', 'which', 'who', 'with', 'by', 'for']);
// Several groups are not the organisation named last (`the pro-ethanol groups`, `the first outside
// organizations`); members of an armed group are that group (`these militants`), and so are armed
// groups in the plural (`the terrorist groups` in a story about ISIL).
const SEVERAL = /^(?:groups|organi[sz]ations|militias)$/;
const ARMED_MODIFIER = /^(?:terror|milit|extrem|jihad|armed|rebel|insurg|takfiri|islamist)/i;
const PLURAL_OPENER = /^(?:these|those)$/i;
const SINGULAR_HEAD = /^(?:group|organi[sz]ation|nonprofit|non-profit|think tank|super PAC|PAC|watchdog|coalition|charity|threat|militia|insurgency|company|firm|label|studio)$/;
// `the threat` alone, or the threat of something, posed by someone, to someone: about whatever
// the sentence says, not the armed group named last (`the threat posed by North Korea`).
const THREAT_COMPLEMENT = /^\s+(?:of|posed|from|to|that|which)(?![\p{L}\p{N}])/u;
// A description right before a capitalised word introduces that name (`the conservative advocacy
// group Citizens United`, `the group Fiorina addressed`), not the group named before.
const NAME_AFTER = /^(?:[ \t]+\p{Lu}|\s+(?:called|named|known as)(?![\p{L}\p{N}]))/u;
const PARTICIPLE_AFTER = /^[ \t]+\p{Ll}+ing(?![\p{L}\p{N}])/u;
// How far back (characters) the named group may be.
const REACH = 3000;

type Kind = 'armed' | 'organisation' | 'company' | 'body';

/** Armed groups, organisations the article introduces (registry groups such as `the West` are no
 *  organisation; a company is one too), and bodies, which `the organization` may mean (`NATO`,
 *  `the UN`). */
function kindOf(ref: ActorRef | undefined): Kind | null {
  if (ref?.kind === 'armed-group') return 'armed';
  if (ref?.kind === 'international-body' || ref?.kind === 'government-body') return 'body';
  if (ref?.kind !== 'group' || ref.known) return null;
  return COMPANY_NAME.test(ref.name) ? 'company' : 'organisation';
}

/** Whether a group of kind `kind` is what a description asking for `want` may mean: any group for
 *  `the group`, a company for `the company`, an organisation of either sort for `the organization`. */
const fits = (want: Kind | null, kind: Kind | null) => !want || kind === want || (want === 'organisation' && kind === 'company');

// `the organization` after a registry body named nearer than the last organisation is that body,
// or either: not the organisation.
const BODY_TOO = /^organi[sz]ation$/;

/** What `text.matchAll` of DESCRIPTION made global yields: it is tried only where an opener's
 * run of the word index starts. */
export function descriptionMatches(text: string, words: WordIndex): RegExpExecArray[] {
  const openers: number[] = [];
  for (let r = 0; r < words.count; r++) if (OPENERS.mayHave(words.hashes[r])) openers.push(words.starts[r]);
  return matchesAt(text, DESCRIPTION, openers);
}

// The description set beside a group's name: `Safari Club International, a trophy hunting
// advocacy group`.
const APPOSITIVE_AFTER = /^,\s+(?:a|an|the)\s+([^,.;:()“”"]{1,80})/;

/** `the hunting organization`: of the groups named within reach before `at`, the nearest whose
 *  own description has one of the modifiers, if any (not the nearest group, the National Rifle
 *  Association, named in between). */
function describedEarlier(text: string, groups: Draft[], g: number, at: number, mods: string[], fits: (d: Draft) => boolean): Draft | undefined {
  for (let k = g - 1; k >= 0 && at - groups[k].end <= REACH; k--) {
    if (!fits(groups[k])) continue;
    const own = APPOSITIVE_AFTER.exec(text.slice(groups[k].end, groups[k].end + 100));
    if (own && own[1].split(/\s+/).some((w) => mods.includes(w.toLowerCase()))) return groups[k];
  }
  return undefined;
}

export function resolveGroupDescriptions(text: string, drafts: Draft[], refs: Map<string, ActorRef>, words: WordIndex): Draft[] {
  const groups = drafts.filter((d) => kindOf(refs.get(d.actor))).sort((a, b) => a.start - b.start);
  if (!groups.length) return [];
  const out: Draft[] = [];
  let g = 0;
  for (const m of descriptionMatches(text, words)) {
    const mods = m.groups!.mods.trim().split(/\s+/).filter(Boolean);
    // (`the division overseeing nonprofit organizations`: a participle after a noun opens a phrase
    // on that noun, whose head is not the group word.)
    if (mods.some((w) => NOT_MODIFIER.has(w)) || (mods.length > 1 && /ing$/.test(mods[mods.length - 1]))) continue;
    while (g < groups.length && groups[g].end <= m.index) g++;
    const head = m.groups!.head;
    const end = m.index + m[0].length;
    const after = text.slice(end, end + 12);
    const several = SEVERAL.test(head);
    if ((several && !mods.some((w) => ARMED_MODIFIER.test(w))) || (PLURAL_OPENER.test(m[0].slice(0, 5).trim()) && SINGULAR_HEAD.test(head))) continue;
    if (head === 'threat' && (!mods.length || THREAT_COMPLEMENT.test(after))) continue;
    if (NAME_AFTER.test(after)) continue;
    // `the group planning the mosque`: a participle after it says which group, a new one.
    if (PARTICIPLE_AFTER.test(after)) continue;
    const want: Kind | null = several || ARMED_ONLY.test(head) ? 'armed' : ORGANISATION_ONLY.test(head) ? 'organisation' : COMPANY_ONLY.test(head) ? 'company' : null;
    let last: Draft | undefined;
    for (let k = g - 1; k >= 0 && m.index - groups[k].end <= REACH; k--) {
      const kind = kindOf(refs.get(groups[k].actor));
      if (kind === 'body') {
        if (BODY_TOO.test(head)) break;
        continue;
      }
      if (fits(want, kind)) {
        last = groups[k];
        break;
      }
    }
    if (!last) continue;
    const described = mods.length ? describedEarlier(text, groups, g, m.index, mods, (d) => fits(want, kindOf(refs.get(d.actor)))) : undefined;
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], actor: (described ?? last).actor, resolvedBy: 'description', isLabel: mods.length > 0 });
  }
  return out;
}
