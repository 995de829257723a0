import { renderActorRows, type ActorRow } from '../src/report/article-views.js';
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
    expect(new Set(rows.map((q) => q.outlet))).toEqual(new Set(['Mehr News Agency', 'Al-Alam', 'Iran Focus (AFP copy)']));
  });

  it('quotes --kind, --speaker, --article: only the rows asked for, each filter narrowing the last', () => {
    const rows = (...args: string[]) => framelens(['quotes', '--format', 'jsonl', SEEDS, ...args]).stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));
    const all = rows();
    const own = rows('--speaker', 'SHAMKHANI', '--kind', 'direct,partial');
    expect(own.length).toBeGreaterThan(0);
    expect(own).toEqual(all.filter((q) => q.actor === 'ali-shamkhani' && (q.kind === 'direct' || q.kind === 'partial')));
    // A repeated --kind adds kinds; --article keeps one article's rows.
    const article = all[0].article;
    expect(rows('--kind', 'direct', '--kind', 'reported', '--article', article)).toEqual(all.filter((q) => q.article === article && (q.kind === 'direct' || q.kind === 'reported')));
  });

  it('quotes --kind with a word that is no kind: a usage error that names the kinds', () => {
    const r = framelens(['quotes', SEEDS, '--kind', 'drect']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('give --kind direct, or one or more of direct, partial, reported, scare, title, term');
  });

  it('actors --format json: Al-Alam labels ISIL as Takfiri', () => {
    const { actors: rows } = JSON.parse(framelens(['actors', '--format', 'json', SEEDS]).stdout) as { actors: { outlet: string; labels: string[] }[] };
    const alAlamLabels = rows.filter((a) => a.outlet === 'Al-Alam').flatMap((a) => a.labels);
    expect(alAlamLabels.some((l) => /takfiri/i.test(l))).toBe(true);
  });

  it('actors --format csv: header then rows, labels joined', () => {
    const lines = framelens(['actors', '--format', 'csv', SEEDS]).stdout.split('\r\n');
    expect(lines[0]).toBe('article,outlet,actor,name,kind,affiliation,side,mentions,labels,quoted,framelens_version,lexicons');
    expect(lines.length).toBeGreaterThan(5);
  });
});

describe('the actors table', () => {
  const row = (actor: string, name: string, affiliation: string | null, side = affiliation ?? actor): ActorRow => ({ article: 'a', outlet: 'X', actor, name, kind: 'person', affiliation, side, mentions: 1, labels: [], quoted: 0 });
  it.each<[string, ActorRow[], string]>([
    ['by the name of the actor it belongs to', [row('iran', 'Iran', null), row('ali-shamkhani', 'Ali Shamkhani', 'iran')], '│ Iran '],
    ['by its id when no row names it', [row('ali-shamkhani', 'Ali Shamkhani', 'iran')], '│ iran '],
    ['as compare does for a person the registry does not place', [row('ali-shamkhani', 'Ali Shamkhani', null, 'unaffiliated')], '│ no known affiliation '],
    ['as none for a state or body that is its own side', [row('ali-shamkhani', 'Ali Shamkhani', null)], '│ — '],
  ])('shows an affiliation %s', (_name, rows, want) => {
    const line = renderActorRows(rows, { width: 200, colour: false }).split('\n').find((l) => l.includes('Ali Shamkhani'))!;
    expect(line.split('│')[4]).toBe(want.slice(1).padEnd(line.split('│')[4].length));
  });
});
