// A streamed input as UTF-8 bytes, for the readers that split it (JSON Lines, CSV): UTF-16 with a
// byte-order mark is decoded whole and given as UTF-8 (splitting its bytes at 0x0a would cut
// characters in half), and UTF-8 can be checked as it passes, with the offset of a bad byte.
import { decodeText, firstInvalidUtf8, utf16Bom } from './decode-text.js';

/** Why the bytes are not text: the diagnostic code and message decodeText gives a whole file. */
export class EncodingProblem extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The chunks as UTF-8: UTF-16 (with its BOM) transcoded; anything else passed on, and when `check`
 * also checked (NUL bytes or invalid UTF-8 throw an EncodingProblem).
 */
export async function* asUtf8(chunks: AsyncIterable<Buffer | string> | Iterable<Buffer>, check: boolean): AsyncGenerator<Buffer> {
  let first = true;
  let utf16: TextDecoder | null = null;
  let carry: Buffer = Buffer.alloc(0);
  let offset = 0; // of `carry`'s first byte in the input
  for await (const chunk of chunks) {
    let buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    if (first) {
      first = false;
      const bom = utf16Bom(buf);
      if (bom) utf16 = new TextDecoder(bom === 'UTF-16LE' ? 'utf-16le' : 'utf-16be', { fatal: true });
      else if (check && buf.includes(0)) {
        const decoded = decodeText(buf, '');
        throw new EncodingProblem(decoded.ok ? 'binary' : decoded.diagnostic.code, decoded.ok ? 'binary data (NUL bytes)' : decoded.diagnostic.message);
      }
    }
    if (utf16) {
      try {
        yield Buffer.from(utf16.decode(buf, { stream: true }), 'utf8');
      } catch {
        throw new EncodingProblem('invalid-utf16', 'not valid UTF-16 after its byte-order mark');
      }
      continue;
    }
    if (!check) {
      yield buf;
      continue;
    }
    buf = carry.length > 0 ? Buffer.concat([carry, buf]) : buf;
    const end = completeUpTo(buf);
    const whole = buf.subarray(0, end);
    if (buf.includes(0)) throw new EncodingProblem('binary', 'binary data (NUL bytes): not a text file');
    try {
      utf8.decode(whole);
    } catch {
      const at = firstInvalidUtf8(whole);
      throw new EncodingProblem('invalid-utf8', `not valid UTF-8 at byte offset ${offset + at} (0x${whole[at]!.toString(16).padStart(2, '0')})`);
    }
    offset += end;
    carry = buf.subarray(end);
    yield whole;
  }
  if (utf16) {
    const rest = utf16.decode();
    if (rest) yield Buffer.from(rest, 'utf8');
  } else if (carry.length > 0) {
    const at = firstInvalidUtf8(carry);
    throw new EncodingProblem('invalid-utf8', `not valid UTF-8 at byte offset ${offset + Math.max(at, 0)} (0x${carry[Math.max(at, 0)]!.toString(16).padStart(2, '0')})`);
  }
}

/** Where the last UTF-8 sequence that may still go on in the next chunk starts (else the end). */
function completeUpTo(buf: Buffer): number {
  for (let back = 1; back <= 3 && back <= buf.length; back++) {
    const b = buf[buf.length - back]!;
    if (b < 0x80) return buf.length;
    if (b >= 0xc0) {
      const length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
      return length > back ? buf.length - back : buf.length;
    }
  }
  return buf.length;
}
