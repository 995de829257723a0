import { describe, expect, it } from 'vitest';
import { inQuotes } from '../src/report/text.js';

describe('inQuotes', () => {
  it.each([
    ['plain text', 'US officials say so.', '“US officials say so.”'],
    ['a quote: its marks are not doubled', '“We will win,”', '“We will win,”'],
    ['a sentence opening with a quote', '"We are done," said an official.', '“We are done," said an official.”'],
    ['a sentence ending in a quote keeps its closing mark', 'The official said the review was completed "early this year."', '“The official said the review was completed "early this year."”'],
  ])('%s', (_name, text, shown) => {
    expect(inQuotes(text)).toBe(shown);
  });
});
