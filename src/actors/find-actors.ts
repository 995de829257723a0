// Finds who an article talks about: registry names, aliases and labels; surnames of people
// already named in full; people the registry does not know (by title, appositive or speech verb);
// quote speakers; and pronouns or bare titles pointing back at a person.
import type { ActorEntry, ActorRef, LexiconSet, Description, Mention, MentionResolution, Quote, Segmentation, Span } from '../types.js';
import { SPEECH_KINDS } from '../types.js';
import { MONTHS, WEEKDAYS } from '../calendar-words.js';
import { normForm, registryMatcher, surnamesOf, type RegistryForm, type RegistryMatch, type RegistryMatcher } from './registry-matcher.js';
import { findTitledPeople, type TitledPerson } from './titled-people.js';
import { headlineNames, isTitleCase, type HeadlineNames } from '../headline-names.js';
import { sameGivenName } from './given-names.js';
import { findFirstNamedPeople } from './first-named-people.js';
import { findHonorificNamedPeople } from './honorific-named-people.js';
import { newSpeakerName } from './speaker-name.js';
import { segmentKindAt } from '../segment/segment-at.js';
import { PRONOUN, resolveAnaphora, type ReportedOpening } from './anaphora.js';
import { pronounGender, type Gender } from '../quotes/gender.js';
import { isSpeakerNoun } from '../quotes/speaker-np.js';
import { SENTENCE_OPENERS } from '../quotes/words.js';
import { resolveGroupDescriptions } from './group-descriptions.js';
import { describePeople } from './person-descriptions.js';
import { resolveDescriptions } from './description-references.js';
import { buildVoiceIndex, type VoiceIndex } from '../quotes/voice-index.js';
import { isOfficeOnly } from './description-words.js';
import { wholeWordOccurrences } from '../whole-words.js';
import { findOrganisations } from './organisations.js';
import { initialsOf } from './acronyms.js';
import { QuoteSpeakers } from './quote-speakers.js';
import { countBefore, firstStartingAt, spanIndexAt } from '../spans.js';
import { indexWords, type WordIndex } from '../word-runs.js';
import { affiliateByTitle } from './title-body-affiliation.js';
import { personId, slug } from './actor-id.js';
import { generationOf, generationWord } from '../generations.js';
import { familyNamesFirst } from './family-name-first.js';

type Draft = Omit<Mention, 'segment'>;

function refOf(a: ActorEntry): ActorRef {
  return { id: a.id, name: a.name, kind: a.kind, affiliation: a.affiliation, ...(a.role ? { role: a.role } : {}), known: true };
}

// `De Blasio`, `Van Hollen`: a surname's particle is written in lower case elsewhere too.
const NAME_PARTICLES = new Set(['de', 'del', 'della', 'der', 'van', 'von', 'al', 'el', 'da', 'di', 'du', 'la', 'le', 'bin', 'ibn', 'mac', 'st']);

const FORM_ORDER: Record<RegistryForm['resolvedBy'], number> = { name: 0, alias: 1, label: 2, surname: 3 };

// findActors runs in phases, each a function of its own: V8 optimises (and, when the input takes
// a new turn, re-optimises) each small function on its own instead of one large one, which cost
// up to half a second to compile each time.

/** The mentions found so far, and the actors they name, in the order first found. */
class Mentions {
  readonly refs = new Map<string, ActorRef>();
  readonly drafts: Draft[] = [];
  // Characters already inside a mention: a later, weaker reading of the same words is dropped.
  private readonly taken: Uint8Array;

  constructor(length: number) {
    this.taken = new Uint8Array(length + 1);
  }

  free(start: number, end: number): boolean {
    for (let i = start; i < end; i++) if (this.taken[i]) return false;
    return true;
  }

  add(d: Draft, ref: ActorRef): void {
    if (!this.free(d.start, d.end)) return;
    this.drafts.push(d);
    this.taken.fill(1, d.start, d.end);
    if (!this.refs.has(ref.id)) this.refs.set(ref.id, ref);
  }
}

/** People outside the registry found so far, by normalised surname and by normalised name, and
 * the surname forms to look for again. */
interface UnknownPeople {
  bySurname: Map<string, ActorRef>;
  byName: Map<string, ActorRef>;
  surnameForms: Set<string>;
}

/** Where each registry person is named in full (by name, a multi-word alias, or a title + surname), sorted. */
function fullMentionsOf(raw: RegistryMatch[], titled: TitledPerson[], surnameOwners: Map<string, ActorEntry[]>): Map<string, number[]> {
  const fullAt = new Map<string, number[]>();
  const noteFull = (id: string, at: number) => {
    const list = fullAt.get(id);
    if (list) list.push(at);
    else fullAt.set(id, [at]);
  };
  for (const r of raw) for (const f of r.forms) if (f.actor.kind === 'person' && f.resolvedBy !== 'surname') noteFull(f.actor.id, r.start);
  // A title and a surname name one person only when one registry person has that surname.
  for (const t of titled) {
    const owners = surnameOwners.get(normForm(t.name));
    if (owners?.length === 1) noteFull(owners[0].id, t.start);
  }
  for (const list of fullAt.values()) list.sort((a, b) => a - b);
  return fullAt;
}

/** Of several people sharing a surname, the one named in full most recently before `at`. */
function owner(fullAt: Map<string, number[]>, forms: RegistryForm[], at: number): ActorEntry | null {
  let best: ActorEntry | null = null;
  let bestAt = -Infinity;
  for (const f of forms) {
    const seen = fullAt.get(f.actor.id);
    if (!seen) continue;
    // How many full mentions come at or before `at`.
    const lo = countBefore(seen, at + 1);
    const score = lo > 0 ? seen[lo - 1] : -1e9 + seen[0];
    if (score > bestAt) [best, bestAt] = [f.actor, score];
  }
  return best;
}

const COMPLEMENT_BEFORE = /\s(?:of|for)\s+(?:the\s+)?$/;
// A legislature's committee is a body, not an organisation `the group` may mean: `House
// Transportation and Infrastructure Committee` (found as `Infrastructure Committee`).
const COMMITTEE = /(?:^|\s)(?:Sub)?[Cc]ommittee$/;
const CHAMBER_BEFORE = /(?:^|[^\p{L}])(?:House|Senate|Assembly|Legislative|Parliamentary)(?:\s+(?:\p{Lu}[\p{L}-]*|and|on))*\s+$/u;
const legislativeCommittee = (text: string, o: { start: number; name: string }) =>
  COMMITTEE.test(o.name) && CHAMBER_BEFORE.test(text.slice(Math.max(0, o.start - 80), o.start) + o.name.slice(0, o.name.lastIndexOf(' ') + 1));

/** Organisations the registry does not know, at every place they are named: the words of a
 * registry name inside are the organisation's (`Secure America Now`, `Clinton Foundation`),
 * unless the registry name ends with it (`US Senate Foreign Relations Committee`). */
function addOrganisations(found: Mentions, text: string, words: WordIndex, seg: Segmentation, raw: RegistryMatch[], registry: RegistryMatcher): Map<string, ActorRef> {
  const orgs = new Map<string, ActorRef>();
  for (const o of findOrganisations(text, words)) {
    // The registry matches inside the name or over its end (sorted by start, so found from the
    // one just before the name's start): does a body's name end where this one does, or later?
    let registryHead = false;
    for (let i = Math.max(0, firstStartingAt(raw, o.start) - 1); i < raw.length && raw[i].start < o.end && !registryHead; i++) {
      // (Not a state in the name's complement: `Communications Workers of America`.)
      registryHead = raw[i].end >= o.end && raw[i].end > o.start && raw[i].forms.some((f) => f.actor.kind !== 'person') && !COMPLEMENT_BEFORE.test(text.slice(Math.max(o.start, raw[i].start - 8), raw[i].start));
    }
    const key = normForm(o.name);
    if (registryHead || registry.byName.has(key) || orgs.has(key)) continue;
    orgs.set(key, { id: slug(o.name), name: o.name, kind: legislativeCommittee(text, o) ? 'government-body' : 'group', affiliation: null, known: false });
  }
  // Its initials name it too (`the NRA`), unless two of its organisations share them or the
  // registry knows them as someone else.
  const byInitials = new Map<string, ActorRef | null>();
  for (const ref of orgs.values()) {
    const initials = initialsOf(ref.name);
    if (initials && !registry.byName.has(normForm(initials))) byInitials.set(initials, byInitials.has(initials) ? null : ref);
  }
  const orgAt = wholeWordOccurrences(text, [...orgs.values()].map((r) => r.name).concat([...byInitials.keys()]), words);
  const acronyms = new Map<string, ActorRef>();
  for (const ref of [...orgs.values()].sort((x, y) => y.name.length - x.name.length)) {
    const places = orgAt.get(ref.name) ?? [];
    // A title-case headline (`Trump Declares National Emergency To Fund Wall`) names no
    // organisation unless the article's text names it again.
    if (seg.headline && !places.some((at) => at >= seg.headline!.end || at < seg.headline!.start)) continue;
    for (const at of places) found.add({ start: at, end: at + ref.name.length, text: ref.name, actor: ref.id, resolvedBy: 'name', isLabel: false }, ref);
    const initials = initialsOf(ref.name);
    if (!initials || byInitials.get(initials) !== ref) continue;
    acronyms.set(normForm(initials), ref);
    for (const at of orgAt.get(initials) ?? []) found.add({ start: at, end: at + initials.length, text: initials, actor: ref.id, resolvedBy: 'alias', isLabel: false }, ref);
  }
  return acronyms;
}

/** A registry person's surname right after a title (`Spokesman McCormack`) is resolved by that title. */
function addTitledRegistryPeople(found: Mentions, text: string, titled: TitledPerson[], surnameOwners: Map<string, ActorEntry[]>, fullAt: Map<string, number[]>, speakers: QuoteSpeakers, firstNames: Map<string, unknown> | undefined): void {
  for (const t of titled) {
    const known = surnameOwners.get(normForm(t.name));
    if (!known || t.via !== 'title') continue;
    const a = owner(fullAt, known.map((actor) => ({ form: t.name, actor, resolvedBy: 'surname' as const })), t.start) ?? known[0];
    // (`Mr. Clinton` beside the registry's Hillary Clinton is left to the surname passes below,
    // which look for a man of that surname.)
    if (speakers.namesSomeoneElse(t.start, t.end, a.name) || otherGenderTitle(text, t.start, a.name, firstNames)) continue;
    found.add({ start: t.start, end: t.end, text: t.name, actor: a.id, resolvedBy: 'title', isLabel: false }, refOf(a));
  }
}

/** How near before a surname its namesake's full name must be (about the sentence before). */
const NEAR_NAMESAKE = 300;
// The anaphora stage's gendered pronouns, searched for rather than matched at a position.
const GENDERED_PRONOUN = new RegExp(PRONOUN.source, 'iu');
// How many times (at least, and at least as many times the registry person's full name) a
// namesake must be named in full to take a surname no pronoun or honorific gives to either.
const DOMINANT_NAMESAKE = 3;

/**
 * `then-president Bill Clinton. … because Clinton had a high approval rating -- by Election Day,
 * he was …`: a surname the registry gives a person (Hillary Clinton) is someone else's when another
 * person with that surname, outside the registry, was named in full just before it (in narration),
 * the registry person not since, and the surname's gender (below) is that person's, not the
 * registry person's; or, when no gender tells them apart, that person is named in full far more
 * often (DOMINANT_NAMESAKE). Such surnames wait for the people outside the registry to be made,
 * then go to that person.
 */
class NearerNamesake {
  /** Surname → full names outside the registry ending in it, by where they are named. */
  private readonly bySurname = new Map<string, TitledPerson[]>();
  private readonly deferred: { match: RegistryMatch; name: string; registryPerson: ActorEntry }[] = [];
  private readonly counts = new Map<string, number>();

  constructor(
    private readonly text: string,
    private readonly seg: Segmentation,
    private readonly titled: TitledPerson[],
    private readonly raw: RegistryMatch[],
    registry: RegistryMatcher,
    quotes: Quote[],
    private readonly firstNames: Map<string, unknown> | undefined,
  ) {
    // (Quoted words are direct speech: a name there is the speaker's, not the narration's.)
    const quoted = quotes.filter((q) => q.kind === 'direct' || q.kind === 'partial').flatMap((q) => q.contents).sort((a, b) => a.start - b.start);
    for (const t of titled) {
      if (!/\s/.test(t.name) || registry.byName.has(normForm(t.name)) || spanIndexAt(quoted, t.start) >= 0) continue;
      const key = normForm(t.name.slice(t.name.lastIndexOf(' ') + 1));
      if (!registry.surnameOwners.has(key)) continue;
      (this.bySurname.get(key) ?? this.bySurname.set(key, []).get(key)!).push(t);
    }
  }

  /** Whether the surname at r goes to a namesake named since `person` was; noted for later. */
  defer(r: RegistryMatch, person: ActorEntry, fullAt: Map<string, number[]>): boolean {
    const namesakes = this.bySurname.get(normForm(r.text));
    if (!namesakes) return false;
    // The namesake named last before r (a binary search: the list is in text order).
    let k = firstStartingAt(namesakes, r.start) - 1;
    while (k >= 0 && namesakes[k].end > r.start) k--;
    const namesake = k >= 0 ? namesakes[k] : null;
    if (!namesake || r.start - namesake.end > NEAR_NAMESAKE || firstWord(namesake.name) === firstWord(person.name)) return false;
    const seen = fullAt.get(person.id) ?? [];
    const before = countBefore(seen, r.start);
    if (before > 0 && seen[before - 1] > namesake.start) return false;
    const said = this.genderAt(r);
    // The gender the surname is given picks the namesake; when it fits both (or there is none), so
    // does being named in full far more often than the registry person (`Jeb Bush` 16 times in a
    // story that names George W. Bush once; not Bill Clinton named 4 times beside Hillary Clinton's
    // 3, whom the article mostly calls `Clinton`).
    const fits = !said || this.genderOf(namesake.name) === said;
    const byGender = !!said && fits && this.genderOf(person.name) !== said;
    const named = byGender || !fits ? 0 : this.timesNamed(namesake.name);
    if (!byGender && (named < DOMINANT_NAMESAKE || named < DOMINANT_NAMESAKE * seen.length)) return false;
    this.deferred.push({ match: r, name: namesake.name, registryPerson: person });
    return true;
  }

  /** How often a namesake is named in full in the narration. */
  private timesNamed(name: string): number {
    let n = this.counts.get(name);
    if (n === undefined) {
      n = 0;
      for (const t of this.bySurname.get(normForm(name.slice(name.lastIndexOf(' ') + 1))) ?? []) if (t.name === name) n++;
      this.counts.set(name, n);
    }
    return n;
  }

  /** Adds the deferred surnames, each to its namesake once made (else to the registry person). */
  addTo(found: Mentions, unknown: UnknownPeople): void {
    for (const { match, name, registryPerson } of this.deferred) {
      const ref = unknown.byName.get(normForm(name));
      if (ref) found.add({ start: match.start, end: match.end, text: match.text, actor: ref.id, resolvedBy: 'surname', isLabel: false }, ref);
      else found.add({ start: match.start, end: match.end, text: match.text, actor: registryPerson.id, resolvedBy: 'surname', isLabel: false }, refOf(registryPerson));
    }
  }

  private genderOf(name: string): unknown {
    return this.firstNames?.get(firstWord(name).toLowerCase());
  }

  /** The gender a surname is given: its honorific's (`Mrs. Clinton`), else the first pronoun after
   * it in its sentence with no other name between (`Clinton had … he was`; not `Clinton campaign
   * Chairman John Podesta … asked him`). */
  private genderAt(r: RegistryMatch): Gender | undefined {
    const { text, titled, raw } = this;
    const honorific = HONORIFIC_BEFORE.exec(text.slice(Math.max(0, r.start - 8), r.start));
    if (honorific) return honorific[1] === 'Mr' ? 'male' : 'female';
    const sentence = this.seg.sentences[firstStartingAt(this.seg.sentences, r.end + 1) - 1];
    // (Within a window: a sentence may run on for megabytes.)
    const pronoun = sentence && sentence.end > r.end ? GENDERED_PRONOUN.exec(text.slice(r.end, Math.min(sentence.end, r.end + NEAR_NAMESAKE))) : null;
    if (!pronoun) return undefined;
    const at = r.end + pronoun.index;
    const nextTitled = titled[firstStartingAt(titled, r.end)];
    const nextRegistry = raw[firstStartingAt(raw, r.end)];
    if ((nextTitled && nextTitled.start < at) || (nextRegistry && nextRegistry.start < at && nextRegistry.forms.some((f) => f.actor.kind === 'person'))) return undefined;
    return pronounGender(pronoun[0]);
  }
}

// `the regime`, `the mullahs`: `the` and one common noun, a label that names no one by itself.
const BARE_LABEL = /^the\s+\p{Ll}[\p{Ll}'’-]*$/u;
const COMMON_WORDS_ONLY = /^(?:the\s+)?\p{Ll}[\p{Ll}'’ -]*$/u;
const PLACE_AFTER = /^\s+(?:in|of)\s+(?=\p{Lu})/u;
// How far back (characters) another state named last makes a bare label no one's.
const OTHER_STATE_REACH = 600;
// `Donald Trump Jr.`, `Trump Jr.`: a registry person's name before `Jr.` is their son's, unless the
// registry writes them with it (`Joseph R. Biden Jr.`).
const JUNIOR_AFTER = /^,?\s+Jr\b/;
const isJunior = (a: ActorEntry) => a.aliases.some((x) => generationOf(x) === 'Jr');

/** Adds the registry's matches; returns the surnames left out for an honorific of the other gender. */
const ONE_WORD = /^\p{Lu}\p{Ll}+$/u;
const PART_OF_AMERICA = /\b(?:North|South|Central|Latin)\s$/;
const NAME_GOES_ON = new RegExp(`^ (?!(?:${WEEKDAYS}|${MONTHS})\\b)\\p{Lu}\\p{Ll}`, 'u');

function addRegistryMatches(found: Mentions, raw: RegistryMatch[], fullAt: Map<string, number[]>, text: string, firstNames: Map<string, unknown> | undefined, speakers: QuoteSpeakers, nearer: NearerNamesake, juniors: RegistryMatch[], headline: Span | null): RegistryMatch[] {
  const misfits: RegistryMatch[] = [];
  // A bare label counts for its actor only in an article that names the actor: `the regime` is
  // Iran's in an article about Iran, not in one about Zimbabwe or `the regime change strategy`;
  // nor right after another state is named (`… to punish Damascus … referring the regime to the
  // ICC`).
  // (So does an alias of common words only, `the central government` is Beijing in a story on Hong
  // Kong, though one that names no state, `the autonomous region`, stays its actor's after another.)
  const generic = (f: RegistryMatch['forms'][number]) => (f.resolvedBy === 'label' && BARE_LABEL.test(f.form)) || (f.resolvedBy === 'alias' && COMMON_WORDS_ONLY.test(f.form));
  const named = new Set<string>();
  for (const r of raw) for (const f of r.forms) if ((f.resolvedBy === 'name' || f.resolvedBy === 'alias') && !generic(f)) named.add(f.actor.id);
  // The state named last before each match: `the regime` after `Damascus` is not Iran's.
  let lastState: { id: string; end: number } | null = null;
  for (const r of raw) {
    if (JUNIOR_AFTER.test(text.slice(r.end, r.end + 6)) && r.forms.some((f) => f.actor.kind === 'person' && !isJunior(f.actor))) {
      juniors.push(r);
      continue;
    }
    const before = lastState;
    const state = r.forms.find((x) => x.actor.kind === 'state' && (x.resolvedBy === 'name' || x.resolvedBy === 'alias'));
    if (state) lastState = { id: state.actor.id, end: r.end };
    const surnames = r.forms.filter((f) => f.resolvedBy === 'surname');
    const person = surnames.length ? owner(fullAt, surnames, r.start) : null;
    if (person && speakers.namesSomeoneElse(r.start, r.end, person.name)) continue;
    if (person && nearer.defer(r, person, fullAt)) continue;
    const other = person && someoneElse(text, r.start, person.name, firstNames);
    if (other === 'honorific') misfits.push(r);
    if (other) continue;
    if (person) {
      found.add({ start: r.start, end: r.end, text: r.text, actor: person.id, resolvedBy: 'surname', isLabel: false }, refOf(person));
      continue;
    }
    const f = r.forms.filter((x) => x.resolvedBy !== 'surname').sort((a, b) => FORM_ORDER[a.resolvedBy] - FORM_ORDER[b.resolvedBy])[0];
    if (!f) continue;
    // `Rep. Jim Jordan`, `Michael Jordan`, `Mr. Jordan`: a state's or body's name after a given name
    // or an honorific is a person's surname.
    if (f.actor.kind !== 'person' && f.resolvedBy !== 'label' && surnameAfterName(text, r.start, firstNames)) continue;
    // `Washington Examiner`, `Washington Gov. Jay Inslee`, `Tehran Times`, `America Rising`: a
    // one-word alias of a state right before another capitalised word is the first word of a longer
    // name (not in a title-case headline, where every word is capitalised). (A body's is kept:
    // `Senate Democrats`, `Senate Majority Leader` are about the Senate.)
    if (f.actor.kind === 'state' && f.resolvedBy === 'alias' && ONE_WORD.test(r.text) && NAME_GOES_ON.test(text.slice(r.end, r.end + 12)) && !(headline && r.start >= headline.start && r.start < headline.end)) continue;
    // (`North America`, `Latin America`: a continent's part, not the United States.)
    if (f.actor.kind === 'state' && r.text === 'America' && PART_OF_AMERICA.test(text.slice(Math.max(0, r.start - 9), r.start))) continue;
    // (The same for a surname the registry lists as an alias: `Ivanka Trump`.)
    if (f.actor.kind === 'person' && f.actor.name.endsWith(` ${r.text}`) && speakers.namesSomeoneElse(r.start, r.end, f.actor.name)) continue;
    const aliasOther = f.actor.kind === 'person' && f.actor.name.endsWith(` ${r.text}`) && someoneElse(text, r.start, f.actor.name, firstNames);
    if (aliasOther === 'honorific') misfits.push(r);
    if (aliasOther) continue;
    let actor = f.actor;
    if (generic(f)) {
      // `the regime in Damascus`: a place right after a bare label says whose it is (and a name
      // that is no state's, `the regime of Bashar al-Assad`, that it is no state the registry has).
      const place = PLACE_AFTER.exec(text.slice(r.end, r.end + 8));
      if (place) {
        const next = raw[firstStartingAt(raw, r.end + place[0].length)];
        const state = next?.start === r.end + place[0].length ? next.forms.find((x) => x.actor.kind === 'state' && x.resolvedBy !== 'label')?.actor : undefined;
        if (!state) continue;
        actor = state;
      } else if (!named.has(f.actor.id) || (f.resolvedBy === 'label' && before && before.id !== f.actor.id && r.start - before.end < OTHER_STATE_REACH)) continue;
    }
    found.add({ start: r.start, end: r.end, text: r.text, actor: actor.id, resolvedBy: f.resolvedBy, isLabel: f.resolvedBy === 'label' }, refOf(actor));
  }
  return misfits;
}

/** `Mr. Clinton` beside `Hillary Clinton` and `Bill Clinton`: the one person found outside the
 * registry with that surname and the honorific's gender, if there is exactly one. */
function addHonorificSurnames(found: Mentions, text: string, misfits: RegistryMatch[], unknown: UnknownPeople, firstNames: Map<string, unknown> | undefined): void {
  if (!misfits.length) return;
  // Surname and gender → the people found with them, built once.
  const people = new Map<string, ActorRef[]>();
  for (const p of new Set(unknown.byName.values())) {
    const gender = p.kind === 'person' && /\s/.test(p.name) ? firstNames?.get(firstWord(p.name).toLowerCase()) : undefined;
    if (!gender) continue;
    const key = `${p.name.slice(p.name.lastIndexOf(' ') + 1)} ${gender}`;
    (people.get(key) ?? people.set(key, []).get(key)!).push(p);
  }
  for (const r of misfits) {
    const want = HONORIFIC_BEFORE.exec(text.slice(Math.max(0, r.start - 8), r.start))![1] === 'Mr' ? 'male' : 'female';
    const fits = people.get(`${r.text} ${want}`);
    if (fits?.length === 1) found.add({ start: r.start, end: r.end, text: r.text, actor: fits[0].id, resolvedBy: 'surname', isLabel: false }, fits[0]);
  }
}

const firstWord = (name: string) => name.split(/\s+/)[0];

/**
 * Whether the surname at `at` names someone other than the registry's `name`: `given` for another
 * given name before it (`Bill Clinton` after `Hillary Clinton`: the first-name pass reads that
 * person), `honorific` for an honorific of the other gender (`Mr. Clinton`), else null.
 */
const PERSON_TITLE_BEFORE = /(?<![\p{L}])(?:Mr|Mrs|Ms|Miss|Dr|Rep|Sen|Gov|Rev)\.?[ \u00a0]+$/u;
const WORD_BEFORE = /(?<![\p{L}\p{N}.])(\p{Lu}\p{Ll}+)[ \u00a0]+$/u;
/** The word right before `at`, on its line, is a given name the lexicon knows, or an honorific
 *  (not a headline's last word above a dateline: `… Bill\n\nWASHINGTON —`). */
function surnameAfterName(text: string, at: number, firstNames: Map<string, unknown> | undefined): boolean {
  const before = text.slice(Math.max(0, at - 24), at);
  if (PERSON_TITLE_BEFORE.test(before)) return true;
  const m = WORD_BEFORE.exec(before);
  return !!m && !!firstNames?.has(m[1].toLowerCase());
}

function someoneElse(text: string, at: number, name: string, firstNames: Map<string, unknown> | undefined): 'given' | 'honorific' | null {
  if (otherGivenName(text, at, name, firstNames)) return 'given';
  return otherGenderTitle(text, at, name, firstNames) ? 'honorific' : null;
}

const HONORIFIC_BEFORE = /(?<![\p{L}])(Mr|Mrs|Ms|Miss)\.?\s+$/u;
/** `Mr. Clinton` is not Hillary Clinton: an honorific of the other gender than `name`'s first name. */
function otherGenderTitle(text: string, at: number, name: string, firstNames: Map<string, unknown> | undefined): boolean {
  const m = HONORIFIC_BEFORE.exec(text.slice(Math.max(0, at - 8), at));
  const gender = m && firstNames?.get(firstWord(name).toLowerCase());
  return !!gender && gender !== (m[1] === 'Mr' ? 'male' : 'female');
}

const isAsciiSpace = (c: number) => c === 32 || (c >= 9 && c <= 13);
const isAsciiLower = (c: number) => c >= 97 && c <= 122;

/**
 * Whether the `window` characters before `at` may end in a capitalised word and white space, as
 * GIVEN_NAME_BEFORE and CAPITALISED_BEFORE need: false when their ASCII shows otherwise (`said
 * Trump`, `the Trump`), true at the first character outside ASCII. A walk back over a word, before
 * those regexes, which are tried at every position of the window.
 */
export function capitalisedWordBefore(text: string, at: number, window: number): boolean {
  const lo = Math.max(0, at - window);
  let i = at - 1;
  if (i < lo) return false;
  let c = text.charCodeAt(i);
  if (c >= 128) return true;
  if (!isAsciiSpace(c)) return false;
  // White space (c is -1 at the window's start) …
  do c = --i >= lo ? text.charCodeAt(i) : -1;
  while (isAsciiSpace(c));
  if (c >= 128) return true;
  if (!isAsciiLower(c)) return false;
  // … after lower-case letters, after a capital.
  do c = --i >= lo ? text.charCodeAt(i) : -1;
  while (isAsciiLower(c));
  return c >= 128 || (c >= 65 && c <= 90);
}

const GIVEN_NAME_BEFORE = /(?<![\p{L}\p{N}.])(?:(\p{Lu}\p{Ll}+)\s+)?(\p{Lu}\p{Ll}+)\s+$/u;
/**
 * The word right before `at` is a known given name other than `name`'s first word: not a form of
 * it (`Joseph`, `Hilary` for `Joe`, `Hillary`: the same first two letters), nor a middle name
 * after it (`Donald John Trump`); or the two words before are such a given name and a middle name.
 */
function otherGivenName(text: string, at: number, name: string, firstNames: Map<string, unknown> | undefined): boolean {
  if (!capitalisedWordBefore(text, at, 40)) return false;
  const m = GIVEN_NAME_BEFORE.exec(text.slice(Math.max(0, at - 40), at));
  if (!m || !firstNames) return false;
  const first = firstWord(name);
  const other = (given: string) => given.slice(0, 2) !== first.slice(0, 2);
  if (firstNames.has(m[2].toLowerCase())) return other(m[2]) && m[1] !== first;
  // A given name and a middle name (`John Ellis Bush`, not George W. Bush).
  return m[1] !== undefined && firstNames.has(m[1].toLowerCase()) && other(m[1]);
}

// `the Daily Caller reported`, `in the Des Moines Register.`: a name right after `the` that ends
// the noun phrase there (punctuation, a possessive, a speech or past-tense verb after it) names a
// thing or a body, never a person (`the Jeb Bush campaign` goes on, so it says nothing).
const THE_BEFORE = /(?:^|[^\p{L}])[Tt]he\s+$/u;
const PHRASE_ENDS_AFTER = /^(?:\s*[.;:!?)”"]|[’']s?\s|\s+(?:said|says|reported|reports|wrote|writes|noted|notes|\p{Ll}+ed)(?!\p{L}))/u;

/** Whether a name read from speech verbs and speakers is no person's, by how the article writes
 * it elsewhere. `Developer Valve`, `Home Depot`: a first word the article also writes in lower
 * case is a common word, not a given name (unless it is a known one: `Will`, `Mark`). `the Daily
 * Caller`: the article uses the name as a definite noun phrase. The words and names are looked
 * up in one pass over the text. */
function notAPersonsName(text: string, words: WordIndex, lex: LexiconSet, titled: TitledPerson[], quotes: Quote[]): (name: string) => boolean {
  /** The word in lower case when it could be a common word opening a name, else null. */
  const checkable = (word: string) => {
    const lower = word.toLowerCase();
    return /^\p{Lu}\p{Ll}+$/u.test(word) && !lex.firstNames?.has(lower) && !NAME_PARTICLES.has(lower) ? lower : null;
  };
  const candidates = new Set<string>();
  const note = (name: string) => {
    const tokens = name.split(/\s+/);
    // Each word may open the name a speaker phrase gives (`Adviser Susan Rice`: `Susan Rice`),
    // and so may the phrase's every tail of two words or more.
    for (let i = 0; i < tokens.length; i++) {
      const lower = checkable(tokens[i]);
      if (lower) candidates.add(lower);
      if (i < tokens.length - 1) candidates.add(tokens.slice(i).join(' '));
    }
  };
  for (const t of titled) if (t.via === 'speech') note(t.name);
  for (const q of quotes) if (q.speaker) note(q.speaker.name);
  const at = candidates.size ? wholeWordOccurrences(text, candidates, words) : new Map<string, number[]>();
  const definite = (name: string) => (at.get(name) ?? []).some((i) => THE_BEFORE.test(text.slice(Math.max(0, i - 5), i)) && PHRASE_ENDS_AFTER.test(text.slice(i + name.length, i + name.length + 16)));
  // (Asked once per name: a name said 20,000 times in one article is asked about at each mention,
  // and reading all its occurrences each time was quadratic.)
  const answers = new Map<string, boolean>();
  return (name) => {
    let answer = answers.get(name);
    if (answer === undefined) {
      const lower = checkable(firstWord(name));
      // A gerund opening a sentence (`Getting Disney+ right will be a test`) is no given name either.
      answer = (lower !== null && (/\p{Ll}{3}ing$/u.test(lower) || (at.get(lower)?.length ?? 0) > 0)) || definite(name);
      answers.set(name, answer);
    }
    return answer;
  };
}

/** Whether two names both have middle initials, and not the same ones. */
function otherMiddle(a: string, b: string): boolean {
  const middle = (name: string) => name.split(/\s+/).slice(1, -1).filter((t) => /^(?:\p{Lu}\.)+$/u.test(t)).join(' ');
  const ma = middle(a), mb = middle(b);
  return ma !== '' && mb !== '' && ma !== mb;
}

/** `Duncan Hunter Sr.` beside `Duncan Hunter`: a full name with `Sr.` is the father of the one
 * without it or with `Jr.`. (`Jr.` alone tells no one apart: `Roger J. Stone Jr.` is `Roger Stone`.) */
function otherGeneration(a: string, b: string): boolean {
  return (generationOf(a) === 'Sr') !== (generationOf(b) === 'Sr');
}

const PATRONYM = /\s(?:bin|ibn)\s/;

/** People outside the registry, and registry people introduced by title and surname only. */
function addUnknownPeople(found: Mentions, titled: TitledPerson[], surnameOwners: Map<string, ActorEntry[]>, fullAt: Map<string, number[]>, unknown: UnknownPeople, notAPerson: (name: string) => boolean, speakers: QuoteSpeakers, nicknames: ReadonlyMap<string, readonly string[]> | undefined): void {
  const names = titled.map((named) => {
    const shorter = named.via === 'speech' ? speakers.shorterName(named) : null;
    return shorter ? { ...named, start: named.end - shorter.length, name: shorter } : named;
  });
  // Full names first, then lone surnames: `Gov. LePage` in a headline is the `Paul LePage` of the
  // text, listed under his full name, not a person named `LePage` the full name joins.
  const lone = (t: TitledPerson) => !/\s/.test(t.name);
  // `Prince Mohammed`, `Mohammed` after `Mohammed bin Salman`: a name with a patronym (`bin`, `ibn`)
  // is also called by its given name, when no one else of the article named so has it.
  const givenNames = new Map<string, ActorRef | null>();
  const full = names.filter((t) => !lone(t));
  for (let i = 0, all = [...full, ...names.filter(lone)]; i < all.length; i++) {
    const t = all[i];
    if (i === full.length) {
      for (const [given, ref] of givenNames) {
        if (!ref || unknown.bySurname.has(given) || surnameOwners.has(given)) continue;
        unknown.bySurname.set(given, ref);
        unknown.surnameForms.add(firstWord(ref.name));
      }
    }
    if (!found.free(t.start, t.end) || surnameOwners.has(normForm(t.name)) || (t.via === 'speech' && (notAPerson(t.name) || speakers.saidBySomeoneElse(t)))) continue;
    const tokens = t.name.split(/\s+/);
    // (Its length tested, not [0] read past the end of an empty list: that read deoptimises this function.)
    const surnames = tokens.length === 1 ? [] : surnamesOf(t.name);
    const surname = tokens.length === 1 ? t.name : surnames.length > 0 ? surnames[0] : tokens[tokens.length - 1];
    const sameSurname = unknown.bySurname.get(normForm(surname));
    // Another first name is another person (`Kellyanne Conway` beside `George T. Conway III`), but
    // not a short form of it (`Bob` for Robert); another middle initial is (`George H.W. Bush`
    // beside `George W. Bush`).
    // (`Hawk Sawyer` after `Kathleen Hawk Sawyer`: the full name's last words are that person.)
    const lastWordsOf = sameSurname !== undefined && tokens.length > 1 && normForm(sameSurname.name).endsWith(` ${normForm(t.name)}`);
    const someoneElse = sameSurname && !lastWordsOf && tokens.length > 1 && /\s/.test(sameSurname.name) && (!sameGivenName(firstWord(sameSurname.name), tokens[0], nicknames) || otherMiddle(sameSurname.name, t.name) || otherGeneration(sameSurname.name, t.name));
    // `Al Thani` after `Tamim bin Hamad Al Thani`: a name that is someone's family name is theirs.
    const theirFamilyName = tokens.length > 1 ? unknown.bySurname.get(normForm(t.name)) : undefined;
    let ref = theirFamilyName ?? (someoneElse ? unknown.byName.get(normForm(t.name)) : (sameSurname ?? suffixedSurname(unknown.byName, tokens)));
    if (!ref) {
      ref = { id: personId(t.name, found.refs, nicknames), name: t.name, kind: 'person', affiliation: t.affiliation, ...(t.role ? { role: t.role } : {}), known: false };
      unknown.byName.set(normForm(t.name), ref);
      if (PATRONYM.test(t.name)) {
        const given = normForm(tokens[0]);
        givenNames.set(given, givenNames.has(given) ? null : ref);
      }
      // A surname stays with whoever has it first, and with a registry person named in full here
      // (`Lara Trump` does not claim every `Trump` in a story about Donald Trump).
      if (!sameSurname) {
        for (const s of tokens.length === 1 ? [surname] : surnamesOf(t.name)) {
          if ((surnameOwners.get(normForm(s)) ?? []).some((a) => fullAt.has(a.id))) continue;
          unknown.bySurname.set(normForm(s), ref);
          unknown.surnameForms.add(s);
        }
      }
    } else {
      ref.affiliation ??= t.affiliation;
      if (!ref.role && t.role) ref.role = t.role;
      // (Wherever else the article writes those last words, they are that person too.)
      if (lastWordsOf && !unknown.bySurname.has(normForm(t.name))) {
        unknown.bySurname.set(normForm(t.name), ref);
        unknown.surnameForms.add(t.name);
      }
    }
    found.add({ start: t.start, end: t.end, text: t.name, actor: ref.id, resolvedBy: t.via === 'title' ? 'title' : 'name', isLabel: false }, ref);
  }
}

/** `Trump Jr.` where the registry's `Trump` was left out for its `Jr.`: the person with the
 * registry person's name and `Jr.` (which is what `Jr.` means), or the one the article names in
 * full with both. */
function addJuniorSurnames(found: Mentions, text: string, juniors: RegistryMatch[], nicknames: ReadonlyMap<string, readonly string[]> | undefined): void {
  if (!juniors.length) return;
  const byName = new Map<string, ActorRef>();
  for (const r of found.refs.values()) byName.set(normForm(r.name), r);
  for (const r of juniors) {
    const suffix = JUNIOR_AFTER.exec(text.slice(r.end, r.end + 6))![0];
    const end = r.end + suffix.length + (text[r.end + suffix.length] === '.' ? 1 : 0);
    if (!found.free(r.start, end)) continue;
    const father = r.forms.find((f) => f.actor.kind === 'person')!.actor;
    const name = `${father.name} Jr.`;
    let ref = byName.get(normForm(name)) ?? suffixedSurname(byName, [r.text, 'Jr.']);
    if (!ref) {
      ref = { id: personId(name, found.refs, nicknames), name, kind: 'person', affiliation: null, known: false };
      byName.set(normForm(name), ref);
    }
    found.add({ start: r.start, end, text: text.slice(r.start, end), actor: ref.id, resolvedBy: r.text.includes(' ') ? 'name' : 'surname', isLabel: false }, ref);
  }
}

/** `Trump Jr.` after `Donald Trump Jr.`: a surname with a generational suffix is the person named in
 * full with both (their surname alone may belong to a registry person: `Trump`). */
function suffixedSurname(byName: Map<string, ActorRef>, tokens: string[]): ActorRef | undefined {
  if (tokens.length !== 2 || generationWord(tokens[1]) !== 'Jr') return undefined;
  const tail = ` ${normForm(tokens.join(' ')).replace(/\.$/, '')}`;
  for (const [name, ref] of byName) if (name.replace(/\.$/, '').endsWith(tail)) return ref;
  return undefined;
}

// Cues whose clause is only what was said (`said that her family …`), unlike `questioned his depth`
// or `called her a liar`: a syntactic fact the attribution verbs' connotations do not give.
const PLAIN_CUES = new Set(['say', 'tell', 'add', 'note', 'write', 'explain']);

/** Quote speakers are people: link each to an actor (adding the mention if the engine found one we did not). */
function addQuoteSpeakers(found: Mentions, text: string, words: WordIndex, seg: Segmentation, quotes: Quote[], lex: LexiconSet, registry: RegistryMatcher, fullAt: Map<string, number[]>, unknown: UnknownPeople, notAPerson: (name: string) => boolean, inHeadline: HeadlineNames | null, acronyms: ReadonlyMap<string, ActorRef>): void {
  const { surnameOwners } = registry;
  // A headline is often set in title case (`Weiner Denies Sending …`): a name read there must be
  // used again in the article's text; as written there, when the headline is in title case
  // (`Powerful Things Latinos` is no one, though the text says `Latinos`).
  const { headline } = seg;
  const confirmed = (fresh: ReturnType<typeof newSpeakerName>, at: number) => {
    if (!fresh || !headline || at < headline.start || at >= headline.end) return fresh;
    const nameWords = fresh.name.split(/\s+/);
    if (inHeadline && text.slice(headline.start, headline.end).includes(fresh.name)) return inHeadline.confirmed(nameWords)?.length === nameWords.length ? fresh : null;
    return text.indexOf(nameWords[nameWords.length - 1], headline.end) >= 0 ? fresh : null;
  };
  const byName = new Map<string, ActorRef>();
  for (const r of found.refs.values()) byName.set(normForm(r.name), r);
  // (`The NRA said`: a speaker named by an organisation's initials.)
  for (const [initials, r] of acronyms) byName.set(initials, r).set(`the ${initials}`, r);
  // `Liu Xiaming … Liu said`: a one-word speaker who is the family name, written first, of a person
  // named so far (often only as a speaker); looked up once per word.
  const families = new Map<string, ActorRef | undefined>();
  const familyNameOf = (name: string): ActorRef | undefined => {
    if (/\s/.test(name)) return undefined;
    if (!families.has(name)) {
      const bearers = [...byName.values()].filter((r) => r.name.startsWith(`${name} `));
      const ref = bearers.length ? familyNamesFirst(text, words, bearers, unknown.bySurname, lex.firstNames).get(name) : undefined;
      families.set(name, ref);
      // (Its other mentions in the narration are then found as a surname's are.)
      if (ref) {
        unknown.bySurname.set(normForm(name), ref);
        unknown.surnameForms.add(name);
      }
    }
    return families.get(name);
  };
  for (const q of quotes) {
    const s = q.speaker;
    if (!s || s.anonymous) continue;
    const key = normForm(s.name);
    const registered = registry.byName.get(key);
    let ref = byName.get(key) ?? (registered ? refOf(registered) : undefined);
    if (!ref) {
      const viaSurname = surnameOwners.get(normForm(s.name.split(/\s+/).pop() ?? '')) ?? [];
      const one = viaSurname.find((a) => fullAt.has(a.id)) ?? (viaSurname.length === 1 && /\s/.test(s.name) ? viaSurname[0] : undefined);
      if (one) ref = refOf(one);
      else {
        const known = unknown.bySurname.get(normForm(s.name.split(/\s+/).pop() ?? '')) ?? suffixedSurname(byName, s.name.split(/\s+/)) ?? familyNameOf(s.name);
        const named = known ? null : confirmed(newSpeakerName(s.name, lex.firstNames), s.start);
        const fresh = named && !(named.kind === 'person' && notAPerson(named.name)) ? named : null;
        if (known) ref = known;
        else if (fresh) {
          ref = byName.get(normForm(fresh.name)) ?? unknown.bySurname.get(normForm(surnamesOf(fresh.name)[0] ?? fresh.name));
          if (!ref) {
            ref = { id: fresh.kind === 'person' ? personId(fresh.name, found.refs, lex.nicknames) : slug(fresh.name), name: fresh.name, kind: fresh.kind, affiliation: null, ...(s.role ? { role: s.role } : {}), known: false };
            byName.set(normForm(fresh.name), ref);
            if (fresh.kind === 'person') for (const form of [fresh.name, ...surnamesOf(fresh.name)]) {
              unknown.bySurname.set(normForm(form), ref);
              unknown.surnameForms.add(form);
            }
          }
          byName.set(key, ref);
        }
      }
    }
    if (!ref) continue;
    // `The home secretary, Yvette Cooper, said`: a person found by a given name earlier in the
    // stage takes the role the speaker phrase gives, as one found here first would.
    if (s.role && !ref.known && ref.kind === 'person' && !ref.role && s.resolvedBy === 'name') ref.role = s.role;
    const written = text.slice(s.start, s.end);
    // `The financial industry tycoon ridiculed …`: a description that characterises the speaker is
    // the outlet's label for them, as one beside the name is (without its article); an office
    // (`the senator`) is a title's mention.
    const article = s.resolvedBy === 'description' ? (/^(?:the|a|an)\s+/i.exec(written)?.[0].length ?? 0) : 0;
    if (article && !isOfficeOnly(written.slice(article))) {
      found.add({ start: s.start + article, end: s.end, text: written.slice(article), actor: ref.id, resolvedBy: 'description', isLabel: true }, ref);
      continue;
    }
    // (`said Bloomberg, who added …`: the relative pronoun is no name of his.)
    const resolvedBy: MentionResolution = RELATIVE_PRONOUN.test(written) ? 'pronoun' : s.resolvedBy === 'description' ? 'title' : s.resolvedBy;
    found.add({ start: s.start, end: s.end, text: written, actor: ref.id, resolvedBy, isLabel: false }, ref);
  }
}

const RELATIVE_PRONOUN = /^(?:who|whom|which|that)$/i;
/** An honorific right before a name, as part of how the name is written. */
const NAME_HONORIFIC = /(?<![\p{L}\p{N}])(?:Mr|Mrs|Ms|Mx|Dr|Miss)\.?[ \u00a0]$/u;

// A capitalised word right before a word, and what stands before that word.
const CAPITALISED_BEFORE = /(?:^|([.!?:;"“”]?)\s+)(\p{Lu}\p{Ll}+)[ \u00a0]$/u;
/** Lines longer than this are prose, never a title-case heading. */
const MAX_HEADING = 200;

/**
 * `Election Day` beside Kristen Day, `Capitol Hill` beside Anita Hill, `Dena Grayson` beside Alan
 * Grayson: a capitalised word right before a surname makes it part of another name, unless that
 * word is one of the person's own names (or the start or a short form of one: `Pat` for Patrick,
 * `Liz` for Elizabeth), a first name that may be theirs (not one of the other gender), a title or a role
 * (`Senators`, `Donor`), the first word of a sentence, or the line is set in title case.
 */
function inOtherName(text: string, at: number, name: string, lex: LexiconSet): boolean {
  if (!capitalisedWordBefore(text, at, 30)) return false;
  const m = CAPITALISED_BEFORE.exec(text.slice(Math.max(0, at - 30), at));
  if (!m || (m[1] !== undefined && m[1] !== '') || (m.index === 0 && at <= 30)) return false;
  const word = m[2];
  const first = firstWord(name);
  if (name.split(' ').some((w) => w.startsWith(word)) || sameGivenName(word, first, lex.nicknames) || SENTENCE_OPENERS.has(word.toLowerCase()) || isSpeakerNoun(word)) return false;
  const given = lex.firstNames?.get(word.toLowerCase());
  const own = lex.firstNames?.get(first.toLowerCase());
  if (given && (!own || given === own)) return false;
  // (The line's ends are looked for only as far as a heading can reach: a long paragraph is not
  // read to its ends for each surname in it.)
  let lineStart = at;
  while (lineStart > 0 && at - lineStart <= MAX_HEADING && text.charCodeAt(lineStart - 1) !== 10) lineStart--;
  let lineEnd = at;
  while (lineEnd < text.length && lineEnd - lineStart <= MAX_HEADING && text.charCodeAt(lineEnd) !== 10) lineEnd++;
  return lineEnd - lineStart > MAX_HEADING || !isTitleCase(text.slice(lineStart, lineEnd));
}

/** Every place a person found above is named again, in full or by surname: longer forms claim
 * their words first; all forms' occurrences found in one pass over the text's words. */
function addSurnameMentions(found: Mentions, text: string, words: WordIndex, unknown: UnknownPeople, lex: LexiconSet): void {
  const surnames = [...unknown.surnameForms].sort((a, b) => b.length - a.length);
  const formsOf = (surname: string) => new Set([surname, surname.replace(/'/g, '’'), surname.replace(/’/g, "'")]);
  const occurrences = wholeWordOccurrences(text, surnames.flatMap((s) => [...formsOf(s)]), words);
  for (const surname of surnames) {
    const ref = unknown.bySurname.get(normForm(surname))!;
    // `told Hawk Sawyer` after `Kathleen Hawk Sawyer`: the middle word before the surname, where the
    // text writes it, is part of the mention.
    const nameWords = ref.name.split(' ');
    const middle = nameWords.length >= 3 && nameWords[nameWords.length - 1] === surname ? `${nameWords[nameWords.length - 2]} ` : '';
    for (const form of formsOf(surname)) {
      for (const at of occurrences.get(form) ?? []) {
        if (inOtherName(text, at, ref.name, lex)) continue;
        const start = middle && text.startsWith(middle, at - middle.length) && !/\p{L}/u.test(text[at - middle.length - 1] ?? '') && found.free(at - middle.length, at) ? at - middle.length : at;
        found.add({ start, end: at + form.length, text: text.slice(start, at + form.length), actor: ref.id, resolvedBy: 'surname', isLabel: false }, ref);
      }
    }
  }
}

// A capitalised word (or an initial) right next to a first name makes it part of a longer name.
const CAPITAL_BESIDE_BEFORE = /\p{Lu}[\p{L}.'’-]*[ \u00a0]$/u;
const CAPITAL_BESIDE_AFTER = /^[ \u00a0](?:\p{Lu}|\p{Ll}+-\p{Lu})/u;

/**
 * `Hillary wants to abolish …`, `Jeb!`: a person named in full is named by a lone first name too,
 * when no one else the article names has that first name, the word is a known first name the
 * article never writes in lower case (`Bill` beside `the bill`), and no capitalised word stands
 * next to it (`Bill Gates` is someone else).
 */
function addFirstNameMentions(found: Mentions, text: string, words: WordIndex, firstNames: Map<string, unknown> | undefined): void {
  if (!firstNames) return;
  const byFirst = new Map<string, ActorRef | null>();
  const claim = (first: string, ref: ActorRef) => {
    if (!/^\p{Lu}\p{Ll}+$/u.test(first) || !firstNames.has(first.toLowerCase())) return;
    const other = byFirst.get(first);
    byFirst.set(first, other === undefined || other?.id === ref.id ? ref : null);
  };
  for (const ref of found.refs.values()) if (ref.kind === 'person' && /\s/.test(ref.name)) claim(firstWord(ref.name), ref);
  // (And the first name of each full mention: `Mike` for Michael R. Bloomberg, named `Mike Bloomberg` too.)
  for (const d of found.drafts) {
    const ref = found.refs.get(d.actor)!;
    if (ref.kind === 'person' && d.resolvedBy === 'name' && /\s/.test(d.text) && firstWord(d.text) !== firstWord(ref.name)) claim(firstWord(d.text), ref);
  }
  const unique = [...byFirst].filter(([, ref]) => ref !== null);
  if (!unique.length) return;
  const forms = unique.flatMap(([first]) => [first, first.toLowerCase()]);
  const at = wholeWordOccurrences(text, forms, words);
  for (const [first, ref] of unique) {
    if ((at.get(first.toLowerCase())?.length ?? 0) > 0) continue;
    for (const start of at.get(first) ?? []) {
      const end = start + first.length;
      if (CAPITAL_BESIDE_BEFORE.test(text.slice(Math.max(0, start - 20), start)) || CAPITAL_BESIDE_AFTER.test(text.slice(end, end + 20))) continue;
      found.add({ start, end, text: first, actor: ref!.id, resolvedBy: 'alias', isLabel: false }, ref!);
    }
  }
}

/** `… Repudiate General Who Called For Internment`: in a title-case headline a title is followed by
 * capitals of any kind, so a person read there counts only when the text below names them alike. */
function confirmedBelowHeadline(names: HeadlineNames | null, people: TitledPerson[]): TitledPerson[] {
  if (!names) return people;
  const { start, end } = names.headline;
  return people.filter((p) => {
    if (p.start < start || p.start >= end) return true;
    const nameWords = p.name.split(' ');
    return names.confirmed(nameWords)?.length === nameWords.length;
  });
}

/** `genders`: the quote stage's gender for each person it names, by full name. */
const spanText = (text: string, d: { start: number; end: number; text: string }): string => (text.startsWith(d.text, d.start) && d.end - d.start === d.text.length ? d.text : text.slice(d.start, d.end));

// `China Grove`, `Jordan Valley`, `Iran Street`: a state's name before a capitalised word for a
// place is part of that place's name (a town, a song, a street), not the state.
const PLACE_NAME_AFTER = /^[ \t]+(?:Grove|Street|Avenue|Road|Boulevard|Valley|Lake|Park|Beach|Springs|Heights|Hills|River|Square|Creek|Township|Mall|Plaza|Drive|Lane)(?![\p{L}\p{N}])/u;
function inPlaceName(text: string, m: RegistryMatch): boolean {
  return m.forms.every((f) => f.actor.kind === 'state') && PLACE_NAME_AFTER.test(text.slice(m.end, m.end + 12));
}

export function findActors(text: string, seg: Segmentation, quotes: Quote[], lex: LexiconSet, genders: ReadonlyMap<string, Gender> = new Map(), words: WordIndex = indexWords(text), voices: VoiceIndex = buildVoiceIndex(quotes)): { actors: ActorRef[]; mentions: Mention[]; descriptions: Description[] } {
  const registry = registryMatcher(lex.actors);
  const found = new Mentions(text.length);
  const raw = registry.find(text, words).filter((m) => !inPlaceName(text, m));
  // What the text below a title-case headline confirms of the names read there, as written.
  const inHeadline = headlineNames(text, seg, words, () => true);
  const titled = confirmedBelowHeadline(inHeadline, [...findTitledPeople(text, words, lex.firstNames), ...findFirstNamedPeople(text, lex.firstNames, words), ...findHonorificNamedPeople(text, lex.firstNames, words)]).sort((a, b) => a.start - b.start || b.end - a.end);
  const fullAt = fullMentionsOf(raw, titled, registry.surnameOwners);
  const acronyms = addOrganisations(found, text, words, seg, raw, registry);
  const speakers = new QuoteSpeakers(text, quotes);
  addTitledRegistryPeople(found, text, titled, registry.surnameOwners, fullAt, speakers, lex.firstNames);
  const namesakes = new NearerNamesake(text, seg, titled, raw, registry, quotes, lex.firstNames);
  const juniors: RegistryMatch[] = [];
  const misfits = addRegistryMatches(found, raw, fullAt, text, lex.firstNames, speakers, namesakes, juniors, seg.headline ?? null);
  const unknown: UnknownPeople = { bySurname: new Map(), byName: new Map(), surnameForms: new Set() };
  const notAPerson = notAPersonsName(text, words, lex, titled, quotes);
  addUnknownPeople(found, titled, registry.surnameOwners, fullAt, unknown, notAPerson, speakers, lex.nicknames);
  namesakes.addTo(found, unknown);
  for (const [family, ref] of familyNamesFirst(text, words, new Set(unknown.byName.values()), unknown.bySurname, lex.firstNames)) {
    unknown.bySurname.set(normForm(family), ref);
    unknown.surnameForms.add(family);
  }
  addQuoteSpeakers(found, text, words, seg, quotes, lex, registry, fullAt, unknown, notAPerson, inHeadline, acronyms);
  addJuniorSurnames(found, text, juniors, lex.nicknames);
  addSurnameMentions(found, text, words, unknown, lex);
  addHonorificSurnames(found, text, misfits, unknown, lex.firstNames);
  addFirstNameMentions(found, text, words, lex.firstNames);

  const { refs, drafts } = found;
  const people = new Set([...refs.values()].filter((r) => r.kind === 'person').map((r) => r.id));
  // Who says each quote: the person named within its speaker's mention (`Trump’s account`).
  const personDrafts = drafts.filter((d) => people.has(d.actor)).sort((a, b) => a.start - b.start);
  const personWithin = (from: number, to: number) => {
    const i = firstStartingAt(personDrafts, from);
    return i < personDrafts.length && personDrafts[i].end <= to ? personDrafts[i].actor : null;
  };
  const personEnding = (from: number, to: number) => {
    const i = firstStartingAt(personDrafts, from);
    return i < personDrafts.length && personDrafts[i].end === to ? personDrafts[i].actor : null;
  };
  const speech = quotes.filter((q) => SPEECH_KINDS.has(q.kind)).flatMap((q) => {
    const speaker = q.speaker && !q.speaker.anonymous ? personWithin(q.speaker.start, q.speaker.end) : null;
    return q.contents.map((c) => ({ start: c.start, end: c.end, speaker }));
  });
  // `Mr. Manafort said he was focused …`: the reported clause right after its cue, and its speaker
  // when that is a person (not `Trump’s campaign`).
  const reportedOpenings = new Map<number, ReportedOpening>();
  for (const q of quotes) {
    if (q.kind !== 'reported' || !q.speaker || q.speaker.anonymous || !q.cue || !q.contents.length) continue;
    const opening = q.contents[0].start;
    if (opening < q.cue.end || opening - q.cue.end > 8 || !/^\s*(?:that\s+)?$/.test(text.slice(q.cue.end, opening))) continue;
    const person = personEnding(q.speaker.start, q.speaker.end);
    // `she said` resolved to a person of unknown gender says nothing of a `he` after it.
    const said = pronounGender(text.slice(q.speaker.start, q.speaker.end));
    if (person) reportedOpenings.set(opening, { actor: person, ...(said ? { gender: said } : {}), ...(PLAIN_CUES.has(q.cue.lemma) ? { plainCue: true } : {}) });
  }
  for (const d of resolveAnaphora(text, seg, drafts, people, refs, speech, lex.firstNames, words, reportedOpenings, genders)) found.add(d, refs.get(d.actor)!);
  for (const d of resolveGroupDescriptions(text, drafts, refs, words)) found.add(d, refs.get(d.actor)!);
  const described = describePeople(text, drafts, people, seg.headline ?? null);
  for (const d of resolveDescriptions(text, drafts, people, described)) found.add(d, refs.get(d.actor)!);

  drafts.sort((a, b) => a.start - b.start);
  affiliateByTitle(text, drafts, refs);
  // Written out rather than spread: one object shape for every mention, the same key order.
  // (The text is the span's own: a name found as `Newt Gingrich` may be written with a no-break
  // space or a line break between its words.)
  // A person's name written with an honorific takes it in (`Mrs. Clinton`, as `Mr. LePage` found
  // by its honorific does): how an outlet names people is what its names table shows.
  for (const d of drafts) {
    if (d.resolvedBy === 'pronoun' || d.resolvedBy === 'description' || d.isLabel || !people.has(d.actor)) continue;
    const before = NAME_HONORIFIC.exec(text.slice(Math.max(0, d.start - 6), d.start));
    if (before && found.free(d.start - before[0].length, d.start)) d.start -= before[0].length;
  }
  const mentions: Mention[] = drafts.map((d) => ({ start: d.start, end: d.end, text: spanText(text, d), actor: d.actor, resolvedBy: d.resolvedBy, isLabel: d.isLabel, segment: segmentKindAt(seg, d.start) }));
  const used = new Set(mentions.map((m) => m.actor));
  const descriptions: Description[] = described.map((d) => ({ ...d, segment: segmentKindAt(seg, d.start), voice: voices.voiceOf(d).kind }));
  return { actors: [...refs.values()].filter((r) => used.has(r.id)), mentions, descriptions };
}
