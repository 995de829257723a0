// `--from-results`: reads what `framelens analyze --format jsonl` wrote (on this machine or on
// many, one shard each) instead of analysing articles again. Every line is checked against the
// output schema; a line that is not a result is reported with its line number and skipped; a file
// with no result among its first lines is not such a file at all (exit 2). Gzipped files and
// stdin are unpacked. Records carry the framelens version and lexicons that wrote them: a
// difference from this run is a warning.
import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { readLines } from '../ingest/read-lines.js';
import { isGzip } from '../ingest/sniff.js';
import { articleLineSchema, provenanceSchema } from '../report/schema.js';
import type { ArticleResult, LexiconSet } from '../types.js';
import { UsageError } from './errors.js';
import { VERSION, versionInfo } from './version.js';

const savedLine = articleLineSchema.extend({ framelens: provenanceSchema.optional() });

export type SavedItem = { result: ArticleResult; text: string | null } | { problem: string } | { warning: string };

const HOW = 'write them with `framelens analyze PATHS --format jsonl --with-text > FILE.jsonl`';

/** Where a value failed the schema, as a reader would say it: `quotes.3.start: expected number`. */
function firstIssue(error: { issues: { path: PropertyKey[]; message: string }[] }): string {
  const issue = error.issues[0];
  return issue ? `${issue.path.map(String).join('.') || 'record'}: ${issue.message}` : 'does not match the schema';
}

/** Lines that are not results before the first one that is: more, and the file is not results
 *  (a file of articles is told so without being read to its end). */
const LEADING_BAD_MAX = 10;

/** The bytes of a file or stdin, unpacked when they are gzip data (`shard.jsonl.gz`). */
async function* unpacked(source: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  const it = source[Symbol.asyncIterator]();
  const first = await it.next();
  if (first.done) return;
  const rest: AsyncIterable<Buffer> = { [Symbol.asyncIterator]: () => it };
  async function* all() {
    yield first.value;
    yield* rest;
  }
  if (!isGzip(first.value)) return yield* all();
  const gunzip = createGunzip();
  // (pipeline-free: the gunzip stream is fed and read here, so a damaged file throws to the caller.)
  const feed = (async () => {
    for await (const chunk of all()) if (!gunzip.write(chunk)) await new Promise((r) => gunzip.once('drain', r));
    gunzip.end();
  })();
  feed.catch((e) => gunzip.destroy(e as Error));
  yield* gunzip as AsyncIterable<Buffer>;
  await feed;
}

/** The results in saved `analyze` files, in file and line order. */
export async function* readResultFiles(paths: string[], lexicons: LexiconSet, stdin: NodeJS.ReadableStream = process.stdin): AsyncGenerator<SavedItem> {
  const current = versionInfo(lexicons);
  const versions = new Set<string>();
  const lexiconSets = new Set<string>();
  let withoutText = false;
  // Overlapping shards would count articles twice: a repeated id is a warning, as in a fresh run.
  const ids = new Set<string>();
  for (const path of paths) {
    const name = path === '-' ? 'stdin' : path;
    let first = true;
    let unknownProvenance = false;
    // Bad lines before the first result: reported once a result shows the file is results.
    const leading: { line: number; why: string; problem: string }[] = [];
    const bad = (line: number, why: string, problem: string): SavedItem | null => {
      if (!first) return { problem };
      leading.push({ line, why, problem });
      if (leading.length >= LEADING_BAD_MAX) throw notResults(name, leading[0]);
      return null;
    };
    for await (const { bytes, line } of readLines(unpacked(path === '-' ? (stdin as AsyncIterable<Buffer>) : createReadStream(path)))) {
      const raw = bytes.toString('utf8').trim();
      if (!raw) continue;
      let value: unknown;
      try {
        value = JSON.parse(raw);
      } catch (e) {
        const item = bad(line, `line ${line} is not JSON: ${(e as Error).message}`, `${name}:${line}: not valid JSON (${(e as Error).message}); the line was skipped`);
        if (item) yield item;
        continue;
      }
      const parsed = savedLine.safeParse(value);
      if (!parsed.success) {
        const item = bad(line, `line ${line}: ${firstIssue(parsed.error)}`, `${name}:${line}: not an analyze result (${firstIssue(parsed.error)}); the line was skipped`);
        if (item) yield item;
        continue;
      }
      if (first) for (const l of leading) yield { problem: l.problem };
      first = false;
      const { framelens, text, ...result } = parsed.data;
      if (!framelens) {
        if (!unknownProvenance) yield { warning: `warning: ${name}: records without a framelens field: which version wrote them is unknown` };
        unknownProvenance = true;
      } else {
        if (framelens.version !== current.version && !versions.has(framelens.version)) {
          yield { warning: `warning: ${name}:${line}: written by framelens ${framelens.version}, this is ${VERSION}; figures may differ from a fresh run (analyse the articles again to be sure)` };
        }
        versions.add(framelens.version);
        if (framelens.lexiconHash !== current.lexiconHash && !lexiconSets.has(framelens.lexiconHash)) {
          yield { warning: `warning: ${name}:${line}: analysed with other lexicons (${framelens.lexicons.name}, ${framelens.lexiconHash}) than this run's (${current.lexicons.name}, ${current.lexiconHash}); loaded terms and actors follow the saved ones` };
        }
        lexiconSets.add(framelens.lexiconHash);
      }
      if (text === undefined && !withoutText && result.status !== 'unreadable') {
        withoutText = true;
        yield { warning: `warning: ${name}:${line}: results saved without their text: evidence shows the words found rather than their sentences, and words that set outlets apart need the text; ${HOW}` };
      }
      if (text !== undefined && text.length !== result.length) {
        yield { problem: `${name}:${line}: the text has ${text.length} characters but the result says ${result.length}; the line was skipped` };
        continue;
      }
      // (A diagnostic of the result, as at analysis: the report counts the repeats, stderr lists them.)
      if (ids.has(result.id)) result.diagnostics.push({ severity: 'warning', code: 'duplicate-id', message: `id "${result.id}" is used by an earlier record too (do the shards overlap?)`, source: { path: name, line } });
      else ids.add(result.id);
      yield { result: result as ArticleResult, text: text ?? null };
    }
    if (first) throw leading.length ? notResults(name, leading[0]) : new UsageError(`${name}: no results in it (the file is empty)`, HOW);
  }
}

function notResults(name: string, first: { why: string }): UsageError {
  return new UsageError(`${name}: not framelens results (${first.why})`, HOW);
}
