// Damaged web archives: every problem is a diagnostic naming the record, and every record the
// damage does not touch is still read.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { readInputs } from '../src/ingest/read-inputs.js';
import { readWarc } from '../src/ingest/warc-input.js';
import type { InputItem } from '../src/types.js';
import { framelens } from './cli-run.js';
import { articlePage, httpResponse, LONG_PARAGRAPHS, warcRecord } from './web-fixtures.js';

const tmp = mkdtempSync(join(tmpdir(), 'framelens-warc-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
let files = 0;

async function readBytes(ext: string, bytes: Buffer): Promise<InputItem[]> {
  const path = join(tmp, `a${files++}${ext}`);
  writeFileSync(path, bytes);
  const items: InputItem[] = [];
  for await (const item of readInputs([path])) items.push(item);
  return items;
}

const id = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;
const page = (n: number) => warcRecord({ type: 'response', id: id(n), uri: `https://p${n}.example/`, block: httpResponse(articlePage({ title: `Page ${n}`, paragraphs: LONG_PARAGRAPHS })) });
const pages = [1, 2, 3].map(page);
const summary = (items: InputItem[]) => items.map((i) => (i.kind === 'article' ? i.article.id : i.diagnostics.map((d) => `${d.severity} ${d.code}`).join(',')));

/** A record whose Content-Length header says `length` instead of its true length. */
const misLength = (record: Buffer, length: number) => Buffer.from(record.toString('latin1').replace(/Content-Length: \d+/, `Content-Length: ${length}`), 'latin1');
/** gzip with one byte of its CRC-32 trailer changed: inflating works, the check fails. */
function badChecksum(record: Buffer): Buffer {
  const gz = gzipSync(record);
  gz[gz.length - 8] ^= 0xff;
  return gz;
}

describe('damaged WARC archives', () => {
  it.each<[string, string, Buffer, RegExp]>([
    ['a gzip member failing its checksum', '.warc.gz', Buffer.concat([gzipSync(pages[0]!), badChecksum(pages[1]!), gzipSync(pages[2]!)]), /record 2: the gzip member at byte \d+ is damaged/],
    ['a Content-Length too long', '.warc', Buffer.concat([pages[0]!, misLength(pages[1]!, 9000), pages[2]!]), /record 2 at byte \d+: the record does not end where its Content-Length/],
    ['a Content-Length too short', '.warc', Buffer.concat([pages[0]!, misLength(pages[1]!, 500), pages[2]!]), /record 2 at byte \d+: the record does not end where its Content-Length/],
    ['a Content-Length past the end of the file', '.warc', Buffer.concat([pages[0]!, misLength(pages[1]!, 10_000_000), pages[2]!]), /record 2 at byte \d+/],
    ['junk between records', '.warc', Buffer.concat([pages[0]!, Buffer.from('junk\r\n'), pages[2]!]), /record 2 at byte \d+: no WARC record starts here/],
  ])('%s: an error naming the record; the pages around it are read', async (_, ext, bytes, message) => {
    const items = await readBytes(ext, bytes);
    expect(summary(items)).toEqual([id(1), 'error warc-corrupt', id(3)]);
    expect(items[1]!.diagnostics[0]!.message).toMatch(message);
  });

  it('bytes after the last gzip member are an error; every record is read', async () => {
    const items = await readBytes('.warc.gz', Buffer.concat([...pages.map((p) => gzipSync(p)), Buffer.from('junkjunk')]));
    expect(summary(items)).toEqual([id(1), id(2), id(3), 'error warc-corrupt']);
  });

  it.each([['.warc'], ['.warc.gz']])('an empty %s file is an error', async (ext) => {
    expect(summary(await readBytes(ext, Buffer.alloc(0)))).toEqual(['error empty']);
  });

  it('property: a damaged byte in one gzip member loses at most that member’s page', async () => {
    const members = pages.map((p) => gzipSync(p));
    const starts = members.map((_, i) => members.slice(0, i).reduce((n, m) => n + m.length, 0));
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: members.length - 1 }), fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), fc.integer({ min: 1, max: 255 }), async (m, where, flip) => {
        const bytes = Buffer.concat(members);
        bytes[starts[m]! + Math.floor(where * members[m]!.length)] ^= flip;
        const read = summary(await readBytes('.warc.gz', bytes));
        for (const [i] of pages.entries()) if (i !== m) expect(read).toContain(id(i + 1));
        if (!read.includes(id(m + 1))) expect(read.some((s) => s.startsWith('error'))).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});

describe('framelens on a damaged WARC', () => {
  it('prints the diagnostic, keeps the other pages and exits 1', () => {
    const path = join(tmp, 'cli.warc.gz');
    writeFileSync(path, Buffer.concat([gzipSync(pages[0]!), badChecksum(pages[1]!), gzipSync(pages[2]!)]));
    const r = framelens(['extract', path]);
    expect(r.code).toBe(1);
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual([id(1), id(3)]);
    expect(r.stderr).toMatch(/cli\.warc\.gz: record 2: the gzip member at byte \d+ is damaged/);
    expect(r.stderr).not.toMatch(/Content-Length Too Small/);
  });
});

describe('an archive that cannot be read', () => {
  // (A folder named like an archive, read as one: the read fails after the size is known.)
  it.each(['x.warc', 'x.warc.gz'])('%s is one unreadable-path problem, not a crash', async (name) => {
    const path = join(tmp, `dir-${name}`);
    mkdirSync(path);
    const items: InputItem[] = [];
    for await (const item of readWarc(path)) items.push(item);
    expect(summary(items)).toEqual(['error unreadable-path']);
  });
});
