/**
 * Lines of a byte stream as raw bytes with their 1-based numbers, in bounded memory (one line
 * plus one chunk). Bytes rather than strings so each line's UTF-8 can be checked strictly.
 */
export async function* readLines(stream: AsyncIterable<Buffer | string>): AsyncGenerator<{ bytes: Buffer; line: number }> {
  let rest: Buffer = Buffer.alloc(0);
  let line = 0;
  for await (const chunk of stream) {
    let buf = rest.length > 0 ? Buffer.concat([rest, toBuffer(chunk)]) : toBuffer(chunk);
    let nl = buf.indexOf(0x0a);
    while (nl >= 0) {
      yield { bytes: buf.subarray(0, nl), line: ++line };
      buf = buf.subarray(nl + 1);
      nl = buf.indexOf(0x0a);
    }
    rest = Buffer.from(buf);
  }
  if (rest.length > 0) yield { bytes: rest, line: ++line };
}

const toBuffer = (chunk: Buffer | string): Buffer => (typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk);
