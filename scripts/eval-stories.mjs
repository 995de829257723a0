#!/usr/bin/env node
// Story grouping against BASIL's events: `node scripts/eval-stories.mjs [ARTICLES.jsonl]`.
// The articles go to `framelens stories --format jsonl` as {id, outlet, published, text} with
// their ids replaced by opaque ones in a shuffled order (BASIL's ids name the event), and the
// stories are scored with B-cubed precision, recall and F1 over articles against `meta.event_id`.
// Also prints F1 at other thresholds (how sensitive the figure is), without dates, and from saved
// `analyze` results instead of the articles.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mulberry32 } from './synthetic-stories.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const gold = process.argv[2] ?? resolve(root, '../shared/eval/framing/basil_articles.dev.jsonl');
const cli = join(root, 'dist/cli.js');
const work = mkdtempSync(join(tmpdir(), 'framelens-stories-'));

/** B-cubed over items: per item, the share of its predicted cluster in its gold cluster (P) and the reverse (R). */
function bcubed(pred, truth) {
  const groups = (m) => {
    const members = new Map();
    for (const [id, c] of m) (members.get(c) ?? members.set(c, new Set()).get(c)).add(id);
    return members;
  };
  const P = groups(pred);
  const T = groups(truth);
  let p = 0;
  let r = 0;
  for (const [id, t] of truth) {
    const mine = P.get(pred.get(id)) ?? new Set([id]);
    const real = T.get(t);
    let both = 0;
    for (const x of mine) if (real.has(x)) both++;
    p += both / mine.size;
    r += both / real.size;
  }
  p /= truth.size;
  r /= truth.size;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

// A fixed shuffle, so runs are repeatable.
function shuffled(items) {
  const out = [...items];
  const rand = mulberry32(12345);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

const rows = shuffled(readFileSync(gold, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)));
const truth = new Map(rows.map((r, i) => [`a${String(i).padStart(4, '0')}`, r.meta.event_id]));
const withDates = join(work, 'articles.jsonl');
const withoutDates = join(work, 'articles-undated.jsonl');
writeFileSync(withDates, rows.map((r, i) => JSON.stringify({ id: `a${String(i).padStart(4, '0')}`, outlet: r.outlet, published: r.meta.date, text: r.text })).join('\n') + '\n');
writeFileSync(withoutDates, rows.map((r, i) => JSON.stringify({ id: `a${String(i).padStart(4, '0')}`, outlet: r.outlet, text: r.text })).join('\n') + '\n');

function score(input, extra = []) {
  const out = execFileSync('node', [cli, 'stories', '--format', 'jsonl', '--quiet', ...extra, input], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const pred = new Map(out.split('\n').filter(Boolean).map((l) => JSON.parse(l)).map((a) => [a.id, a.story]));
  const s = bcubed(pred, truth);
  return `P ${s.p.toFixed(3)} R ${s.r.toFixed(3)} F1 ${s.f1.toFixed(3)} (${new Set(pred.values()).size} stories for ${new Set(truth.values()).size} events)`;
}

console.log(`stories, ${rows.length} articles, default threshold: ${score(withDates)}`);
for (const t of ['0.08', '0.10', '0.12', '0.20', '0.25']) console.log(`  threshold ${t}: ${score(withDates, ['--threshold', t])}`);
console.log(`  without dates, default threshold: ${score(withoutDates)}`);
const saved = join(work, 'analysed.jsonl');
writeFileSync(saved, execFileSync('node', [cli, 'analyze', '--format', 'jsonl', '--quiet', withDates], { encoding: 'utf8', maxBuffer: 1 << 30 }));
console.log(`  from saved \`analyze --format jsonl\` results (no article text): ${score(saved)}`);
