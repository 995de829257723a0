import { createReadStream } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { crc32, createInflateRaw, inflateRawSync } from 'node:zlib';

/** ID1, ID2 and CM (deflate): how every gzip member starts. */
const MAGIC = Buffer.from([0x1f, 0x8b, 0x08]);
const FHCRC = 0x02, FEXTRA = 0x04, FNAME = 0x08, FCOMMENT = 0x10;
const HEADER_MAX = 64 * 1024;
// Most headers are 10 bytes: this much is read first, the longest header only if need be.
const HEADER_FIRST = 512;
const STREAM_CHUNK = 16 * 1024;

export type GzipPart =
  /** A member from its first byte; `chunks` are its bytes unpacked and throw when it is damaged
   * or cut off (its checksum is checked before the iteration ends). */
  | { kind: 'member'; offset: number; chunks: AsyncIterable<Buffer> }
  /** Bytes after a whole member that start no member, up to the next member or the end. */
  | { kind: 'junk'; offset: number; end: number };

/**
 * The gzip members of a file one by one, unpacked as streams, so a damaged one loses only itself:
 * after a member that fails, reading goes on at the next gzip header after its start. A `.warc.gz`
 * holds one member per record, so this is reading "at the next record".
 */
export async function* gzipMembers(path: string): AsyncGenerator<GzipPart> {
  const fh = await open(path);
  try {
    const size = (await fh.stat()).size;
    let at = 0;
    while (at < size) {
      const state: { end: number | null } = { end: null };
      yield { kind: 'member', offset: at, chunks: unpackMember(fh, path, at, state) };
      if (state.end !== null && (state.end >= size || (await startsMember(fh, state.end)))) {
        at = state.end;
        continue;
      }
      const next = await findMagic(fh, state.end ?? at + 1, size);
      if (state.end !== null) yield { kind: 'junk', offset: state.end, end: next < 0 ? size : next };
      if (next < 0) return;
      at = next;
    }
  } finally {
    await fh.close();
  }
}

// A member whose bytes fit in this many is unpacked in one call (most records of a .warc.gz are a
// few kilobytes); a longer one is streamed.
const WHOLE_READ = 256 * 1024;

async function* unpackMember(fh: FileHandle, path: string, start: number, state: { end: number | null }): AsyncGenerator<Buffer> {
  const headerLength = await headerLengthAt(fh, start);
  if (headerLength === null) throw new Error('not a gzip header');
  const whole = await readAt(fh, start + headerLength, WHOLE_READ);
  const unpacked = inflatedWhole(whole);
  if (unpacked) {
    checkTrailer(whole.subarray(unpacked.used, unpacked.used + 8), crc32(unpacked.data), unpacked.data.length);
    yield unpacked.data;
    state.end = start + headerLength + unpacked.used + 8;
    return;
  }
  const inflate = createInflateRaw();
  const source = createReadStream(path, { start: start + headerLength, highWaterMark: STREAM_CHUNK });
  source.pipe(inflate);
  // (pipe() passes no error on: a read error would leave the loop below waiting.)
  source.on('error', (e) => inflate.destroy(e));
  let crc = 0;
  let length = 0;
  try {
    for await (const chunk of inflate as AsyncIterable<Buffer>) {
      crc = crc32(chunk, crc);
      length += chunk.length;
      yield chunk;
    }
  } finally {
    source.unpipe(inflate);
    source.destroy();
    inflate.destroy();
  }
  const end = start + headerLength + inflate.bytesWritten;
  checkTrailer(await readAt(fh, end, 8), crc, length);
  state.end = end + 8;
}

/** The member's data and the compressed bytes it used, when its deflate stream ends (with room for
 * its trailer) inside `bytes`; null when it runs past them or is damaged (the stream then tells). */
function inflatedWhole(bytes: Buffer): { data: Buffer; used: number } | null {
  try {
    const { buffer, engine } = inflateRawSync(bytes, { info: true }) as unknown as { buffer: Buffer; engine: { bytesWritten: number } };
    return engine.bytesWritten + 8 <= bytes.length ? { data: buffer, used: engine.bytesWritten } : null;
  } catch {
    return null;
  }
}

function checkTrailer(trailer: Buffer, crc: number, length: number): void {
  if (trailer.length < 8) throw new Error('cut off before its checksum');
  if (trailer.readUInt32LE(0) !== crc || trailer.readUInt32LE(4) !== length % 2 ** 32) throw new Error('checksum mismatch: the data is damaged');
}

/** Length of the gzip header at the start of `head` (RFC 1952 §2.3), or null when it is none. */
function gzipHeaderLength(head: Buffer): number | null {
  if (head.length < 10 || !head.subarray(0, 3).equals(MAGIC) || (head[3]! & 0xe0) !== 0) return null;
  const flags = head[3]!;
  let at = 10;
  if (flags & FEXTRA) {
    if (head.length < at + 2) return null;
    at += 2 + head.readUInt16LE(at);
  }
  for (const flag of [FNAME, FCOMMENT]) {
    if (!(flags & flag)) continue;
    const nul = head.indexOf(0, at);
    if (nul < 0) return null;
    at = nul + 1;
  }
  if (flags & FHCRC) at += 2;
  return at <= head.length ? at : null;
}

// Reads go through one window of the file per handle: the reads of a member (its header, its bytes,
// its trailer, the next header) are then mostly one read of the disk, not four waits for it.
const WINDOW = 1 << 20;
const windows = new WeakMap<FileHandle, { start: number; bytes: Buffer; atEnd: boolean }>();
async function readAt(fh: FileHandle, position: number, length: number): Promise<Buffer> {
  const w = windows.get(fh);
  if (w && position >= w.start && (position + length <= w.start + w.bytes.length || w.atEnd)) {
    return w.bytes.subarray(position - w.start, Math.min(w.bytes.length, position - w.start + length));
  }
  const size = Math.max(length, WINDOW);
  const buf = Buffer.allocUnsafe(size);
  const { bytesRead } = await fh.read(buf, 0, size, position);
  windows.set(fh, { start: position, bytes: buf.subarray(0, bytesRead), atEnd: bytesRead < size });
  return buf.subarray(0, Math.min(bytesRead, length));
}

/** The gzip header's length at `at`, or null: a short read first, the longest header if need be. */
async function headerLengthAt(fh: FileHandle, at: number): Promise<number | null> {
  const head = await readAt(fh, at, HEADER_FIRST);
  const length = gzipHeaderLength(head);
  return length !== null || head.length < HEADER_FIRST || !head.subarray(0, 3).equals(MAGIC) ? length : gzipHeaderLength(await readAt(fh, at, HEADER_MAX));
}

async function startsMember(fh: FileHandle, at: number): Promise<boolean> {
  return (await headerLengthAt(fh, at)) !== null;
}

/** Offset of the next gzip header at or after `from`, or -1. */
async function findMagic(fh: FileHandle, from: number, size: number): Promise<number> {
  const chunk = 1 << 16;
  for (let at = from; at < size; at += chunk - (MAGIC.length - 1)) {
    const buf = await readAt(fh, at, chunk);
    for (let i = buf.indexOf(MAGIC); i >= 0; i = buf.indexOf(MAGIC, i + 1)) {
      if (await startsMember(fh, at + i)) return at + i;
    }
    if (buf.length < chunk) break;
  }
  return -1;
}
