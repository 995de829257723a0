import { mkdtempSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { readInputs, type ReadOptions } from '../src/ingest/read-inputs.js';
import type { InputItem } from '../src/types.js';
import { WEB, articlePage, gzipMembers, httpResponse, LONG_PARAGRAPHS, warcRecord } from './web-fixtures.js';

const tmp = mkdtempSync(join(tmpdir(), 'framelens-web-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function write(name: string, content: string | Uint8Array): string {
  const path = join(tmp, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
  return path;
}

async function read(paths: string[], opts: ReadOptions = {}): Promise<InputItem[]> {
  const items: InputItem[] = [];
  for await (const item of readInputs(paths, opts)) items.push(item);
  return items;
}

const summary = (items: InputItem[]) =>
  items.map((i) => (i.kind === 'article' ? `article ${i.article.id}` : `unreadable ${i.diagnostics.map((d) => d.code).join(',')}`));
const codes = (items: InputItem[]) => items.flatMap((i) => i.diagnostics.map((d) => d.code));
const articles = (items: InputItem[]) => items.flatMap((i) => (i.kind === 'article' ? [i.article] : []));

describe('web pages', () => {
  it('a page becomes one article with its segments and metadata; a .html.gz reads the same', async () => {
    const html = readFileSync(join(WEB, 'pages/harbour-vote.html'));
    const gz = write('gz/harbour-vote.html.gz', gzipSync(html));
    const [plain] = articles(await read([join(WEB, 'pages/harbour-vote.html')]));
    const [packed] = articles(await read([gz]));
    expect(plain).toMatchObject({ id: 'harbour-vote', outlet: 'The Coastal Ledger', published: '2031-03-04T09:30:00Z', language: 'en-GB' });
    expect(plain!.segments!.map((s) => s.kind)).toContain('body');
    expect(packed!.id).toBe('harbour-vote');
    expect(packed!.text).toBe(plain!.text);
  });

  it('decodes the charset the page declares', async () => {
    const latin = Buffer.concat([
      Buffer.from('<html><head><meta charset="windows-1252"><title>x</title></head><body><article><h1>Caf'),
      Buffer.from([0xe9]),
      Buffer.from(` reopens</h1><p>${LONG_PARAGRAPHS.join('</p><p>')}</p></article></body></html>`),
    ]);
    const [a] = articles(await read([write('latin.html', latin)]));
    expect(a!.text).toContain('Café reopens');
  });

  const quoted = `<h1>Caf\u00e9 reopens</h1><p>\u201cIt is a relief,\u201d said the mayor \u2013 at last.</p><p>${LONG_PARAGRAPHS.join('</p><p>')}</p>`;
  it.each<[string, Buffer]>([
    ['windows-1252', Buffer.from(`<html><head><meta charset="windows-1252"></head><body><article>${quoted}</article></body></html>`.replace(/[\u201c\u201d\u2013]/g, (c) => ({ '\u201c': '\x93', '\u201d': '\x94', '\u2013': '\x96' })[c]!), 'latin1')],
    ['iso-8859-1 (windows-1252 on the web)', Buffer.from(`<html><head><meta charset="iso-8859-1"></head><body><article>${quoted}</article></body></html>`.replace(/[\u201c\u201d\u2013]/g, (c) => ({ '\u201c': '\x93', '\u201d': '\x94', '\u2013': '\x96' })[c]!), 'latin1')],
    ['UTF-16LE with a BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`<html><body><article>${quoted}</article></body></html>`, 'utf16le')])],
    ['UTF-16BE with a BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(`<html><body><article>${quoted}</article></body></html>`, 'utf16le').swap16()])],
  ])('%s: curly quotes and accents are decoded', async (name, bytes) => {
    const items = await read([write(`charset/${name.replace(/\W+/g, '-')}.html`, bytes)]);
    expect(items[0]!.diagnostics).toEqual([]);
    expect(articles(items)[0]!.text).toContain('Caf\u00e9 reopens\n\n\u201cIt is a relief,\u201d said the mayor \u2013 at last.');
  });

  const cp1252 = (html: string) => Buffer.from(html.replace(/[\u201c\u201d\u2013]/g, (c) => ({ '\u201c': '\x93', '\u201d': '\x94', '\u2013': '\x96' })[c]!), 'latin1');
  it.each<[string, Buffer, string, string[]]>([
    ['no charset, not valid UTF-8: windows-1252, as browsers read it, with a note', cp1252(`<html><body><article>${quoted}</article></body></html>`), 'Caf\u00e9 reopens\n\n\u201cIt is a relief,\u201d', ['info charset-guessed']],
    ['no charset, valid UTF-8: UTF-8, no note', Buffer.from(`<html><body><article>${quoted}</article></body></html>`), 'Caf\u00e9 reopens\n\n\u201cIt is a relief,\u201d', []],
    ['UTF-8 declared but not valid: replaced, with a warning', cp1252(`<html><head><meta charset="utf-8"></head><body><article>${quoted}</article></body></html>`), 'Caf\ufffd reopens', ['warning invalid-encoding']],
  ])('%s', async (name, bytes, text, notes) => {
    const items = await read([write(`charset/${name.replace(/\W+/g, '-').slice(0, 40)}.html`, bytes)]);
    expect(items[0]!.diagnostics.map((d) => `${d.severity} ${d.code}`)).toEqual(notes);
    expect(articles(items)[0]!.text).toContain(text);
  });

  it('a manifest entry wins over the page’s own outlet', async () => {
    write('manifested/p.html', articlePage({ title: 'Night buses', site: 'Page Site', paragraphs: LONG_PARAGRAPHS }));
    write('manifested/manifest.json', JSON.stringify([{ file: 'p.html', outlet: 'Manifest Outlet' }]));
    expect(articles(await read([join(tmp, 'manifested')]))[0]!.outlet).toBe('Manifest Outlet');
  });

  it('a .gz that is not gzip is a diagnostic', async () => {
    expect(summary(await read([write('bad.html.gz', 'plain bytes')]))).toEqual(['unreadable invalid-gzip']);
  });
});

describe('folders', () => {
  it('reads known formats, skips others with a warning, and follows symlinks once (loops skipped)', async () => {
    const dir = join(tmp, 'tree');
    write('tree/a.txt', 'VALLEYTOWN - The bridge reopened.');
    write('tree/image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    write('tree/sub/b.html', articlePage({ title: 'Night buses', paragraphs: LONG_PARAGRAPHS }));
    write('elsewhere/c.txt', 'HILLTOWN - The pass reopened.');
    symlinkSync(join(tmp, 'elsewhere/c.txt'), join(dir, 'linked.txt'));
    symlinkSync(dir, join(dir, 'sub/loop'));
    symlinkSync(join(tmp, 'nowhere'), join(dir, 'broken.txt'));
    write('tree/saved_files/frame.html', articlePage({ title: 'An ad frame', paragraphs: LONG_PARAGRAPHS }));
    const items = await read([dir]);
    expect(summary(items)).toEqual(['article a', 'article linked', 'article b']);
    expect(codes(items).sort()).toEqual(['broken-symlink', 'skipped-file', 'skipped-folder', 'symlink-loop']);
    const skipped = items.flatMap((i) => i.diagnostics).find((d) => d.code === 'skipped-file')!;
    expect(skipped.source?.path).toBe(join(dir, 'image.png'));
    expect(skipped.message).toContain('.png');
  });

  it('the fixture folder: the page, the text file, and the PDF named as skipped', async () => {
    const items = await read([join(WEB, 'pages')]);
    expect(summary(items)).toEqual(['article harbour-vote', 'article manifest-note']);
    expect(codes(items)).toEqual(['skipped-file']);
  });
});

describe('WARC archives', () => {
  const page = (title: string) => httpResponse(articlePage({ title, site: `${title} Times`, paragraphs: LONG_PARAGRAPHS }));
  const records = [
    warcRecord({ type: 'warcinfo', id: '00000000-0000-4000-8000-000000000000', block: Buffer.from('software: test\r\n') }),
    warcRecord({ type: 'request', id: '00000000-0000-4000-8000-000000000001', uri: 'https://first.example/a', block: Buffer.from('GET /a HTTP/1.1\r\nHost: first.example\r\n\r\n') }),
    warcRecord({ type: 'response', id: '00000000-0000-4000-8000-000000000002', uri: 'https://first.example/a', block: page('First') }),
    warcRecord({ type: 'metadata', id: '00000000-0000-4000-8000-000000000003', uri: 'https://first.example/a', block: Buffer.from('fetchTimeMs: 12\r\n') }),
    warcRecord({ type: 'response', id: '00000000-0000-4000-8000-000000000004', uri: 'https://first.example/logo.png', block: httpResponse(Buffer.from([1, 2, 3]), 'image/png') }),
    warcRecord({ type: 'response', id: '00000000-0000-4000-8000-000000000005', uri: 'https://two.example/b', block: httpResponse(gzipSync(articlePage({ title: 'Second', paragraphs: LONG_PARAGRAPHS })), 'text/html', ['Content-Encoding: gzip']) }),
  ];
  const third = warcRecord({ type: 'response', id: '00000000-0000-4000-8000-000000000006', uri: 'https://three.example/c', block: page('Third') });

  it.each<[string, Buffer]>([
    ['.warc.gz', gzipMembers(records)],
    ['.warc', Buffer.concat(records)],
  ])('%s: each HTML response is an article with its record id and url; other records are skipped', async (ext, bytes) => {
    const items = await read([write(`crawl${ext}`, bytes)]);
    expect(items.map((i) => (i.kind === 'article' ? [i.article.id, i.article.url, i.article.outlet] : i.diagnostics[0]!.code))).toEqual([
      ['00000000-0000-4000-8000-000000000002', 'https://first.example/a', 'First Times'],
      ['00000000-0000-4000-8000-000000000005', 'https://two.example/b', 'two.example'],
    ]);
    expect(articles(items)[1]!.text).toContain('Lena Ostrova');
  });

  it.each<[string, Buffer, string]>([
    ['.warc.gz', gzipMembers([...records, third]), 'warc-corrupt'],
    ['.warc', Buffer.concat([...records, third]), 'warc-truncated'],
  ])('%s cut short: the last record is a diagnostic (%s), the records before it are read', async (ext, whole, code) => {
    const items = await read([write(`cut${ext}`, whole.subarray(0, whole.length - 300))]);
    expect(summary(items)).toEqual([
      'article 00000000-0000-4000-8000-000000000002',
      'article 00000000-0000-4000-8000-000000000005',
      `unreadable ${code}`,
    ]);
  });

  it('a corrupt gzip member in the middle is a diagnostic and the records after it are still read', async () => {
    const broken = gzipSync(records[2]!);
    const bytes = Buffer.concat([gzipSync(records[0]!), broken.subarray(0, broken.length >> 1), gzipSync(records[5]!), gzipSync(third)]);
    const items = await read([write('corrupt.warc.gz', bytes)]);
    expect(summary(items)).toEqual([
      'unreadable warc-corrupt',
      'article 00000000-0000-4000-8000-000000000005',
      'article 00000000-0000-4000-8000-000000000006',
    ]);
  });

  const response = (n: number, uri: string, block: Buffer) => warcRecord({ type: 'response', id: `00000000-0000-4000-8000-0000000001${String(n).padStart(2, '0')}`, uri, block });
  const errorPage = (status: string) => httpResponse(`<html><head><title>${status}</title></head><body><h1>${status}</h1><p>The document is not here.</p></body></html>`, 'text/html', [], status);
  it.each<[string, Buffer[], string[], string[]]>([
    ['a redirect and a 404 are skipped with a note', [response(1, 'https://one.example/old', errorPage('301 Moved Permanently')), response(2, 'https://one.example/gone', errorPage('404 Not Found')), response(3, 'https://one.example/a', page('First'))], ['article 00000000-0000-4000-8000-000000000103'], ['info warc-http-status record 1: HTTP 301 Moved Permanently; skipped', 'info warc-http-status record 2: HTTP 404 Not Found; skipped']],
    ['a 2xx other than 200 is read', [response(1, 'https://one.example/a', httpResponse(articlePage({ title: 'First', paragraphs: LONG_PARAGRAPHS }), 'text/html', [], '203 Non-Authoritative Information'))], ['article 00000000-0000-4000-8000-000000000101'], []],
    ['a second capture of a URL is skipped with a warning naming the first', [response(1, 'https://one.example/a', page('First')), response(2, 'https://one.example/a', page('First, updated'))], ['article 00000000-0000-4000-8000-000000000101', 'unreadable warc-duplicate'], ['warning warc-duplicate record 2: a second capture of https://one.example/a; kept the first, record 1 (id 00000000-0000-4000-8000-000000000101), and skipped this one']],
    ['the same page under another URL is skipped with a warning', [response(1, 'https://one.example/a', page('First')), response(2, 'https://one.example/a?utm=x', page('First')), response(3, 'https://one.example/b', page('Second'))], ['article 00000000-0000-4000-8000-000000000101', 'article 00000000-0000-4000-8000-000000000103'], ['warning warc-duplicate record 2: the same page as record 1 (https://one.example/a, id 00000000-0000-4000-8000-000000000101); kept that one and skipped this one']],
    ['notes after the last page come in an item of the archive', [response(1, 'https://one.example/a', page('First')), response(2, 'https://one.example/old', errorPage('302 Found'))], ['article 00000000-0000-4000-8000-000000000101', 'unreadable warc-http-status'], ['info warc-http-status record 2: HTTP 302 Found; skipped']],
  ])('%s', async (_, recs, kept, notes) => {
    const items = await read([write('captures.warc.gz', gzipMembers(recs))]);
    expect(summary(items)).toEqual(kept);
    expect(items.flatMap((i) => i.diagnostics.map((d) => `${d.severity} ${d.code} ${d.message}`))).toEqual(notes);
  });

  it('an archive without HTML pages says so', async () => {
    const items = await read([write('none.warc.gz', gzipMembers(records.slice(0, 2)))]);
    expect(codes(items)).toEqual(['warc-no-pages']);
  });
});

describe('exports', () => {
  it('CSV: columns recognised by name, quoted newlines kept, an empty text row reported', async () => {
    const items = await read([join(WEB, 'export.csv')]);
    expect(summary(items)).toEqual(['article c-1', 'article c-2', 'unreadable empty']);
    const [first, second] = articles(items);
    expect(first).toMatchObject({ outlet: 'Valley Post', title: 'Bridge reopens after repairs', published: '2031-04-01', url: 'https://valley.example.org/bridge' });
    expect(first!.text).toBe('The bridge reopened on Friday.\n"It is a relief," said the mayor, Ines Hart.\nTraffic returned to normal by noon, officials said.');
    expect(second!.outlet).toBe('Valley Post, Weekend');
  });

  it('CSV: --column overrides a recognised name; a file without a text column names its columns', async () => {
    const path = write('custom.csv', 'ref,words,notes\nr1,"The pass reopened, the agency said.",the body is in words\n');
    expect(summary(await read([path]))).toEqual(['unreadable csv-no-text-column']);
    const items = await read([path], { columns: { text: 'words', id: 'ref' } });
    expect(articles(items).map((a) => [a.id, a.text])).toEqual([['r1', 'The pass reopened, the agency said.']]);
  });

  it('news-please JSON and JSON Lines: maintext, title, date_publish, source_domain, url', async () => {
    const items = await read([join(WEB, 'news-please.json'), join(WEB, 'news-please-lines.jsonl')]);
    expect(articles(items).map((a) => [a.id, a.outlet, a.title, a.published, a.url])).toEqual([
      ['news-please:1', 'valley.example.org', 'Library to open on Sundays', '2031-04-04 08:15:00', 'https://valley.example.org/library'],
      ['news-please-lines:1', 'hills.example.net', 'Pass closed by snow', '2031-01-09 06:00:00', 'https://hills.example.net/pass'],
      ['news-please-lines:2', 'hills.example.net', 'Pass reopens', '2031-01-09 12:00:00', 'https://hills.example.net/pass-open'],
    ]);
    expect(articles(items)[0]!.text).toContain('said the librarian, Pol Varga');
  });
});
