// The line a CSV row starts on, as an editor numbers it: CRLF, CR or LF ends a line, inside a
// quoted field too, and skipped blank lines count.
import { describe, expect, it } from 'vitest';
import { readInputs } from '../src/ingest/read-inputs.js';
import { tmpFiles } from './tmp-files.js';

const { fixture } = tmpFiles('framelens-csv-lines-');

describe('CSV rows keep their line numbers', () => {
  it.each([
    ['LF, CRLF inside a field', 'id,text\nx1,"a\r\nb"\nx2,\n', [2, 4]],
    ['CRLF throughout', 'id,text\r\nx1,"a\r\nb"\r\nx2,\r\n', [2, 4]],
    ['two CRLFs inside a field', 'id,text\r\nx1,"a\r\nb\r\nc"\r\nx2,\r\n', [2, 5]],
    ['a blank line between rows', 'id,text\nx1,"a\nb"\n\nx2,\n', [2, 5]],
    ['a CR inside a field', 'id,text\nx1,"a\rb"\nx2,\n', [2, 4]],
  ])('%s', async (name, csv, lines) => {
    const path = fixture(`${name.replace(/\W+/g, '-')}.csv`, csv);
    const found: Array<number | undefined> = [];
    for await (const item of readInputs([path])) found.push(item.kind === 'article' ? item.article.source?.line : item.source?.line);
    expect(found).toEqual(lines);
  });
});
