import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
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
    expect(r.stdout).toMatch(/^ok: \d+ loaded-term entries \([\d,]+ terms\), \d+ attribution verbs \([\d,]+ forms\), \d+ hedge and intensifier entries \([\d,]+ terms\), \d+ actors in \d+ files /);
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
    expect(readFileSync(out, 'utf8')).toMatch(/^ok: \d+ loaded-term entries \([\d,]+ terms\), \d+ attribution verbs \([\d,]+ forms\), \d+ hedge and intensifier entries \([\d,]+ terms\), \d+ actors in \d+ files /);
  });

  it('check names both places of an id given in two --lexicons folders', () => {
    const example = readFileSync(join(ROOT, 'docs/example-lexicon/loaded-example.yml'), 'utf8');
    const again = lexiconDir({ 'again.yml': `kind: loaded\ndescription: the same ids again\n${example.slice(example.indexOf('entries:'))}` });
    const r = framelens(['lexicon', 'check', '--lexicons', 'docs/example-lexicon', '--lexicons', again]);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toMatch(new RegExp(`^${again}/again\\.yml:\\d+:\\d+: id "[^"]+" is already given at docs/example-lexicon/loaded-example\\.yml:\\d+:\\d+; give each entry its own id$`));
  });

  it('check passes on a copy of the built-in lexicons, and notes an entry of it that was changed', () => {
    const copy = lexiconDir({});
    cpSync(join(ROOT, 'lexicons'), copy, { recursive: true });
    expect(framelens(['lexicon', 'check', '--lexicons', copy])).toMatchObject({ code: 0, stderr: '' });
    const file = join(copy, 'loaded-evaluative.yml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('terms: [hawkish, hawk, hawks,', 'terms: [hawkish, hawk, hawks, warmonger,'));
    const r = framelens(['lexicon', 'check', '--lexicons', copy]);
    expect(r.code).toBe(2);
    // The changed entry replaces the built-in one where it stood, so it comes first to `warmonger`.
    expect(r.stderr).toMatch(new RegExp(`^${copy}/loaded-evaluative\\.yml:\\d+:\\d+: note: replaces the built-in entry "hawkish" \\(lexicons/loaded-evaluative\\.yml:\\d+:\\d+\\)$`, 'm'));
    expect(r.stderr).toMatch(/loaded-ideological\.yml:\d+:\d+: "warmonger" is already a term of entry "hawkish" \(\S+loaded-evaluative\.yml:\d+:\d+\)/);
  });

  it('check passes with warnings only, and counts them', () => {
    const dir = lexiconDir({ 'mine.yml': readFileSync(join(ROOT, 'docs/example-lexicon/loaded-example.yml'), 'utf8').replace('[maverick, mavericks]', '[maverick, mavericks, Maverick]') });
    const r = framelens(['lexicon', 'check', '--lexicons', dir]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/mine\.yml:\d+:\d+: warning: "Maverick" is terms\[0\] "maverick" again/);
    expect(r.stdout).toMatch(/^ok with 1 warning: /);
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
