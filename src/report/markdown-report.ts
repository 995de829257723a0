// `framelens report`: the comparative Markdown report (markdownlint-clean).
import type { LexiconSet } from '../types.js';
import { cueShown, distinctEvidence, MIN_CLAUSES, termCounts, type Comparison, type ComparisonRow } from '../aggregate/index.js';
import { actorName, actorsToShow, articlesOf, ledgerSpeaker, outletFigures, rowsByActor, type CorpusView } from './corpus-view.js';
import { summaryItems } from './summary.js';
import { bullets, cell, document, paragraph, table } from './markdown.js';
import type { Chart } from './report-charts.js';
import { inQuotes, numberWord, plural, share, toneText, truncate, voicePhrase } from './text.js';

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
      // The headline (or the opening words) names an article for a reader; the id is what the evidence lines cite.
      ['Article', 'Id', 'Outlet', 'Published', 'Wire copy', 'Characters', 'Quotes'],
      view.articles.map((a) => [cell(a.title ?? a.headline ?? a.id), cell(a.id), cell(a.outlet), cell(a.published ?? '—'), cell(a.wire ?? 'no'), String(a.length), String(a.quotes)]),
    ),
    view.articleCount > view.articles.length
      ? paragraph(`The first ${view.articles.length} of ${view.articleCount} articles are listed; every figure in this report counts all ${view.articleCount}.`)
      : null,
  ]);
}

function actorSection(view: CorpusView, c: Comparison, id: string): string {
  const byOutlet = rowsByActor(c).get(id) ?? new Map<string, ComparisonRow>();
  const list = (items: { text: string; count: number }[]) => items.map((l) => `${cell(l.text)}${l.count > 1 ? ` (${l.count})` : ''}`).join(', ') || '—';
  const rows = view.outlets.map((outlet) => {
    const r = byOutlet.get(outlet);
    if (!r) return [cell(outlet), '0', '—', '—', '—', '—', '—'];
    const narrator = termCounts(r, ['narrator'], false);
    const speech = termCounts(r, ['quote', 'reported'], true).map((l) => ({ text: `${l.text} (${voicePhrase(l.voice, l.speaker)})`, count: l.count }));
    const tone = r.sentiment.byVoice.narrator;
    const verbs = r.quoted.verbs.map((v) => `${cell(v.lemma)}${v.count > 1 ? ` (${v.count})` : ''}`).join(', ');
    return [
      cell(outlet),
      String(r.mentions),
      list(r.labels),
      list(narrator),
      list(speech),
      r.quoted.quotes ? `${share(r.quoted.quotes, outletFigures(c, outlet)?.quotes ?? 0)}: ${verbs}` : '0',
      toneText(tone),
    ];
  });
  const evidence = view.outlets.flatMap((outlet) => {
    const r = byOutlet.get(outlet);
    if (!r) return [];
    return distinctEvidence(r.evidence.labels, r.evidence.loaded).slice(0, 3).map((e) => `${cell(outlet)}: ${quoted(e.text)} (${cell(e.article)})`);
  });
  return document([
    `### ${cell(actorName(c, id))}`,
    table(['Outlet', 'Mentions', 'Labels used', 'Loaded terms (outlet’s words)', 'Loaded terms (quoted or reported, by whom)', 'Quoted (share of the outlet’s quotes): verbs', 'Tone of narration'], rows),
    evidence.length ? `Evidence:\n\n${bullets(evidence)}` : null,
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
      ? paragraph(`The first ${rows.length} of ${view.quoteCount} quotes are shown; \`framelens quotes PATHS --format csv\` lists them all.`)
      : null,
  ]);
}

function loadedTerms(view: CorpusView, lex: LexiconSet): string {
  const entries = new Map(lex.loaded.map((e) => [e.id, e]));
  const uses = [...view.loaded.values()].sort((a, b) => a.category.localeCompare(b.category) || a.entry.localeCompare(b.entry));
  if (!uses.length) return 'No loaded terms were found.';
  const rows = uses.map((u) => {
    const e = entries.get(u.entry);
    const byOutlet = [...u.byOutlet]
      .map(([o, c]) => `${cell(o)}: ${[c.narrator && `${c.narrator} narration`, c.quote && `${c.quote} quoted`, c.reported && `${c.reported} reported`].filter(Boolean).join(', ')}`)
      .join('; ');
    return [
      cell([...new Set(u.evidence.map((x) => x.text.toLowerCase()))].join(', ')),
      cell(u.category),
      cell(e?.explanation ?? ''),
      cell(e?.alternatives.join(', ') || '—'),
      byOutlet,
    ];
  });
  return table(['Term', 'Category', 'What it does', 'Neutral alternatives', 'Uses'], rows);
}

function anonymousSources(view: CorpusView, c: Comparison): string {
  const rows = view.outlets.flatMap((outlet) => {
    const f = outletFigures(c, outlet);
    if (!f || (!f.anonymousQuotes && !f.anonymousReported)) return [];
    return f.anonymousEvidence.map((e, i) => [
      i ? '' : cell(outlet),
      i ? '' : `${f.anonymousQuotes} quoted, ${f.anonymousReported} reported`,
      i ? '' : cell(f.anonymousSources.map((s) => s.source).join('; ')),
      quoted(e.text, 300),
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

function caveats(view: CorpusView, small: number): string {
  const flagged = view.outlets.filter((o) => articlesOf(view, o) < small);
  return document([
    bullets(
      [
        `Every percentage is shown with the counts behind it (part/whole). Tone is the mean AFINN-165 score of the clause around each mention, in the outlet’s own words only (quoted and reported speech, and the verb that credits it, are left out; a clause counts once per actor); ± is the standard deviation and n the number of clauses scored (fewer than ${numberWord(MIN_CLAUSES)}: too few to compare). A person’s quotes also count for the state or body they belong to.`,
        flagged.length
          ? `Small samples: ${flagged.map(cell).join(', ')} ${flagged.length === 1 ? 'has' : 'have'} fewer than ${small} articles here, so differences between outlets may be accidents of which stories were chosen, not habits of the outlet.`
          : `Every outlet has at least ${small} articles.`,
        'A lexicon match shows that a word was used, not that it was meant as bias: “regime” is ordinary in “regime change”, and a loaded word inside a quote is the speaker’s, not the outlet’s. Voice (narration, quote, reported speech) is shown so the two can be told apart. Words the lexicons do not list are not found.',
        'Quotes, speakers and actors are found automatically; the counts contain errors. The actor a loaded term is tied to is the least reliable of them (about three in four were right in hand checks of 200 in US political news): read it as a pointer to the sentence. Check the evidence sentences before citing a figure.',
        'Every figure counts the article’s own text: its headline and body. Page furniture (the site’s own headline lists, related links, licence footers, data dumps) and a repeated lead paragraph are not counted; loaded words in the site’s lists are shown in their own section.',
      ],
    ),
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
    paragraph('For the actors mentioned by the most outlets, and every actor an outlet names with a label: how often each outlet mentions it, the labels it uses for it verbatim, the loaded terms about it by voice, and the tone of the outlet’s own sentences about it.'),
    ...actorsToShow(comparison).map((id) => actorSection(view, comparison, id)),
    '## Anonymous sources',
    anonymousSources(view, comparison),
    '## Quote ledger',
    paragraph(`${plural(speech, 'direct or partial quote')}, in article order.`),
    ledger(view, comparison),
    '## Loaded terms',
    loadedTerms(view, lex),
    '## Page furniture (not counted)',
    furniture(view, comparison),
    '## Distinguishing words per outlet',
    distinctive(comparison),
    '## Method and caveats',
    caveats(view, meta.smallSample ?? 5),
    '## Reproducibility',
    paragraph(meta.footer.replace(/`/g, "'")),
  ]);
}
