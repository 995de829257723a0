import { describe, expect, it } from 'vitest';
import { framelens, SEEDS } from './cli-run.js';

describe('framelens quotes / actors', () => {
  it.each(['quotes', 'actors'])('%s: a table no wider than 100 columns', (cmd) => {
    const r = framelens([cmd, SEEDS]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(100);
  });

  it('quotes --format jsonl: one row per quote with its outlet and speaker', () => {
    const rows = framelens(['quotes', '--format', 'jsonl', SEEDS]).stdout.trim().split('\n').map((l) => JSON.parse(l));
    const graham = rows.find((q) => q.speaker === 'Lindsey Graham' && q.kind === 'direct');
    expect(graham?.outlet).toBe('Al-Alam');
    expect(new Set(rows.map((q) => q.outlet))).toEqual(new Set(['Mehr News Agency', 'Al-Alam', 'Iran Focus']));
  });

  it('actors --format json: Al-Alam labels ISIL as Takfiri', () => {
    const { actors: rows } = JSON.parse(framelens(['actors', '--format', 'json', SEEDS]).stdout) as { actors: { outlet: string; labels: string[] }[] };
    const alAlamLabels = rows.filter((a) => a.outlet === 'Al-Alam').flatMap((a) => a.labels);
    expect(alAlamLabels.some((l) => /takfiri/i.test(l))).toBe(true);
  });

  it('actors --format csv: header then rows, labels joined', () => {
    const lines = framelens(['actors', '--format', 'csv', SEEDS]).stdout.split('\r\n');
    expect(lines[0]).toBe('article,outlet,actor,name,kind,affiliation,mentions,labels,quoted,framelens_version,lexicons');
    expect(lines.length).toBeGreaterThan(5);
  });
});
