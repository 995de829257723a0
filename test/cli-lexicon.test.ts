import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { framelens, ROOT, SEEDS } from './cli-run.js';

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

  it('check warns about a --lexicons folder that adds nothing, and writes to --out', () => {
    const empty = lexiconDir({ 'notes.txt': 'no lexicon here' });
    const out = join(lexiconDir({}), 'check.txt');
    const r = framelens(['lexicon', 'check', '--lexicons', empty, '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`framelens: warning: --lexicons ${empty}: the folder holds no .yml or .yaml file, so it adds nothing; check the path\n`);
    expect(r.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toMatch(/^ok: \d+ loaded terms/);
  });

  it('check names both places of an id given in two --lexicons folders', () => {
    const example = readFileSync(join(ROOT, 'docs/example-lexicon/loaded-example.yml'), 'utf8');
    const again = lexiconDir({ 'again.yml': `kind: loaded\ndescription: the same ids again\n${example.slice(example.indexOf('entries:'))}` });
    const r = framelens(['lexicon', 'check', '--lexicons', 'docs/example-lexicon', '--lexicons', again]);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toMatch(new RegExp(`^${again}/again\\.yml:\\d+:\\d+: id "[^"]+" is already given at docs/example-lexicon/loaded-example\\.yml:\\d+:\\d+; give each entry its own id$`));
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
