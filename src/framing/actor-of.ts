// Which actor a loaded term is about, by the structure of the sentence around it, never by mere
// nearness. In order: the label or description mention it is part of; the mention it modifies
// (`hawkish US Republican Senator Lindsey Graham`; a verb's object: `ridiculed him`); a possessor
// (`the West’s “psychological warfare”`) or `of`-complement; the object of a labelling verb whose
// quoted words it is in (`called Obama an “elitist hypocrite”`); an appositive; the antecedent of
// the relative clause it is in (`Tehran, which the US has assailed as a sponsor of terrorism`).
// A noun phrase of its own (`the ill-wishers`, `despite all plots`) is about whoever it names,
// which is nobody we know. Otherwise the subject of the predicate it is in, or nothing.
import type { Mention } from '../types.js';
import { firstStartingAt, spansWithin } from '../spans.js';

const NP_STOP = new Set(
  'the a an of in on at to for with by from against into over under about after before between through during without within toward towards across among including despite amid like and or but that which who whom whose is are was were be been has have had will would can could may might should as than its their his her our your this these those it they he she we not no said says told while when whereas because although though since unless until if'.split(' '),
);
// A title abbreviation keeps its full stop inside a noun phrase: `Maine Gov. Paul LePage`.
const TITLE_ABBREVIATION = /(?:^|\s)(?:Gov|Sen|Sens|Rep|Reps|Dr|Mr|Mrs|Ms|Gen|Lt|Col|Sgt|Capt|Adm|Gov|Pres|Sec|Amb|Prof|Rev|St|Jr)\.(?=\s)/g;
const CLAUSE_BREAK = /[,;:.!?()—–―\n]/;
const QUOTE_MARKS = /[“”"‘’']/g;
const CLOSED_QUOTE = /\p{L}[’”"](?=\s|$)/u;
const MAX_NP_WORDS = 5;
// How far around a term (in characters) its sentence is read: bounds the work per term.
const WINDOW = 300;

/** Words between a and b are all modifiers (no function word, no punctuation). */
function onlyModifiers(gap: string): boolean {
  const plain = gap.replace(TITLE_ABBREVIATION, (m) => m.slice(0, -1));
  // `‘Incredibly Hateful Rhetoric’ Destroying GOP’s …`: a quoted phrase ends at its closing mark.
  if (CLAUSE_BREAK.test(plain) || CLOSED_QUOTE.test(plain)) return false;
  const words = plain.replace(QUOTE_MARKS, ' ').split(/\s+/).filter(Boolean);
  return words.length <= MAX_NP_WORDS && words.every((w) => !NP_STOP.has(w.toLowerCase()));
}

/**
 * The actor mention a term modifies: the run of mentions after it separated only by modifiers
 * (`hawkish US Republican Senator Lindsey Graham`), whose last one is the head. Sorted mentions.
 */
export function modifiedMention(text: string, hit: { start: number; end: number }, mentions: Mention[]): Mention | null {
  let head: Mention | null = null;
  let cursor = hit.end;
  for (let i = firstStartingAt(mentions, hit.end); i < mentions.length; i++) {
    const m = mentions[i];
    // A pronoun heads no run of names (`communist Frank Marshall Davis shaped his views`).
    if ((head && m.resolvedBy === 'pronoun') || !onlyModifiers(text.slice(cursor, m.start))) break;
    head = m;
    cursor = m.end;
    // (`hard-line White House advisers persuaded the president`: the run ends at a noun for other people.)
    if (m.resolvedBy !== 'pronoun' && modifiesSubject(text, m)) break;
  }
  return head;
}

export interface ActorContext {
  text: string;
  /** Sorted by start. */
  mentions: Mention[];
  sentence: { start: number; end: number };
  /** The quoted piece the term is in, if any (from the voice index). */
  quoted: { start: number; end: number } | null;
  /** Where the words of the speech the term is in begin (a reported span or a direct quote): its clause starts there. */
  speechStart: number | null;
  /** The term's entry names its own phrase (`names: true`: `terrorists`, `regime`). */
  names: boolean;
  /** A state named right before the term is a place, not its actor (`placeBefore: true`). */
  placeBefore: boolean;
  /** Whether an actor id is a state's. */
  isState: (actor: string) => boolean;
}

const POSSESSIVE_PRONOUN = /^(?:his|her|its|their)$/i;
// At most two modifiers and a quotation mark between the possessive and the term (not an
// article: in `calling her a liar` the pronoun is an object).
const POSSESSED_GAP = /^\s*(?:[“"‘]\s*)?(?:(?!(?:a|an|the)\s)[\p{L}-]+\s+){0,2}[“"‘]?$/iu;
// (`Clinton’s most infamous statements and lies`: the possessed noun phrases may be coordinated.)
const POSSESSOR_GAP = /^['’]s?\s*(?:[“"‘]\s*)?(?:[\p{L}-]+\s+){0,2}(?:[\p{L}-]+\s+and\s+)?[“"‘]?$/u;
const TITLE_WORDS = String.raw`(?:(?:Mr|Mrs|Ms|Dr|Sen|Sens|Rep|Gov|Gen|President|Senator|Governor|Secretary|Chairman)\.?\s+)`;
const OF_GAP = new RegExp(String.raw`^[”"’]?(?:\s+[\p{L}-]+[”"’]?){0,2}\s+of\s+(?:the\s+)?${TITLE_WORDS}?$`, 'u');
const OF_BEFORE = /(?:^|\s)of\s+$/i;
// `more egregious than those of Clinton`: what the term is compared with is not its head.
const COMPARED = /^\s+than\s/;
const FROM_GAP = /^\s+[\p{L}-]+\s+from\s+(?:the\s+)?$/u;
const SOURCE_NOUN = /^(?:opposition|complaints?|criticism|attacks?|pressure|resistance|objections?|protests?|outcry|backlash|condemnation|denunciations?|accusations?|threats?|warnings?|demands?|rebukes?|insults?|praise|support|calls?|pushback|reactions?|responses?|jeers|boos|cheers|applause|fire|shelling|rhetoric|remarks|comments|statements?|claims?|attempts?|efforts?)$/i;
// `a fierce critic of Mr. Sanders`: a person by their stance toward someone is someone else; `the
// most right-wing members of Congress` describes the members, not the body.
const ROLE_OF = /^\s+(?:critics?|opponents?|foes?|rivals?|allies|ally|supporters?|fans?|enemies|enemy|detractors?|friends?|admirers?|backers?|members?)\s+of\s/;
// `allegations that Alabama GOP Senate nominee Roy Moore molested …`: a noun's content clause names whom it is about.
const THAT_GAP = new RegExp(String.raw`^[”"’]?(?:\s+[\p{L}-]+[”"’]?){0,2}\s+that\s+(?:(?:the\s+)?[\p{Lu}][\p{L}.-]*\s+){0,4}${TITLE_WORDS}?$`, 'u');
// Nouns that take a content clause (`allegations that X lied`); after others `that` opens a
// relative clause whose subject is not what the noun is about (`comments that Mueller could not verify`).
const CONTENT_NOUN = /^(?:allegations?|accusations?|claims?|charges?|reports?|suggestions?|assertions?|insinuations?|rumou?rs?|news|fact|idea|notion|belief|suspicions?|evidence|fears?|concerns?|hopes?|sense|view|argument|conspiracy theory|theory|theories|smears?|lies?|myths?|falsehoods?|impression|perception|revelations?|speculation|innuendo|assumption|premise|narrative|story|stories|insistence|demands?|threats?|warnings?|complaints?)$/i;

// `mocking the fact that Clinton …`: a determiner opens another noun phrase than the term's.
const DETERMINER_OPENS = /^[”"’]?\s+(?:the|a|an|this|these|those)\s/i;
function contentNounBefore(text: string, hit: { start: number; end: number }, gapAfter: string): boolean {
  const before = `${text.slice(hit.start, hit.end)}${gapAfter}`.replace(/[”"’]/g, '').replace(/\s+that\s[\s\S]*$/, '').trim();
  return CONTENT_NOUN.test(before.split(/\s+/).slice(-2).join(' ')) || CONTENT_NOUN.test(before.split(/\s+/).pop() ?? '');
}

// `paint the White House as dismissive`: a predicative `as` describes the noun before it, unless
// that noun is a preposition's object (`his bid for the White House as a far-left gadfly`).
const AS_GAP = /^\s+as\s+(?:(?:an?|the)\s+)?[“"‘]?$/u;
const PREPOSITION_BEFORE = /(?:^|\s)(?:for|in|to|at|from|on|into|with|against)\s+(?:the\s+)?$/i;
// `the president has caved`, `Trump Caves`: only auxiliaries and adverbs between a subject and its verb.
const SUBJECT_GAP = /^\s*(?:(?:has|have|had|is|was|were|are|be|been|being|will|would|could|should|may|might|must|also|already|again|reportedly|not|never|just|then|still|once|repeatedly|often)\s+)*$/iu;
const VERB_MARKER_BEFORE = /(?:^|\s)(?:to|is|are|was|were|be|been|being|has|have|had|will|would|can|could|should|must|may|might|did|does|do)\s+(?:\p{Ll}+ly\s+)?$/u;
const ASIDE_GAP = /^,\s+(?:who|which|the|a|an)\s[^,;:.()“”"]*,\s+$/u;
const PARTY_STATE = /^\s*\((?:[DRI]|[DRI]-[A-Z][A-Za-z.]{0,12}|[A-Z][a-z]{0,4}\.(?:\s?[A-Z]\.)?)\)/;
const OPENING_TITLES = new RegExp(String.raw`^\s*${TITLE_WORDS}*$`, 'u');
// A sentence opening with an adverbial: `In a bold … attempt to …, President Barack Obama unveiled`.
const OPENING_ADVERBIAL = /^\s*(?:in|with|after|before|despite|amid|during|by|on|at|as|for)\s+(?:an?|the|his|her|its|their)\s/iu;
const LABELLING_VERB = /(?<![\p{L}])(?:call(?:s|ed|ing)?|label(?:s|l?ed|l?ing)|brand(?:s|ed|ing)?|dub(?:s|bed|bing)?|describ(?:es?|ed|ing)|term(?:s|ed)?|attack(?:s|ed|ing)?|denounc(?:es?|ed|ing)|assail(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|portray(?:s|ed|ing)?|characteri[sz](?:es?|ed|ing)|paint(?:s|ed|ing)?)(?![\p{L}])/gu;
const RELATIVE = /(?:^|,)\s*(?:who|whom|which)\s/g;
// A term after one of these (and at most three modifiers) is in a noun phrase of its own.
const DETERMINERS = new Set('the a an all some any these those this that such its their our my your no every each many several other both certain'.split(' '));

/**
 * The term opens or continues a noun phrase after a determiner (`all plots`, `the ill-wishers`):
 * 'own' for a noun phrase of its own, 'object' when a verb takes it as its object or predicate
 * (`subscribed to a phony theology`, `reconsider this despicable decision`, `is a reckless plan`), else null.
 */
function determined(before: string): 'own' | 'object' | null {
  const words = before.trim().split(/\s+/).slice(-7).map((w) => w.toLowerCase());
  for (let k = words.length - 1; k >= 0 && k >= words.length - 4; k--) {
    if (DETERMINERS.has(words[k])) return objectOfVerb(words, k) ? 'object' : 'own';
    if (/[^\p{L}-]/u.test(words[k]) || (words[k] !== 'and' && NP_STOP.has(words[k]))) return null;
  }
  return null;
}

/** The word before the determiner at k is a verb taking the noun phrase as object (`to` after a past tense: `subscribed to`). */
function objectOfVerb(words: string[], k: number): boolean {
  const verb = k > 0 ? words[k - 1] : '';
  if (verb === 'to') return k > 1 && /^\p{Ll}+ed$/u.test(words[k - 2]);
  // A predicate noun describes the subject: `appeared to be a political retribution scheme`.
  if (COPULA.has(verb)) return true;
  return /^\p{Ll}+$/u.test(verb) && !NP_STOP.has(verb) && !PREPOSITIONS.has(verb) && !OPPOSING.test(verb);
}
const BARE_NP_PREPOSITIONS = new Set(['about', 'over', 'against', 'amid', 'despite', 'toward', 'towards', 'among', 'of', 'on', 'in', 'by', 'for', 'from', 'at', 'after', 'before', 'including', 'involving']);
// `a lot of stupid stuff`, `a series of scathing tweets`: the phrase is the quantifier's, and so is its role.
const QUANTIFIER_OF = /(?:^|\s)(?:lot|lots|sort|sorts|kind|kinds|type|types|number|couple|bit|series|set|pattern|host|handful|slew|string|barrage|wave|litany)\s+of$/i;
// `accused Massa of harassment`, `charged him with three felonies, including conspiracy`: the charge is the accused's.
const CHARGE_BEFORE = /(?:^|\s)(?:accus|charg|convict|indict|suspect|guilty|innocent|cleared|acquit)\p{Ll}*\s+(?:[^\s]+\s+){0,6}(?:of|including)$/iu;
/** The term opens a bare noun phrase after a preposition (`worries about corrupted cellphones`,
 * `amid widespread protests`, `the threat of terrorism`): a phrase of its own, about whoever it
 * names. Not a gerund, whose subject is the clause's (`accused of rigging the contest`). */
function afterPreposition(before: string, term: string): boolean {
  if (/ing$/i.test(term)) return false;
  // Past up to two adjectives of the same phrase: `on radical Islamic terrorism`.
  let tail = before.trimEnd();
  let next = term;
  for (let skipped = 0; ; skipped++) {
    const last = tail.slice(tail.lastIndexOf(' ') + 1);
    if (BARE_NP_PREPOSITIONS.has(last.toLowerCase())) return !QUANTIFIER_OF.test(tail) && !CHARGE_BEFORE.test(tail.slice(-80));
    // `to` before a verb is an infinitive; before an adjective, a capital or a plural, a preposition
    // (`born to illegal migrants`, `ties to radical groups`, `compared them to Nazis`).
    if (last.toLowerCase() === 'to') return NOT_A_VERB_AFTER_TO.test(next) && !QUANTIFIER_OF.test(tail);
    next = last;
    if (skipped === 2 || !ADJECTIVE.test(last)) return skipped === 0 && !/ed$/i.test(term) && coordinatedAfterPreposition(tail);
    tail = tail.slice(0, tail.lastIndexOf(' ')).trimEnd();
  }
}
const NOT_A_VERB_AFTER_TO = /^(?:\p{Lu}|\p{Ll}[\p{Ll}-]{2,}(?:al|ic|ous|ive|ful|less|ist|ese|ish|ary|ern)$|\p{Ll}[\p{Ll}-]*[^su\s]s$)/u;
// A word an adjective's ending marks (`radical`, `Islamic`, `global`, `Russian`, `nationalist`).
const ADJECTIVE = /^(?:\p{Lu}\p{Ll}+|\p{Ll}[\p{Ll}-]*)(?:al|ic|ous|ive|ful|less|ant|ent|ist|an|ese|ish|ary|ern)$/u;
/** The second conjunct of a pair that follows a preposition: `his views on the Ku Klux Klan and
 * white supremacists`, `a puppet of corporations and elites`. (Not across commas: a list there is
 * too often a list of clauses.) */
function coordinatedAfterPreposition(tail: string): boolean {
  const joint = /\s+(?:and|or)$/.exec(tail);
  if (!joint) return false;
  const words = tail.slice(0, joint.index).trimEnd().split(/\s+/);
  for (let k = words.length - 1, n = 0; k >= 0 && n <= 4; k--, n++) {
    const word = words[k];
    if (BARE_NP_PREPOSITIONS.has(word.toLowerCase())) {
      const head = words.slice(0, k + 1).join(' ');
      return n > 0 && !QUANTIFIER_OF.test(head) && !CHARGE_BEFORE.test(head.slice(-80));
    }
    if (!/^[\p{L}'’-]+$/u.test(word) || (NP_STOP.has(word.toLowerCase()) && !/^(?:the|a|an)$/i.test(word)) || /(?:ed|ly)$/.test(word)) return false;
  }
  return false;
}

/** The term is in the object of a verb of opposing, with no determiner (`she opposes “accounting
 * gimmicks”`, `condemned brutal raids`): what one opposes is someone else's. */
function opposedObject(before: string): boolean {
  const words = before.trim().split(/\s+/).slice(-3).map((w) => w.toLowerCase());
  for (let k = words.length - 1; k >= 0; k--) {
    if (OPPOSING.test(words[k]) && /^\p{Ll}+$/u.test(words[k])) return true;
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(words[k]) || NP_STOP.has(words[k])) return false;
  }
  return false;
}

// What one opposes is someone else's (`changed the appeasement policy`, `condemned the brutal raid`).
const OPPOSING = /^(?:criticiz|criticis|condemn|oppos|denounc|reject|blast|slam|attack|fight|fought|end|chang|revers|block|challeng|mock|ridicul|question|decr[iy]|lambast|target|investigat|expos|counter|resist|protest|den[iy]|refut|overturn|scrap|undo|undid|cancel|halt|stop)/;
const COPULA = new Set('is are was were be been being become became remains remained seems seemed'.split(' '));
const PREPOSITIONS = new Set('despite amid beyond behind beside besides near onto upon via versus per unlike concerning regarding following'.split(' '));

// A content clause (`his comment that President Obama subscribed to …`, `knows that voters are
// angry`) or a question after a comma
// (`…, Who Will Be the Loser?`) has its own subject.
const CLAUSE_START = /(?:[;:()—–―]|,\s+(?:and|but|while|whereas|although|though|yet)\s|\s(?:while|whereas|although|though|because|unless|when)\s|(?<!\sas)\sif\s|\sthat\s(?=(?:the\s+)?\p{Lu}|(?:he|she|they|it)\s|(?:\p{Ll}+\s+){1,2}(?:are|is|were|was|have|has|had|will|would|can|could|should|must)\s|\p{Ll}+\s+\p{Lu}\p{Ll}+\s+(?:\.\.\.\s+|…\s+)?(?:are|is|were|was|have|has|had|will|would|can|could|should|must)\s)|,\s+(?:[Ww]ho|[Ww]hich|[Ww]hat)\s)/gu;
// (Not after a determiner: `because the outgoing president was …` is a clause of its own.)
const PARTICIPLE_OPENING = /^\s*(?:(?:while|when|after|before|by|simultaneously)\s+)*(?:(?!(?:the|a|an|this|that|his|her|its|their|our|my|your)\s)\p{Ll}+\s+)?\p{Ll}+ing\s/u;
const GERUND = /\s(?:in|by|for|of)\s+\p{Ll}+ing\s/gu;
const INFINITIVE = /\sto\s+(?!the\s|a\s|an\s|his\s|her\s|their\s|its\s)\p{Ll}+/gu;
const OBJECT_CONTROL_GAP = /^['’]s\s+[\p{L}-]+\s*$|^\s*$/u;

/** The last match of global `re` in `s` that ends by `end` (default: the end of `s`; what
 *  follows may still be read by the regex's look-ahead). */
function lastMatch(re: RegExp, s: string, end = s.length): RegExpExecArray | null {
  let last: RegExpExecArray | null = null;
  re.lastIndex = 0;
  for (let m = re.exec(s); m && m.index + m[0].length <= end; m = re.exec(s)) last = m;
  return last;
}

function lastBefore(mentions: Mention[], at: number, from: number): Mention | null {
  let best: Mention | null = null;
  for (let i = firstStartingAt(mentions, from); i < mentions.length && mentions[i].start < at; i++) if (mentions[i].end <= at) best = mentions[i];
  return best;
}

/** The last mention ending before `at` that owns no noun phrase (`her numbers`, `Trump’s plan`). */
function lastNonPossessiveBefore(ctx: ActorContext, at: number, from: number): Mention | null {
  const { mentions, text } = ctx;
  for (let i = firstStartingAt(mentions, at) - 1; i >= 0 && mentions[i].start >= from; i--) {
    const m = mentions[i];
    if (m.end > at) continue;
    if (!POSSESSIVE_PRONOUN.test(text.slice(m.start, m.end)) && !/^['’]s?\s/.test(text.slice(m.end, m.end + 3))) return m;
  }
  return null;
}

function firstIn(mentions: Mention[], from: number, to: number): Mention | null {
  const i = firstStartingAt(mentions, from);
  return i < mentions.length && mentions[i].end <= to ? mentions[i] : null;
}

/** The words before the term end in a relative clause whose subject is `who` or `which` (`a bully
 * who is driven by …`; not `in which he had spoken …`, whose subject is its own), on a common noun
 * that is no one's predicate (`He is a man who incites …`, `mocking Rubio as a neophyte who …` are
 * about him), with no punctuation since. */
function inRelativeClause(before: string): boolean {
  const m = /\s(?:who|which)\s+(?!(?:he|she|they|it|we|i|you|the|a|an|his|her|their|its)\s)\p{Ll}[^,;:.!?()—–“”"]*$/u.exec(before);
  if (!m) return false;
  const head = before.slice(0, m.index);
  return /(?:^|\s)\p{Ll}[\p{L}-]*$/u.test(head) && !PREDICATE_NOUN.test(head) && !/\s(?:in|of|on|at|by|for|with|from|to)$/.test(head);
}
// (`Trump was a “dangerous demagogue” and a bad businessman who …`: coordinated predicates too.)
const PREDICATE_NOUN = /(?:\s(?:is|was|are|were|be|being|been|as|like|and)|,)\s+(?:an?|the|one)\s+(?:[\p{L}-]+\s+){0,3}[\p{L}-]+$/u;

const BETWEEN_AFTER = /^(?:\s+[\p{Ll}-]+){0,2}\s+between\s/u;
// Plural nouns for people, and nouns for an unnamed crowd of them (`the anti-Trump crowd`), none of
// them a body (`group`, `campaign`) or a thing (`numbers`).
const PEOPLE = /^(?:people|voters|delegates|candidates|leaders|advocates|activists|protesters|protestors|demonstrators|critics|supporters|opponents|judges|dictators|detainees|suspects|jihadists|students|militants|extremists|immigrants|migrants|refugees|officials|politicians|lawmakers|legislators|senators|commentators|pundits|bloggers|journalists|reporters|republicans|democrats|liberals|conservatives|progressives|men|women|children|fans|followers|loyalists|allies|rivals|enemies|thugs|rebels|insurgents|fighters|terrorists|radicals|elites|donors|members|sources|agitators|operatives|zealots|bigots|racists|nationalists|supremacists|opposition|establishment|electorate|electorates|crowd|crowds|audience|audiences|stockholders|shareholders|investors|customers|consumers|workers|employees|contractors|residents|citizens|taxpayers|parents|veterans|soldiers|troops|farmers|owners|tenants|patients|victims|families|neighbors|neighbours|users|viewers|readers|listeners|constituents|staffers|aides|advisers|advisors)$/;
const NEXT_WORDS = /^\s+([\p{Ll}-]+)(?:\s+([\p{Ll}-]+))?/u;
const ADJECTIVE_LIKE = (w: string) => w.includes('-') || ADJECTIVE.test(w);

/** An adjective on a plural noun for people (`echoing some far-right commentators`, `to avoid angry
 * delegates`), at most one more modifier between: a mention would have been found before, so they
 * are people nobody names. (A verb, `scam students`, has an object, not a head.) */
function unnamedPeopleAfter(text: string, hit: { start: number; end: number }): boolean {
  const term = text.slice(hit.start, hit.end);
  if (!ADJECTIVE_LIKE(term) && !/\p{Ll}y$/u.test(term)) return false;
  const next = NEXT_WORDS.exec(text.slice(hit.end, hit.end + 60));
  if (!next) return false;
  return PEOPLE.test(next[1]) || (next[2] !== undefined && ADJECTIVE_LIKE(next[1]) && PEOPLE.test(next[2]));
}

/** `Tehran, which the US has assailed as …`: the mention the relative pronoun before `at` stands for. */
function relativeAntecedent(ctx: ActorContext, from: number, at: number): Mention | null {
  const before = ctx.text.slice(from, at);
  const rel = lastMatch(RELATIVE, before);
  if (!rel || /[,;:]/.test(before.slice(rel.index + rel[0].length))) return null;
  const pronounAt = from + rel.index;
  const m = lastBefore(ctx.mentions, pronounAt + 1, Math.max(from, pronounAt - 40));
  return m && ANTECEDENT_GAP.test(ctx.text.slice(m.end, pronounAt)) ? m : null;
}
// Between the antecedent and its relative pronoun, the rest of its noun phrase (`Sanders of
// Vermont, who`, `Goldwater, R-Ariz., who`, `Sessions, a former senator, who`): capitalised words,
// then at most a phrase a preposition or an article opens. Not a verb (`Obama spoke after the
// massacre, which`), nor the noun the name only modifies (`Trump’s advisers, who`, `the Russia
// investigation, which`).
const ANTECEDENT_GAP = /^(?:['’]s?)?(?:[^\p{L}]|\p{Lu}[\p{L}.-]*(?![\p{L}.-]))*(?:(?:of|in|from|at|for|on|a|an|the|former)\s[^]*)?$/u;

// `accused Sanders of a “flip-flop”`, `charging the Islamic State with “genocide”`: the charge is
// about the one charged.
const CHARGING = String.raw`(?:accus(?:es?|ed|ing)|charg(?:es|ed|ing))`;
const ACCUSING_BEFORE = new RegExp(String.raw`(?<![\p{L}])${CHARGING}\s+(?:(?:the|\p{Lu}[\p{L}.]*)\s+){0,2}$`, 'u');
// (The charges may be a list: `with “crimes against humanity,” “genocide” and “mass atrocities”`.)
const CHARGE_AFTER = /^\s+(?:of|with)\s+[^.;:!?]{0,120}$/u;

/** In quoted words after a labelling verb, the verb's object: `called Obama an “elitist hypocrite”`. */
function labelledObject(ctx: ActorContext, from: number): Mention | null | undefined {
  const q = ctx.quoted;
  if (!q) return undefined;
  const charged = lastBefore(ctx.mentions, q.start, from);
  if (charged && CHARGE_AFTER.test(ctx.text.slice(charged.end, q.start)) && ACCUSING_BEFORE.test(ctx.text.slice(Math.max(from, charged.start - 20), charged.start))) return charged;
  const lead = ctx.text.slice(from, q.start);
  const verb = lastMatch(LABELLING_VERB, lead);
  if (!verb || /[.;:!?]/.test(lead.slice(verb.index))) return undefined;
  const verbEnd = from + verb.index + verb[0].length;
  const object = firstIn(ctx.mentions, verbEnd, q.start);
  if (object) return object;
  // `whom he called a “dangerous demagogue”`: a relative pronoun with the verb's subject after it
  // is the verb's object, so the label is about its antecedent, or nobody we know (`the massacre,
  // which he called “an evil, hateful act”`).
  const rel = lastMatch(RELATIVE, lead.slice(0, verb.index));
  if (rel && /\S/.test(lead.slice(rel.index + rel[0].length, verb.index))) return relativeAntecedent(ctx, from, from + verb.index);
  // `called the allegations “deeply troubling”`: about the allegations, nobody we know.
  return /\p{L}/u.test(ctx.text.slice(verbEnd, q.start).replace(/\b(?:as|an?|the|part\s+of)\b/g, '')) ? null : undefined;
}

// A noun and a preposition right before a name: the name is in a phrase on that noun (`voters
// within …`, `The Holocaust Memorial Museum in Washington`).
const IN_PREPOSITIONAL_PHRASE = /(?:^|\s)\p{L}\p{Ll}{2,}\s+(?:(?:within|outside|and)\s+)*(?:in|within|outside|from|among|across|inside|between)\s+(?:the\s+)?$/u;
// Where a term that names its own phrase is a predicate: `is a terrorist`, `called them thugs`, `made him a pariah`.
const NAMING_PREDICATE = new RegExp(String.raw`(?:(?:^|\s)(?:${[...COPULA, 'becomes', 'as', 'called', 'calls', 'calling', 'named', 'branded', 'labeled', 'labelled', 'dubbed'].join('|')})\s+(?:(?:an?|the|one|more|most|such|so|too|very|truly|really)\s+)?(?:(?![\p{L}'’-]*ing\s)[\p{L}'’-]+\s+){0,3}|(?:^|\s)(?:made|makes|make|making)\s+(?:him|her|them|\p{Lu}[\p{L}'’-]*)\s+(?:an?|the)\s+(?:[\p{L}'’-]+\s+){0,2})$`, 'iu');
// A role after a name, which makes the name a modifier: `Obama spokesman`, `Trump campaign chairman`.
const ROLE_AFTER = /^\s+(?:(?:campaign|press|communications|chief|senior|top|former|national|deputy)\s+)*(?:spokesman|spokeswoman|spokesperson|adviser|advisor|aide|strategist|manager|chairman|chairwoman|director|secretary|lawyer|attorney|surrogate|pollster|staffer)\s/;
// People who are not the named actor's own voice or agents: `Trump supporters ripped them away`.
// (A possessive is kept: `His call to deport … was denounced as inhumane` is about his call.)
const FOLLOWERS = /^\s+(?:supporters|fans|backers|voters|followers|critics|opponents|detractors|loyalists|donors|protesters|rivals|foes)\b/;
// Someone else named by their tie to the actor: `the daughter of Eric Garner`, `Garner’s daughter`,
// `his lawyer`.
const RELATION = String.raw`(?:daughters?|sons?|wife|husband|mother|father|sisters?|brothers?|widow|children|family|relatives?|aides?|lawyers?|attorneys?|spokesman|spokeswoman|spokesperson|friends?|advisers?|advisors?|allies|ally|critics?|supporters?|opponents?|rivals?|challengers?|predecessors?|successors?|deputy|deputies|colleagues?)`;
const RELATION_OF_BEFORE = new RegExp(String.raw`(?:^|\s)${RELATION}\s+of\s+(?:the\s+)?$`, 'iu');
const RELATION_MODIFIERS = '(?:longtime|former|own|eldest|youngest|oldest|late|top|personal|chief|senior|political|presidential|fellow)';
// (Also after a possessive pronoun or a name with no `’s`: `his rival`, `Clinton aides`.)
const RELATION_AFTER = new RegExp(String.raw`^(?:['’]s?)?\s+(?:${RELATION_MODIFIERS}\s+)*${RELATION}(?![\p{L}])`, 'iu');
// … and past a year or capitalised words (`his 2016 Democratic rival`): case matters here, so the
// modifiers stay a closed set, never any noun phrase.
const RELATION_AFTER_NAMED = new RegExp(String.raw`^(?:['’]s?)?\s+(?:(?:${RELATION_MODIFIERS}|\d{4}|\p{Lu}[\p{L}.-]*)\s+){1,3}${RELATION}(?![\p{L}])`, 'u');
/** The mention is a name only modifying the subject's head, a noun for other people (`Trump
 * supporters screamed`, `Garner’s daughter sent`, `the daughter of Eric Garner sent`). */
function modifiesSubject(text: string, m: Mention): boolean {
  if (FOLLOWERS.test(text.slice(m.end, m.end + 24)) && m.resolvedBy !== 'pronoun') return true;
  const after = text.slice(m.end, m.end + 50);
  return RELATION_AFTER.test(after) || RELATION_AFTER_NAMED.test(after) || RELATION_OF_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start));
}

// `calling Christmas a sham`, `branded Senator Graham an extremist`, `considers him a racist`: a
// labelling verb, its object and an article right before the term (and at most two modifiers).
const UNQUOTED_LABEL = /(?:^|\s)(?:call(?:s|ed|ing)?|label(?:s|l?ed|l?ing)|brand(?:s|ed|ing)?|dub(?:s|bed|bing)?|term(?:s|ed)?|consider(?:s|ed|ing)?)\s+((?:[\p{L}.'’-]+\s+){1,5})(?:an?|the)\s+(?:[\p{L}-]+\s+){0,2}$/u;
// `accused Obama of bungling the recovery`, `charged him with conspiracy`: the charge is the
// accused's, as with quoted charges.
const UNQUOTED_CHARGE = new RegExp(String.raw`(?:^|\s)${CHARGING}\s+((?:[\p{L}.'’-]+\s+){1,5})(?:of|with)\s+(?:[\p{L}-]+\s+){0,2}$`, 'u');
// `attacked Mr. Trump for caving on the wall`, `praised Ms. Lee for her brave stand`: what someone
// is faulted or praised for is theirs.
const FAULTED_FOR = /(?:^|\s)(?:attack|criticiz|criticis|blast|slam|fault|blam|condemn|rebuk|scold|chastis|lambast|mock|ridicul|prais|credit|applaud|laud|hammer|knock|assail|denounc|berat|excoriat)\p{Ll}*\s+((?:[\p{L}.'’-]+\s+){1,5})for\s+(?:(?:his|her|their|its)\s+)?(?:[\p{L}-]+\s+){0,2}$/u;

/** The object of a labelling verb with no quotation marks, when the term is the label; null when
 * the object names no actor (`Pope Francis calling Christmas a sham`), undefined when not a label. */
function unquotedLabel(ctx: ActorContext, from: number, hit: { start: number; end: number }): Mention | null | undefined {
  const lead = ctx.text.slice(Math.max(from, hit.start - 80), hit.start);
  const m = UNQUOTED_LABEL.exec(lead) ?? UNQUOTED_CHARGE.exec(lead) ?? FAULTED_FOR.exec(lead);
  // (`calling for …`, `called on …` label nothing; `calls himself a …` is the subject's own label.)
  // (Nor a passive's agent: `denounced by Trump for its supposed bias` is the one denounced's.)
  if (!m || /^(?:for|on|out|off|up|upon|it|by)\s/i.test(m[1]) || /^(?:him|her|them|it)sel(?:f|ves)\s/i.test(m[1])) return undefined;
  const objectStart = hit.start - lead.length + m.index + m[0].indexOf(m[1]);
  // The object's head is its last mention: `Senate Majority Leader Mitch McConnell`. A pronoun
  // counts only where the actor stage resolved it (`Gattine called him a racist`).
  const object = lastBefore(ctx.mentions, objectStart + m[1].length, objectStart);
  // (`accused Sanders supporters of harassing`: a name before `supporters` only modifies the object.)
  if (object && modifiesSubject(ctx.text, object)) return null;
  return object || !/^(?:him|her|them)\s/i.test(m[1]) ? object : undefined;
}

const OPENING_WORDS = 'After|Before|Prior to|Ahead of|During|Following|Despite|Since|Amid|On|In|At|As|When|While|Whereas|Because|If|Although|Though|Once|Unless|Until|Outside|Inside|Across|Near|Around|Throughout|Within|Beyond|Under|For|With|Without|By|From|Like|Unlike|Among';
const ADVERBIAL = String.raw`\s[^,;:()—–―]{1,80},`;
// One opening adverbial, or several in a row: `In New York, after meeting with Al Sharpton, Clinton …`.
const OPENER = new RegExp(String.raw`^\s*(?:${OPENING_WORDS})${ADVERBIAL}(?:\s*(?:${OPENING_WORDS.toLowerCase()})${ADVERBIAL})*`, 'u');

/** The subject of the predicate the term is in. */
function predicateSubject(ctx: ActorContext, from: number, hit: { start: number; end: number }): Mention | null {
  const { text, mentions } = ctx;
  const head = text.slice(from, hit.start);
  // (Read with the words after the term too: `that angry voters have` opens a clause at `angry`.)
  const breakAt = lastMatch(CLAUSE_START, text.slice(from, Math.min(ctx.sentence.end, hit.end + 40)), head.length);
  let clauseFrom = breakAt ? from + breakAt.index + breakAt[0].length : from;
  // `After Scott's death Tuesday, Charlotte experienced chaos`: an opening adverbial ends at its comma.
  const opener = OPENER.exec(text.slice(clauseFrom, hit.start));
  if (opener) clauseFrom += opener[0].length;
  const clause = text.slice(clauseFrom, hit.start);
  // `in killing … and take the responsibility brazenly`: the gerund's subject comes right before it.
  // After `by` or `in` (how the clause's action is done), not a possessive inside the object before
  // it: `sliced into her numbers by winning` is his. (`Sanders' self-description of being` is his.)
  const gerund = lastMatch(GERUND, clause);
  if (gerund) {
    const at = clauseFrom + gerund.index;
    const owner = /^\s(?:by|in)\s/.test(gerund[0]) ? lastNonPossessiveBefore(ctx, at, clauseFrom) : lastBefore(mentions, at, clauseFrom);
    if (owner) return owner;
  }
  // `sought Tehran’s help to seal … and to avoid meddling`, `forced Trump to reconsider`: the controller.
  INFINITIVE.lastIndex = 0;
  const infinitive = INFINITIVE.exec(clause);
  if (infinitive) {
    const toAt = clauseFrom + infinitive.index;
    const controller = lastBefore(mentions, toAt, clauseFrom);
    if (controller && OBJECT_CONTROL_GAP.test(text.slice(controller.end, toAt))) return controller;
  }
  const first = firstIn(mentions, clauseFrom, hit.start);
  // `Former Obama spokesman Robert Gibbs derided …`: a name before a role is the role-holder's modifier.
  const holder = first && ROLE_AFTER.test(text.slice(first.end, first.end + 40)) ? firstIn(mentions, first.end, hit.start) : null;
  const subject = holder && /^[\s\p{Ll}]*$/u.test(text.slice(first!.end, holder.start)) ? holder : first;
  // `voters within and outside the Democratic Party are craving …`: a name inside a prepositional
  // phrase after the subject's noun is not the subject.
  if (subject && subject === first && IN_PREPOSITIONAL_PHRASE.test(text.slice(clauseFrom, subject.start))) return null;
  // `the United States could accept more refugees fleeing chaos`: a participle on a plural noun
  // (after a determiner or a word that modifies it) opens a clause of its own, whose subject, the
  // noun, names no actor.
  if (subject && !firstIn(mentions, subject.end, hit.start) && REDUCED_RELATIVE.test(text.slice(subject.end, hit.start))) return null;
  // `the town halls which he said could not be corrupted`, `The voters, Sanders argued, are being
  // corrupted`: a name before a speech verb and a clause of its own is who said it; that clause's
  // subject is what the term is about, and names an actor only if a mention follows the verb.
  const said = subject ? SAID_THEN_CLAUSE.exec(text.slice(subject.end, hit.start)) : null;
  if (said) return firstIn(mentions, subject!.end + said[1].length, hit.start);
  if (subject) return modifiesSubject(text, subject) ? null : subject;
  // A participle clause (`…, railing against`) or an aside (`– often hawkish –`) takes the main subject.
  if (breakAt && (PARTICIPLE_OPENING.test(`${text.slice(clauseFrom, hit.end)} `) || /[—–(]/.test(breakAt[0]))) return firstIn(mentions, from, hit.start);
  return null;
}

// (The verb's own clause, not a prepositional phrase after it, `said at the outset of a debate …`,
// nor a verb coordinated with it, `said Clinton shouldn't run -- and then refused`.)
const SAID_THEN_CLAUSE = /^(,?\s+(?:said|says|argued|argues|claimed|claims|believes|thinks|contended|contends|insisted|insists|wrote|writes|noted|notes)[\s,]+)(?!(?:at|in|on|during|after|before|of|to|for|with|about|by|from|as|through|while|when)\s)(?:(?!\s(?:and|but|or|then)\s|--|[—–;:])[^])*?(?:^|\s)(?:is|are|was|were|be|been|being|has|have|had|will|would|could|can|should|must|may|might)\s(?:(?!\s(?:and|but|or|then)\s|--|[—–;:])[^])*$/;
const REDUCED_RELATIVE = /\s(?:the|more|many|some|these|those|other|fewer|most|\p{Ll}+(?:an|ese|ish|ern))\s+\p{Ll}{3,}s\s+\p{Ll}{2,}ing\s/u;
// A lower-case noun right before a term: neither a determiner, an adverb nor a degree word.
const PARTICIPLE_AFTER_NOUN = /(?<![\p{L}])(?!(?:the|a|an|this|that|these|those|his|her|its|their|our|my|your|most|more|very|so|too|less|least|such|all|some|and|or|but|is|was|are|were|be|been)\s)\p{Ll}+(?<!ly)\s+$/u;
// A finite verb right after a mention: `Trump fired`, `the senator has repeatedly refused`.
const FINITE_VERB_AFTER = /^\s+(?:(?:has|have|had|was|were|is|also|again|then|repeatedly)\s+)*\p{Ll}+(?:ed|s)(?![\p{L}])/u;

/** The nearest mention in [from, to) that a finite verb follows: the agent of the clause ending at `to`. */
function clauseAgent(ctx: ActorContext, near: Mention[], from: number, to: number): Mention | null {
  for (let i = firstStartingAt(near, to) - 1; i >= 0 && near[i].start >= from; i--) {
    if (near[i].end <= to && FINITE_VERB_AFTER.test(ctx.text.slice(near[i].end, Math.min(to, near[i].end + 60)))) return near[i];
  }
  return null;
}

// Comma searches stay inside the window read around a term: a long text without commas must not
// be scanned end to end for every term in it.
/** The last comma at or before `at` and not before `floor`, or -1. */
function lastComma(text: string, at: number, floor: number): number {
  for (let i = at; i >= floor; i--) if (text.charCodeAt(i) === 44) return i;
  return -1;
}
/** The first comma at or after `at` and before `ceiling`, or -1. */
function firstComma(text: string, at: number, ceiling: number): number {
  for (let i = at; i < ceiling; i++) if (text.charCodeAt(i) === 44) return i;
  return -1;
}

// Nothing but spaces: a name used as a modifier (`the Paris terror attacks`).
const PLACE_GAP = /^[ \t]+$/;
// A comma and nothing else between two phrases: one set beside the other.
const APPOSITIVE_GAP = /^,\s+$/;
// What closes an appositive name: a comma, a full stop, or the end of the clause.
const CLOSED_AFTER = /^(?:,\s|[.;:)]|$)/;
// `a billionaire populist`, `the party's top`: the term ends a noun phrase a determiner opens.
const NOUN_PHRASE_BEFORE = /(?:^|\s)(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}$/iu;
// The term right after the possessor, or after one degree word (`Congress’ most zealous`): not a
// clause going on (`attack Trump, Japan’s sensitivities became collateral damage`).
const POSSESSOR_THEN_TERM = /^['’]s?\s+(?:(?:most|more|least|very|\p{Ll}+est)\s+)?$/u;
const CLAUSE_APPOSITIVE_OPENING = /^\s*an?\s+(?:[\p{L}-]+\s+){0,2}(?:(?:who|that|which)\s[^,;:]*)?$/iu;

const LY_ADVERB = /\p{L}{4}ly$/iu;
/** LY_ADVERB, tried only on a word ending in `ly` (no other character is `l` or `y` to /iu). */
function lyAdverb(w: string): boolean {
  const n = w.length;
  return n >= 6 && (w.charCodeAt(n - 1) | 0x20) === 121 && (w.charCodeAt(n - 2) | 0x20) === 108 && LY_ADVERB.test(w);
}

const POSSESSIVE_AFTER = /^['’]s?\s/;

/** `mentions` must be sorted by start. */
export function actorOf(ctx: ActorContext, hit: { start: number; end: number }): string | null {
  const { text, sentence } = ctx;
  const from = Math.max(sentence.start, hit.start - WINDOW);
  const near = spansWithin(ctx.mentions, from, Math.min(sentence.end, hit.end + WINDOW));
  const containing = near.find((m) => m.start <= hit.start && hit.end <= m.end);
  if (containing) return containing.actor;

  const term = text.slice(hit.start, hit.end);
  const owner = lastBefore(near, hit.start, from);
  const gapBefore = owner ? text.slice(owner.end, hit.start) : '';
  // `the Paris terror attacks`, `Iraqi insurgents`: a state right before says where, not who.
  if (ctx.placeBefore && owner && PLACE_GAP.test(gapBefore) && ctx.isState(owner.actor)) return null;
  // `Harry M. Reid (D-Nev.) blasted Rubio`: a party and state after a name leave it the subject.
  // So does an aside between commas: `Trump, who has a commanding lead in delegates, mocked Rubio`.
  const subjectGap = gapBefore.replace(PARTY_STATE, '').replace(ASIDE_GAP, ' ');
  // `a recording of Mr. Trump bragging`, `him mocking Sen. Grassley`: a participle's subject comes right before it.
  if (owner && /ing$/i.test(term) && /^\s+$/.test(gapBefore)) return owner.actor;

  const modified = modifiedMention(text, hit, near);
  // `hard-line White House advisers`: a name that only modifies a noun for other people leaves
  // the term about them, whom no mention names.
  if (modified && modifiesSubject(text, modified) && modified.resolvedBy !== 'pronoun') return null;
  // An adverb before a verb modifies the verb, not its object: `harshly criticized the administration`.
  const adverbOfVerb = modified && /ly$/i.test(term) && /\p{Ll}(?:ed|es)\s/u.test(text.slice(hit.end, modified.start));
  // A participle after a noun takes what follows as its object: `her post berating President Obama’s daughters`.
  const participleAfterNoun = modified && /ing$/i.test(term) && PARTICIPLE_AFTER_NOUN.test(text.slice(Math.max(from, hit.start - 40), hit.start));
  // A past or present tense right after its subject takes what follows as its object: `Trump also
  // mocked Carson’s story`, `Clinton blasts Trump`.
  const verbAfterSubject = modified && owner && /(?:ed|[^s]s)$/i.test(term) && SUBJECT_GAP.test(subjectGap) && !/[,;:]/.test(subjectGap);
  // So does a participle opening a clause: `…, mocking GOP state leaders`, `Railing Against Trump, Sanders …`.
  const participleOpening = modified && /ing$/i.test(term) && /(?:^|,)\s*$/.test(text.slice(Math.max(sentence.start, hit.start - 3), hit.start));
  // And an infinitive or a verb after an auxiliary: `want to humiliate Mr. Trump`, `is destroying
  // America` (not `likened him to socialist Hugo Chávez`).
  const verbBeforeName = participleOpening || modified && /^\p{Ll}/u.test(term) && !ADJECTIVE.test(term) && VERB_MARKER_BEFORE.test(text.slice(Math.max(from, hit.start - 30), hit.start)) && OPENING_TITLES.test(text.slice(hit.end, modified.start));
  // A verb phrase ending in `to` takes another verb: `refuses to attack Clinton` is the refuser's.
  const infinitiveAfter = modified && /\sto$/i.test(term) && /^\s+\p{L}/u.test(text.slice(hit.end, modified.start));
  // A verb form before a possessor takes the possessor's noun as its object: `ridiculed Trump's
  // statements`, `Ridiculing Obama’s Daughters` are about whoever did it, not Trump or Obama.
  const verbBeforePossessor = modified && /(?:ed|ing)$/i.test(term) && !ADJECTIVE.test(term) && POSSESSIVE_AFTER.test(text.slice(modified.end, modified.end + 3));
  if (modified && !adverbOfVerb && !participleAfterNoun && !verbAfterSubject && !verbBeforeName && !infinitiveAfter && !verbBeforePossessor) return modified.actor;

  // `a billionaire populist, Donald Trump, clash …`: a noun phrase the term ends, then a name set off
  // by commas, is that name.
  const next = near[firstStartingAt(near, hit.end)];
  if (next && APPOSITIVE_GAP.test(text.slice(hit.end, next.start)) && CLOSED_AFTER.test(text.slice(next.end, next.end + 2)) && NOUN_PHRASE_BEFORE.test(text.slice(Math.max(from, hit.start - 40), hit.start))) return next.actor;
  if (owner && POSSESSOR_GAP.test(gapBefore)) {
    // `Sen. Lindsey Graham, Congress’ most zealous advocate`: a possessor opening an appositive
    // owns the noun; the phrase is about the name it is set beside.
    const anchor = lastBefore(near, owner.start, from);
    if (anchor && APPOSITIVE_GAP.test(text.slice(anchor.end, owner.start)) && POSSESSOR_THEN_TERM.test(gapBefore)) return anchor.actor;
  }
  if (owner && (POSSESSOR_GAP.test(gapBefore) || (AS_GAP.test(gapBefore) && !PREPOSITION_BEFORE.test(text.slice(Math.max(0, owner.start - 12), owner.start))))) return owner.actor;
  // `her email scandal`: a possessive pronoun the actor stage resolved owns the noun phrase (not a
  // verb after it: `anyone on his campaign conspired`).
  if (owner && POSSESSIVE_PRONOUN.test(text.slice(owner.start, owner.end)) && POSSESSED_GAP.test(gapBefore) && !/ed$/i.test(term)) return owner.actor;
  const gapAfter = next ? text.slice(hit.end, next.start) : '';
  // The head of the noun phrase there: `allegations that Alabama GOP Senate nominee Roy Moore` → Moore.
  if (next && ((OF_GAP.test(gapAfter) && !ROLE_OF.test(gapAfter) && !COMPARED.test(gapAfter)) || (THAT_GAP.test(gapAfter) && !DETERMINER_OPENS.test(gapAfter) && contentNounBefore(text, hit, gapAfter)))) return (modifiedMention(text, next, near) ?? next).actor;
  // `fierce opposition from Democrats`, `angry complaints from Republicans`: what comes from
  // someone is theirs.
  if (next && FROM_GAP.test(gapAfter) && SOURCE_NOUN.test(gapAfter.trim().split(/\s+/)[0])) return (modifiedMention(text, next, near) ?? next).actor;
  // (`Daughter Of Eric Garner Blasts Clinton`: a name after `of` is not the verb's subject.)
  if (owner && SUBJECT_GAP.test(subjectGap) && !/[,;:]/.test(subjectGap)) return OF_BEFORE.test(text.slice(Math.max(0, owner.start - 4), owner.start)) ? null : owner.actor;

  const labelled = labelledObject(ctx, Math.max(from, ctx.quoted ? ctx.quoted.start - WINDOW : from));
  if (labelled !== undefined) return labelled?.actor ?? null;
  const label = unquotedLabel(ctx, from, hit);
  if (label !== undefined) return label?.actor ?? null;

  // An appositive: `<mention>, the … <hit> …,`; or a sentence opening `A … <hit>, <mention>`.
  const clauseFrom = Math.max(from, lastComma(text, hit.start, from) + 1);
  if (clauseFrom > from && /^\s*(?:the|a|an)\s/i.test(text.slice(clauseFrom, hit.start + 1))) {
    const before = lastBefore(near, clauseFrom - 1, from);
    if (before && /^\s*$/.test(text.slice(before.end, clauseFrom - 1))) return before.actor;
  }
  // `Trump fired Comey last week, a stunning move that …`: an appositive to a clause is about its
  // agent; the term opens it or its relative clause (in `…, a student group at the overwhelmingly
  // conservative college derided him` the phrase is the next clause's subject).
  if (clauseFrom > from && CLAUSE_APPOSITIVE_OPENING.test(text.slice(clauseFrom, hit.start))) {
    const agent = clauseAgent(ctx, near, Math.max(from, lastComma(text, clauseFrom - 2, from) + 1), clauseFrom - 1);
    if (agent) return agent.actor;
  }
  const opening = text.slice(sentence.start, hit.start + 1);
  if (clauseFrom <= from + 1 && (/^\s*(?:an?|the)\s/i.test(opening) || OPENING_ADVERBIAL.test(opening))) {
    const comma = firstComma(text, hit.end, Math.min(sentence.end, hit.end + WINDOW));
    const after = comma >= 0 && comma < sentence.end ? near[firstStartingAt(near, comma + 1)] : undefined;
    if (after && OPENING_TITLES.test(text.slice(comma + 1, after.start)) && !/[;:.]/.test(text.slice(hit.end, comma))) return after.actor;
  }

  const antecedent = relativeAntecedent(ctx, from, hit.start);
  if (antecedent) return antecedent.actor;
  // `a thin-skinned bully who is driven by greed`: a relative clause on a noun that names no actor.
  if (inRelativeClause(text.slice(from, hit.start))) return null;
  const plain = text.slice(from, hit.start).replace(QUOTE_MARKS, ' ');
  // (NAMING_PREDICATE is tried from every position of up to WINDOW characters: asked last, once.)
  let naming: boolean | undefined;
  const namingPredicate = () => (naming ??= NAMING_PREDICATE.test(plain));
  // `echoing some far-right commentators`, `the old spat between Mexico and the United States`: a
  // noun for people no mention names, or a complement naming two sides, is what the term is about.
  if ((unnamedPeopleAfter(text, hit) || BETWEEN_AFTER.test(text.slice(hit.end, hit.end + 40))) && !namingPredicate()) return null;

  // (An adverb is never the head of a noun phrase, `take the responsibility brazenly`, unless it
  // follows the determiner: `at the overwhelmingly conservative Liberty University`.)
  const inPhrase = !lyAdverb(term) || /(?:^|\s)(?:the|a|an)\s+$/i.test(plain);
  if (inPhrase && (determined(plain) === 'own' || opposedObject(plain) || afterPreposition(plain, term))) return null;

  // `recruit more radical jihadists`, `the regime in Damascus`: a term that names its own phrase is
  // about the clause's subject only as a predicate (`is a terrorist`, `called them thugs`).
  if (ctx.names && !namingPredicate()) return null;
  return predicateSubject(ctx, Math.max(from, ctx.speechStart ?? from), hit)?.actor ?? null;
}
