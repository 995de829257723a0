// CSV as written: a quote left open that swallows the next row is an error naming the line; the
// delimiter is a semicolon or tab when the header uses one (a tab in `.tsv`); a repeated column
// is a warning; the bytes are checked as UTF-8 (or UTF-16 with a BOM) as for a text file.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readInputs } from '../src/ingest/read-inputs.js';
import type { InputItem } from '../src/types.js';
import { tmpFiles } from './tmp-files.js';

const { fixture } = tmpFiles('framelens-csv-shape-');

async function read(name: string, content: string | Uint8Array): Promise<InputItem[]> {
  const items: InputItem[] = [];
  for await (const item of readInputs([fixture(name, content)])) items.push(item);
  return items;
}

const summary = (items: InputItem[]) =>
  items.map((i) => ({
    id: i.kind === 'article' ? i.article.id : i.id,
    outlet: i.kind === 'article' ? i.article.outlet : undefined,
    text: i.kind === 'article' ? i.article.text.slice(0, 12) : undefined,
    problems: i.diagnostics.map((d) => `${d.severity} ${d.code}${d.source?.line ? `@${d.source.line}` : ''}: ${d.message}`),
  }));

const UNCLOSED = 'row 1: a quoted field runs on into line 3, which looks like the start of a row; close the quote (") that opens the field';

describe('CSV rows as written', () => {
  it.each([
    ['unclosed quote before a quoted row', 'a.csv', 'id,outlet,text\n1,A,"First text, long.\n2,B,"Second text closed."\n3,C,"Third text."\n',
      [{ id: '1', outlet: 'A', text: '"First text,', problems: [`error csv-unclosed-quote@2: ${UNCLOSED}`] }, { id: '3', outlet: 'C', text: 'Third text.', problems: [] }]],
    ['a field that holds lines of prose', 'c.csv', 'id,outlet,text\n1,A,"First line.\nSecond, with a comma, and more.\nOK."\n',
      [{ id: '1', outlet: 'A', text: 'First line.\n', problems: [] }]],
    ['semicolons', 'd.csv', 'id;outlet;title;date;text\n1;Gazette;Ferry;2024-03-05;"The vote; then ""a win"", she said."\n',
      [{ id: '1', outlet: 'Gazette', text: 'The vote; th', problems: [] }]],
    ['tabs', 'e.csv', 'id\toutlet\ttext\n1\tTimes\tThe plan, she said.\n',
      [{ id: '1', outlet: 'Times', text: 'The plan, sh', problems: [] }]],
    ['.tsv with as many commas as tabs in the header', 'f.tsv', 'id\ttext\tnote, a, b\n1\tThe plan, a, b.\tx\n',
      [{ id: '1', outlet: null, text: 'The plan, a,', problems: [] }]],
    ['a repeated text column', 'g.csv', 'id,text,text\n1,"first","second"\n2,"third","fourth"\n',
      [{ id: '1', outlet: null, text: 'first', problems: ['warning csv-duplicate-column@1: the header names column "text" more than once; the first one is read'] }, { id: '2', outlet: null, text: 'third', problems: [] }]],
  ])('%s', async (_name, file, csv, expected) => {
    expect(summary(await read(file, csv))).toEqual(expected);
  });

  it.each([
    ['Latin-1', 'h.csv', Buffer.from('id,outlet,text\n1,Café Times,"Le café."\n', 'latin1'),
      [{ id: 'h', outlet: undefined, text: undefined, problems: ['error invalid-utf8: not valid UTF-8 at byte offset 20 (0xe9)'] }]],
    ['UTF-16LE with its BOM', 'i.csv', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('id,outlet,text\n1,Café Times,Le café.\n', 'utf16le')]),
      [{ id: '1', outlet: 'Café Times', text: 'Le café.\n'.trim(), problems: [] }]],
  ])('%s', async (_name, file, bytes, expected) => {
    expect(summary(await read(file, bytes))).toEqual(expected);
  });
});

describe('fields that hold lines, quoted as they should be', () => {
  it('are never taken for a quote left open', async () => {
    const line = fc.oneof(fc.stringMatching(/^[A-Z][a-z]*(, ?[a-z0-9]+)*[.,]?$/), fc.constantFrom('2,B,x', '"Yes," she said.', '3;C;', ''));
    const field = fc.array(line, { minLength: 2, maxLength: 5 }).map((ls) => ls.join('\n'));
    let n = 0;
    await fc.assert(fc.asyncProperty(field, async (text) => {
      const items = await read(`p${n++}.csv`, `id,outlet,text\n1,A,"${text.replace(/"/g, '""')}"\n`);
      return items.every((i) => i.diagnostics.every((d) => d.code !== 'csv-unclosed-quote'));
    }), { numRuns: 60 });
  });
});
