// `framelens stories` in each format, and `compare --by-story`, on the made-up corpus.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ANSI, framelens, SEEDS } from './cli-run.js';
import { ALL } from './stories-fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'framelens-stories-'));
const CORPUS = join(dir, 'marlow.jsonl');
writeFileSync(CORPUS, ALL.map((a) => JSON.stringify({ id: a.id, outlet: a.outlet, published: a.published, text: a.text })).join('\n') + '\n');

const jsonl = (stdout: string) => stdout.trim().split('\n').map((l) => JSON.parse(l));

describe('framelens stories', () => {
  it('--format jsonl: one {id, story, …} line per article, in input order', () => {
    const r = framelens(['stories', CORPUS, '--format', 'jsonl']);
    expect(r.code).toBe(0);
    const rows = jsonl(r.stdout);
    expect(rows.map((x) => x.id)).toEqual(ALL.map((a) => a.id));
    expect(rows.map((x) => x.story)).toEqual(['s1', 's1', 's1', 's2', 's2', 's3', 's4']);
    expect(rows[0]).toMatchObject({ outlet: 'Harbour Herald', published: '2023-03-14', storyArticles: 3, storyOutlets: ['Harbour Herald', 'Marlow Courier', 'Lenne Valley Times'] });
  });

  it('--format json: the stories with labels and dates, and the assignments', () => {
    const doc = JSON.parse(framelens(['stories', CORPUS, '--format', 'json']).stdout);
    expect(doc.framelens.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(doc.assignments).toHaveLength(ALL.length);
    expect(doc.stories).toHaveLength(4);
    expect(doc.stories[0]).toMatchObject({ story: 's1', from: '2023-03-14', to: '2023-03-15' });
    expect(doc.stories[0].words).toContain('footbridge');
  });

  it('table: each story with its label, dates and articles by outlet, within 100 columns', () => {
    const r = framelens(['stories', CORPUS]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^7 articles in 4 stories; 2 covered by more than one outlet/);
    expect(r.stdout).toContain('2023-03-14 to');
    expect(r.stdout).toMatch(/Harbour Herald: bridge-herald/);
    expect(r.stdout).not.toMatch(ANSI);
    for (const line of r.stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(100);
  });

  it('reads saved `analyze --format jsonl` results too (no article text: quotes, mentions, dates)', () => {
    const saved = join(dir, 'marlow.analysed.jsonl');
    writeFileSync(saved, framelens(['analyze', CORPUS, '--format', 'jsonl']).stdout);
    const r = framelens(['stories', saved, '--format', 'jsonl']);
    expect(r.code).toBe(0);
    const rows = jsonl(r.stdout);
    expect(rows.map((x) => x.id)).toEqual(ALL.map((a) => a.id));
    // Without the text there is little to go on, but the dates still keep the two races apart.
    const story = new Map(rows.map((x) => [x.id, x.story]));
    expect(story.get('race-2021')).not.toBe(story.get('race-2022'));
  });

  it('the seed articles, years apart, are three stories', () => {
    const rows = jsonl(framelens(['stories', SEEDS, '--format', 'jsonl']).stdout);
    expect(new Set(rows.map((x) => x.story)).size).toBe(3);
  });

  it.each([
    [['stories', CORPUS, '--threshold', '2'], /--threshold 2 is not between 0 and 1/],
    [['stories', CORPUS, '--format', 'csv'], /unknown format "csv" for stories; choose one of table, jsonl, json/],
    [['stories'], /no input given/],
  ])('framelens %j: one line, exit 2', (args, message) => {
    const r = framelens(args);
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  });
});

describe('framelens compare --by-story', () => {
  it('table: the comparison within each story two outlets covered, then the coverage differences', () => {
    const r = framelens(['compare', CORPUS, '--by-story']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^4 stories in 7 articles; 2 covered by more than one outlet/);
    const bridge = r.stdout.indexOf('Story s1:');
    const library = r.stdout.indexOf('Story s2:');
    const coverage = r.stdout.indexOf('Coverage differences');
    expect(bridge).toBeGreaterThan(0);
    expect(library).toBeGreaterThan(bridge);
    expect(coverage).toBeGreaterThan(library);
    // Inside the bridge story the tables cover its three outlets only.
    expect(r.stdout.slice(bridge, library)).toContain('3 articles from 3 outlets');
    expect(r.stdout.slice(bridge, library)).toContain('How each outlet names the main actors');
    // The race, covered by one outlet each year, is a coverage difference.
    expect(r.stdout.slice(coverage)).toMatch(/Marlow Courier\s+│ s3/);
    expect(r.stdout).toMatch(/Harbour Herald covered 3 stories, 1 of them alone/);
    for (const line of r.stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(100);
  });

  it('--format json: per-story comparisons, single-outlet stories and the corpus comparison', () => {
    const doc = JSON.parse(framelens(['compare', CORPUS, '--by-story', '--format', 'json']).stdout);
    expect(doc.stories.map((s: { story: string }) => s.story)).toEqual(['s1', 's2']);
    expect(doc.stories[0].outlets).toEqual(['Harbour Herald', 'Marlow Courier', 'Lenne Valley Times']);
    expect(doc.stories[0].comparison.articles).toBe(3);
    expect(doc.stories[0].comparison.rows.length).toBeGreaterThan(0);
    expect(doc.coverage.singleOutletStories.map((s: { story: string }) => s.story)).toEqual(['s3', 's4']);
    expect(doc.corpus.articles).toBe(7);
  });

  it('--format jsonl: the outlet × actor rows of each story, tagged with it', () => {
    const rows = jsonl(framelens(['compare', CORPUS, '--by-story', '--format', 'jsonl']).stdout);
    expect(new Set(rows.map((r) => r.story))).toEqual(new Set(['s1', 's2']));
  });
});

describe('framelens report --by-story', () => {
  it('a markdownlint-clean section per shared story, the coverage differences, then the whole corpus', async () => {
    const out = join(dir, 'marlow.md');
    const r = framelens(['report', CORPUS, '--by-story', '--out', out]);
    expect(r.code).toBe(0);
    const md = readFileSync(out, 'utf8');
    const headings = md.split('\n').filter((l) => l.startsWith('#'));
    expect(headings.slice(0, 5)).toEqual([
      '# framelens report by story: marlow',
      '## Stories',
      expect.stringMatching(/^## Story s1 \(2023-03-14 to 2023-03-15\): .*footbridge/),
      '## Story s2 (2023-03-16): Edda Kowalczyk',
      '## Coverage differences',
    ]);
    expect(headings).toContain('## The whole corpus: marlow');
    expect(headings).toContain('### Summary');
    expect(md).toMatch(/\| Harbour Herald \| s4 \|/);
    const { lint } = await import('markdownlint/promise');
    const result = await lint({ strings: { report: md }, config: { default: true, MD013: { line_length: 100, tables: false, code_blocks: false } } });
    expect(result.report).toEqual([]);
  });

  it('refuses HTML and worksheets: one line, exit 2', () => {
    const r = framelens(['report', CORPUS, '--by-story', '--format', 'html']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--by-story writes the Markdown report only/);
  });
});
