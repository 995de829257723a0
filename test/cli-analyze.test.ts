import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeDocumentSchema, articleResultSchema } from '../src/report/schema.js';
import { ANSI, framelens, SEEDS, SEED_GOLD } from './cli-run.js';

const SEED_IDS = ['000_57b81a7a0a24d8a2', '001_30beac73dfb0ad23', '002_c7a545a4ddec3c56'];

function jsonLines(stdout: string): unknown[] {
  return stdout.trim().split('\n').map((l) => JSON.parse(l));
}

describe('framelens analyze', () => {
  it('writes one valid JSON object per seed article, in input order (jsonl)', () => {
    const r = framelens(['analyze', '--format', 'jsonl', SEEDS]);
    expect(r.code).toBe(0);
    const rows = jsonLines(r.stdout).map((o) => articleResultSchema.parse(o));
    expect(rows.map((o) => o.id)).toEqual(SEED_IDS);
    expect(rows.map((o) => o.outlet)).toEqual(['Mehr News Agency', 'Al-Alam', 'Iran Focus']);
  });

  it('reads JSON Lines input (the seed gold file)', () => {
    const r = framelens(['analyze', '--format', 'jsonl', SEED_GOLD]);
    expect(r.code).toBe(0);
    expect(jsonLines(r.stdout).map((o) => (o as { id: string }).id)).toEqual(SEED_IDS);
  });

  it('writes one document valid against the schema (json)', () => {
    const r = framelens(['analyze', '--format', 'json', SEEDS]);
    expect(r.code).toBe(0);
    const doc = analyzeDocumentSchema.parse(JSON.parse(r.stdout));
    expect(doc.articles).toHaveLength(3);
    expect(doc.framelens.lexiconHash).toMatch(/^[0-9a-f]{8,}$/);
  });

  it('prints a table no wider than 100 columns, without colour codes in a pipe', () => {
    const r = framelens(['analyze', SEEDS]);
    expect(r.code).toBe(0);
    for (const id of SEED_IDS) expect(r.stdout).toContain(id);
    expect(r.stdout).not.toMatch(ANSI);
    for (const line of r.stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(100);
  });

  it('writes CSV with a header row per table', () => {
    for (const [table, head] of [
      ['quotes', 'article,outlet,quote_id,'],
      ['mentions', 'article,outlet,start,end,actor,'],
      ['framing', 'article,outlet,start,end,entry,'],
    ]) {
      const r = framelens(['analyze', '--format', 'csv', '--table', table, SEEDS]);
      expect(r.code).toBe(0);
      expect(r.stdout.startsWith(head)).toBe(true);
      expect(r.stdout.split('\r\n')[0]).not.toContain('\n');
    }
  });

  it('writes the same quote rows as `framelens quotes --format csv`, with the actor and side compare counts', () => {
    const analysed = framelens(['analyze', '--format', 'csv', '--table', 'quotes', SEEDS]);
    const ledger = framelens(['quotes', '--format', 'csv', SEEDS]);
    expect(analysed.code).toBe(0);
    expect(analysed.stdout).toBe(ledger.stdout);
    const [head, ...rows] = analysed.stdout.trim().split('\r\n').map((l) => l.split(','));
    expect(head.slice(0, 15)).toEqual(['article', 'outlet', 'quote_id', 'start', 'end', 'kind', 'speaker', 'speaker_role', 'anonymous', 'cue', 'cue_lemma', 'segment', 'actor', 'side', 'text']);
    const shamkhani = rows.find((r) => r[6] === 'Ali Shamkhani' && r[5] === 'direct');
    expect(shamkhani?.slice(12, 14)).toEqual(['ali-shamkhani', 'iran']);
  });

  it('reads an article from stdin with -', () => {
    const r = framelens(['analyze', '--format', 'jsonl', '-'], { input: '“We will not give up,” Ali Shamkhani said on Sunday.\n' });
    expect(r.code).toBe(0);
    const [row] = jsonLines(r.stdout).map((o) => articleResultSchema.parse(o));
    expect(row.length).toBeGreaterThan(40);
  });

  it('--outlet overrides every outlet', () => {
    const r = framelens(['analyze', '--format', 'jsonl', '--outlet', 'Test Outlet', SEEDS]);
    expect(jsonLines(r.stdout).map((o) => (o as { outlet: string }).outlet)).toEqual(['Test Outlet', 'Test Outlet', 'Test Outlet']);
  });

  it('keeps going past a malformed JSONL line and an empty file, reporting them and exiting 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'framelens-cli-'));
    const good = { id: 'good-1', text: 'Officials said the talks would resume.' };
    writeFileSync(join(dir, 'a.jsonl'), `${JSON.stringify(good)}\n{"id": "broken", "text": \n${JSON.stringify({ ...good, id: 'good-2' })}\n`);
    writeFileSync(join(dir, 'b.txt'), '');
    const r = framelens(['analyze', '--format', 'jsonl', join(dir, 'a.jsonl'), join(dir, 'b.txt'), SEEDS]);
    expect(r.code).toBe(1);
    const rows = jsonLines(r.stdout).map((o) => articleResultSchema.parse(o));
    expect(rows.filter((o) => o.diagnostics.length === 0).map((o) => o.id)).toEqual(['good-1', 'good-2', ...SEED_IDS]);
    const diags = rows.flatMap((o) => o.diagnostics);
    expect(diags.some((d) => d.severity === 'error' && d.source?.line === 2)).toBe(true);
    expect(diags.some((d) => d.source?.path.endsWith('b.txt'))).toBe(true);
  });

  it('--fail-on none exits 0 despite error diagnostics', () => {
    const r = framelens(['analyze', '--format', 'jsonl', '--fail-on', 'none', '-'], { input: '' });
    expect(r.code).toBe(0);
  });
});

describe('framelens analyze writing much to a pipe', () => {
  // Each wait for a full pipe to drain once left two listeners behind: Node warned of a leak.
  it('waits for the pipe without leaking listeners', () => {
    const text = 'Senator Ada Brook said the plan was “reckless and wrong.” '.repeat(40);
    const input = Array.from({ length: 300 }, (_, i) => JSON.stringify({ id: `a${i}`, text })).join('\n');
    const r = framelens(['analyze', '--format', 'jsonl', '--quiet', '-'], { input });
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').filter(Boolean)).toHaveLength(300);
    expect(r.stderr).not.toMatch(/MaxListenersExceeded/);
  });
});

describe('framelens usage errors', () => {
  it.each([
    [['analyze', '--format', 'xml', SEEDS], /format/],
    [['analyze'], /no input/],
    [[], /no command/],
    [['frobnicate'], /unknown command "frobnicate"/],
    [['analyze', '--bogus', SEEDS], /unknown option --bogus for analyze/],
    [['analyze', '--out', '/no/such/folder/x.jsonl', SEEDS], /folder .* does not exist/],
    [['analyze', '--lexicons', '/no/such/lexicons', SEEDS], /not a folder/],
  ])('framelens %j: one line on stderr, exit 2', (args, message) => {
    const r = framelens(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^framelens: /);
    expect(lines[0]).toMatch(message);
    expect(lines[0]).toMatch(/; \S/); // …followed by what to do
  });
});

describe('framelens --version, --help, colour', () => {
  it('--version prints the package version', async () => {
    const { default: pkg } = await import('../package.json', { with: { type: 'json' } });
    expect(framelens(['--version']).stdout.trim()).toBe(pkg.version);
  });

  it('--help lists every command and the exit codes', () => {
    const r = framelens(['--help']);
    expect(r.code).toBe(0);
    for (const cmd of ['analyze', 'quotes', 'actors', 'compare', 'report', 'lexicon', 'eval']) expect(r.stdout).toContain(`framelens ${cmd}`);
    expect(r.stdout).toMatch(/Exit codes: 0/);
  });

  it('--color forces colour; --no-color and NO_COLOR keep it out', () => {
    expect(framelens(['analyze', '--color', SEEDS]).stdout).toMatch(ANSI);
    expect(framelens(['analyze', '--no-color', SEEDS]).stdout).not.toMatch(ANSI);
    expect(framelens(['analyze', SEEDS], { env: { NO_COLOR: '1' } }).stdout).not.toMatch(ANSI);
  });
});

describe('published JSON Schema', () => {
  it('validates analyze --format json and --format jsonl output, and rejects a broken result', async () => {
    const { readFileSync } = await import('node:fs');
    const { z } = await import('zod');
    const load = (name: string) => z.fromJSONSchema(JSON.parse(readFileSync(new URL(`../schema/${name}`, import.meta.url), 'utf8')));
    const doc = load('analyze-output.schema.json');
    const line = load('article-result.schema.json');
    expect(doc.safeParse(JSON.parse(framelens(['analyze', '--format', 'json', SEEDS]).stdout)).success).toBe(true);
    const rows = jsonLines(framelens(['analyze', '--format', 'jsonl', SEEDS]).stdout);
    for (const row of rows) expect(line.safeParse(row).success).toBe(true);
    expect(line.safeParse({ ...(rows[0] as object), quotes: [{ id: 'q1' }] }).success).toBe(false);
  });
});
