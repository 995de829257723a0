// Runs `framelens extract` (its options are in extract.ts).
import { flagDuplicateIds } from '../ingest/duplicate-ids.js';
import { tidyOutletNames } from '../ingest/outlet-names.js';
import { readInputs } from '../ingest/read-inputs.js';
import { readArticle } from '../extract/article-reading.js';
import { extractedArticle } from '../extract/extracted-article.js';
import { checkPaths } from './check-paths.js';
import { problemLine, say } from './messages.js';
import { csvColumns, failsAt, inputPaths, printsAt, type FailOn, type GlobalArgs } from './options.js';
import { openOutput } from './output.js';

export interface ExtractArgs extends GlobalArgs {
  paths: string[];
}

export async function runExtract(args: ExtractArgs): Promise<void> {
  const paths = inputPaths(args.paths);
  checkPaths(paths);
  const columns = csvColumns(args.column);
  const out = openOutput(args.out, args);
  const failOn = (args.failOn ?? 'error') as FailOn;
  let failed = false;
  // the same reading as `analyze` (run-analysis.ts and pipeline.ts): ids checked, then each article's
  // segments, outlet and language notes from readArticle
  for await (const item of tidyOutletNames(flagDuplicateIds(readInputs(paths, { stdin: process.stdin, columns, output: args.out })))) {
    const article = item.kind === 'article' ? (args.outlet ? { ...item.article, outlet: args.outlet } : item.article) : null;
    const reading = article ? readArticle(article) : null;
    for (const d of [...item.diagnostics, ...(reading?.diagnostics ?? [])]) {
      if (failsAt(d.severity, failOn)) failed = true;
      if (printsAt(d.severity, failOn, args.quiet)) say(problemLine(d, item.kind === 'article' ? item.article.id : item.id));
    }
    if (!article || !reading) continue;
    const record = extractedArticle(article, reading);
    if (args.format === 'text') await out.write(`${record.text}\n\f\n`);
    else await out.write(`${JSON.stringify(record)}\n`);
  }
  await out.close();
  if (failed) process.exitCode = 1;
}
