// An entry's explanation is about every term it lists: a term is never explained with words
// written for another kind of term in the same entry.
import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../src/lexicon/load-lexicons.js';

const lex = loadLexicons();
const explanationOf = (term: string) => lex.loaded.find((e) => e.terms.includes(term))?.explanation ?? '';

describe('the explanation shown for a term', () => {
  it.each([
    ['extra-regional countries', /^Casts unnamed foreign states/],
    ['hostile powers', /^Casts unnamed foreign states/],
    ['us-backed', /^'-backed' labels/],
    ['foreign-funded', /^'-backed' labels/],
  ])('%s', (term, explanation) => {
    expect(explanationOf(term)).toMatch(explanation);
  });
});
