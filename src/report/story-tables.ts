// `framelens stories` in the terminal: one row per story with its label, dates and articles by
// outlet; and the coverage differences (stories only one outlet covered).
import type { Story } from '../stories/index.js';
import { renderTable } from './terminal-table.js';
import { plural } from './text.js';

interface Opts {
  width: number;
  colour: boolean;
}

export function storyLabel(s: Story): string {
  const actors = s.actors.join(', ');
  const words = s.words.join(', ');
  return actors && words ? `${actors} · ${words}` : actors || words || '—';
}

export function storyDates(s: Story): string {
  if (!s.from) return 'undated';
  return s.from === s.to ? s.from : `${s.from} to ${s.to}`;
}

/** Room for a story's articles in the table: every outlet is named, and the articles that do not
 * fit in its share are counted (`+2 more`), never cut off unseen. */
const ARTICLES_ROOM = 400;

export function articlesByOutlet(s: Story, room = ARTICLES_ROOM): string {
  const byOutlet = new Map<string, string[]>();
  for (const a of s.articles) {
    const outlet = a.outlet ?? 'outlet unknown';
    byOutlet.set(outlet, [...(byOutlet.get(outlet) ?? []), a.title ?? a.id]);
  }
  const share = room / byOutlet.size;
  return [...byOutlet]
    .map(([outlet, titles]) => {
      let shown = 1;
      const listed = (n: number) => `${outlet}: ${titles.slice(0, n).join('; ')}${n < titles.length ? `; +${titles.length - n} more` : ''}`;
      while (shown < titles.length && listed(shown + 1).length <= share) shown++;
      return listed(shown);
    })
    .join(' | ');
}

/** Stories with the most outlets and articles first, then in input order. */
export function storiesInOrder(stories: Story[]): Story[] {
  return [...stories].sort((a, b) => b.outlets.length - a.outlets.length || b.articles.length - a.articles.length || Number(a.story.slice(1)) - Number(b.story.slice(1)));
}

export function renderStoryTable(stories: Story[], o: Opts): string {
  const multi = stories.filter((s) => s.outlets.length > 1).length;
  const head = `${plural(stories.reduce((n, s) => n + s.articles.length, 0), 'article')} in ${plural(stories.length, 'story', 'stories')}; ${multi} covered by more than one outlet\n`;
  const rows = storiesInOrder(stories).map((s) => [s.story, storyLabel(s), storyDates(s), articlesByOutlet(s)]);
  return `${head}${renderTable(['Story', 'About (actors · words)', 'Dates', 'Articles by outlet'], rows, { ...o, maxCell: [6, 80, 24] })}\n`;
}

export function renderCoverageTable(stories: Story[], o: Opts): string {
  const single = storiesInOrder(stories).filter((s) => s.outlets.length === 1);
  if (!single.length) return 'Every story was covered by more than one outlet.\n';
  return `${renderTable(['Outlet', 'Story', 'About', 'Dates', 'Articles'], single.map((s) => [s.outlets[0], s.story, storyLabel(s), storyDates(s), String(s.articles.length)]), { ...o, maxCell: [24, 6, 80, 24, 8] })}\n`;
}
