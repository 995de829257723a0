// framelens reads English: a page in another language gets a `not-english` warning.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/pipeline.js';
import { loadLexicons } from '../src/lexicon/load-lexicons.js';
import { functionWordShare, languageDiagnostic } from '../src/segment/language.js';

const ENGLISH = 'The minister said on Sunday that the talks with the neighbouring states would resume next week, and that he was confident of an agreement before the end of the year. '.repeat(4);
const PORTUGUESE = 'A equipe do serviço registrou neste fim de semana um arrombamento em dois veículos estacionados na garagem do bairro, segundo a polícia local, que investiga o caso. '.repeat(4);

describe('languageDiagnostic', () => {
  it.each<[string, string | undefined, string, boolean]>([
    // (Templates declare `en` whatever the article's language: the text is read too.)
    ['a page that declares English, in Portuguese', 'en-US', PORTUGUESE, true],
    ['a page that declares English, in English', 'en', ENGLISH, false],
    ['a page that declares English, a table of scores', 'en', 'Palm Bay (1-0): Tolivert 25 points. Davis 17 points. Burgher 10 points. Bozeman 10 points. Moore 3 points. Rockledge (0-1): Blakely 15 points. Devoe 2 points. Baker 6 points. Brown 4 points. Upshaw 3 points. Williams 6 points. '.repeat(3), false],
    ['a page that declares German', 'de', ENGLISH, true],
    ['a page that declares Indonesian with a region', 'id-ID', ENGLISH, true],
    ['English text, no declared language', undefined, ENGLISH, false],
    ['Portuguese text, no declared language', undefined, PORTUGUESE, true],
    ['too short to tell', undefined, 'Calendário da Stock Car 2018: 10 de março, Interlagos.', false],
    ['a short German brief (24 words)', undefined, 'Der Minister sagte am Sonntag, die Gespräche mit den Nachbarstaaten würden nächste Woche fortgesetzt. Er sei zuversichtlich, dass vor Jahresende eine Einigung erzielt werde, fügte er hinzu.', true],
    ['a short English brief of the same length', undefined, 'The minister said on Sunday that talks with the neighbouring states would resume next week. He was confident of a deal before the end of the year, he added.', false],
    ['English names and headlines only, 20 words', undefined, 'Trump Wins Nevada Caucus. Rubio Second, Cruz Third. Carson, Kasich Trail Far Behind. Sanders Clinton Split Delegates Ahead Of South Carolina Primary Vote.', false],
    ['Chinese, whose words are not spaced', undefined, '外交部发言人周日表示，与邻国的会谈将于下周恢复，他有信心在年底前达成协议。', true],
    ['a few Chinese letters in an English text', undefined, `${ENGLISH} 北京`, false],
  ])('%s', (_name, language, text, warned) => {
    const d = languageDiagnostic({ id: 'x', text, outlet: null, ...(language ? { language } : {}) });
    expect(d === null ? null : [d.severity, d.code]).toEqual(warned ? ['warning', 'not-english'] : null);
  });

  it('reaches the article result, beside the findings', () => {
    const r = analyzeArticle({ id: 'pt', text: PORTUGUESE, outlet: null }, loadLexicons());
    expect(r.diagnostics.map((d) => d.code)).toEqual(['not-english']);
  });
});

describe('functionWordShare', () => {
  // What the scan over char codes replaced: a regex match and a lower-cased copy per word.
  const FUNCTION_WORDS = new Set('the of and to a in is that for on with as was said by it he at from his an are be has have not this but they were which who its their had been will would her she we i you or'.split(' '));
  const byRegex = (s: string) => {
    let words = 0, common = 0;
    for (const m of s.matchAll(/\p{L}+/gu)) {
      words++;
      if (FUNCTION_WORDS.has(m[0].toLowerCase())) common++;
    }
    return { words, common };
  };
  // Function words in any case, letters that lower-case oddly (Kelvin sign, dotted I, final
  // sigma), combining marks, astral letters and lone surrogates, digits and spaces.
  const piece = fc.constantFrom('the', 'THE', 'Said', 'which', 'whicH', 'their', 'theirs', '\u212A', 'İ', 'ΣΑΣ', 'e\u0301', '𝐀𝐁', '\u{10428}', '\ud801', '\udc28', 'naïve', '1', '-', ' ', '\n', "'", 'a', 'i', 'I');
  const text = fc.oneof(fc.array(piece, { maxLength: 40 }).map((xs) => xs.join('')), fc.string({ unit: 'binary', maxLength: 80 }));

  it('counts the words and function words /\\p{L}+/gu and toLowerCase() count', () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(functionWordShare(s)).toEqual(byRegex(s));
      }),
      { numRuns: 2000 },
    );
  });

  it.each<[string, number, number]>([
    ['', 0, 0],
    ['The cat, the dog and I', 6, 4],
    ['\u212Aelvin θέμα 𝐀𝐁c', 3, 0],
    ['a\ud801b', 2, 1],
  ])('%j: %i words, %i common', (s, words, common) => {
    expect(functionWordShare(s)).toEqual({ words, common });
  });
});
