// `framelens report`: the comparative Markdown report (markdownlint-clean).
import type { LexiconSet } from '../types.js';
import { cueShown, type Comparison } from '../aggregate/index.js';
import { ledgerSpeaker, outletFigures, type CorpusView } from './corpus-view.js';
import { blocksToMarkdown } from './blocks.js';
import { actorSections, caveatsSection, loadedTermsSection, SMALL_SAMPLE } from './report-sections.js';
import { summaryItems } from './summary.js';
import { bullets, cell, document, link, paragraph, table } from './markdown.js';
import type { Chart } from './report-charts.js';
import { excerpt, inQuotes, plural, truncate } from './text.js';

export interface ReportMeta {
  title: string;
  /** Chart image paths relative to the report, when the charts were written beside it. */
  chartFiles?: { chart: Chart; path: string }[];
  footer: string;
  /** Outlets with fewer articles than this are flagged as small samples. */
  smallSample?: number;
}

/** Article text shown in prose, escaped. */
const quoted = (text: string, max = 300) => cell(inQuotes(truncate(text, max)));

function summary(view: CorpusView, c: Comparison): string {
  return bullets(summaryItems(view, c).map(cell));
}

function corpusTable(view: CorpusView): string {
  return document([
    table(
      // The headline (or the opening words) names an article for a reader, linked to its page when the input
      // gave the address; the id is what the evidence lines cite.
      ['Article', 'Id', 'Outlet', 'Published', 'Wire copy', 'Characters', 'Quotes'],
      view.articles.map((a) => [link(a.title ?? a.headline ?? a.id, a.url), cell(a.id), cell(a.outlet), cell(a.published ?? '—'), cell(a.wire ?? 'no'), String(a.length), String(a.quotes)]),
    ),
    view.articleCount > view.articles.length
      ? paragraph(`The first ${view.articles.length} of ${view.articleCount} articles are listed; every figure in this report counts all ${view.articleCount}.`)
      : null,
  ]);
}

const LEDGER_ROWS = 300;

function ledger(view: CorpusView, c: Comparison): string {
  if (!view.quoteCount) return 'No direct or partial quotes were found.';
  const rows = view.ledger.slice(0, LEDGER_ROWS);
  return document([
    table(
      ['Outlet', 'Speaker', 'Role', 'Verb', 'Kind', 'Quote'],
      rows.map((q) => [cell(q.outlet), cell(ledgerSpeaker(c, q)) + (q.anonymous ? ' (anonymous)' : ''), cell(q.role || '—'), cell(cueShown(q.verb, q.lemma)), q.kind, quoted(q.quote, 200)]),
    ),
    view.quoteCount > rows.length
      ? paragraph(`The first ${rows.length} of ${view.quoteCount} quotes are shown; \`framelens quotes PATHS --format csv\` lists them all (the counted ones are its rows of kind \`direct\` or \`partial\` with \`segment\` \`headline\` or \`body\`; it lists reported speech, scare quotes and titles too).`)
      : null,
  ]);
}

function anonymousSources(view: CorpusView, c: Comparison): string {
  const rows = view.outlets.flatMap((outlet) => {
    const f = outletFigures(c, outlet);
    if (!f || (!f.anonymousQuotes && !f.anonymousReported)) return [];
    return f.anonymousEvidence.map((e, i) => [
      i ? '' : cell(outlet),
      i ? '' : `${f.anonymousQuotes} quoted, ${f.anonymousReported} reported`,
      i ? '' : cell(f.anonymousSources.map((s) => s.source).join('; ')),
      cell(inQuotes(excerpt(e.text, f.anonymousSources.map((s) => s.source), 300))),
    ]);
  });
  if (!rows.length) return 'No outlet quotes or paraphrases an anonymous source.';
  return document([
    paragraph('Speech credited to sources the article does not name, quoted (direct or partial) or reported (the outlet’s paraphrase, such as “US officials say”), with the sentences.'),
    table(['Outlet', 'Anonymous speech', 'Sources as described', 'Sentence'], rows),
  ]);
}

/** Loaded terms in the site's own lists (headlines, related links): shown apart, never counted as the article's. */
function furniture(view: CorpusView, c: Comparison): string {
  const rows = view.outlets.flatMap((outlet) => {
    const f = outletFigures(c, outlet);
    if (!f?.furniture.length) return [];
    return [[cell(outlet), f.furniture.map((t) => `${cell(t.text)}${t.count > 1 ? ` (${t.count})` : ''} [${t.segment}]`).join(', '), f.furnitureEvidence.slice(0, 3).map((e) => quoted(e.text, 120)).join(' ')]];
  });
  if (!rows.length) return 'No loaded terms in page furniture.';
  return document([
    paragraph('Words found in what the page carries besides the article (the site’s own lists of headlines, related links, footers). They are the site’s words, often about other stories and other dates, and are not counted in the figures above.'),
    table(['Outlet', 'Loaded terms [where]', 'Examples'], rows),
  ]);
}

function distinctive(comparison: Comparison): string {
  const rows = comparison.distinctiveWords
    .filter((d) => d.words.length)
    .map((d) => [cell(d.outlet), d.words.map((w) => `${cell(w.word)} (${w.count} vs ${w.otherCount}; z=${w.z.toFixed(1)})`).join(', ')]);
  if (!rows.length) return 'Distinguishing words need at least two outlets.';
  return document([
    paragraph('Words each outlet uses more than the others, by the weighted log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi and Quinn 2008). Counts are the outlet’s uses against all other outlets’ uses; |z| below 2 is weak evidence, and names of the people in the story dominate when there are few articles.'),
    table(['Outlet', 'Words (count here vs elsewhere; z-score)'], rows),
  ]);
}

export function renderMarkdownReport(view: CorpusView, comparison: Comparison, lex: LexiconSet, meta: ReportMeta): string {
  const charts = meta.chartFiles?.length
    ? meta.chartFiles.map(({ chart, path }) => `![${cell(chart.caption)}](${path})`).join('\n\n')
    : 'Charts are written as SVG files beside the report when it is saved with `--out`.';
  const speech = view.quoteCount;
  return document([
    `# ${cell(meta.title)}`,
    '## Summary',
    summary(view, comparison),
    '## Charts',
    charts,
    '## The corpus',
    corpusTable(view),
    '## How each outlet names and describes the main actors',
    blocksToMarkdown(actorSections(view, comparison)),
    '## Anonymous sources',
    anonymousSources(view, comparison),
    '## Quote ledger',
    paragraph(`${plural(speech, 'direct or partial quote')}, in article order.`),
    ledger(view, comparison),
    '## Loaded terms',
    blocksToMarkdown(loadedTermsSection(view, lex)),
    '## Page furniture (not counted)',
    furniture(view, comparison),
    '## Distinguishing words per outlet',
    distinctive(comparison),
    '## Method and caveats',
    blocksToMarkdown(caveatsSection(view, meta.smallSample ?? SMALL_SAMPLE)),
    '## Reproducibility',
    paragraph(meta.footer.replace(/`/g, "'")),
  ]);
}
