// JSON Lines in UTF-16 with a byte-order mark (as Windows tools write "Unicode") are decoded whole
// before they are split into lines: every record is read, little- or big-endian.
import { describe, expect, it } from 'vitest';
import { readInputs } from '../src/ingest/read-inputs.js';
import { tmpFiles } from './tmp-files.js';

const { fixture } = tmpFiles('framelens-utf16-lines-');
const LINES = '{"id":"a","text":"Café one."}\r\n{"id":"b","text":"Two “quoted”."}\n\n{"id":"c","text":"Three 😀."}\n';
const be = (s: string) => Buffer.from(s, 'utf16le').swap16();

describe('UTF-16 JSON Lines', () => {
  it.each([
    ['LE', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(LINES, 'utf16le')])],
    ['BE', Buffer.concat([Buffer.from([0xfe, 0xff]), be(LINES)])],
  ])('%s: every record, lines numbered as written', async (name, bytes) => {
    const got: string[] = [];
    for await (const item of readInputs([fixture(`${name}.jsonl`, bytes)])) {
      got.push(item.kind === 'article' ? `${item.article.id}@${item.article.source?.line}: ${item.article.text}` : item.diagnostics[0]!.message);
    }
    expect(got).toEqual(['a@1: Café one.', 'b@2: Two “quoted”.', 'c@4: Three 😀.']);
  });
});
