// Tells speech (direct, partial) from quoted words that are not speech: scare quotes, titles
// of programmes or books, and terms (`the “six plus two” process`, dates, handles, links).
import type { QuoteKind } from '../types.js';
import { isWordUnit } from '../word-runs.js';
import { isSpaceCode } from './blank.js';

const TITLE_LEAD = /\b(?:of|with|called|titled|entitled|named|dubbed|show|program|programme|book|film|movie|documentary|series|column|song|album|article|op-ed|headline|episode|magazine|newspaper|slogan|hashtag|campaign)[,:]?\s*$/i;
/** Words that name a work right before its title, which may then run long: `the book “…: …”`. */
const WORK_LEAD = /\b(?:titled|entitled|author of|book|memoir|novel|film|movie|documentary|podcast|series|column|op-ed|article|song|album)[,:]?\s*$/i;
/** `a YouTube video called “Behind the scenes with …”`: a work's name after the work and `called`,
 * in any case. */
const WORK_CALLED = /\b(?:video|film|movie|documentary|book|memoir|novel|podcast|series|show|program|programme|song|album|episode|essay|ad|advertisement|commercial|play|musical|exhibition|game)s?\s+(?:called|titled|entitled|named)[,:]?\s*$/i;
/** `PBS’s the “Charlie Rose” show`: a name in title case that a programme's noun follows. */
const WORK_AFTER = /^\s+(?:show|program|programme|podcast|series|documentary|film|movie|broadcast|segment|episode|special)\b/i;
const DETERMINER_BEFORE = /\b(?:the|a|an|its|their|his|her|our|this)\s*$/i;
/** Nouns for things known by a phrase: a campaign's slogan, an ad's line, a movement's motto. */
const NAMED_BY_WORDS = /^\s+(?:campaign|slogan|motto|tagline|catchphrase|ad|advert|advertisement|commercial|initiative|hashtag|movement|tour|theme|brand)s?\b/i;
const SIGN_LEAD = /\b(?:signs?|placards?|banners?|posters?|t-shirts?|shirts?)\s+(?:\p{Ll}+\s+){0,2}(?:reading|that read|saying|with (?:the )?(?:words|slogans?|sayings?|messages?)(?: such as)?)[,:]?\s*$/iu;
const NAME_LEAD = /\b(?:the|a|an|its|their|his|her|our)\s+(?:[\p{L}-]+\s+)?(?:slogan|motto|tagline|catchphrase|hashtag)\s*$/iu;
const CAMPAIGN_LEAD = /\bthe\s+(?:[\p{L}-]+\s+)?campaign\s*$/iu;
/** `told “Fox and Friends”`: what a speaker is told to in title case is the programme, not words. */
const TOLD = /\btold\s*$/i;
/** `chanting “Marco! Marco!”`: a cry is speech, however it is capitalised. */
const EXCLAMATION = /!/;
/** `blurted out, “Oh, God,”`, `one message: “Dump Trump.”`: words a comma or colon introduces are said. */
const INTRODUCED = /[,:]\s*$/;
/** Nothing, or a sentence's end, before the opening mark. */
const SENTENCE_START = /(?:^|[.!?…]["”’']*)\s*$/;
const MINOR = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'is', 'de', 'la', 'del', 'le']);
// `on NBC’s “Meet the Press”`, `told ABC’s “This Week”`: a programme named after its channel.
// (`CBS’ “Face the Nation”`, `Fox News’ “…”`: a name ending in s may take the apostrophe alone.)
const ON_PROGRAMME = /(?:\bon|\p{Lu}[\p{L}.]*(?:[’']s|[sS][’']))\s*$/u;
/** In a headline every word is capitalised: a possessive there (`Graham: Trump’s ‘…’`) names whose words follow, not a channel. */
const ON_ONLY = /\bon\s*$/;
/** `After hitting “Takin’ It To the Streets,”`, `including “Listen To The Music,”`: a title-case
 *  phrase right after an -ing word that reports no words is that verb's object, a work's name. */
const GERUND_BEFORE = /\b(\p{Ll}+ing)\s*$/u;
const SPEECH_GERUNDS = new Set(['saying', 'adding', 'noting', 'asking', 'telling', 'declaring', 'shouting', 'chanting', 'yelling', 'screaming', 'tweeting', 'posting', 'writing', 'calling', 'labeling', 'labelling', 'insisting', 'arguing', 'warning', 'explaining', 'replying', 'responding', 'quipping', 'joking', 'crying', 'exclaiming', 'announcing', 'stating', 'claiming', 'answering', 'whispering', 'muttering', 'texting', 'branding', 'dubbing', 'describing', 'reading', 'citing', 'quoting', 'urging', 'demanding', 'vowing', 'promising', 'pledging']);
function objectOfGerund(before: string): boolean {
  const m = GERUND_BEFORE.exec(before);
  return m !== null && !SPEECH_GERUNDS.has(m[1]);
}
const NOT_SPEECH = /^(?:[\d\s.,:/\-–]+|@\w+|#\w+|(?:https?:\/\/|www\.|pic\.twitter\.com)\S*|[\p{L}.]+\.(?:com|org|net|gov)\S*)$/u;

const HAS_WORD = /[\p{L}\p{N}]/u;
/** `the plan, also referred to as “principles,”`, `a group known as “…”`: the name a thing goes by,
 *  no one's words. (Not `what he referred to as “…”`: with its subject the phrase reports him.) */
const NAMED_AS = /(?:\bknown|(?:,|\b(?:also|often|sometimes|commonly|widely|now|formally|informally))\s+referred\s+to)\s+as\s*$/i;

/** Words (space-separated pieces with a letter or digit), counted up to `max + 1`: callers only
 * ask whether a quote is short, and whole speeches are long. Read over char codes: a regex match
 * per piece was a hot spot. */
export function wordCount(s: string, max = Infinity): number {
  let n = 0;
  let hasWord = false; // the piece read so far holds a letter or digit
  for (let i = 0; i < s.length && n <= max; i++) {
    const c = s.charCodeAt(i);
    if (isSpaceCode(c)) {
      if (hasWord) n++;
      hasWord = false;
    } else if (!hasWord) hasWord = c >= 0xd800 && c <= 0xdbff ? HAS_WORD.test(String.fromCodePoint(s.codePointAt(i)!)) : isWordUnit(c);
  }
  return hasWord && n <= max ? n + 1 : n;
}

function isTitleCase(s: string, maxWords = 8): boolean {
  if (wordCount(s, maxWords + 1) > maxWords) return false;
  const ws = s.replace(/[.,!?'’"”]+$/u, '').split(/\s+/).filter((w) => /[\p{L}]/u.test(w));
  if (!ws.length) return false;
  return ws.every((w, i) => /^[\p{Lu}\d]/u.test(w) || (i > 0 && MINOR.has(w.toLowerCase())));
}

/** `chants of “…”`, `cries to “…”`, `shouting “…”`: words a crowd chants or cries. */
const CRY_LEAD = /\b(?:chant(?:s|ed|ing)?|cr(?:y|ies|ied|ying)|shout(?:s|ed|ing)?|yell(?:s|ed|ing)?)(?:\s+(?:of|to))?[,:]?\s*$/i;

/** A cry (`“Four more years!”`, `chants of “…”`) is said by someone even where the text does not
 * say who: never a title, never the writer's scare quote. `before`: the words before the mark. */
export function isCry(content: string, before: string): boolean {
  return EXCLAMATION.test(content) || CRY_LEAD.test(before.slice(-30));
}

export interface ClassifyInput {
  content: string;
  /** Text just before the opening mark (same clause). */
  before: string;
  attributed: boolean;
  furniture: boolean;
  /** Headlines are title case throughout, so case says nothing there. */
  headline: boolean;
  /** Text just after the closing mark (a few words), when it closes. */
  after?: string;
  /** The quote before it in the sentence is a title, and only a comma or `and` stands between
   *  (`“Black Water,” “Jesus Is Just Alright With Me” and others`): the next item of a list of titles. */
  afterTitle?: boolean;
}

export function classify({ content, before: clause, attributed, furniture, headline, after = '', afterTitle = false }: ClassifyInput): QuoteKind {
  // Every test below looks at the words right before the mark: an end-anchored regex over a long
  // clause would try every position of it.
  const before = clause.slice(-40);
  const words = wordCount(content, 6); // only "how short", up to 6, matters below
  if (NOT_SPEECH.test(content.trim())) return 'term';
  const titleCase = isTitleCase(content);
  if (furniture) return titleCase && words > 1 ? 'title' : 'scare';
  if (WORK_LEAD.test(before) && isTitleCase(content, 16)) return 'title';
  if (WORK_CALLED.test(before) && wordCount(content, 13) <= 12 && !isCry(content, before)) return 'title';
  // A cry stays speech after `chants of`, `a sign reading`: only a work's name may shout.
  if (titleCase && !isCry(content, before) && (TITLE_LEAD.test(before) || WORK_AFTER.test(after) || (words >= 2 && objectOfGerund(before)) || afterTitle || (headline ? ON_ONLY : ON_PROGRAMME).test(before) || TOLD.test(before) || (words >= 2 && words <= 5 && !headline && !attributed && !INTRODUCED.test(before)))) return 'title';
  if (/=\s*$/.test(before) || NAMED_AS.test(before)) return 'term';
  if (/\bso-\s?called\s*$/i.test(before)) return 'scare';
  // `the “Meth. We’re on it.” campaign`: words set between a determiner and a noun they name are
  // that thing's name, whatever their shape.
  if (DETERMINER_BEFORE.test(before) && NAMED_BY_WORDS.test(after)) return 'title';
  // `signs with sayings such as, “Less Money on Testing, More Money on Students.”`: a sign's
  // words are its text, not anyone's speech (a cry aside, as above).
  if (SIGN_LEAD.test(before) && !isCry(content, before)) return 'title';
  // `the campaign “Starts with one.”`, `the slogan “…”`: so are words right after such a noun.
  // (A campaign's only after `the` and in capitals: `his campaign “treated …”` is what it did.)
  if ((NAME_LEAD.test(before) || (CAMPAIGN_LEAD.test(before) && /^\p{Lu}/u.test(content))) && !isCry(content, before)) return 'title';


  const clauseStart = before.trim() === '' || /[:,]\s*$/.test(before);
  // A direct quote is a whole utterance: it opens a clause or carries its own sentence punctuation.
  // (Its punctuation may sit inside a nested quote that closes it: `… I said, ‘Fine.’`.)
  const utterance = clauseStart || /[.?!,…—–-][’'"”]?$/.test(content);
  const capital = /^[\p{Lu}\d…\[.'‘"“(]/u.test(content);
  // `“Never,” López Obrador told reporters.`, `Trump tweeted: “Very weak!”`: a short quote that is
  // a sentence of its own, with its sentence punctuation and a cue, is said whole.
  if (capital && attributed && (SENTENCE_START.test(before) || INTRODUCED.test(before)) && /[,.!?…]$/.test(content)) return 'direct';
  return utterance && capital && words >= 3 ? 'direct' : 'partial';
}

/** `‘A really tough decision.’` alone on its line: a short phrase in single marks that is the whole
 * paragraph is a subheading quoting the story, not a new utterance. */
export function isSubheading(content: string, family: 'double' | 'single', lineBefore: string, lineAfter: string): boolean {
  // (In double marks only with no sentence punctuation: `“We write with urgency”` heads a section,
  // `“We will win.”` alone on its line is said.)
  return (family === 'single' || !/[.!?,;:…—–-]\s*$/.test(content)) && lineBefore.trim() === '' && lineAfter.trim() === '' && wordCount(content, 9) <= 8;
}

/** `FAREWELL—“Club to close at the end of December,” by the Times’ Ann Lee:`: a headline opening its
 * paragraph (after at most a label in capitals and a dash) and signed with a byline names a story. */
export function isBylinedHeadline(content: string, lineBefore: string, after: string): boolean {
  return /,$/.test(content) && /^[\p{Lu}\s’'—–-]*$/u.test(lineBefore) && /^\s*by\s+(?:the\s+)?\p{Lu}/u.test(after);
}

/** `“Club to close,” by the Times’ Ann Lee: “The club, a stage for …” http://…`: the lede a
 * newsletter cites after a story's headline and byline, with the story's link, names the story
 * like its headline does; it is no one's speech. */
export function isLinkedExcerpt(lineBefore: string, after: string): boolean {
  return /^\s*(?:https?:\/\/|www\.)/.test(after) && /\bby\s+(?:the\s+)?\p{Lu}[^“”"]{0,60}:\s*$/u.test(lineBefore.slice(-80));
}
