#!/usr/bin/env node
// `npm run eval`: every accuracy figure the project reports, from the built CLI and the
// evaluation sets' own scoring scripts in ../shared/eval/.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(root, '../shared');
const cli = join(root, 'dist/cli.js');
const work = mkdtempSync(join(tmpdir(), 'framelens-eval-'));
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'inherit'] });
const lastLine = (s) => s.trim().split('\n').pop();

function analyze(input, name) {
  const out = join(work, `${name}.jsonl`);
  // exit code 1 only means some input carried an error diagnostic; the output is still complete
  try {
    writeFileSync(out, run('node', [cli, 'analyze', '--format', 'jsonl', '--quiet', input]));
  } catch (err) {
    if (err.status !== 1) throw err;
    writeFileSync(out, err.stdout);
  }
  return out;
}

const section = (title) => console.log(`\n## ${title}`);
if (!existsSync(shared)) {
  console.error(`framelens eval: ${shared} not found; the evaluation data lives in ../shared beside the project`);
  process.exit(2);
}

section('Quotes: seeds (framelens eval quotes)');
console.log(run('node', [cli, 'eval', 'quotes', '--gold', join(shared, 'gold/seeds.quotes.jsonl'), '--misses']).trim());
section('Quotes: PolNeAR dev (framelens eval quotes)');
console.log(run('node', [cli, 'eval', 'quotes', '--gold', join(shared, 'eval/quotes/polnear.dev.jsonl')]).trim());
section('Quotes: official scorer (score-quotes.mjs)');
for (const [name, gold] of [['seeds', 'gold/seeds.quotes.jsonl'], ['polnear', 'eval/quotes/polnear.dev.jsonl']]) {
  const pred = analyze(join(shared, gold), `quotes-${name}`);
  console.log(`${name}: ${lastLine(run('node', [join(shared, 'eval/score-quotes.mjs'), join(shared, gold), pred]))}`);
}

section('Reported speech: PolNeAR dev attributions (scripts/eval-reported.mjs, our own measure)');
console.log(run('node', [join(root, 'scripts/eval-reported.mjs'), join(shared, 'eval/quotes/polnear.dev.jsonl'), join(work, 'quotes-polnear.jsonl')]).trim());

section('Framing: seeds, BABE, BASIL (score-framing.mjs)');
const seedsPred = analyze(join(shared, 'corpus/seeds'), 'seeds');
const framing = (mode, gold, pred) => {
  try {
    return lastLine(run('node', [join(shared, 'eval/score-framing.mjs'), mode, gold, pred]));
  } catch (err) {
    return lastLine(err.stdout ?? String(err));
  }
};
console.log(framing('seeds', join(shared, 'gold/seeds.framing.json'), seedsPred));
console.log(framing('babe', join(shared, 'eval/framing/babe.dev.jsonl'), analyze(join(shared, 'eval/framing/babe.dev.jsonl'), 'babe')));
console.log(framing('basil', join(shared, 'eval/framing/basil_articles.dev.jsonl'), analyze(join(shared, 'eval/framing/basil_articles.dev.jsonl'), 'basil')));

section('Sentiment: NewsMTSC dev (scripts/eval-newsmtsc.mjs)');
console.log(run('node', [join(root, 'scripts/eval-newsmtsc.mjs'), join(shared, 'eval/framing/newsmtsc.dev.jsonl')]).trim());

section('Stories: BASIL dev events, B-cubed (scripts/eval-stories.mjs)');
console.log(run('node', [join(root, 'scripts/eval-stories.mjs'), join(shared, 'eval/framing/basil_articles.dev.jsonl')]).trim());
section('Extraction: article bodies from HTML pages (score-extraction.mjs)');
const extraction = join(shared, 'eval/extraction');
const extracted = join(work, 'extraction.jsonl');
writeFileSync(extracted, run('node', [cli, 'extract', '--format', 'jsonl', '--quiet', join(extraction, 'html')]));
const peers = ['readability_js', 'trafilatura', 'newspaper', 'go_trafilatura', 'rs_trafilatura'].map((p) => join(extraction, 'peers', `${p}.json`));
console.log(run('node', [join(shared, 'eval/score-extraction.mjs'), join(extraction, 'ground-truth.json'), extracted, ...peers]).trim());
// the same pages packed as a crawler's WARC: ids are the records' own, so score by url
const warc = join(work, 'extraction.warc.gz');
run('python3', [join(shared, 'eval/make-warc.py'), warc, join(extraction, 'ground-truth.json'), join(extraction, 'html')]);
const truth = JSON.parse(readFileSync(join(extraction, 'ground-truth.json'), 'utf8'));
const idByUrl = new Map(Object.entries(truth).map(([id, v]) => [v.url, id]));
const fromWarc = run('node', [cli, 'extract', '--format', 'jsonl', '--quiet', warc]).trim().split('\n').map((l) => JSON.parse(l));
const warcScored = join(work, 'extraction-warc.jsonl');
writeFileSync(warcScored, fromWarc.map((r) => JSON.stringify({ ...r, id: idByUrl.get(r.url) ?? r.id })).join('\n') + '\n');
console.log(`from a WARC (${fromWarc.length} records): ${run('node', [join(shared, 'eval/score-extraction.mjs'), join(extraction, 'ground-truth.json'), warcScored]).trim()}`);
