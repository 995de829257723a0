/** Reads lines and counted bytes from a stream of chunks, keeping only what is not yet taken. */
export class ByteReader {
  private buf: Buffer = Buffer.alloc(0);
  private done = false;
  /** Bytes taken so far. */
  position = 0;

  constructor(private readonly source: AsyncIterator<Buffer>) {}

  /** Buffers at least `n` bytes unless the stream ends first; false when it did. */
  private async fill(n: number): Promise<boolean> {
    // joined once, not chunk by chunk: a record of many megabytes arrives in 16 KB chunks
    const parts = [this.buf];
    let length = this.buf.length;
    while (length < n && !this.done) {
      const r = await this.source.next();
      if (r.done) this.done = true;
      else {
        parts.push(r.value);
        length += r.value.length;
      }
    }
    if (parts.length > 1) this.buf = Buffer.concat(parts, length);
    return length >= n;
  }

  /** The next `n` bytes (fewer at the end of the stream), without taking them. */
  async peek(n: number): Promise<Buffer> {
    await this.fill(n);
    return this.buf.subarray(0, n);
  }

  /** The next `n` bytes, fewer when the stream ends first. */
  async take(n: number): Promise<Buffer> {
    await this.fill(n);
    const out = this.buf.subarray(0, n);
    this.skipBuffered(out.length);
    return out;
  }

  /** The next line with its `\n` (without one at the end of the stream), or null at the end; a
   * line longer than `max` bytes comes back as its first `max` bytes. */
  async line(max: number): Promise<Buffer | null> {
    let from = 0;
    for (;;) {
      const nl = this.buf.indexOf(0x0a, from);
      if (nl >= 0 && nl < max) return this.take(nl + 1);
      if (this.buf.length >= max) return this.take(max);
      from = this.buf.length;
      if (!(await this.fill(this.buf.length + 1))) return this.buf.length > 0 ? this.take(this.buf.length) : null;
    }
  }

  /** Drops bytes up to the next `needle` (left in place); false, with everything dropped, when
   * the stream holds none. */
  async skipTo(needle: Buffer): Promise<boolean> {
    for (;;) {
      const at = this.buf.indexOf(needle);
      if (at >= 0) {
        this.skipBuffered(at);
        return true;
      }
      this.skipBuffered(Math.max(0, this.buf.length - (needle.length - 1)));
      if (!(await this.fill(this.buf.length + 1))) {
        this.skipBuffered(this.buf.length);
        return false;
      }
    }
  }

  private skipBuffered(n: number): void {
    this.buf = this.buf.subarray(n);
    this.position += n;
  }
}
