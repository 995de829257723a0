// The evaluation and benchmark scripts that call the built stages directly (not the CLI) run on a tiny input of
// our own, so a change to a stage's signature breaks this test, not `npm run eval`.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './cli-run.js';
import { tmpFiles } from './tmp-files.js';

const { fixture } = tmpFiles('framelens-scripts-');
const sentence = (text: string, target: string, label: string) => {
  const start = text.indexOf(target);
  return JSON.stringify({ id: `t${start}-${label}`, text, spans: [{ start, end: start + target.length, text: target, label }] });
};

describe('scripts/eval-newsmtsc.mjs', () => {
  it('scores sentiment towards each target of a small file', () => {
    const file = fixture(
      'newsmtsc.jsonl',
      [
        sentence('Senator Jane Roe praised the brave and generous volunteers.', 'Jane Roe', 'positive'),
        sentence('Critics said John Doe was a corrupt and dishonest liar.', 'John Doe', 'negative'),
        sentence('Mayor Ann Lee will speak at noon on Tuesday.', 'Ann Lee', 'neutral'),
      ].join('\n'),
    );
    const run = spawnSync('node', [join(ROOT, 'scripts/eval-newsmtsc.mjs'), file], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^newsmtsc targets=3 threshold=1 macroF1=\d\.\d{4} accuracy=\d\.\d{4} always-neutral macroF1=\d\.\d{4}\n$/);
  });
});

describe('scripts/bench.mjs --one', () => {
  it('times every stage of the pipeline on a pathological article without an internal error', () => {
    const run = spawnSync('node', [join(ROOT, 'scripts/bench.mjs'), '--one', 'said-quotes', '5000'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const times = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(Object.keys(times).sort()).toEqual(['actors', 'framing', 'quotes', 'segment', 'sentiment']);
    for (const ms of Object.values(times)) expect(ms).toBeGreaterThan(0);
  });
});
