#!/usr/bin/env node
// `npm run bench`: throughput over the PolNeAR dev texts: each stage's share of the pipeline
// (segment, quotes, actors, framing, sentiment, timed through pipeline.ts's stage timer so the
// bench runs the stages exactly as analyse does) and the whole pipeline in one thread, the CLI's cold start with and
// without the lexicon cache, `analyze --format jsonl` end to end on the texts repeated --repeat
// times (default 5) with --jobs 1 (pinned with taskset when there is one) and --jobs 2, checking
// both wrote the same bytes, and peak memory of compare and report at 1x and 8x the input
// (scripts/bench-memory.mjs) (--skip-cli leaves these out); story grouping; extraction from the
// benchmark's HTML pages; then the pathological articles at 1 MB and 2 MB
// (`npm run bench -- --pathological` runs only those).
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { PATHOLOGICAL } from './pathological.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// The V8 flags the CLI runs under, so the in-process figures are the CLI's.
await import(join(root, 'dist/jit-flags.js'));
const corpus = resolve(root, '../shared/eval/quotes/polnear.dev.jsonl');
const { analyzeArticle } = await import(join(root, 'dist/pipeline.js'));
const { loadLexicons } = await import(join(root, 'dist/lexicon/load-lexicons.js'));

const lex = loadLexicons();

const STAGES = ['segment', 'quotes', 'actors', 'framing', 'sentiment'];
/** Analyses one article through the pipeline, adding each stage's milliseconds to `times`. */
function timedAnalysis(article, times) {
  return analyzeArticle(article, lex, [], (stage, run) => {
    const t0 = performance.now();
    try {
      return run();
    } finally {
      times[stage] = (times[stage] ?? 0) + performance.now() - t0;
    }
  });
}

// `--one NAME BYTES`: times each stage on one pathological article and prints them as JSON.
if (process.argv[2] === '--one') {
  const text = PATHOLOGICAL[process.argv[3]](Number(process.argv[4]), corpus);
  const times = {};
  const result = timedAnalysis({ id: 'x', text, outlet: null }, times);
  const internal = result.diagnostics.find((d) => d.code === 'internal-error');
  if (internal) times.error = internal.message;
  console.log(JSON.stringify(times));
  process.exit(0);
}
if (process.argv.includes('--pathological')) {
  pathological();
  process.exit(0);
}
const articles = readFileSync(corpus, 'utf8').split('\n').filter(Boolean).map((l) => {
  const r = JSON.parse(l);
  return { id: String(r.id), text: r.text, outlet: r.source ?? null };
});
const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
const { values: opts } = parseArgs({ strict: false, options: { repeat: { type: 'string', default: '5' }, rounds: { type: 'string', default: '5' }, 'skip-cli': { type: 'boolean', default: false } } });
const ROUNDS = Number(opts.rounds);
const mbs = (b, s) => `${(b / 1e6 / s).toFixed(1).padStart(6)} MB/s`;

function best(label, fn) {
  fn(); // warm-up
  let ms = Infinity;
  for (let i = 0; i < ROUNDS; i++) {
    const t0 = performance.now();
    fn();
    ms = Math.min(ms, performance.now() - t0);
  }
  console.log(`${label.padEnd(36)} ${mbs(bytes, ms / 1000)} ${(articles.length / (ms / 1000)).toFixed(0).padStart(6)} articles/s`);
}

console.log(`${articles.length} PolNeAR dev articles, ${(bytes / 1e6).toFixed(2)} MB; stages: best of ${ROUNDS} rounds in one thread`);
// Each stage timed inside the pipeline (its share of whole-pipeline runs), best round of each.
articles.forEach((a) => analyzeArticle(a, lex)); // warm-up
const stageMs = Object.fromEntries(STAGES.map((k) => [k, Infinity]));
for (let i = 0; i < ROUNDS; i++) {
  const times = {};
  articles.forEach((a) => timedAnalysis(a, times));
  for (const k of STAGES) stageMs[k] = Math.min(stageMs[k], times[k]);
}
for (const k of STAGES) console.log(`${k.padEnd(36)} ${mbs(bytes, stageMs[k] / 1000)} ${(articles.length / (stageMs[k] / 1000)).toFixed(0).padStart(6)} articles/s`);
best('whole pipeline (analyzeArticle)', () => articles.forEach((a) => analyzeArticle(a, lex)));
const { serialized } = await import(join(root, 'dist/commands/serialize.js'));
const results = articles.map((a) => analyzeArticle(a, lex));
const writing = { format: 'jsonl', jsonlTail: ',"framelens":{}}', withText: false };
best('JSON Lines writing (serialized)', () => results.forEach((r, i) => serialized(r, writing, articles[i].text)));

if (!opts['skip-cli']) {
  const cli = join(root, 'dist/cli.js');
  const dir = mkdtempSync(join(tmpdir(), 'framelens-bench-'));
  // With GNU time (Linux), each run's user + system CPU seconds too: on a shared machine the wall
  // time says more about the neighbours than about framelens.
  const hasTime = spawnSync('/usr/bin/time', ['-f', '%U', 'true']).status === 0;
  const wall = (args, env = {}, pin = false) => {
    let argv = pin ? ['taskset', '-c', '0', process.execPath, cli, ...args] : [process.execPath, cli, ...args];
    const timeFile = join(dir, 'time.txt');
    if (hasTime) argv = ['/usr/bin/time', '-f', '%U %S', '-o', timeFile, ...argv];
    const t0 = performance.now();
    const r = spawnSync(argv[0], argv.slice(1), { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, ...env }, maxBuffer: 1 << 30 });
    if (r.status !== 0) throw new Error(`framelens ${args.join(' ')} exited ${r.status}`);
    const cpu = hasTime ? readFileSync(timeFile, 'utf8').trim().split(/\s+/).slice(-2).reduce((n, x) => n + Number(x), 0) : NaN;
    return { s: (performance.now() - t0) / 1000, cpu, out: r.stdout };
  };
  const median = (xs) => xs.sort((a, b) => a - b)[xs.length >> 1];
  try {
    const one = join(dir, 'one.txt');
    writeFileSync(one, articles[0].text);
    wall(['analyze', '--format', 'jsonl', '--quiet', '--jobs', '1', one]); // fills the lexicon cache
    const warm = median([0, 1, 2, 3, 4].map(() => wall(['analyze', '--format', 'jsonl', '--quiet', '--jobs', '1', one]).s));
    const cold = median([0, 1, 2].map(() => wall(['analyze', '--format', 'jsonl', '--quiet', '--jobs', '1', one], { FRAMELENS_CACHE_DIR: 'off' }).s));
    console.log(`${'cold start, one article (median)'.padEnd(36)} ${warm.toFixed(2)} s with the lexicon cache, ${cold.toFixed(2)} s without`);

    const repeat = Number(opts.repeat);
    const big = join(dir, `polnear-x${repeat}.jsonl`);
    const lines = [];
    for (let r = 0; r < repeat; r++) for (const a of articles) lines.push(JSON.stringify({ ...a, id: `${a.id}#${r}` }));
    writeFileSync(big, `${lines.join('\n')}\n`);
    const hasTaskset = spawnSync('taskset', ['-c', '0', 'true']).status === 0;
    const runs = [
      [`analyze --format jsonl --jobs 1${hasTaskset ? ' (taskset -c 0)' : ''}`, ['--jobs', '1'], hasTaskset],
      ['analyze --format jsonl --jobs 2', ['--jobs', '2'], false],
    ].map(([label, jobs, pin]) => {
      const r = wall(['analyze', '--format', 'jsonl', '--quiet', ...jobs, big], {}, pin);
      const cpu = Number.isNaN(r.cpu) ? '' : `, ${r.cpu.toFixed(1)} s CPU (${mbs(bytes * repeat, r.cpu).trim()} per CPU-second)`;
      console.log(`${label.padEnd(36)} ${mbs(bytes * repeat, r.s)} ${(r.s).toFixed(1).padStart(6)} s on ${(bytes * repeat / 1e6).toFixed(1)} MB (wall, start-up included)${cpu}`);
      return { s: r.s, cpu: r.cpu, sha: createHash('sha256').update(r.out).digest('hex') };
    });
    const cpuRatio = Number.isNaN(runs[0].cpu) ? '' : ` for ${(runs[1].cpu / runs[0].cpu).toFixed(2)}x the CPU`;
    console.log(`--jobs 2 vs --jobs 1: ${(runs[0].s / runs[1].s).toFixed(2)}x faster${cpuRatio}, output ${runs[0].sha === runs[1].sha ? 'identical' : 'DIFFERENT'}`);
    if (runs[0].sha !== runs[1].sha) process.exitCode = 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// Peak memory of compare and report at 1x and 8x the input, and analyze --format json on 100 MB.
if (!opts['skip-cli']) execFileSync(process.execPath, [join(root, 'scripts/bench-memory.mjs')], { stdio: 'inherit' });

// Story grouping on made-up corpora of growing size: about linear time (candidate pairs from an
// index of rare terms, never all pairs), and the B-cubed F1 against the stories it was made from.
const { groupStories } = await import(join(root, 'dist/stories/index.js'));
const { syntheticStories } = await import(join(root, 'scripts/synthetic-stories.mjs'));
function bcubedF1(items, assignments) {
  const story = new Map(assignments.map((a) => [a.id, a.story]));
  const members = (key) => {
    const m = new Map();
    for (const it of items) (m.get(key(it)) ?? m.set(key(it), []).get(key(it))).push(it.id);
    return m;
  };
  const pred = members((it) => story.get(it.id));
  const truth = members((it) => it.story);
  const truthOf = new Map(items.map((it) => [it.id, it.story]));
  let p = 0;
  let r = 0;
  for (const it of items) {
    const mine = pred.get(story.get(it.id));
    const both = mine.filter((id) => truthOf.get(id) === it.story).length;
    p += both / mine.length;
    r += both / truth.get(it.story).length;
  }
  p /= items.length;
  r /= items.length;
  return (2 * p * r) / (p + r);
}
for (const n of [2500, 5000, 10000, 20000]) {
  const items = syntheticStories(n);
  const t0 = performance.now();
  const g = groupStories(items);
  const ms = performance.now() - t0;
  console.log(`${`story grouping, ${n} articles`.padEnd(34)} ${(ms / 1000).toFixed(2).padStart(6)} s  ${((ms * 1000) / n).toFixed(0).padStart(5)} µs/article  B-cubed F1 ${bcubedF1(items, g.assignments).toFixed(3)}`);
}
// Extraction from web pages: the benchmark's article pages, parsed and extracted in-process.
const { extractPage } = await import(join(root, 'dist/extract/extract-page.js'));
const pageDir = resolve(root, '../shared/eval/extraction/html');
const pages = readdirSync(pageDir).filter((f) => f.endsWith('.html')).map((f) => readFileSync(join(pageDir, f), 'utf8'));
const htmlBytes = pages.reduce((n, p) => n + Buffer.byteLength(p), 0);
let pageMs = Infinity;
pages.forEach((html, i) => extractPage(html, { id: String(i) })); // warm-up
for (let i = 0; i < 3; i++) {
  const t1 = performance.now();
  pages.forEach((html, j) => extractPage(html, { id: String(j) }));
  pageMs = Math.min(pageMs, performance.now() - t1);
}
console.log(`${'HTML extraction (extractPage)'.padEnd(34)} ${(htmlBytes / 1e6 / (pageMs / 1000)).toFixed(1).padStart(6)} MB/s ${(pages.length / (pageMs / 1000)).toFixed(0).padStart(6)} pages/s (${pages.length} pages, ${(htmlBytes / 1e6).toFixed(1)} MB of HTML, best of 3)`);

pathological();

// Each pathological article at 1 MB and 2 MB, each size in a fresh process (one process for both
// would charge the second with the first one's garbage): the stages' times in process, then the
// CLI between two ordinary articles, which must both be written. Linear time means the 2 MB run
// takes about twice the 1 MB one; the goal is at most 2.6 times.
function pathological() {
  const SIZES = [1e6, 2e6];
  const tmp = mkdtempSync(join(tmpdir(), 'framelens-bench-'));
  const ordinary = (id) => ({ id, text: 'TEHRAN - “We will talk,” Ali Shamkhani said on Sunday.' });
  const secs = (ms) => (ms / 1000).toFixed(2);
  console.log('\npathological articles (one article each), seconds per stage in a fresh process, and the CLI');
  console.log('analysing it between two ordinary articles; ×: time at 2 MB over time at 1 MB (goal <= 2.6)');
  console.log(`${'generator'.padEnd(22)} size ${STAGES.map((n) => n.padStart(10)).join('')}    total  CLI wall  written  internal errors`);
  for (const [name, make] of Object.entries(PATHOLOGICAL)) {
    const rows = [];
    for (const size of SIZES) {
      const one = spawnSync('node', [fileURLToPath(import.meta.url), '--one', name, String(size)], { encoding: 'utf8', maxBuffer: 1 << 26 });
      const stages = JSON.parse(one.stdout);
      const article = { id: `${name}-${size}`, text: make(size, corpus), outlet: null };
      const file = join(tmp, `${name}.jsonl`);
      writeFileSync(file, [ordinary('before'), article, ordinary('after')].map((a) => JSON.stringify(a)).join('\n'));
      const t0 = performance.now();
      const r = spawnSync('node', [join(root, 'dist/cli.js'), 'analyze', '--format', 'jsonl', '--quiet', file], { encoding: 'utf8', maxBuffer: 1 << 30 });
      const wall = performance.now() - t0;
      const results = r.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l));
      const written = results.map((x) => x.id).join() === ['before', article.id, 'after'].join();
      const internal = results.flatMap((x) => x.diagnostics).filter((d) => d.code === 'internal-error').length;
      const total = STAGES.reduce((n, k) => n + stages[k], 0);
      rows.push({ stages, total, wall });
      console.log(`${name.padEnd(22)} ${String(size / 1e6).padStart(2)} MB${STAGES.map((k) => secs(stages[k]).padStart(10)).join('')} ${secs(total).padStart(8)} ${secs(wall).padStart(9)}  ${(written ? 'yes' : 'NO').padEnd(7)}  ${internal}${stages.error ? ` (in process: ${stages.error})` : ''}`);
    }
    const x = (a, b) => `×${(b / a).toFixed(2)}`;
    console.log(`${''.padEnd(22)}    ×${STAGES.map((k) => x(rows[0].stages[k], rows[1].stages[k]).padStart(10)).join('')} ${x(rows[0].total, rows[1].total).padStart(8)} ${x(rows[0].wall, rows[1].wall).padStart(9)}`);
  }
  rmSync(tmp, { recursive: true, force: true });
}
