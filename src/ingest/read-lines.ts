/**
 * Lines of a byte stream as raw bytes with their 1-based numbers, in bounded memory (one line
 * plus one chunk). Bytes rather than strings (as `readline` would give) so each line's UTF-8 can
 * be checked strictly. A line longer than a chunk is joined once, when its end arrives.
 */
export async function* readLines(stream: AsyncIterable<Buffer | string>): AsyncGenerator<{ bytes: Buffer; line: number }> {
  let parts: Buffer[] = [];
  let line = 0;
  for await (const chunk of stream) {
    let buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    let nl = buf.indexOf(0x0a);
    while (nl >= 0) {
      const head = buf.subarray(0, nl);
      const bytes = parts.length > 0 ? Buffer.concat([...parts, head]) : head;
      parts = [];
      yield { bytes, line: ++line };
      buf = buf.subarray(nl + 1);
      nl = buf.indexOf(0x0a);
    }
    if (buf.length > 0) parts.push(buf);
  }
  if (parts.length > 0) yield { bytes: Buffer.concat(parts), line: ++line };
}
