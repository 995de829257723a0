import { ByteReader } from './byte-reader.js';
import { addHeaderLine } from './http-payload.js';

/** A WARC record: its named header fields (names in lower case) and its content block. */
export interface WarcRecord {
  kind: 'record';
  /** Byte offset of the record in the stream read. */
  offset: number;
  headers: Map<string, string>;
  block: Buffer;
}

/** A stretch of the stream that is no readable record. */
export interface WarcProblem {
  kind: 'problem';
  offset: number;
  code: 'warc-corrupt' | 'warc-truncated';
  message: string;
}

const HEADER_LINE_MAX = 64 * 1024;
const END_OF_RECORD = Buffer.from('\r\n\r\n');
const RECORD_START = Buffer.from('WARC/');
/** A record header line at the start of a line, where reading resumes after a broken record. */
const NEXT_RECORD = Buffer.from('\nWARC/');

/**
 * The records of a WARC stream (ISO 28500: version line, header fields, blank line,
 * Content-Length bytes of content, then CRLF CRLF). A record that does not end where its
 * Content-Length says, or has none, is a problem, and reading goes on at the next line after its
 * header that starts a record; a record cut off by the end of the stream is the last problem.
 */
export async function* warcRecords(chunks: AsyncIterable<Buffer>): AsyncGenerator<WarcRecord | WarcProblem> {
  const reader = new ByteReader(chunks[Symbol.asyncIterator]());
  const resync = async (): Promise<boolean> => {
    if ((await reader.peek(RECORD_START.length)).equals(RECORD_START)) return true;
    if (!(await reader.skipTo(NEXT_RECORD))) return false;
    await reader.take(1);
    return true;
  };
  for (;;) {
    let offset = reader.position;
    let first = await reader.line(HEADER_LINE_MAX);
    while (first !== null && isBlank(first)) {
      offset = reader.position;
      first = await reader.line(HEADER_LINE_MAX);
    }
    if (first === null) return;
    if (!first.subarray(0, RECORD_START.length).equals(RECORD_START)) {
      yield { kind: 'problem', offset, code: 'warc-corrupt', message: 'no WARC record starts here' };
      if (await resync()) continue;
      return;
    }
    const headers = await headerFields(reader);
    if (headers === null) {
      yield { kind: 'problem', offset, code: 'warc-truncated', message: 'the record header is cut off' };
      return;
    }
    const declared = headers.get('content-length') ?? '';
    if (!/^\d+$/.test(declared)) {
      yield { kind: 'problem', offset, code: 'warc-corrupt', message: `the record has no valid Content-Length ("${declared}")` };
      if (await resync()) continue;
      return;
    }
    const length = Number(declared);
    // peeked, not taken: when the length is wrong, the next record may start inside it
    const whole = await reader.peek(length + END_OF_RECORD.length);
    const end = whole.subarray(length);
    if (whole.length < length || (end.length > 0 && !end.equals(END_OF_RECORD))) {
      const cut = whole.length < length;
      if (await resync()) {
        yield { kind: 'problem', offset, code: 'warc-corrupt', message: `the record does not end where its Content-Length (${length} bytes) says; skipped to the next record` };
        continue;
      }
      yield cut
        ? { kind: 'problem', offset, code: 'warc-truncated', message: `cut off: ${whole.length} of ${length} content bytes` }
        : { kind: 'problem', offset, code: 'warc-corrupt', message: `the record does not end where its Content-Length (${length} bytes) says` };
      return;
    }
    const block = await reader.take(length);
    await reader.take(end.length);
    // reading on first makes a damaged gzip member fail before its last record is used
    await reader.peek(1);
    yield { kind: 'record', offset, headers, block };
  }
}

const isBlank = (line: Buffer): boolean => line.toString('latin1').trim() === '';

/** `Name: value` lines up to the blank line (a line starting with white space continues the one
 * before), or null when the stream ends first. */
async function headerFields(reader: ByteReader): Promise<Map<string, string> | null> {
  const fields = new Map<string, string>();
  let last: string | null = null;
  for (;;) {
    const raw = await reader.line(HEADER_LINE_MAX);
    if (raw === null) return null;
    const line = raw.toString('utf8').replace(/\r?\n$/, '');
    if (line === '') return fields;
    last = addHeaderLine(fields, line, last);
  }
}
