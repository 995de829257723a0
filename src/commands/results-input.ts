// `--from-results`: reads what `framelens analyze --format jsonl` wrote (on this machine or on
// many, one shard each) instead of analysing articles again. Every line is checked against the
// output schema; a line that is not a result is reported with its line number and skipped; a file
// whose first record is not a result is not such a file at all (exit 2). Records carry the
// framelens version and lexicons that wrote them: a difference from this run is a warning.
import { createReadStream } from 'node:fs';
import { readLines } from '../ingest/read-lines.js';
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
    for await (const { bytes, line } of readLines(path === '-' ? (stdin as AsyncIterable<Buffer>) : createReadStream(path))) {
      const raw = bytes.toString('utf8').trim();
      if (!raw) continue;
      let value: unknown;
      try {
        value = JSON.parse(raw);
      } catch (e) {
        if (first) throw new UsageError(`${name}: not framelens results (line ${line} is not JSON: ${(e as Error).message})`, HOW);
        yield { problem: `${name}:${line}: not valid JSON (${(e as Error).message}); the line was skipped` };
        continue;
      }
      const parsed = savedLine.safeParse(value);
      if (!parsed.success) {
        if (first) throw new UsageError(`${name}: not framelens results (line ${line}: ${firstIssue(parsed.error)})`, HOW);
        yield { problem: `${name}:${line}: not an analyze result (${firstIssue(parsed.error)}); the line was skipped` };
        continue;
      }
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
      if (ids.has(result.id)) yield { warning: `warning: ${name}:${line}: id "${result.id}" is used by an earlier record too (do the shards overlap?); both are counted` };
      else ids.add(result.id);
      yield { result: result as ArticleResult, text: text ?? null };
    }
    if (first) throw new UsageError(`${name}: no results in it (the file is empty)`, HOW);
  }
}
