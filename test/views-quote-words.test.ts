// A quote split around its cue (`“…,” said X. “…”`) spans the narrator's words between its pieces:
// every view shows the speaker's words only, the pieces joined with ` … `; `analyze --format
// jsonl` keeps `text` as the span its offsets give.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../src/lexicon/load-lexicons.js';
import { analyzeArticle } from '../src/pipeline.js';
import { quoteRows, renderQuoteRows } from '../src/report/article-views.js';
import { renderArticleTable } from '../src/report/article-table.js';
import { renderCsv } from '../src/report/csv.js';
import { articleView } from '../src/report/merge-views.js';
import { comparisonOf } from '../src/report/corpus-view.js';
import { articleMarks } from '../src/report/html/article-marks.js';
import { reportFiles } from '../src/report/report-files.js';
import { framelens } from './cli-run.js';

const lex = loadLexicons();
const text =
  'Britain backs allies after attack\n\nThe government condemned the strike on Monday. “We will not be intimidated,” said Keir Starmer, ' +
  'the prime minister, “and Britain will stand by its allies.”\n';
const article = { id: 'split', text, outlet: 'Daily' };
const r = analyzeArticle(article, lex);
const WORDS = 'We will not be intimidated, … and Britain will stand by its allies.';
const NARRATOR = /said Keir Starmer/;
const flat = (s: string) => s.replace(/\s+/g, ' ');
const view = articleView(r, text, lex);
const report = (teach: boolean) => reportFiles(view, [{ result: r, text }], lex, { name: 'r', format: 'md', teach, footer: '', chartFiles: false }).main;
const section = (doc: string, heading: string) => doc.slice(doc.indexOf(heading), doc.indexOf('\n## ', doc.indexOf(heading) + 1));

describe('a split quote in every view', () => {
  it('is one quote whose span holds the narrator’s words (the contract)', () => {
    const q = r.quotes.find((x) => x.kind === 'direct')!;
    expect(q.contents).toHaveLength(2);
    expect(q.text).toMatch(NARRATOR);
  });

  it.each<[string, () => string]>([
    ['quotes rows (table, csv, jsonl)', () => quoteRows(r).find((x) => x.kind === 'direct')!.text],
    ['quotes table', () => flat(renderQuoteRows(quoteRows(r), { width: 400, colour: false }))],
    ['analyze --format csv --table quotes', () => renderCsv([r], 'quotes', false)],
    ['analyze table', () => flat(section(renderArticleTable(r, { width: 400, colour: false }), 'Quotes'))],
    ['the quote ledger (report, compare --format json)', () => view.ledger.find((x) => x.kind === 'direct')!.quote],
    ['compare evidence of the speaker', () => comparisonOf(view, lex).rows.find((x) => x.actor === r.quotes[1].speaker?.actor)!.evidence.quotes[0].text],
    ['the report’s quote ledger', () => flat(section(report(false), '## Quote ledger'))],
    ['the worksheet’s example quote', () => flat(report(true)).match(/For example, [^\n]*?\.”?\. /)![0]],
  ])('%s shows the speaker’s words only', (_name, shown) => {
    const out = shown();
    expect(out).toContain(WORDS);
    expect(out).not.toMatch(NARRATOR);
  });

  it('the annotated page marks the pieces, not the narrator’s words between them', () => {
    const marks = articleMarks(r, lex, 'a0').filter((m) => m.attrs.class === 'quote kind-direct');
    expect(marks.map((m) => text.slice(m.start, m.end))).toEqual(['We will not be intimidated,', 'and Britain will stand by its allies.']);
    expect(marks[1].attrs['data-label']).toMatch(/Keir Starmer · said, continued$/);
  });

  it('quotes --format csv prints the words, and analyze --format jsonl keeps the span', () => {
    const dir = mkdtempSync(join(tmpdir(), 'framelens-split-'));
    const file = join(dir, 'split.jsonl');
    writeFileSync(file, `${JSON.stringify(article)}\n`);
    const csv = framelens(['quotes', file, '--format', 'csv']);
    expect(csv.code).toBe(0);
    expect(csv.stdout).toContain(WORDS);
    expect(csv.stdout).not.toMatch(NARRATOR);
    const jsonl = framelens(['analyze', file, '--format', 'jsonl']);
    const q = JSON.parse(jsonl.stdout).quotes.find((x: { kind: string }) => x.kind === 'direct');
    expect(q.text).toBe(text.slice(q.start, q.end));
  });
});
