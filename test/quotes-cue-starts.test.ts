// cueStarts finds, by token, where the regex of every cue word as written matches at a word's
// start, and the capitalised cue words of short title-case lines; a lexicon whose cue words are
// not all plain is read by the regex itself.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cueStarts } from '../src/quotes/cue-starts.js';
import { buildCueIndex, type CueIndex } from '../src/quotes/cues.js';
import { isTitleCaseLine } from '../src/quotes/title-case-cues.js';
import { tokenize } from '../src/quotes/tokens.js';
import type { AttributionVerb, Segmentation, Span } from '../src/types.js';
import { RUNS } from './property-helpers.js';

const verb = (lemma: string, forms: string[]) => ({ id: lemma, lemma, forms }) as unknown as AttributionVerb;
const PLAIN = buildCueIndex([verb('say', ['say', 'said', 'says']), verb('e-mail', ['e-mailed']), verb('according to', ['according to']), verb('e', ['e x']), verb('note', ["note's"])]);
// `o.k.` ends in a dot and `ça` is not ASCII: the regex is used as it is.
const ODD = buildCueIndex([verb('say', ['said', 'o.k.']), verb('ça', ['ça va'])]);

/** The definition: where `\b(?:…)\b` over the cue words as written matches and a word token
 * starts, and in each sentence of at most 200 units written in title case, each capitalised word
 * whose lower case is a single-word cue. */
function byDefinition(text: string, sentences: Span[], index: CueIndex): number[] {
  const written = [...index.single.keys(), ...[...index.multi.keys()].flatMap((w) => [w, w[0].toUpperCase() + w.slice(1)])];
  const re = new RegExp(`\\b(?:${written.sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\b`, 'g');
  const wordStarts = new Set(tokenize(text, 0, text.length).filter((t) => t.kind === 'word').map((t) => t.start));
  const out = [...text.matchAll(re)].map((m) => m.index).filter((at) => wordStarts.has(at));
  for (const s of sentences) {
    if (s.end - s.start > 200 || !isTitleCaseLine(text, s.start, s.end)) continue;
    for (const t of tokenize(text, s.start, s.end)) if (t.kind === 'word' && t.upper && index.single.has(t.lower)) out.push(t.start);
  }
  return out.sort((a, b) => a - b);
}

const segmentation = (sentences: Span[]) => ({ sentences }) as Segmentation;
/** Sentences ending at each full stop. */
function sentencesOf(text: string): Span[] {
  const out: Span[] = [];
  let from = 0;
  for (let i = 0; i < text.length; i++) if (text[i] === '.' || i === text.length - 1) (out.push({ start: from, end: i + 1, text: '' }), (from = i + 1));
  return out;
}

const PIECES = ['said', 'Said', 'SAID', 'says', 'say', 'e-mailed', 'E-mailed', 'e', 'x', 'According', 'according', 'to', "note's", 'note', 'o.k.', 'o', 'k', 'ça', 'va', 'Ça',
  'Trump', 'Says', 'He', 'Never', 'Pledged', 'the', 'of', '_', '-', "'", '’', '.', '&', ',', ' ', ' ', ' ', 'é', 'K', '中', '😀', '2', '\n'];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((p) => p.join(''));

describe('cueStarts', () => {
  const cases: [string, string, CueIndex, number[]][] = [
    ['a cue word and its capitalised multi-word first word', 'He said. According to her.', PLAIN, [3, 9]],
    ['not inside a word, nor next to `_`, nor in another case', 'unsaid _said said_ SAID Said', PLAIN, []],
    ['the part of a word before a joiner', 'said-so e-mailed e-x', PLAIN, [0, 8, 17]],
    ['a capitalised cue in a title-case line, and only there', 'Trump Says He Never Pledged. Trump Says he will.', PLAIN, [6]],
    ['a lexicon of odd words, by the regex', 'he said o.k.x ça va ésaid', ODD, [3, 8]],
  ];
  it.each(cases)('%s', (_, t, index, want) => {
    expect(cueStarts(t, segmentation(sentencesOf(t)), index)).toEqual(want);
    expect(byDefinition(t, sentencesOf(t), index)).toEqual(want);
  });

  it('finds what the definition finds, on random text', () => {
    fc.assert(
      fc.property(text, (t) => {
        for (const index of [PLAIN, ODD]) expect(cueStarts(t, segmentation(sentencesOf(t)), index)).toEqual(byDefinition(t, sentencesOf(t), index));
      }),
      RUNS,
    );
  });
});
