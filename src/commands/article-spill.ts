// The analysed articles of `--by-story`, kept in a temporary file until the stories are known:
// memory then holds only what grouping needs (term counts per article), and each story's view is
// built as the articles are read back in input order.
import { closeSync, createReadStream, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readLines } from '../ingest/read-lines.js';
import type { ArticleResult } from '../types.js';
import { removeOnExit } from './exit-cleanup.js';

export interface SpilledArticle {
  result: ArticleResult;
  text: string | null;
}

export class ArticleSpill {
  private readonly dir = mkdtempSync(join(tmpdir(), 'framelens-'));
  private readonly kept = removeOnExit(this.dir);
  private readonly path = join(this.dir, 'articles.jsonl');
  private fd: number | null = openSync(this.path, 'w');

  add(article: SpilledArticle): void {
    writeSync(this.fd!, `${JSON.stringify(article)}\n`);
  }

  /** The articles in the order they were added. */
  async *read(): AsyncGenerator<SpilledArticle> {
    this.close();
    for await (const { bytes } of readLines(createReadStream(this.path))) yield JSON.parse(bytes.toString('utf8')) as SpilledArticle;
  }

  private close(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
  }

  remove(): void {
    this.close();
    rmSync(this.dir, { recursive: true, force: true });
    this.kept();
  }
}
