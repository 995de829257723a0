// Input problems that used to pass silently or be misnamed: UTF-16 files, a manifest naming
// files the folder lacks, and two articles with one id.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { flagDuplicateIds } from '../src/ingest/duplicate-ids.js';
import { readInputs } from '../src/ingest/read-inputs.js';
import type { InputItem } from '../src/types.js';
import { tmpFiles } from './tmp-files.js';

const { dir: tmp, fixture } = tmpFiles('framelens-ingest-robust-');

async function collect(items: AsyncIterable<InputItem>): Promise<InputItem[]> {
  const out: InputItem[] = [];
  for await (const item of items) out.push(item);
  return out;
}

const STORY = 'TEHRAN - “We will talk,” Ali Shamkhani said.';
const utf16be = (s: string) => Buffer.from(s, 'utf16le').swap16();

describe('JSON with a UTF-8 byte-order mark (as PowerShell and Excel write it)', () => {
  const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
  it.each<[string, string]>([
    ['bom.jsonl', `{"id":"b1","text":${JSON.stringify(STORY)}}\n{"id":"b2","text":"More."}\n`],
    ['bom.json', `[{"id":"b1","text":${JSON.stringify(STORY)}},{"id":"b2","text":"More."}]`],
  ])('%s: every record is read, the mark is no part of the data', async (name, json) => {
    const items = await collect(readInputs([fixture(`bom/${name}`, Buffer.concat([BOM, Buffer.from(json)]))]));
    expect(items.map((i) => [i.kind, i.kind === 'article' ? i.article.id : i.id, i.diagnostics.length])).toEqual([['article', 'b1', 0], ['article', 'b2', 0]]);
    if (items[0]?.kind === 'article') expect(items[0].article.text).toBe(STORY);
  });
});

describe('inputs with nothing in them', () => {
  it.each<[string, () => string, RegExp]>([
    ['a 0-byte WARC', () => fixture('empty/crawl.warc', ''), /empty file/],
    ['a 0-byte .warc.gz', () => fixture('empty/crawl.warc.gz', ''), /empty file/],
    ['an empty folder', () => join(fixture('empty/folder/.keep', ''), '..'), /holds no file framelens reads/],
    ['a CSV file with only its header', () => fixture('empty/header.csv', 'id,text\n'), /header row but no rows/],
    ['a JSON file holding []', () => fixture('empty/none.json', '[]'), /holds no articles/],
    ['a JSON Lines file of blank lines', () => fixture('empty/blank.jsonl', '\n\n'), /no JSON Lines record/],
  ])('%s is an `empty` error', async (_, make, message) => {
    const items = await collect(readInputs([make()]));
    expect(items.map((i) => i.kind)).toEqual(['unreadable']);
    expect(items[0]!.diagnostics.at(-1)).toMatchObject({ severity: 'error', code: 'empty' });
    expect(items[0]!.diagnostics.at(-1)!.message).toMatch(message);
  });
});

describe('a manifest.json with a UTF-8 byte-order mark', () => {
  it('is read: its outlet reaches the article, with no warning', async () => {
    fixture('bom-manifest/a.txt', STORY);
    fixture('bom-manifest/manifest.json', '\uFEFF[{"file":"a.txt","outlet":"BOM Outlet"}]');
    const [item] = await collect(readInputs([join(tmp, 'bom-manifest')]));
    expect(item).toMatchObject({ kind: 'article', article: { outlet: 'BOM Outlet' }, diagnostics: [] });
  });
});

describe('UTF-16 input', () => {
  it.each<[string, Buffer]>([
    ['little-endian with a BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(STORY, 'utf16le')])],
    ['big-endian with a BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(STORY)])],
  ])('%s is decoded, the BOM dropped like UTF-8’s', async (name, bytes) => {
    const [item] = await collect(readInputs([fixture(`utf16/${name}.txt`, bytes)]));
    expect(item).toMatchObject({ kind: 'article', diagnostics: [] });
    if (item?.kind !== 'article') return;
    expect(item.article.text).toBe(STORY);
  });

  it.each<[string, Buffer, RegExp]>([
    ['little-endian without a BOM', Buffer.from(STORY, 'utf16le'), /UTF-16LE text without a byte-order mark/],
    ['big-endian without a BOM', utf16be(STORY), /UTF-16BE text without a byte-order mark/],
  ])('%s is named as UTF-16, not binary', async (name, bytes, message) => {
    const [item] = await collect(readInputs([fixture(`utf16/${name}.txt`, bytes)]));
    expect(item?.kind).toBe('unreadable');
    expect(item?.diagnostics).toHaveLength(1);
    expect(item?.diagnostics[0]).toMatchObject({ severity: 'error', code: 'utf16-without-bom' });
    expect(item?.diagnostics[0]?.message).toMatch(message);
  });

  it('a BOM followed by an unpaired surrogate is invalid UTF-16', async () => {
    const bytes = Buffer.from([0xff, 0xfe, 0x41, 0x00, 0x00, 0xd8, 0x42, 0x00]);
    const [item] = await collect(readInputs([fixture('utf16/broken.txt', bytes)]));
    expect(item?.diagnostics[0]).toMatchObject({ code: 'invalid-utf16' });
  });
});

describe('a manifest naming files the folder does not hold', () => {
  it('warns once per missing file, with the first item, and reads the rest', async () => {
    const dir = join(tmp, 'manifest-missing');
    fixture('manifest-missing/a.txt', STORY);
    fixture(
      'manifest-missing/manifest.json',
      JSON.stringify([
        { file: 'a.txt', outlet: 'Daily' },
        { file: 'b.txt', outlet: 'Weekly' },
        { file: 'c.txt', outlet: 'Monthly' },
      ]),
    );
    const items = await collect(readInputs([dir]));
    expect(items).toHaveLength(1);
    const [item] = items;
    expect(item).toMatchObject({ kind: 'article', article: { id: 'a', outlet: 'Daily' } });
    expect(item?.diagnostics.map((d) => [d.severity, d.code, d.message])).toEqual([
      ['warning', 'manifest-missing-file', 'manifest names b.txt, which is not a file in the folder'],
      ['warning', 'manifest-missing-file', 'manifest names c.txt, which is not a file in the folder'],
    ]);
    expect(item?.diagnostics[0]?.source?.path).toBe(join(dir, 'manifest.json'));
  });

  it('says nothing when every named file is there', async () => {
    fixture('manifest-complete/a.txt', STORY);
    fixture('manifest-complete/manifest.json', JSON.stringify([{ file: 'a.txt', outlet: 'Daily' }]));
    const [item] = await collect(readInputs([join(tmp, 'manifest-complete')]));
    expect(item?.diagnostics).toEqual([]);
  });
});

describe('duplicate ids', () => {
  it('each repeat of an id gets a warning; every article is still yielded, in order', async () => {
    const lines = ['a', 'b', 'a', 'c', 'a'].map((id, i) => JSON.stringify({ id, text: `Story ${i}.` })).join('\n');
    const path = fixture('dups.jsonl', lines);
    const items = await collect(flagDuplicateIds(readInputs([path])));
    expect(items.map((i) => (i.kind === 'article' ? i.article.id : i.id))).toEqual(['a', 'b', 'a', 'c', 'a']);
    expect(items.map((i) => i.diagnostics.map((d) => `${d.severity} ${d.code}`).join())).toEqual(['', '', 'warning duplicate-id', '', 'warning duplicate-id']);
    expect(items[2]?.diagnostics[0]).toMatchObject({ source: { path, line: 3 }, message: expect.stringMatching(/id "a" is used by an earlier article/) });
  });
});
