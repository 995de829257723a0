// `report --by-story`: one section per story two or more outlets covered (its summary, its
// articles, and a table of how each outlet names, describes and quotes the main actors), the
// coverage differences, then the whole-corpus report with its headings one level down.
import type { LexiconSet } from '../types.js';
import { countedOutlet } from '../aggregate/index.js';
import type { ByStory, StoryComparison } from './by-story.js';
import { coverageItems } from './by-story.js';
import { actorName, actorsToShow, rowsByActor } from './corpus-view.js';
import { bullets, cell, document, paragraph, table } from './markdown.js';
import { storyDates, storyLabel } from './story-tables.js';
import { summaryItems } from './summary.js';
import { termCells, TERM_HEADS } from './report-sections.js';
import { truncate } from './text.js';

const ACTORS_PER_STORY = 6;

function counted(items: { text: string; count: number }[]): string {
  return items.map((i) => `${cell(i.text)}${i.count > 1 ? ` (${i.count})` : ''}`).join(', ') || '—';
}

function storySection(s: StoryComparison): string {
  const byActor = rowsByActor(s.comparison);
  const rows = actorsToShow(s.comparison, ACTORS_PER_STORY).flatMap((id) =>
    s.view.outlets.map((outlet) => {
      const r = byActor.get(id)?.get(outlet);
      if (!r || r.mentions === 0) return [cell(actorName(s.comparison, id)), cell(outlet), '0', '—', '—', '—', '—'];
      const [own, quoted] = termCells(r);
      const verbs = r.quoted.verbs.map((v) => ({ text: v.lemma, count: v.count }));
      return [cell(r.actorName), cell(outlet), String(r.mentions), counted(r.labels), counted(own), counted(quoted), r.quoted.quotes ? `${r.quoted.quotes}: ${counted(verbs)}` : '0'];
    }),
  );
  const st = s.story;
  return document([
    `## ${cell(truncate(`Story ${st.story} (${storyDates(st)}): ${st.actors.join(', ') || st.words.slice(0, 3).join(', ')}`, 96))}`,
    paragraph(`About: ${cell(storyLabel(st))}.`),
    bullets(summaryItems(s.view, s.comparison).map(cell)),
    table(['Outlet', 'Article', 'Published'], s.view.articles.map((a) => [cell(countedOutlet(a.outlet, a.wire)), cell(a.title ?? a.id), cell(a.published ?? '—')])),
    rows.length
      ? table(['Actor', 'Outlet', 'Mentions', 'Labels used', ...TERM_HEADS, 'Quotes: verbs'], rows)
      : paragraph('No actors were found in this story.'),
  ]);
}

/** Every heading one level down, so a whole report can sit inside another document. */
export function demoteHeadings(markdown: string): string {
  return markdown.replace(/^#/gm, '##');
}

export function renderByStoryMarkdown(b: ByStory, _lex: LexiconSet, meta: { title: string; wholeReport: string }): string {
  const single = b.single.map((s) => [cell(s.outlets[0]), s.story, cell(storyLabel(s)), storyDates(s), String(s.articles.length)]);
  return document([
    `# ${cell(meta.title)}`,
    '## Stories',
    paragraph(
      `${b.stories.length} stories in ${b.whole.view.articleCount} articles, grouped by their distinctive words, the actors they name and their dates (\`framelens stories\`). ${b.shared.length} were covered by more than one outlet: each is compared on its own below, so differences between outlets are differences in how they reported the same event.`,
    ),
    bullets(coverageItems(b).map(cell)),
    ...b.shared.map(storySection),
    '## Coverage differences',
    single.length ? document([paragraph('Stories only one outlet covered: which events an outlet chose to report is a finding of its own.'), table(['Outlet', 'Story', 'About', 'Dates', 'Articles'], single)]) : paragraph('Every story was covered by more than one outlet.'),
    demoteHeadings(meta.wholeReport),
  ]);
}
