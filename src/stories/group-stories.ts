// Groups articles into stories (reports of the same real-world event): TF-IDF cosine over words
// and the actors the analysis found, scaled down by the gap between publication dates, candidate
// pairs from an index of rare terms, and average-link clustering stopped at a threshold.
import { averageLink } from './cluster.js';
import { DEFAULT_STORY_OPTIONS } from './defaults.js';
import { candidateEdges } from './candidates.js';
import { isoDay } from './days.js';
import { StoryCorpus, type CompactDoc } from './story-corpus.js';
import type { Story, StoryGrouping, StoryInput, StoryOptions } from './types.js';
import { idfOf, tfidfVector, type Vector } from './vectors.js';

export { DEFAULT_STORY_OPTIONS };

/** Pairs below this are not worth keeping as graph edges (far under any sensible threshold). */
const MIN_EDGE = 0.02;
const LABEL_WORDS = 5;
const LABEL_ACTORS = 3;

export function groupStories(items: Iterable<StoryInput>, options: Partial<StoryOptions> = {}): StoryGrouping {
  const corpus = new StoryCorpus();
  for (const item of items) corpus.add(item);
  return groupCorpus(corpus, options);
}

export function groupCorpus(corpus: StoryCorpus, options: Partial<StoryOptions> = {}): StoryGrouping {
  const o = { ...DEFAULT_STORY_OPTIONS, ...options };
  const docs = corpus.docs;
  const actor = new Uint8Array(corpus.df.length);
  for (const [term, id] of corpus.vocabulary) if (term.startsWith('@')) actor[id] = 1;
  const idf = idfOf(corpus.df, docs.length, actor);
  const vectors = docs.map((d) => tfidfVector(d, idf, o.termsPerDoc));
  const edges = candidateEdges(vectors, docs, corpus.spellings.length, { ...o, minSim: MIN_EDGE });
  const root = averageLink(docs.length, edges, o.threshold);

  const members = new Map<number, number[]>();
  docs.forEach((_, i) => {
    const group = members.get(root[i]);
    if (group) group.push(i);
    else members.set(root[i], [i]);
  });
  // Map iteration follows first insertion, i.e. each story's first article in input order.
  const stories: Story[] = [];
  const storyOf = new Array<string>(docs.length);
  for (const group of members.values()) {
    const story = `s${stories.length + 1}`;
    for (const i of group) storyOf[i] = story;
    stories.push(describeStory(story, group, docs, vectors, corpus.spellings));
  }
  const assignments = docs.map((d, i) => ({ id: d.id, outlet: d.outlet, ...(d.published ? { published: d.published } : {}), story: storyOf[i] }));
  return { assignments, stories };
}

function describeStory(story: string, group: number[], docs: CompactDoc[], vectors: Vector[], spellings: string[]): Story {
  const weight = new Map<number, number>();
  for (const i of group) vectors[i].ids.forEach((t, k) => weight.set(t, (weight.get(t) ?? 0) + vectors[i].weights[k]));
  // (Weights rounded and ties broken by the words, not by term id or summing order: both follow
  // the input order, and a story's words must not change with the order its articles came in. Of
  // words that weigh alike the longer says more: `footbridge` before `bridge`.)
  const rounded = (w: number) => Math.round(w * 1e9);
  const byWord = (a: string, b: string) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0);
  const words = [...weight]
    .filter(([t]) => !spellings[t].startsWith('@'))
    .sort((a, b) => rounded(b[1]) - rounded(a[1]) || byWord(spellings[a[0]], spellings[b[0]]))
    .slice(0, LABEL_WORDS)
    .map(([t]) => spellings[t]);
  // Actors named in at least half the articles, by key (`Flynn` and `Michael Flynn` are one),
  // shown by the longest name used.
  const actorCount = new Map<string, { n: number; name: string }>();
  for (const i of group) {
    for (const a of docs[i].actors) {
      const seen = actorCount.get(a.key) ?? { n: 0, name: a.name };
      seen.n++;
      if (a.name.length > seen.name.length) seen.name = a.name;
      actorCount.set(a.key, seen);
    }
  }
  const actors = [...actorCount.values()]
    .filter((a) => a.n * 2 >= group.length)
    .sort((a, b) => b.n - a.n || a.name.localeCompare(b.name))
    .slice(0, LABEL_ACTORS)
    .map((a) => a.name);
  const days = group.map((i) => docs[i].day).filter((d): d is number => d !== null);
  let from: number | null = null;
  let to: number | null = null;
  for (const d of days) {
    if (from === null || d < from) from = d;
    if (to === null || d > to) to = d;
  }
  const outlets = [...new Set(group.map((i) => docs[i].outlet ?? 'outlet unknown'))];
  return {
    story,
    articles: group.map((i) => {
      const d = docs[i];
      return { id: d.id, outlet: d.outlet, ...(d.published ? { published: d.published } : {}), ...(d.title ? { title: d.title } : {}) };
    }),
    outlets,
    from: from === null ? null : isoDay(from),
    to: to === null ? null : isoDay(to),
    actors,
    words,
  };
}
