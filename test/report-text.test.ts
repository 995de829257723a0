import { describe, expect, it } from 'vitest';
import { excerpt, firstItems, inQuotes, toneText } from '../src/report/text.js';
import { MIN_CLAUSES } from '../src/aggregate/index.js';

describe('inQuotes', () => {
  it.each([
    ['plain text', 'US officials say so.', '“US officials say so.”'],
    ['a quote: its marks are not doubled', '“We will win,”', '“We will win,”'],
    ['a curly quote: its marks are not doubled', '“We will win,”', '“We will win,”'],
    ['a sentence opening with a quote: the quote takes single marks', '"We are done," said an official.', '“‘We are done,’ said an official.”'],
    ['a sentence opening with a curly quote', '“The mayor calls us a mob, but we are nurses,” Lopez said.', '“‘The mayor calls us a mob, but we are nurses,’ Lopez said.”'],
    ['a sentence ending in a quote', 'The official said the review was completed "early this year."', '“The official said the review was completed ‘early this year.’”'],
    ['a quote in the middle', 'He called it “a disaster” on Monday.', '“He called it ‘a disaster’ on Monday.”'],
  ])('%s', (_name, text, shown) => {
    expect(inQuotes(text)).toBe(shown);
  });
});

describe('toneText: a mean tone as the tables show it', () => {
  it.each([
    ['no clause', { n: 0, mean: 0, std: 0 }, '—'],
    ['one clause is too few, as the chart says', { n: 1, mean: -3, std: 0 }, 'too few (n=1)'],
    ['two clauses too', { n: MIN_CLAUSES - 1, mean: 1, std: 1 }, `too few (n=${MIN_CLAUSES - 1})`],
    ['enough clauses: mean ± spread', { n: MIN_CLAUSES, mean: -0.5, std: 1.25 }, `-0.50 ± 1.25 (n=${MIN_CLAUSES})`],
    ['a positive mean has its sign', { n: 6, mean: 0.333, std: 1.8 }, '+0.33 ± 1.80 (n=6)'],
  ])('%s', (_name, s, shown) => {
    expect(toneText(s)).toBe(shown);
  });
});

describe('firstItems: a list an answer gives, the rest counted', () => {
  it.each([
    ['none', [], 3, ', ', ''],
    ['fewer than the cap', ['a', 'b'], 3, ', ', 'a, b'],
    ['as many as the cap', ['a', 'b', 'c'], 3, ', ', 'a, b, c'],
    ['more: the rest counted', ['a', 'b', 'c', 'd', 'e'], 3, ', ', 'a, b, c and 2 more'],
    ['another separator', ['x, y', 'z', 'w'], 2, '; ', 'x, y; z and 1 more'],
  ])('%s', (_name, items, max, separator, shown) => {
    expect(firstItems(items, max, separator)).toBe(shown);
  });
});

describe('excerpt: an evidence sentence cut so that it shows its term', () => {
  // Fox on Susan Rice (BASIL 2b9468af): cut at 240 from the start, the sentence ended `already…`.
  const fox =
    'National Security Adviser Susan Rice warned that Israeli Prime Minister Benjamin Netanyahu’s upcoming Capitol Hill address will be a “destructive” force in long-standing U.S.-Israel relations, adding more political acrimony to the already contentious visit.';
  it('cuts around a term the end cut would lose, at word boundaries', () => {
    const shown = excerpt(fox, ['contentious'], 120);
    expect(shown).toContain('contentious');
    expect(shown.length).toBeLessThanOrEqual(120);
    expect(shown).toMatch(/^…\S/);
    const words = shown.replace(/^…|…$/g, '');
    expect(fox).toContain(words);
    expect(fox).toMatch(new RegExp(`[ ]${words.split(' ')[0]} `));
  });
  it('keeps the cut at the end when the term survives it', () => {
    expect(excerpt(fox, ['Susan Rice'], 120)).toMatch(/^National Security Adviser Susan Rice warned .*…$/);
  });
  it('finds the term in any case and leaves a short sentence whole', () => {
    expect(excerpt(fox, ['CONTENTIOUS'], 300)).toBe(fox);
    expect(excerpt(fox, ['CONTENTIOUS'], 240)).toMatch(/^…Susan Rice .* contentious visit\.$/);
    expect(excerpt(fox, ['Contentious'], 80)).toContain('contentious visit.');
  });
  it('cuts from the start when no term is in the text', () => {
    expect(excerpt(fox, ['regime'], 60)).toBe('National Security Adviser Susan Rice warned that Israeli…');
  });
});
