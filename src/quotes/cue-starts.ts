// Where the reported-speech pass looks for cues: at the words that start a cue as written, and in
// short lines written in title case (`Trump Says He Never Pledged …`) at capitalised cue words,
// which headlines use for their cues (cueAt's own title-case test then decides). Found in one pass
// over the tokens the quote stage scans anyway: a regex of every cue form over the whole text and
// a second scan of every short sentence cost the stage about a tenth of its time.
import type { Segmentation } from '../types.js';
import { WordFilter } from '../word-filter.js';
import { countBefore } from '../spans.js';
import type { CueIndex } from './cues.js';
import { isTitleCaseLine } from './title-case-cues.js';
import { tokenBounds, type TokenBounds } from './tokens.js';

const isJoiner = (c: number) => c === 39 || c === 0x2019 || c === 45 || c === 46 || c === 38; // ' ’ - . &
const UPPER_FIRST = /^\p{Lu}/u;

interface CueWords {
  /** The words a cue may start with as written: single-word cues in lower case, the first words
   * of multi-word ones also capitalised (`According to`). */
  written: Set<string>;
  /** The single-word cues, by the hashes the tokenizer gives words. */
  singleFilter: WordFilter;
  /** `\b(?:written…)\b` when some written word is not plain: not ASCII letters and digits with
   * inner joiners (`e-mailed`), so not always one token or the part of one before a joiner. */
  regex: RegExp | null;
}

const cueWordsOf = new WeakMap<CueIndex, CueWords>();
function cueWords(index: CueIndex): CueWords {
  let words = cueWordsOf.get(index);
  if (words) return words;
  const written = new Set([...index.single.keys(), ...[...index.multi.keys()].flatMap((w) => [w, w[0].toUpperCase() + w.slice(1)])]);
  const plain = [...written].every((w) => /^[A-Za-z0-9]+(?:['’\-.&][A-Za-z0-9]+)*$/.test(w));
  const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const regex = plain ? null : new RegExp(`\\b(?:${[...written].sort((a, b) => b.length - a.length).map(escape).join('|')})\\b`, 'g');
  words = { written, singleFilter: new WordFilter(index.single.keys()), regex };
  cueWordsOf.set(index, words);
  return words;
}

/** The positions, in order, where `\b(?:written…)\b` matches and a word token starts, and those
 * of capitalised cue words in title-case lines (a position twice when it is both). Where no word
 * token starts, no cue can: the reported-speech pass skips such positions. */
export function cueStarts(text: string, seg: Segmentation, index: CueIndex): number[] {
  const bounds = tokenBounds(text);
  const { n, starts, ends, words, hashes } = bounds;
  const cw = cueWords(index);
  const plain = cw.regex === null;
  const found = plain ? [] : regexStarts(text, cw.regex!, bounds);
  const capStarts: number[] = [], capEnds: number[] = [];
  for (let k = 0; k < n; k++) {
    const kind = words[k];
    if (kind === 0) continue;
    const s = starts[k], e = ends[k];
    const c = text.charCodeAt(s);
    if (c >= 128) {
      // (A written word is ASCII, but a capital outside ASCII may lower-case into one: `K`, U+212A.)
      const word = text.slice(s, e);
      if (UPPER_FIRST.test(word) && index.single.has(word.toLowerCase())) capStarts.push(s), capEnds.push(e);
      continue;
    }
    // Letters and digits only (kind 1): the token's lower case hashed by the tokenizer is all it
    // takes to pass over most tokens. (Both kinds then go on in the same code: a call first made
    // in optimised code for the rarer kind deoptimised cueStarts.)
    let h = hashes[k], ascii = true, written = false;
    if (kind !== 1) {
      // A plain written word is the token or the part of it before a character `\b` reads as no
      // word character: a joiner (`e` of `e-mail`) or one outside ASCII (`said` of `saidé`). Both
      // are ASCII: the part is hashed as the tokenizer hashes words (joiners kept by `| 32`) up to
      // the first unit outside ASCII.
      h = 0;
      for (let j = s; j < e; j++) {
        const d = text.charCodeAt(j);
        if (plain && !written && j > s && (d >= 128 || isJoiner(d)) && index.words.mayHave(h)) written = writtenAt(text, s, j, cw.written);
        if (d >= 128) {
          ascii = false;
          break;
        }
        h = (Math.imul(h, 31) + (d | 32)) | 0;
      }
    }
    if (plain && (written || (ascii && index.words.mayHave(h) && writtenAt(text, s, e, cw.written)))) found.push(s);
    if (c >= 65 && c <= 90 && (!ascii || cw.singleFilter.mayHave(h)) && index.single.has(text.slice(s, e).toLowerCase())) capStarts.push(s), capEnds.push(e);
  }
  const titled = titleCaseStarts(text, seg, capStarts, capEnds);
  if (titled.length === 0) return found;
  for (const at of titled) found.push(at);
  return found.sort((a, b) => a - b);
}

/** Whether text[s, to) is a written word at a word token's start s, with no `_` (a word character
 * to `\b`, not to the tokenizer) on either side. */
function writtenAt(text: string, s: number, to: number, written: Set<string>): boolean {
  return !(s > 0 && text.charCodeAt(s - 1) === 95) && text.charCodeAt(to) !== 95 && written.has(text.slice(s, to));
}

/** Of the capitalised cue words (sorted bounds), those inside a sentence of at most 200 units
 * that is a title-case line. */
function titleCaseStarts(text: string, seg: Segmentation, capStarts: number[], capEnds: number[]): number[] {
  const out: number[] = [];
  if (capStarts.length === 0) return out;
  for (const sentence of seg.sentences) {
    if (sentence.end - sentence.start > 200) continue;
    let i = countBefore(capStarts, sentence.start);
    let j = i;
    while (j < capStarts.length && capStarts[j] < sentence.end && capEnds[j] <= sentence.end) j++;
    if (j === i || !isTitleCaseLine(text, sentence.start, sentence.end)) continue;
    for (; i < j; i++) out.push(capStarts[i]);
  }
  return out;
}


/** Where the regex matches and a word token starts. */
function regexStarts(text: string, re: RegExp, { n, starts, words }: TokenBounds): number[] {
  const out: number[] = [];
  re.lastIndex = 0;
  let k = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    while (k < n && starts[k] < m.index) k++;
    if (k < n && starts[k] === m.index && words[k] !== 0) out.push(m.index);
  }
  return out;
}
