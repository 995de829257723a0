// A headline set in title case capitalises every word (`Glenn Beck Blasts Drudge for Mocking His
// Fast`), so a run of capitals there is no name by itself: `Glenn Beck Blasts Drudge` would become a
// person, and the article's `Drudge Report` his surname. A name read in such a headline counts as
// far as the article's own text names it again. The quote and actor stages both ask; the phrases
// are looked up once per article, in one pass over its word index.
import { segmentKindAt } from './segment/segment-at.js';
import { FURNITURE, type Segmentation, type Span } from './types.js';
import { wholeWordOccurrences } from './whole-words.js';
import type { WordIndex } from './word-runs.js';

// Words a title-case headline may still leave in lower case: short function words, a name's
// particles (`Bill de Blasio`) and a few longer prepositions.
const SMALL = new Set(
  'a an the of to in on at for and or but nor by via vs per as up off out de da di du la le van von bin ibn al el with from into over that than after about amid onto upon'.split(' '),
);
// A word (an apostrophe or hyphen inside), or the letters after a digit.
const WORD = /(?<![A-Za-z'’-])[A-Za-z][A-Za-z'’-]*/g;
// What follows a number in a headline: `5th`, `1990s`.
const NUMBER_SUFFIX = /^(?:st|nd|rd|th|s)$/;

/** A line set in title case (a headline, a menu): three or more words of four letters or more,
 * and no word in lower case but the small ones (`Funding for Head Start at Friendship Park was
 * cut` and `Mrs. Ortega met Mr. Delgado on Monday.` are prose). */
export function isTitleCase(line: string): boolean {
  // Read up to the first word in lower case: the line is prose then.
  let long = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(line); m; m = WORD.exec(line)) {
    const w = m[0];
    if (w.charCodeAt(0) > 90 && !SMALL.has(w) && !w.startsWith('al-') && !(NUMBER_SUFFIX.test(w) && /[0-9]/.test(line[m.index - 1] ?? ''))) return false;
    if (w.length >= 4) long++;
  }
  return long >= 3;
}

/** Names are at most this many words: longer phrases are not looked up. */
const MAX_NAME_WORDS = 4;
const CAPITALISED = /^\p{Lu}/u;
// What may close a headline word: punctuation or a possessive ends the run of capitals there.
const CLOSING = /(?:[’']s)?[,:;.!?)\]”"’']*$/u;
const OPENING = /^[(\[“"‘']+/u;

export interface HeadlineNames {
  headline: Span;
  /** The words of a name read in the headline, cut to the longest opening of two or more words
   * that the article's text writes too and that reads as a name; else its first two words when
   * the text writes the second (a surname) and they read as a name; else its first word when the
   * text writes that and it reads as a name; else null. */
  confirmed(nameWords: readonly string[]): string[] | null;
  /** Whether the article's text writes these words again, as one phrase (`Pat Caddell`). */
  writtenAgain(nameWords: readonly string[]): boolean;
}

/** The headline's capitalised phrases (up to MAX_NAME_WORDS words) and whether the article's own
 * text below writes each again; null for no headline or one not set in title case. */
interface HeadlinePhrases {
  headline: Span;
  inText(phrase: string): boolean;
}

// Both stages ask about the same article in turn: its phrases are looked up once.
let lastRead: { text: string; seg: Segmentation; phrases: HeadlinePhrases | null } | null = null;

function headlinePhrases(text: string, seg: Segmentation, words: WordIndex): HeadlinePhrases | null {
  if (lastRead?.text === text && lastRead.seg === seg) return lastRead.phrases;
  const phrases = readHeadline(text, seg, words);
  lastRead = { text, seg, phrases };
  return phrases;
}

function readHeadline(text: string, seg: Segmentation, words: WordIndex): HeadlinePhrases | null {
  const headline = seg.headline;
  if (!headline || !isTitleCase(text.slice(headline.start, headline.end))) return null;
  const phrases = new Set<string>();
  let run: string[] = [];
  const addRun = () => {
    for (let i = 0; i < run.length; i++) for (let n = 1; n <= MAX_NAME_WORDS && i + n <= run.length; n++) phrases.add(run.slice(i, i + n).join(' '));
    run = [];
  };
  for (const raw of text.slice(headline.start, headline.end).split(/\s+/)) {
    const word = raw.replace(OPENING, '');
    if (word !== raw) addRun();
    const bare = word.replace(CLOSING, '');
    if (CAPITALISED.test(bare)) run.push(bare);
    else addRun();
    if (bare !== word) addRun();
  }
  addRun();
  const at = wholeWordOccurrences(text, phrases, words);
  return {
    headline,
    inText: (phrase) => (at.get(phrase) ?? []).some((p) => (p < headline.start || p >= headline.end) && !FURNITURE.has(segmentKindAt(seg, p))),
  };
}

/** Null when the article has no headline or does not set it in title case. `isName`: whether
 * words the text writes too read as a person's name (`Glenn Beck`, `Trump`; not `Gold Star`). */
export function headlineNames(text: string, seg: Segmentation, words: WordIndex, isName: (words: readonly string[]) => boolean): HeadlineNames | null {
  const read = headlinePhrases(text, seg, words);
  if (!read) return null;
  const { headline, inText } = read;
  return {
    headline,
    confirmed(nameWords) {
      for (let n = Math.min(nameWords.length, MAX_NAME_WORDS); n >= 2; n--) {
        const opening = nameWords.slice(0, n);
        if (inText(opening.join(' ')) && isName(opening)) return opening;
      }
      // `Ken Starr Praises …` above `Mr. Starr said`: a first name and a surname the text uses.
      if (nameWords.length >= 2 && inText(nameWords[1]) && isName(nameWords.slice(0, 2))) return nameWords.slice(0, 2);
      return nameWords.length && inText(nameWords[0]) && isName(nameWords.slice(0, 1)) ? nameWords.slice(0, 1) : null;
    },
    writtenAgain: (nameWords) => nameWords.length <= MAX_NAME_WORDS && inText(nameWords.join(' ')),
  };
}
