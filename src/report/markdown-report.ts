// `framelens report`: the comparative Markdown report (markdownlint-clean).
import { SPEECH_KINDS, type LexiconSet } from '../types.js';
import type { Comparison } from '../aggregate/index.js';
import { actorsToShow, comparisonOf, meanSd, tallyList, type CorpusView } from './corpus-view.js';
import { bullets, cell, document, paragraph, table } from './markdown.js';
import type { Chart } from './report-charts.js';
import { plural, share, truncate } from './text.js';

export interface ReportMeta {
  title: string;
  /** Chart image paths relative to the report, when the charts were written beside it. */
  chartFiles?: { chart: Chart; path: string }[];
  footer: string;
  /** Outlets with fewer articles than this are flagged as small samples. */
  smallSample?: number;
}

/** Article text shown in prose, escaped. */
const quoted = (text: string, max = 300) => `“${cell(truncate(text, max))}”`;

function summary(view: CorpusView): string {
  const items: string[] = [];
  const wire = view.articles.filter((a) => a.wire).length;
  items.push(`${plural(view.articles.length, 'article')} from ${plural(view.outlets.length, 'outlet')} (${view.outlets.map(cell).join(', ')}); ${wire} of them ${wire === 1 ? 'is' : 'are'} wire copy.`);
  for (const id of actorsToShow(view)) {
    const name = view.actorInfo.get(id)?.name ?? id;
    const named = view.outlets
      .map((o) => ({ o, labels: tallyList(view.cells.get(id)?.get(o)?.labels ?? { counts: new Map() }) }))
      .filter((x) => x.labels.length)
      .map((x) => `${cell(x.o)} calls ${cell(name)} ${x.labels.slice(0, 3).map((l) => quoted(l.text)).join(', ')}`);
    if (named.length) items.push(`${named.join('; ')}.`);
  }
  for (const outlet of view.outlets) {
    const quotes = view.ledger.filter((q) => q.outlet === outlet);
    const sides = [...(view.voiceShare.get(outlet) ?? new Map<string, number>())].sort((a, b) => b[1] - a[1]);
    const narr = [...view.loaded.values()].reduce((a, u) => a + (u.byOutlet.get(outlet)?.narrator ?? 0), 0);
    const inQuotes = [...view.loaded.values()].reduce((a, u) => a + (u.byOutlet.get(outlet)?.quote ?? 0) + (u.byOutlet.get(outlet)?.reported ?? 0), 0);
    const top = sides[0] ? `most quoted side: ${cell(sides[0][0])}, ${share(sides[0][1], quotes.length)} of quotes` : 'no quotes';
    items.push(`${cell(outlet)}: ${plural(quotes.length, 'quote')}, ${top}; loaded terms: ${narr} in its own words, ${inQuotes} in quoted or reported speech.`);
  }
  return bullets(items);
}

function corpusTable(view: CorpusView): string {
  return table(
    ['Article', 'Outlet', 'Published', 'Wire copy', 'Characters', 'Quotes'],
    view.articles.map((a) => [cell(a.title ?? a.id), cell(a.outlet), cell(a.published ?? '—'), cell(a.wire ?? 'no'), String(a.length), String(a.quotes)]),
  );
}

function actorSection(view: CorpusView, id: string): string {
  const name = view.actorInfo.get(id)?.name ?? id;
  const rows = view.outlets.map((outlet) => {
    const c = view.cells.get(id)?.get(outlet);
    if (!c) return [cell(outlet), '0', '—', '—', '—', '—'];
    const list = (t: Parameters<typeof tallyList>[0]) => tallyList(t).map((l) => `${cell(l.text)}${l.n > 1 ? ` (${l.n})` : ''}`).join(', ') || '—';
    const tone = meanSd(c.sentiment);
    const quotedSpeech = [...tallyList(c.loaded.quote), ...tallyList(c.loaded.reported)].map((l) => cell(l.text)).join(', ') || '—';
    return [
      cell(outlet),
      String(c.mentions),
      list(c.labels),
      list(c.loaded.narrator),
      quotedSpeech,
      tone.n ? `${tone.mean >= 0 ? '+' : ''}${tone.mean.toFixed(2)} ± ${tone.sd.toFixed(2)} (n=${tone.n})` : '—',
    ];
  });
  const evidence = view.outlets.flatMap((outlet) => {
    const c = view.cells.get(id)?.get(outlet);
    if (!c) return [];
    return [...c.labelEvidence, ...c.loadedEvidence].slice(0, 3).map((e) => `${cell(outlet)} (${cell(e.text)}): ${quoted(e.sentence)}`);
  });
  return document([
    `### ${cell(name)}`,
    table(['Outlet', 'Mentions', 'Labels used', 'Loaded terms (outlet’s words)', 'Loaded terms (quoted or reported)', 'Tone of narration'], rows),
    evidence.length ? `Evidence:\n\n${bullets(evidence)}` : null,
  ]);
}

function ledger(view: CorpusView): string {
  if (!view.ledger.length) return 'No direct or partial quotes were found.';
  return table(
    ['Outlet', 'Speaker', 'Role', 'Verb', 'Kind', 'Quote'],
    view.ledger.map((q) => [cell(q.outlet), cell(q.speaker) + (q.anonymous ? ' (anonymous)' : ''), cell(q.role || '—'), cell(q.verb || '—'), q.kind, quoted(q.quote, 200)]),
  );
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
  const flagged = view.outlets.filter((o) => view.articles.filter((a) => a.outlet === o).length < small);
  return document([
    bullets(
      [
        'Every percentage is shown with the counts behind it (part/whole). Tone is the mean AFINN-165 score per word of the clause around each mention, in the outlet’s own sentences only; ± is the standard deviation and n the number of clauses scored.',
        flagged.length
          ? `Small samples: ${flagged.map(cell).join(', ')} ${flagged.length === 1 ? 'has' : 'have'} fewer than ${small} articles here, so differences between outlets may be accidents of which stories were chosen, not habits of the outlet.`
          : `Every outlet has at least ${small} articles.`,
        'A lexicon match shows that a word was used, not that it was meant as bias: “regime” is ordinary in “regime change”, and a loaded word inside a quote is the speaker’s, not the outlet’s. Voice (narration, quote, reported speech) is shown so the two can be told apart. Words the lexicons do not list are not found.',
        'Quotes, speakers and actors are found automatically; the counts contain errors. Check the evidence sentences before citing a figure.',
        'Page furniture (site headlines, data dumps, licence footers) is kept apart from the article text; a repeated lead paragraph is not counted twice.',
      ],
    ),
  ]);
}

export function renderMarkdownReport(view: CorpusView, lex: LexiconSet, meta: ReportMeta): string {
  const comparison = comparisonOf(view, lex);
  const charts = meta.chartFiles?.length
    ? meta.chartFiles.map(({ chart, path }) => `![${cell(chart.caption)}](${path})`).join('\n\n')
    : 'Charts are written as SVG files beside the report when it is saved with `--out`.';
  const speech = view.ledger.filter((q) => SPEECH_KINDS.has(q.kind as 'direct')).length;
  return document([
    `# ${cell(meta.title)}`,
    '## Summary',
    summary(view),
    '## Charts',
    charts,
    '## The corpus',
    corpusTable(view),
    '## How each outlet names and describes the main actors',
    paragraph('For the actors mentioned by the most outlets, and every actor an outlet names with a label: how often each outlet mentions it, the labels it uses for it verbatim, the loaded terms about it by voice, and the tone of the outlet’s own sentences about it.'),
    ...actorsToShow(view).map((id) => actorSection(view, id)),
    '## Quote ledger',
    paragraph(`${plural(speech, 'direct or partial quote')}, in article order.`),
    ledger(view),
    '## Loaded terms',
    loadedTerms(view, lex),
    '## Distinguishing words per outlet',
    distinctive(comparison),
    '## Method and caveats',
    caveats(view, meta.smallSample ?? 5),
    '## Reproducibility',
    paragraph(meta.footer.replace(/`/g, "'")),
  ]);
}
