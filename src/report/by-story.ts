// `compare --by-story` (and `report --by-story`): the corpus split into one view per story, so
// outlets are compared on the events they all covered; stories only one outlet covered are the
// coverage differences. A thin layer over the ordinary corpus view and comparison.
import type { Comparison } from '../aggregate/index.js';
import type { Story, StoryGrouping } from '../stories/index.js';
import type { LexiconSet } from '../types.js';
import { renderCompareTables } from './compare-tables.js';
import { comparisonOf, emptyView, mergeViewInto, type CorpusView } from './corpus-view.js';
import { renderCoverageTable, storiesInOrder, storyDates, storyLabel } from './story-tables.js';
import { summaryItems } from './summary.js';
import { plural, wrapText } from './text.js';

export interface StoryComparison {
  story: Story;
  view: CorpusView;
  comparison: Comparison;
}

export interface ByStory {
  /** Stories at least two outlets covered, most outlets and articles first. */
  shared: StoryComparison[];
  /** Stories only one outlet covered. */
  single: Story[];
  whole: { view: CorpusView; comparison: Comparison };
  stories: Story[];
}

/** Each article's view (see merge-views.ts), in the order the grouping saw them (one assignment
 * per article): the whole corpus and each story are merges of them. */
export async function splitByStory(articles: AsyncIterable<CorpusView> | Iterable<CorpusView>, grouping: StoryGrouping, lexicons: LexiconSet): Promise<ByStory> {
  const whole = emptyView();
  const views = new Map<string, CorpusView>();
  const byId = new Map(grouping.stories.map((s) => [s.story, s]));
  let i = 0;
  for await (const one of articles) {
    mergeViewInto(whole, one);
    const story = byId.get(grouping.assignments[i++].story)!;
    if (story.outlets.length < 2) continue;
    let view = views.get(story.story);
    if (!view) views.set(story.story, (view = emptyView()));
    mergeViewInto(view, one);
  }
  const ordered = storiesInOrder(grouping.stories);
  return {
    shared: ordered.filter((s) => views.has(s.story)).map((story) => ({ story, view: views.get(story.story)!, comparison: comparisonOf(views.get(story.story)!, lexicons) })),
    single: ordered.filter((s) => s.outlets.length < 2),
    whole: { view: whole, comparison: comparisonOf(whole, lexicons) },
    stories: grouping.stories,
  };
}

export function storyTitle(s: Story): string {
  return `Story ${s.story}: ${storyLabel(s)} (${storyDates(s)}; ${plural(s.articles.length, 'article')} from ${s.outlets.join(', ')})`;
}

/** Per-outlet coverage: stories covered, and how many of them no other outlet covered. */
export function coverageItems(b: ByStory): string[] {
  return b.whole.view.outlets.map((outlet) => {
    const covered = b.stories.filter((s) => s.outlets.includes(outlet)).length;
    const alone = b.single.filter((s) => s.outlets[0] === outlet).length;
    return `${outlet} covered ${plural(covered, 'story', 'stories')}, ${alone} of them alone.`;
  });
}

export function renderCompareByStory(b: ByStory, lex: LexiconSet, o: { width: number; colour: boolean }): string {
  const bold = (t: string) => (o.colour ? `\u001b[1m${t}\u001b[22m` : t);
  const bullets = (items: string[]) => items.map((i) => `- ${wrapText(i, o.width - 2).replace(/\n/g, '\n  ')}`).join('\n');
  const parts = [
    bold(`${plural(b.stories.length, 'story', 'stories')} in ${plural(b.whole.view.articleCount, 'article')}; ${b.shared.length} covered by more than one outlet, compared below one by one.`),
    bullets([...coverageItems(b), ...summaryItems(b.whole.view, b.whole.comparison)]),
  ];
  for (const s of b.shared) parts.push('', bold(`══ ${wrapText(storyTitle(s.story), o.width - 3)}`), renderCompareTables(s.view, s.comparison, lex, o));
  parts.push('', bold('Coverage differences: stories only one outlet covered'), renderCoverageTable(b.single, o));
  return parts.join('\n');
}
