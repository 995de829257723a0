#!/usr/bin/env node
// Peak memory of the corpus commands at 1× and 8× the input (`npm run bench` runs it; alone:
// `node scripts/bench-memory.mjs [--times 8]` after a build). Inputs: the BASIL and PolNeAR dev
// articles, repeated with unique ids. Each command runs under `/usr/bin/time -v` (maximum resident
// set size); the goal is peak RSS at 8× no more than 1.5× that at 1×. Also `analyze --format json`
// on about 100 MB of input must complete (written as a stream).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist/cli.js');
const { values: opts } = parseArgs({ strict: false, options: { times: { type: 'string', default: '8' }, 'skip-100mb': { type: 'boolean', default: false } } });
const TIMES = Number(opts.times);
const TIME = '/usr/bin/time';

/** Peak RSS in MB and wall seconds of one run (written to a file in `dir`, named for the format). */
function peak(args, dir) {
  const out = join(dir, args.includes('html') ? 'out.html' : args[0] === 'report' ? 'out.md' : 'out.txt');
  const r = spawnSync(TIME, ['-v', process.execPath, cli, ...args, '--quiet', '--out', out], { encoding: 'utf8', maxBuffer: 1 << 26 });
  rmSync(out, { force: true });
  if (r.status !== 0) throw new Error(`framelens ${args.join(' ')} exited ${r.status}: ${r.stderr.split('\n\tCommand being timed')[0]}`);
  const kb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1]);
  const [, h, m, s] = /Elapsed \(wall clock\) time.*?: (?:(\d+):)?(\d+):([\d.]+)/.exec(r.stderr) ?? [];
  return { mb: kb / 1024, s: Number(h ?? 0) * 3600 + Number(m) * 60 + Number(s) };
}

/** The JSONL repeated `n` times, each copy's ids made unique. */
function repeated(src, n, path) {
  const lines = readFileSync(src, 'utf8').split('\n').filter(Boolean);
  const out = [];
  for (let r = 0; r < n; r++) for (const l of lines) out.push(JSON.stringify({ ...JSON.parse(l), id: `${JSON.parse(l).id}#${r}` }));
  writeFileSync(path, `${out.join('\n')}\n`);
  return path;
}

if (!existsSync(TIME)) {
  console.log(`memory: skipped (${TIME} is missing; apt-get install time)`);
} else {
  const dir = mkdtempSync(join(tmpdir(), 'framelens-mem-'));
  try {
    const sets = {
      basil: resolve(root, '../shared/eval/framing/basil_articles.dev.jsonl'),
      polnear: resolve(root, '../shared/eval/quotes/polnear.dev.jsonl'),
    };
    const runs = [
      ['basil', ['compare']],
      ['basil', ['compare', '--format', 'json']],
      ['basil', ['report', '--format', 'md']],
      ['basil', ['report', '--format', 'html']],
      ['polnear', ['compare', '--format', 'json']],
      ['polnear', ['report', '--format', 'html']],
    ];
    let worst = 0;
    for (const [set, args] of runs) {
      const one = repeated(sets[set], 1, join(dir, `${set}-x1.jsonl`));
      const many = repeated(sets[set], TIMES, join(dir, `${set}-x${TIMES}.jsonl`));
      const a = peak([...args, one], dir);
      const b = peak([...args, many], dir);
      worst = Math.max(worst, b.mb / a.mb);
      const label = `${args.join(' ')} ${set} dev`.padEnd(36);
      console.log(`${label} peak RSS ${a.mb.toFixed(0)} MB at 1x (${a.s.toFixed(1)} s), ${b.mb.toFixed(0)} MB at ${TIMES}x (${b.s.toFixed(1)} s): ${(b.mb / a.mb).toFixed(2)}x`);
    }
    console.log(`memory at ${TIMES}x the input: at most ${worst.toFixed(2)}x that at 1x (goal 1.5x) ${worst <= 1.5 ? 'ok' : 'OVER'}`);
    if (!opts['skip-100mb']) {
      // About 100 MB of input: the PolNeAR dev file (annotations and all) repeated.
      const size = readFileSync(sets.polnear).length;
      const big = repeated(sets.polnear, Math.ceil(100e6 / size), join(dir, 'polnear-100mb.jsonl'));
      const r = peak(['analyze', '--format', 'json', big], dir);
      console.log(`${'analyze --format json, 100 MB input'.padEnd(36)} completes: peak RSS ${r.mb.toFixed(0)} MB, ${r.s.toFixed(0)} s`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
