// Everything `framelens report` writes, as text: the report (or worksheet) and the SVG charts
// beside it. Shared by the command and scripts/build-reports.mjs (and its is-current test).
import type { LexiconSet } from '../types.js';
import { comparisonOf, type CorpusView } from './corpus-view.js';
import { anonymousSourcesHtml } from './html/anonymous-sources.js';
import { escapeHtml } from './html/escape.js';
import { renderHtml, type AnnotatedArticle } from './html/render-html.js';
import { summaryItems } from './summary.js';
import { renderMarkdownReport } from './markdown-report.js';
import { reportCharts } from './report-charts.js';
import { renderWorksheet } from './worksheet.js';
import { blocksToHtmlBody } from './blocks.js';
import { actorSections, caveatsSection, loadedTermsSection, SMALL_SAMPLE } from './report-sections.js';

export interface ReportFileOptions {
  /** Base name of the output (`seeds` for reports/seeds.md); chart files are NAME-<chart>.svg. */
  name: string;
  format: 'md' | 'html';
  teach?: boolean;
  title?: string;
  footer: string;
  /** Write the charts as files beside the Markdown report (false when printing to stdout). */
  chartFiles: boolean;
}

export interface ReportFiles {
  main: string;
  /** Extra files, by name relative to the main file's folder. */
  beside: Record<string, string>;
}

export function reportFiles(view: CorpusView, annotated: AnnotatedArticle[], lexicons: LexiconSet, opts: ReportFileOptions): ReportFiles {
  const title = opts.title ?? (opts.teach ? (view.outlets.length > 1 ? `Worksheet: how ${view.outlets.length} outlets name and quote the actors they write about` : 'Worksheet: reading one outlet closely') : opts.name === 'report' ? 'framelens report' : `framelens report: ${opts.name}`);
  const comparison = comparisonOf(view, lexicons);
  if (opts.teach) return { main: renderWorksheet(view, comparison, lexicons, { title, footer: opts.footer, format: opts.format }), beside: {} };
  const charts = reportCharts(view, comparison);
  if (opts.format === 'html') {
    // A large corpus: the page annotates the first articles and says so; the figures count all.
    const shown = annotated.length < view.articleCount ? `<p class="note">${escapeHtml(`The first ${annotated.length} of ${view.articleCount} articles are shown annotated below; the summary and the charts count all ${view.articleCount}.`)}</p>` : '';
    // The Markdown report's caveats and tables, so the page for students says what the figures
    // (and the tone chart) may and may not be read as.
    const sections = blocksToHtmlBody([
      { kind: 'h2', text: 'Method and caveats' },
      ...caveatsSection(view, SMALL_SAMPLE),
      { kind: 'h2', text: 'How each outlet names and describes the main actors' },
      ...actorSections(view, comparison),
      { kind: 'h2', text: 'Loaded terms' },
      ...loadedTermsSection(view, lexicons),
    ]);
    const intro = `<ul class="summary">${summaryItems(view, comparison).map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</ul>${shown}<section class="tables">${sections}</section>${anonymousSourcesHtml(view, comparison)}`;
    return { main: renderHtml(annotated, lexicons, { title, footer: opts.footer, intro, charts: charts.map((c) => ({ caption: c.caption, svg: c.svg })) }), beside: {} };
  }
  const chartFiles = opts.chartFiles ? charts.map((chart) => ({ chart, path: `${opts.name}-${chart.slug}.svg` })) : [];
  return {
    main: renderMarkdownReport(view, comparison, lexicons, { title, footer: opts.footer, chartFiles }),
    beside: Object.fromEntries(chartFiles.map(({ chart, path }) => [path, chart.svg])),
  };
}
