// Text generators for the property tests: random Unicode, and adversarial text built from the
// pieces the stages react to (quotation marks, cue verbs, names, titles, sentence ends, paragraph
// breaks, CJK, astral characters and lone surrogates), kept small so each run is fast.
import fc from 'fast-check';
import { expect } from 'vitest';

const PIECES = [
  '“', '”', '"', '„', '«', '»', '‘', '’', "'", '``', "''", '`',
  'said', 'says', 'told', 'told reporters', 'according to', 'added', 'saying', 'that', 'and', 'as',
  'he', 'she', 'they', 'Ali Shamkhani', 'Shamkhani', 'Mr.', 'Sen.', 'U.S.', 'President', 'Donald Trump', 'Trump',
  'the minister', 'officials', 'Iran', 'Hezbollah', 'regime', 'terrorist', 'a spokesman', 'which', '(', ')',
  // Two people who share a surname, a first name alone, titles and trades before names, a place
  // after a city, the words that end a noun phrase: the name and tie rules read these.
  'Hillary Clinton', 'Bill Clinton', 'Clinton', 'Hillary', 'Mrs.', 'her', 'his', 'CNN’s', 'Actress', 'Korean-born',
  'of Columbia,', 'South Carolina', 'Election Day', 'election', 'between', 'since', 'refused to', 'than those of',
  '.', ',', ':', ';', '!', '?', '…', '—', '-', ' ', ' ', ' ', '\n', '\n\n', '\r\n', '\t', '\u00a0', '\uFEFF',
  'TEHRAN -', 'WASHINGTON (Reuters) -', 'AFP', 'Related:', 'NA/PA', '{"id": 1}',
  '外交部', '说', '：', '。', '「', '」', '😀', '\uD800', '\uDC00', 'e\u0301', 'ال',
];

/** Text made of adversarial pieces, joined with or without spaces. */
export const adversarialText = fc
  .array(fc.constantFrom(...PIECES), { maxLength: 80 })
  .chain((pieces) => fc.array(fc.constantFrom('', ' ', ' ', '\n'), { minLength: pieces.length, maxLength: pieces.length }).map((gaps) => pieces.map((p, i) => p + gaps[i]).join('')));

const word = fc.constantFrom(...PIECES, 'talks', 'will', 'resume', 'sanctions', 'the', 'we', 'not', 'accept');
const words = fc.array(word, { minLength: 1, maxLength: 8 }).map((ws) => ws.join(' '));
const speaker = fc.constantFrom('Ali Shamkhani', 'Shamkhani', 'he', 'she', 'a senior official', 'the minister', 'Trump', 'Iran’s top security official');
const [open, close] = [fc.constantFrom('“', '"', '«', '‘', "'"), fc.constantFrom('”', '"', '»', '’', "'")];

/** Sentences shaped like news (quotes with cues before and after, reported speech, plain
 * narration), with random words and marks inside, in paragraphs. */
export const newsLikeText = fc
  .array(
    fc.oneof(
      fc.tuple(open, words, close, speaker).map(([o, w, c, s]) => `${o}${w},${c} ${s} said.`),
      fc.tuple(speaker, open, words, close).map(([s, o, w, c]) => `${s} told reporters: ${o}${w}.${c}`),
      fc.tuple(speaker, words).map(([s, w]) => `${s} said that ${w}.`),
      fc.tuple(words, speaker).map(([w, s]) => `According to ${s}, ${w}.`),
      fc.tuple(words, open, words, close).map(([a, o, w, c]) => `${a} ${o}${w}${c} ${a}.`),
      words.map((w) => `${w}.`),
    ),
    { maxLength: 12 },
  )
  .chain((sentences) => fc.array(fc.constantFrom(' ', ' ', '\n\n', '\n'), { minLength: sentences.length, maxLength: sentences.length }).map((gaps) => sentences.map((x, i) => x + gaps[i]).join('')));

/** Any UTF-16 string, lone surrogates included. */
export const randomText = fc.string({ unit: 'binary', maxLength: 200 });

export const anyText = fc.oneof(newsLikeText, adversarialText, randomText, fc.string({ unit: 'grapheme', maxLength: 200 }));

export const RUNS = { numRuns: 150, seed: 20261130 } as const;

type Spanned = { start: number; end: number; text?: string };

/** Every span in range, end not before start, its text (when it has one) the text it covers;
 * with `sorted`, spans in order of their starts. */
export function expectSpans(text: string, spans: readonly Spanned[], what: string, sorted = true): void {
  spans.forEach((s, i) => {
    expect(Number.isInteger(s.start) && Number.isInteger(s.end), `${what}[${i}] integer offsets`).toBe(true);
    expect(s.start >= 0 && s.start <= s.end && s.end <= text.length, `${what}[${i}] ${s.start}..${s.end} within 0..${text.length}`).toBe(true);
    if (s.text !== undefined) expect(s.text, `${what}[${i}] text`).toBe(text.slice(s.start, s.end));
    if (sorted && i > 0) expect(s.start >= spans[i - 1]!.start, `${what}[${i}] sorted`).toBe(true);
  });
}
