// The committed reports are what the current code and lexicons produce (npm run reports), and
// they, the README and a report with hostile article text pass markdownlint.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { lint } from 'markdownlint/promise';
import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../src/lexicon/load-lexicons.js';
import { addArticle, comparisonOf, emptyView } from '../src/report/corpus-view.js';
import { renderMarkdownReport } from '../src/report/markdown-report.js';
import { buildSeedReports } from '../src/report/seed-reports.js';
import { renderWorksheet } from '../src/report/worksheet.js';
import type { ArticleResult } from '../src/types.js';
import { SEEDS } from './cli-run.js';

// Default rules; lines up to 100 characters outside tables (a table row cannot be wrapped).
const CONFIG = { default: true, MD013: { line_length: 100, tables: false, code_blocks: false } };

async function lintText(name: string, text: string): Promise<string> {
  const result = await lint({ strings: { [name]: text }, config: CONFIG });
  return result.toString();
}

describe('reports/', async () => {
  const built = await buildSeedReports(SEEDS);

  it.each(Object.keys(built))('reports/%s is current (npm run reports)', (name) => {
    expect(readFileSync(new URL(`../reports/${name}`, import.meta.url), 'utf8')).toBe(built[name]);
  });

  it.each(Object.keys(built).filter((n) => n.endsWith('.md')))('%s passes markdownlint', async (name) => {
    expect(await lintText(name, built[name])).toBe('');
  });

  it('the seed report names what Al-Alam calls ISIL and links its charts', () => {
    const md = built['seeds.md'];
    // in ISIL's section: the summary names only actors that several outlets label differently
    expect(md).toMatch(/### ISIL\n[^#]*\| Al-Alam \| \d+ \| [^|]*Takfiri terrorists/);
    expect(md).toContain('](seeds-voice-share.svg)');
    expect(built['seeds-voice-share.svg']).toMatch(/^<svg [^>]*role="img"/);
  });
});

describe('markdownlint', () => {
  it('README.md passes', async () => {
    expect(await lintText('README.md', readFileSync(fileURLToPath(new URL('../README.md', import.meta.url)), 'utf8'))).toBe('');
  });

  it('a report of hostile article text stays clean Markdown', async () => {
    const lex = loadLexicons();
    const text = 'The | pipe <script>alert(1)</script> and *stars* _under_ `ticks` [link](http://x.test) “regime” # not a heading';
    const result: ArticleResult = {
      id: 'evil|id',
      outlet: 'Outlet <b>|</b>',
      wire: null,
      length: text.length,
      segments: [{ kind: 'body', start: 0, end: text.length }],
      quotes: [
        { id: 'q1', start: 0, end: 20, text: text.slice(0, 20), contents: [], kind: 'direct', cue: { text: 'said', start: 0, end: 0, lemma: 'say' }, speaker: { name: 'A | B', start: 0, end: 1, anonymous: false, resolvedBy: 'name' }, segment: 'body' },
      ],
      actors: [{ id: 'x', name: 'X <i>', kind: 'state', affiliation: null, known: true }],
      mentions: [{ start: 4, end: 8, text: 'pipe', actor: 'x', resolvedBy: 'label', isLabel: true, segment: 'body' }],
      framing: [],
      sentiment: [],
      diagnostics: [],
    };
    const view = emptyView();
    addArticle(view, result, text, lex);
    const comparison = comparisonOf(view, lex);
    const md = renderMarkdownReport(view, comparison, lex, { title: 'T', footer: 'f' });
    expect(await lintText('hostile.md', md)).toBe('');
    expect(md).not.toContain('<script>');
    expect(await lintText('hostile-worksheet.md', renderWorksheet(view, comparison, lex, { title: 'T', footer: 'f', format: 'md' }))).toBe('');
  });
});

describe('Markdown wrapping', () => {
  it.each([
    ['a minus sign', 'tone '.repeat(19) + '-0.07 is the mean'],
    ['a number and a dot', 'word '.repeat(19) + '1. not a list'],
    ['a quote mark', 'word '.repeat(19) + '> not a quote'],
  ])('never starts a line with %s', async (_what, text) => {
    const { paragraph } = await import('../src/report/markdown.js');
    const lines = paragraph(text).split('\n');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines.slice(1)) expect(line).not.toMatch(/^([-+*>]|\d+\.)/);
  });
});
