// Shards: `analyze --format jsonl --with-text` on parts of a corpus (as on separate machines),
// then `compare` / `report --from-results` on the saved files gives what a run on the articles
// gives. Unusable files end the run with one line and exit 2; bad lines are reported and skipped.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { framelens, SEEDS } from './cli-run.js';
import { tmpFiles } from './tmp-files.js';

const { dir, fixture } = tmpFiles('framelens-shards-');
const seedFiles = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();

// One shard per seed article, each analysed by its own run; a manifest gives the outlets.
const shards = seedFiles.map((f, i) => {
  const r = framelens(['analyze', join(SEEDS, f), '--format', 'jsonl', '--with-text', '--quiet', '--outlet', `Outlet ${i}`]);
  expect(r.code).toBe(0);
  return fixture(`shard-${i}.jsonl`, r.stdout);
});
const quiet = (args: string[]) => framelens([...args, '--quiet']);
// The same articles in one run: a JSONL of them with the outlets the shards were given, and the
// dates the manifest beside each named seed file gave its shard.
const manifest = JSON.parse(readFileSync(join(SEEDS, 'manifest.json'), 'utf8')) as Array<{ file: string; published?: string }>;
const published = (f: string) => manifest.find((e) => e.file === f)?.published;
const articles = fixture(
  'articles.jsonl',
  seedFiles.map((f, i) => JSON.stringify({ id: f.replace(/\.txt$/, ''), text: readFileSync(join(SEEDS, f), 'utf8'), outlet: `Outlet ${i}`, published: published(f) })).join('\n'),
);
const footerless = (s: string) => s.replace(/\n[^\n]*framelens 0[\s\S]*$/, '');

describe('compare and report --from-results', () => {
  it('--with-text keeps the text in each record, beside the result', () => {
    const record = JSON.parse(readFileSync(shards[0], 'utf8').split('\n')[0]);
    expect(record.text).toBe(readFileSync(join(SEEDS, seedFiles[0]), 'utf8'));
    expect(record.length).toBe(record.text.length);
    expect(record.framelens.version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it.each([['json'], ['jsonl'], ['table']])('compare --format %s from the shards equals compare on the articles', (format) => {
    const fresh = quiet(['compare', articles, '--format', format]);
    const merged = quiet(['compare', '--from-results', ...shards, '--format', format]);
    expect(fresh.code).toBe(0);
    expect(merged.code).toBe(0);
    expect(merged.stdout).toBe(fresh.stdout);
    expect(merged.stderr).toBe('');
  });

  it('report (Markdown and worksheet) from the shards equals the report on the articles, the footer aside', () => {
    for (const extra of [[], ['--teach']]) {
      const fresh = quiet(['report', articles, ...extra]);
      const merged = quiet(['report', '--from-results', ...shards, ...extra]);
      expect(merged.code).toBe(0);
      expect(footerless(merged.stdout)).toBe(footerless(fresh.stdout));
      expect(merged.stdout).toContain('Outlet 2');
    }
  });

  it.each([['quotes'], ['actors']])('%s --format csv from the shards equals %s on the articles', (command) => {
    const fresh = quiet([command, articles, '--format', 'csv']);
    const merged = quiet([command, '--from-results', ...shards, '--format', 'csv']);
    expect(merged.code).toBe(0);
    expect(merged.stdout.split('\n').length).toBeGreaterThan(5);
    expect(merged.stdout).toBe(fresh.stdout);
  });

  it('stories from the shards equals stories on the articles', () => {
    const fresh = quiet(['stories', articles, '--format', 'jsonl']);
    const merged = quiet(['stories', '--from-results', ...shards, '--format', 'jsonl']);
    expect(merged.code).toBe(0);
    expect(merged.stdout.trim().split('\n')).toHaveLength(3);
    expect(merged.stdout).toBe(fresh.stdout);
  });

  it('reads saved results from stdin with -', () => {
    const r = framelens(['compare', '--from-results', '-', '--format', 'jsonl', '--quiet'], { input: shards.map((f) => readFileSync(f, 'utf8')).join('') });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(quiet(['compare', articles, '--format', 'jsonl']).stdout);
  });

  it('compare --by-story reads the shards too', () => {
    const fresh = quiet(['compare', articles, '--by-story', '--format', 'json']);
    const merged = quiet(['compare', '--from-results', ...shards, '--by-story', '--format', 'json']);
    expect(merged.code).toBe(0);
    expect(JSON.parse(merged.stdout).corpus).toEqual(JSON.parse(fresh.stdout).corpus);
  });

  it('results saved without text still compare, with a warning saying what is missing', () => {
    const bare = fixture('bare.jsonl', framelens(['analyze', SEEDS, '--format', 'jsonl', '--quiet']).stdout);
    const r = framelens(['compare', '--from-results', bare]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('3 articles from 3 outlets');
    expect(r.stderr).toMatch(/results saved without their text: .*--with-text/);
  });

  it('warns when the results were written by another version or with other lexicons', () => {
    const lines = readFileSync(shards[1], 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    const old = fixture('old.jsonl', lines.map((l) => JSON.stringify({ ...l, framelens: { ...l.framelens, version: '0.0.1', lexiconHash: 'abc' } })).join('\n'));
    const r = framelens(['compare', '--from-results', shards[0], old]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/old\.jsonl:1: written by framelens 0\.0\.1, this is \d/);
    expect(r.stderr).toMatch(/old\.jsonl:1: analysed with other lexicons/);
  });

  it('warns when shards overlap (an id seen before)', () => {
    const r = framelens(['compare', '--from-results', shards[0], shards[1], shards[0]]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/shard-0\.jsonl:1: id "[^"]+" is used by an earlier record too \(do the shards overlap\?\)/);
    // …and the report says so where its figures are read, not only on stderr.
    const report = framelens(['report', '--from-results', shards[0], shards[1], shards[0], '--quiet']);
    expect(report.code).toBe(0);
    expect(report.stdout.replace(/\s+/g, ' ')).toMatch(/1 article has the id of an earlier one \(“[^”]+”\) and is counted again in every figure here/);
  });

  it('reports a bad line with its file and line number, skips it and exits 1', () => {
    const good = readFileSync(shards[0], 'utf8').trim();
    const bad = fixture('bad-line.jsonl', [good, '{"id": "x", "quotes": "none"}', 'not json', good.replace(/"id":"[^"]+"/, '"id":"again"')].join('\n'));
    const r = framelens(['compare', '--from-results', bad]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/bad-line\.jsonl:2: not an analyze result \(\w+/);
    expect(r.stderr).toMatch(/bad-line\.jsonl:3: not valid JSON/);
    expect(r.stdout).toContain('2 articles from 1 outlet');
    // The saved figures say what they leave out, since stderr is easily lost.
    const doc = JSON.parse(framelens(['compare', '--from-results', bad, '--format', 'json', '--quiet']).stdout);
    expect(doc.skipped.count).toBe(2);
    expect(doc.skipped.inputs).toEqual([expect.stringMatching(/bad-line\.jsonl:2: not an analyze result/), expect.stringMatching(/bad-line\.jsonl:3: not valid JSON/)]);
    const out = join(dirname(bad), 'bad-line-report.md');
    expect(framelens(['report', '--from-results', bad, '--out', out, '--quiet']).code).toBe(1);
    expect(readFileSync(out, 'utf8').replace(/\s+/g, ' ')).toMatch(/2 inputs could not be read, so no figure here counts them: \S*bad-line\.jsonl:2/);
  });

  it('skips a bad first line too when results follow it, and reads gzipped shards', () => {
    const good = readFileSync(shards[0], 'utf8').trim();
    const bad = fixture('bad-first.jsonl', ['{"id": "x", "quotes": "none"}', good.slice(0, 500), good].join('\n'));
    const r = framelens(['compare', '--from-results', bad]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/bad-first\.jsonl:1: not an analyze result \(\w+/);
    expect(r.stderr).toMatch(/bad-first\.jsonl:2: not valid JSON/);
    expect(r.stdout).toContain('1 article from 1 outlet');
    const packed = fixture('shard.jsonl.gz', gzipSync(readFileSync(shards[0])));
    for (const [args, input] of [[[packed]], [['-'], gzipSync(readFileSync(shards[0]))]] as const) {
      const z = framelens(['compare', '--from-results', ...args, '--format', 'json', '--quiet'], input ? { input } : {});
      expect(z.code).toBe(0);
      expect(z.stdout).toBe(quiet(['compare', '--from-results', shards[0], '--format', 'json']).stdout);
    }
  });

  it.each([
    ['articles, not results', () => articles, /articles\.jsonl: not framelens results \(line 1: /],
    ['an empty file', () => fixture('empty.jsonl', ''), /empty\.jsonl: no results in it/],
    ['a folder', () => dir, /--from-results reads the \.jsonl files .* not folders/],
    ['a missing file', () => join(dir, 'nope.jsonl'), /no such file or folder/],
  ])('%s: one line and exit 2, nothing written', (_what, path, message) => {
    const r = framelens(['compare', '--from-results', path()]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('compare --format json and --by-story leave no temporary file behind', () => {
    const tmp = fixture('tmp/keep', '');
    const env = { TMPDIR: join(tmp, '..') };
    for (const args of [['compare', articles, '--format', 'json'], ['compare', articles, '--by-story'], ['report', articles, '--by-story']]) {
      const r = framelens([...args, '--quiet'], { env });
      expect(r.code).toBe(0);
      expect(r.stdout.length).toBeGreaterThan(1000);
    }
    expect(readdirSync(join(tmp, '..'))).toEqual(['keep']);
  });

  it('--with-text is for --format jsonl only', () => {
    const r = framelens(['analyze', SEEDS, '--with-text']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--with-text applies only to --format jsonl');
  });
});

describe('saved results given the wrong way, or with a byte-order mark', () => {
  const saved = framelens(['analyze', SEEDS, '--format', 'jsonl', '--quiet']).stdout;
  it('without --from-results: exit 2, and the message says to add it', () => {
    const r = quiet(['compare', fixture('no-flag.jsonl', saved)]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/holds `framelens analyze` results, not articles: add --from-results/);
  });

  it('with --from-results and a UTF-8 byte-order mark (a file saved on Windows): read as without it', () => {
    const plain = quiet(['compare', '--from-results', fixture('plain.jsonl', saved), '--format', 'json']);
    const bom = quiet(['compare', '--from-results', fixture('bom.jsonl', `\uFEFF${saved}`), '--format', 'json']);
    expect(bom.code).toBe(0);
    expect(bom.stdout).toBe(plain.stdout);
  });
});
