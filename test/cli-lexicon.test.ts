import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { framelens, SEEDS } from './cli-run.js';

function lexiconDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'framelens-lex-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const BROKEN_ENTRY = `kind: hedges
entries:
  - id: my-hedge
    terms: [arguably]
    kind: hedge
    explanation: 42
    examples: { match: [It is arguably so.], noMatch: [It is so.] }
`;

describe('framelens lexicon', () => {
  it('check passes on the built-in lexicons', () => {
    const r = framelens(['lexicon', 'check']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^ok: \d+ loaded terms/);
  });

  it.each([
    ['a wrong type', { 'bad.yml': BROKEN_ENTRY }, /bad\.yml:\d+:\d+: /],
    ['a YAML syntax error', { 'syntax.yml': 'kind: hedge\nentries: [\n' }, /syntax\.yml:\d+:\d+: YAML syntax/],
  ])('check names file:line:col for %s and exits 2', (_what, files, where) => {
    const dir = lexiconDir(files);
    const r = framelens(['lexicon', 'check', '--lexicons', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(where);
    expect(r.stderr.trimEnd().split('\n').at(-1)).toMatch(/^framelens: \d+ problems? in the lexicons; fix/);
  });

  it('a broken --lexicons folder stops analyze with one line and exit 2', () => {
    const r = framelens(['analyze', '--lexicons', lexiconDir({ 'bad.yml': BROKEN_ENTRY }), SEEDS]);
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/bad\.yml:\d+:\d+:.*run `framelens lexicon check --lexicons /);
  });

  it('docs prints the generated page', () => {
    const r = framelens(['lexicon', 'docs']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# Lexicons/);
  });
});
