import { describe, expect, it } from 'vitest';
import { csvField } from '../src/report/csv.js';

describe('csvField (RFC 4180)', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['he said "no"', '"he said ""no"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\r', '"cr\r"'],
    [null, ''],
    [undefined, ''],
    [12, '12'],
    [false, 'false'],
    ['“curly”', '“curly”'],
  ])('%j → %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });
});
