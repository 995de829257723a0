#!/usr/bin/env node
// `npm run bench`: throughput on one core over the PolNeAR texts: the quote stage alone
// (segmentation + quotes), the whole per-article pipeline, the CLI end to end, and extracting the
// article from the extraction benchmark's HTML pages.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = resolve(root, '../shared/eval/quotes/polnear.dev.jsonl');
const { segmentArticle } = await import(join(root, 'dist/segment/segment-article.js'));
const { findQuotes } = await import(join(root, 'dist/quotes/find-quotes.js'));
const { analyzeArticle } = await import(join(root, 'dist/pipeline.js'));
const { loadLexicons } = await import(join(root, 'dist/lexicon/load-lexicons.js'));

const lex = loadLexicons();
const articles = readFileSync(corpus, 'utf8').split('\n').filter(Boolean).map((l) => {
  const r = JSON.parse(l);
  return { id: String(r.id), text: r.text, outlet: r.source ?? null };
});
const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
const ROUNDS = 5;

function best(label, fn) {
  fn(); // warm-up
  let ms = Infinity;
  for (let i = 0; i < ROUNDS; i++) {
    const t0 = performance.now();
    fn();
    ms = Math.min(ms, performance.now() - t0);
  }
  console.log(`${label.padEnd(34)} ${(bytes / 1e6 / (ms / 1000)).toFixed(1).padStart(6)} MB/s ${(articles.length / (ms / 1000)).toFixed(0).padStart(6)} articles/s`);
}

console.log(`${articles.length} PolNeAR articles, ${(bytes / 1e6).toFixed(2)} MB; best of ${ROUNDS} rounds, one core`);
const segs = articles.map((a) => segmentArticle(a));
best('segmentation', () => articles.forEach((a) => segmentArticle(a)));
best('quote stage (quotes only)', () => articles.forEach((a, i) => findQuotes(a.text, segs[i], lex)));
best('quote stage (segment + quotes)', () => articles.forEach((a) => findQuotes(a.text, segmentArticle(a), lex)));
best('whole pipeline (analyzeArticle)', () => articles.forEach((a) => analyzeArticle(a, lex)));

const t0 = performance.now();
execFileSync('node', [join(root, 'dist/cli.js'), 'analyze', '--format', 'jsonl', '--quiet', corpus], { stdio: ['ignore', 'ignore', 'inherit'], maxBuffer: 1 << 30 });
const s = (performance.now() - t0) / 1000;
console.log(`${'CLI analyze --format jsonl (wall)'.padEnd(34)} ${(bytes / 1e6 / s).toFixed(1).padStart(6)} MB/s ${(articles.length / s).toFixed(0).padStart(6)} articles/s (incl. start-up and JSON output)`);

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
