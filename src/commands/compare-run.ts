// Runs `framelens compare` (its options are in compare.ts). The terminal tables and the
// per-story comparison load only when asked for.
import { comparisonOf, type CorpusView } from '../report/corpus-view.js';
import { collectCorpus } from './collect.js';
import { keepHeapSlackSmall } from './heap-slack.js';
import { SpilledRows } from './spilled-rows.js';
import { loadLexiconsForRun } from './lexicons.js';
import { checkThreshold, inputPaths, useColour, type GlobalArgs } from './options.js';
import { openOutput, type Output } from './output.js';
import type { LexiconSet } from '../types.js';
import { provenanceLine, versionInfo } from './version.js';

export interface CompareArgs extends GlobalArgs {
  paths: string[];
  byStory?: boolean;
  threshold?: number;
  fromResults?: boolean;
}

export async function runCompare(args: CompareArgs): Promise<void> {
  checkThreshold(args);
  keepHeapSlackSmall();
  const lexicons = await loadLexiconsForRun(args.lexicons);
  if (args.byStory) return (await import('./compare-by-story.js')).runCompareByStory(args, lexicons);
  const out = openOutput(args.out, args);
  // The whole quote ledger goes to the JSON document: spilled to a file as it comes, written last.
  const ledger = args.format === 'json' ? new SpilledRows() : null;
  try {
    const { view, failed } = await collectCorpus(inputPaths(args.paths), lexicons, { ...args, keepTexts: false, onQuotes: ledger ? (rows) => ledger.add(rows) : undefined });
    await writeComparison(out, args, view, lexicons, ledger);
    await out.close();
    if (failed) process.exitCode = 1;
  } finally {
    ledger?.remove();
  }
}

async function writeComparison(out: Output, args: CompareArgs, view: CorpusView, lexicons: LexiconSet, ledger: SpilledRows | null): Promise<void> {
  const comparison = comparisonOf(view, lexicons);
  if (ledger) {
    // `JSON.stringify({framelens, ...comparison, quotes}, null, 2)`, the quotes streamed.
    const head = JSON.stringify({ framelens: versionInfo(lexicons), skipped: view.skipped, ...comparison, quotes: [] }, null, 2);
    if (!ledger.count) return out.write(`${head}\n`);
    await out.write(head.slice(0, -'[]\n}'.length) + '[');
    await ledger.writeTo(out);
    await out.write('\n  ]\n}\n');
  } else if (args.format === 'jsonl') {
    const producedBy = `,"framelens":${JSON.stringify(versionInfo(lexicons))}}`;
    for (const row of comparison.rows) await out.write(`${JSON.stringify(row).slice(0, -1)}${producedBy}\n`);
  } else {
    const { renderCompareTables } = await import('../report/compare-tables.js');
    await out.write(renderCompareTables(view, comparison, lexicons, { width: out.columns, colour: useColour(args, out) }));
    await out.write(`${provenanceLine(lexicons)}\n`);
  }
}
