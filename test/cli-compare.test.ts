import { describe, expect, it } from 'vitest';
import { ANSI, framelens, SEEDS } from './cli-run.js';

describe('framelens compare', () => {
  it('prints the four tables within 100 columns', () => {
    const r = framelens(['compare', SEEDS]);
    expect(r.code).toBe(0);
    for (const title of ['How each outlet names the main actors', 'Loaded terms by voice', 'Who is quoted, with which verbs', 'Anonymous sources', 'Words that set each outlet apart']) {
      expect(r.stdout).toContain(title);
    }
    expect(r.stdout).not.toMatch(ANSI);
    for (const line of r.stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(100);
  });

  it('lists each outlet\'s labels for the seed actors', () => {
    const rows = framelens(['compare', '--format', 'jsonl', SEEDS]).stdout.trim().split('\n').map((l) => JSON.parse(l));
    const labels = (actor: string, outlet: string) =>
      rows.filter((r) => r.actor === actor && r.outlet === outlet).flatMap((r) => r.labels.map((l: { text: string; count: number }) => l.text.toLowerCase()));
    expect(labels('isil', 'Al-Alam')).toContain('takfiri terrorists');
    // `Iranian regime` is only in Iran Focus's site headline lists, which are not the article.
    expect(labels('iran', 'Iran Focus (AFP copy)').some((l: string) => l.includes('regime'))).toBe(false);
  });

  it('--format json: the outlet comparison with distinctive words, and the quote ledger', () => {
    const doc = JSON.parse(framelens(['compare', '--format', 'json', SEEDS]).stdout);
    expect(doc.outlets.map((o: { outlet: string }) => o.outlet).sort()).toEqual(['Al-Alam', 'Iran Focus (AFP copy)', 'Mehr News Agency']);
    expect(doc.distinctiveWords).toHaveLength(3);
    expect(doc.distinctiveWords.every((d: { words: unknown[] }) => d.words.length > 0)).toBe(true);
    expect(doc.quotes.some((q: { speaker: string; outlet: string }) => q.speaker === 'Lindsey Graham' && q.outlet === 'Al-Alam')).toBe(true);
    expect(doc.framelens.version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('with more outlets than columns, one row per actor naming only the outlets that mention it', () => {
    const outlets = ['Alpha Daily', 'Beta Post', 'Gamma Times', 'Delta Wire', 'Epsilon News'];
    const input = outlets
      .map((outlet, i) => JSON.stringify({ id: `a${i}`, outlet, text: i < 2 ? `Iran said on Monday it would talk. Iran met envoys from Iraq.` : `The weather was mild in the city on Monday.` }))
      .join('\n');
    const r = framelens(['compare', '-'], { input });
    expect(r.code).toBe(0);
    const iran = r.stdout.split('\n').find((l) => l.startsWith('│ Iran '));
    expect(iran).toMatch(/│ 2 of 5 +│ Alpha Daily: 2 mentions · Beta Post: 2 mentions/);
    // Outlets that never name Iran get no row of dashes.
    expect(r.stdout).not.toContain('Gamma Times: ');
    expect(r.stdout.split('\n').filter((l) => l.startsWith('│ Iran '))).toHaveLength(1);
  });

  it('fits a narrow terminal too (wraps, never breaks the table)', () => {
    // Not a TTY, so the width is the 100-column default; check the widest cell wraps rather than overflows.
    const r = framelens(['compare', '--format', 'table', SEEDS]);
    const widths = new Set(r.stdout.split('\n').filter((l) => l.startsWith('│') || l.startsWith('┌')).map((l) => l.length));
    expect(Math.max(...widths)).toBeLessThanOrEqual(100);
  });
});

describe('bad input to every command: one line naming the problem and what to do, exit 2', () => {
  it.each([
    [['compare', '/no/such/path'], /no such file or folder: \/no\/such\/path/],
    [['compare', SEEDS, '--format', 'csv'], /unknown format "csv" for compare; choose one of table, json, jsonl/],
    [['quotes', SEEDS, '--format', 'pdf'], /unknown format "pdf" for quotes/],
    [['actors'], /no input given/],
    [['eval', 'quotes'], /framelens eval needs --gold/],
    [['eval', 'quotes', '--gold', '/no/such/gold.jsonl'], /gold file not found/],
    [['lexicon'], /check.*docs/],
    [['lexicon', 'docs', '--out', '/no/such/dir/x.md'], /does not exist/],
  ])('framelens %j', (args, message) => {
    const r = framelens(args);
    expect(r.code).toBe(2);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^framelens: .+; \S/);
    expect(lines[0]).toMatch(message);
  });
});
