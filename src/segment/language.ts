// framelens reads English: its cue verbs, names, titles and lexicons are English. A page that says
// it is in another language, or a text whose words are hardly ever English function words, gets a
// warning, so nobody takes its (near-empty or wrong) findings for a measurement.
import type { Article, Diagnostic } from '../types.js';

const FUNCTION_WORDS = new Set(
  'the of and to a in is that for on with as was said by it he at from his an are be has have not this but they were which who its their had been will would her she we i you or'.split(' '),
);
/** Words read from the start of the text: enough to tell, without reading a long article twice. */
const SAMPLE_CHARS = 4000;
const MIN_WORDS = 60;
/** English news runs at 35–45% function words; other languages at a few percent (shared names). */
const MIN_SHARE = 0.12;
const WORD = /\p{L}+/gu;

export function languageDiagnostic(article: Article): Diagnostic | null {
  const declared = article.language?.trim().toLowerCase();
  const source = article.source ? { source: article.source } : {};
  if (declared && !/^en(?:[-_]|$)/.test(declared)) {
    return { severity: 'warning', code: 'not-english', message: `the page says its language is "${article.language}"; framelens reads English (cue verbs, names, lexicons), so its findings here are likely wrong or missing`, ...source };
  }
  if (declared) return null;
  let words = 0;
  let common = 0;
  for (const m of article.text.slice(0, SAMPLE_CHARS).matchAll(WORD)) {
    words++;
    if (FUNCTION_WORDS.has(m[0].toLowerCase())) common++;
  }
  if (words < MIN_WORDS || common / words >= MIN_SHARE) return null;
  return { severity: 'warning', code: 'not-english', message: `the text does not read as English (${Math.round((100 * common) / words)}% common English words in its first ${words} words); framelens reads English, so its findings here are likely wrong or missing`, ...source };
}
