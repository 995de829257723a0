// Rows written to a temporary file as they come and streamed to the output at the end: how
// `compare --format json` writes the whole quote ledger after the comparison, which needs every
// article first, without holding the ledger in memory.
import { closeSync, createReadStream, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Output } from './output.js';
import { removeOnExit } from './exit-cleanup.js';

export class SpilledRows {
  private readonly dir = mkdtempSync(join(tmpdir(), 'framelens-'));
  private readonly kept = removeOnExit(this.dir);
  private readonly path = join(this.dir, 'rows.json');
  private readonly fd = openSync(this.path, 'w');
  count = 0;

  /** Adds rows as elements of an array nested at `indent` spaces, as `JSON.stringify(doc, null, 2)` writes them. */
  add(rows: readonly unknown[], indent = '    '): void {
    for (const row of rows) {
      writeSync(this.fd, `${this.count ? ',' : ''}\n${indent}${JSON.stringify(row, null, 2).replaceAll('\n', `\n${indent}`)}`);
      this.count++;
    }
  }

  /** Writes the rows to `out` and removes the file. */
  async writeTo(out: Output): Promise<void> {
    closeSync(this.fd);
    for await (const chunk of createReadStream(this.path, { encoding: 'utf8' })) await out.write(chunk as string);
    this.remove();
  }

  remove(): void {
    try {
      closeSync(this.fd);
    } catch {
      // already closed
    }
    rmSync(this.dir, { recursive: true, force: true });
    this.kept();
  }
}
