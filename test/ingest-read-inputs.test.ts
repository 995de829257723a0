import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readInputs } from '../src/ingest/read-inputs.js';
import type { InputItem } from '../src/types.js';
import { tmpFiles } from './tmp-files.js';
import { articlePage, httpResponse, LONG_PARAGRAPHS, warcRecord } from './web-fixtures.js';

const shared = (p: string): string => fileURLToPath(new URL(`../../shared/${p}`, import.meta.url));
const { dir: tmp, fixture } = tmpFiles('framelens-ingest-');

async function read(paths: string[], stdin?: string | Buffer): Promise<InputItem[]> {
  const items: InputItem[] = [];
  const opts = stdin === undefined ? {} : { stdin: Readable.from([typeof stdin === 'string' ? Buffer.from(stdin) : stdin]) };
  for await (const item of readInputs(paths, opts)) items.push(item);
  return items;
}

const summary = (items: InputItem[]) =>
  items.map((i) => (i.kind === 'article' ? `article ${i.article.id}` : `unreadable ${i.id} ${i.diagnostics.map((d) => d.code).join(',')}`));

describe('readInputs: bad input is reported and the rest still read', () => {
  it.each<[string, string | Uint8Array, string]>([
    ['binary.txt', Buffer.from([0x49, 0x00, 0x01, 0x02, 0x6e]), 'binary'],
    ['latin1.txt', Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6c, 0xe9]), 'invalid-utf8'],
    ['empty.txt', '', 'empty'],
    ['blank.txt', ' \n\n \t', 'empty'],
  ])('%s → %s', async (name, content, code) => {
    const bad = fixture(`bad/${name}`, content);
    const good = fixture('bad/good.txt', 'TEHRAN - A story.');
    const items = await read([bad, good]);
    expect(summary(items)).toEqual([`unreadable ${name.replace(/\.txt$/, '')} ${code}`, 'article good']);
    expect(items[0]!.diagnostics[0]).toMatchObject({ severity: 'error', source: { path: bad } });
  });

  it('a missing path', async () => {
    const good = fixture('missing/good.txt', 'A story.');
    const items = await read([join(tmp, 'missing/nope.txt'), good]);
    expect(summary(items)).toEqual(['unreadable nope unreadable-path', 'article good']);
  });

  it('a JSON Lines file with a malformed line, a line without text and a line without id', async () => {
    const path = fixture(
      'lines.jsonl',
      [
        '{"id": "a", "text": "First story.", "outlet": "Daily", "published": "2020-01-01", "extra": 1}',
        '{"id": "b", "text": "unterminated',
        '',
        '{"id": 7, "text": "Numeric id.", "source": "Breitbart"}',
        '{"id": "c"}',
        '{"text": "no id"}',
        '["not an object"]',
        '{"id": "d", "text": "Last story.", "source": {"name": "x"}}',
      ].join('\n'),
    );
    const items = await read([path]);
    expect(summary(items)).toEqual([
      'article a',
      'unreadable lines:2 jsonl-parse',
      'article 7',
      'unreadable c record-missing-text',
      'article lines:6',
      'unreadable lines:7 record-not-object',
      'article d',
    ]);
    expect(items[1]!.diagnostics[0]!.source).toEqual({ path, line: 2 });
    expect(items[1]!.diagnostics[0]!.message).toMatch(/^line 2:/);
    const [a, , seven, , , , d] = items.map((i) => (i.kind === 'article' ? i.article : null));
    expect(a).toMatchObject({ id: 'a', outlet: 'Daily', published: '2020-01-01', source: { path, line: 1 } });
    expect(seven?.outlet).toBe('Breitbart'); // `source` as outlet when it is a string
    expect(d?.outlet).toBeNull(); // ... and not when it is not
  });

  it.each<[string, string | null | undefined]>([
    ['"AP"', 'AP'],
    ['"reuters"', 'Reuters'],
    ['"Agence France-Presse"', 'AFP'],
    ['"NA"', null],
    ['null', undefined],
    ['"Some Local Wire"', 'Some Local Wire'],
  ])('wire %s in a record is read as %s', async (raw, wire) => {
    const path = fixture('wire.jsonl', `{"id":"w","text":"A story.","wire":${raw}}\n`);
    const [item] = await read([path]);
    expect(item?.kind === 'article' ? item.article.wire : 'unreadable').toBe(wire);
  });

  it('invalid UTF-8 on one JSON Lines line', async () => {
    const path = fixture('mixed.jsonl', Buffer.concat([Buffer.from('{"id":"x","text":"caf'), Buffer.from([0xe9]), Buffer.from('"}\n{"id":"y","text":"ok"}\n')]));
    expect(summary(await read([path]))).toEqual(['unreadable mixed:1 invalid-utf8', 'article y']);
  });
});

describe('readInputs: sources', () => {
  it('a folder: sorted by name, manifest applied, manifest and hidden files skipped', async () => {
    fixture('folder/b.txt', 'Second.');
    fixture('folder/a.txt', 'First.');
    fixture('folder/.hidden.txt', 'Never.');
    fixture('folder/manifest.json', JSON.stringify([{ file: 'a.txt', outlet: 'Daily', published: '2020-01-02', wire: 'AFP' }]));
    const items = await read([join(tmp, 'folder')]);
    expect(summary(items)).toEqual(['article a', 'article b']);
    expect(items[0]).toMatchObject({ article: { outlet: 'Daily', published: '2020-01-02', wire: 'AFP' } });
    expect(items[1]).toMatchObject({ article: { outlet: null } });
  });

  it('a folder with a broken manifest still yields its files, with a warning', async () => {
    fixture('broken/a.txt', 'First.');
    fixture('broken/manifest.json', '{not json');
    const items = await read([join(tmp, 'broken')]);
    expect(summary(items)).toEqual(['article a']);
    expect(items[0]!.diagnostics).toMatchObject([{ severity: 'warning', code: 'manifest-invalid' }]);
  });

  it('the seed folder with its manifest', async () => {
    const items = await read([shared('corpus/seeds')]);
    expect(items.map((i) => (i.kind === 'article' ? [i.article.id, i.article.outlet, i.article.wire ?? null] : i.id))).toEqual([
      ['000_57b81a7a0a24d8a2', 'Mehr News Agency', null],
      ['001_30beac73dfb0ad23', 'Al-Alam', null],
      ['002_c7a545a4ddec3c56', 'Iran Focus', 'AFP'],
    ]);
  });

  it('the gold file as JSON Lines, texts identical to the seed files', async () => {
    const items = await read([shared('gold/seeds.quotes.jsonl'), shared('corpus/seeds/000_57b81a7a0a24d8a2.txt')]);
    expect(items.map((i) => i.kind)).toEqual(['article', 'article', 'article', 'article']);
    const [fromJsonl, , , fromFile] = items.map((i) => (i.kind === 'article' ? i.article : null));
    expect(fromJsonl!.text).toBe(fromFile!.text);
    expect(fromJsonl!.outlet).toBe('Mehr News Agency');
  });

  it('a folder holding JSON Lines, a JSON array and a subfolder (entered in name order)', async () => {
    fixture('mixed/1.jsonl', '{"id":"j1","text":"One."}\n{"id":"j2","text":"Two."}\n');
    fixture('mixed/2.json', JSON.stringify([{ id: 'k1', text: 'Three.' }, { id: 'k2' }]));
    fixture('mixed/sub/3.txt', 'Read after 4.txt.');
    fixture('mixed/4.txt', 'Four.');
    expect(summary(await read([join(tmp, 'mixed')]))).toEqual(['article j1', 'article j2', 'article k1', 'unreadable k2 record-missing-text', 'article 4', 'article 3']);
  });

  it('inputs in the order given', async () => {
    const one = fixture('order/z.txt', 'Z.');
    const two = fixture('order/a.jsonl', '{"id":"j1","text":"J."}\n');
    expect(summary(await read([one, two, one]))).toEqual(['article z', 'article j1', 'article z']);
  });

  it('CRLF is kept and a BOM dropped: the text and its offsets are those of the file without one', async () => {
    const [item] = await read([fixture('crlf.txt', '\ufeffHeadline\r\n\r\nBody text.\r\n')]);
    const [plain] = await read([fixture('crlf-plain.txt', 'Headline\r\n\r\nBody text.\r\n')]);
    expect(item).toMatchObject({ kind: 'article', article: { id: 'crlf', text: 'Headline\r\n\r\nBody text.\r\n' } });
    expect(item?.kind === 'article' && item.article.text).toBe(plain?.kind === 'article' && plain.article.text);
  });

  it.each<[string, string | Buffer, string[]]>([
    ['plain text on stdin', 'A story read from stdin.', ['article stdin']],
    ['JSON Lines on stdin', '  \n{"id":"s1","text":"One."}\n{"id":"s2","text":"Two."}\n', ['article s1', 'article s2']],
    ['empty stdin', '', ['unreadable stdin empty']],
    ['CSV on stdin', 'id,text\nc1,"One, with a comma."\nc2,Two.\n', ['article c1', 'article c2']],
    ['a text whose first line has commas but names no text column', 'Ankara, Tehran, Baghdad\nA story.', ['article stdin']],
    ['… nor a first line of prose whose first word names one (`Body, soul and politics`)', 'Body, soul and politics\n\nThe senator said so.', ['article stdin']],
    [
      'a WARC on stdin',
      warcRecord({ type: 'response', id: 'w1', uri: 'https://w.example/', block: httpResponse(articlePage({ title: 'Wired', paragraphs: LONG_PARAGRAPHS })) }),
      ['article w1'],
    ],
  ])('%s', async (_name, input, expected) => {
    expect(summary(await read(['-'], input))).toEqual(expected);
  });

  it('stdin JSON Lines arriving in several chunks', async () => {
    const chunks = ['{"id":"c1","te', 'xt":"One."}\n{"id":', '"c2","text":"Two."}'].map((s) => Buffer.from(s));
    const items: InputItem[] = [];
    for await (const item of readInputs(['-'], { stdin: Readable.from(chunks) })) items.push(item);
    expect(summary(items)).toEqual(['article c1', 'article c2']);
  });
});

describe('readInputs: framelens’s own reports in a folder', () => {
  it('skips a page with framelens’s generator tag and a text ending in its reproducibility line, with a warning', async () => {
    fixture('own/article.txt', 'The mayor said the framelens project was “a success”.\n\nframelens is a tool.');
    fixture('own/page.html', '<!doctype html><html><head><meta charset="utf-8">\n<meta name="generator" content="framelens">\n<title>Worksheet</title></head><body><p>Answers.</p></body></html>');
    fixture('own/worksheet.md', '# Worksheet\n\nQuestions.\n\nframelens 0.1.0 · lexicons built-in (2026-12-03), sha256 fc1689a5a33be49d · framelens\nreport articles --teach --out articles/worksheet.md\n');
    const items = await read([join(tmp, 'own')]);
    // (Diagnostics after the last article come as an item of their own.)
    expect(summary(items)).toEqual(['article article', 'unreadable own own-output,own-output']);
    expect(items.flatMap((i) => i.diagnostics.map((d) => `${d.code} ${d.source?.path}`))).toEqual([`own-output ${join(tmp, 'own/page.html')}`, `own-output ${join(tmp, 'own/worksheet.md')}`]);
  });
});

describe('readInputs: bytes read, for the progress bar', () => {
  it('adds up to the files read: each JSON Lines record with its line end, other files whole', async () => {
    const lines = ['{"id":"a","text":"One sentence.","extra":"a field the analysis never reads"}', '{"id":"b","text":"Two."}'].join('\n') + '\n';
    const paths = [fixture('feed.jsonl', lines), fixture('note.txt', 'A plain article.\n')];
    const seen: number[] = [];
    for await (const _item of readInputs(paths, { onRead: (n) => seen.push(n) })) void _item;
    expect(seen.reduce((a, b) => a + b, 0)).toBe(Buffer.byteLength(lines) + Buffer.byteLength('A plain article.\n'));
    expect(seen).toHaveLength(3);
  });
});
