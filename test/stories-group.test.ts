// Story grouping on made-up corpora: one event in several outlets, the same actors in different
// events, the same event a year apart, undated articles, and the labels and order of stories.
import { describe, expect, it } from 'vitest';
import { averageLink } from '../src/stories/cluster.js';
import { groupStories, sameStory, storyInputOf, type StoryInput } from '../src/stories/index.js';
import { foldWord } from '../src/stories/terms.js';
import { cosine, dateFactor, idfOf, type Vector } from '../src/stories/vectors.js';
import { ALL, BRIDGE, LIBRARY, RACE_2021, RACE_2022 } from './stories-fixtures.js';

/** Articles grouped as sets of ids, sorted, for comparison. */
function groups(items: StoryInput[], options = {}): string[][] {
  const byStory = new Map<string, string[]>();
  for (const a of groupStories(items, options).assignments) byStory.set(a.story, [...(byStory.get(a.story) ?? []), a.id]);
  return [...byStory.values()].map((g) => g.sort()).sort((a, b) => a[0].localeCompare(b[0]));
}

const ids = (items: StoryInput[]) => items.map((i) => i.id).sort();
const undated = (items: StoryInput[]) => items.map(({ published: _, ...rest }) => rest);

describe('groupStories', () => {
  it.each([
    ['one event in three outlets is one story', BRIDGE, [ids(BRIDGE)]],
    ['the same mayor in two events of the same week: two stories', [...BRIDGE, ...LIBRARY], [ids(BRIDGE), ids(LIBRARY)]],
    ['the same race a year apart: two stories', [RACE_2021, RACE_2022], [['race-2021'], ['race-2022']]],
    ['the whole corpus', ALL, [ids(BRIDGE), ids(LIBRARY), ['race-2021'], ['race-2022']]],
    ['undated articles still group on content', undated([...BRIDGE, ...LIBRARY]), [ids(BRIDGE), ids(LIBRARY)]],
    ['undated, the yearly race reads as one story', undated([RACE_2021, RACE_2022]), [['race-2021', 'race-2022']]],
  ])('%s', (_name, items, expected) => {
    expect(groups(items)).toEqual(expected);
  });

  it('numbers stories in input order and labels them with shared actors, words and dates', () => {
    const actors = (names: string[]) => names.map((name) => ({ id: name.toLowerCase(), name, kind: 'person', mentions: 2 }));
    const items = [...LIBRARY, ...BRIDGE].map((a) => ({ ...a, actors: actors(['Edda Kowalczyk']) }));
    const g = groupStories(items);
    expect(g.assignments.map((a) => a.story)).toEqual(['s1', 's1', 's2', 's2', 's2']);
    const bridge = g.stories[1];
    expect(bridge).toMatchObject({ story: 's2', from: '2023-03-14', to: '2023-03-15', actors: ['Edda Kowalczyk'] });
    expect(bridge.outlets).toEqual(['Harbour Herald', 'Marlow Courier', 'Lenne Valley Times']);
    expect(bridge.words).toEqual(expect.arrayContaining(['footbridge']));
    expect(g.stories[0].words).toEqual(expect.arrayContaining(['library']));
  });

  it('a higher threshold splits, a lower one merges', () => {
    expect(groups(BRIDGE, { threshold: 0.99 })).toHaveLength(3);
    expect(groups([...BRIDGE, ...LIBRARY], { threshold: 0.001 })).toHaveLength(1);
  });

  it('gives every article exactly one story, also with no text and repeated ids', () => {
    const items: StoryInput[] = [{ id: 'x', outlet: null }, { id: 'x', outlet: null, text: '' }, { id: 'y', outlet: 'A', text: '!!!' }];
    const g = groupStories(items);
    expect(g.assignments).toHaveLength(3);
    expect(g.stories.reduce((n, s) => n + s.articles.length, 0)).toBe(3);
  });

  it('is the same whatever order the articles come in (up to story names)', () => {
    expect(groups([...ALL].reverse())).toEqual(groups(ALL));
  });

  it('labels a story with the same words, in the same order, in any article order (ties by spelling)', () => {
    // (Two articles of one story whose words weigh alike: which comes first decided the ties.)
    const items: StoryInput[] = [
      { id: 'a', outlet: 'A', published: '2023-05-01', text: 'Quarry workers struck at Dunmore. Quarry owners met Dunmore workers about pay.' },
      { id: 'b', outlet: 'B', published: '2023-05-01', text: 'Dunmore quarry workers struck. Owners of the Dunmore quarry met workers about pay.' },
    ];
    const words = (list: StoryInput[]) => groupStories(list).stories.map((s) => s.words);
    expect(words([...items].reverse())).toEqual(words(items));
    expect(words(items)).toHaveLength(1);
  });

  it('labels a story with the same spelling of a word in any article order (the shorter: `email`)', () => {
    const items: StoryInput[] = [
      // (Two stories sharing one word of a dozen: too little to be one event.)
      { id: 'a', outlet: 'A', text: 'The Pentagon released emails from Carter. Carter emails defense staff about budgets, procurement, generals and admirals.' },
      { id: 'b', outlet: 'B', text: 'A hurricane struck the Florida coast. Residents got an email alert about the hurricane, flooding, evacuation routes and shelters.' },
    ];
    const words = (list: StoryInput[]) => new Map(groupStories(list).stories.map((s) => [s.articles[0].id, s.words]));
    expect(words([...items].reverse())).toEqual(words(items));
    expect(words(items).get('a')).toContain('email');
  });
});

describe('idfOf', () => {
  it('a word every article of a small corpus has still weighs, as among 50 other articles; an actor’s does not', () => {
    const idf = idfOf([12, 3, 12], 12, Uint8Array.from([0, 0, 1]));
    expect(idf[0]).toBeCloseTo(Math.log(63 / 13) + 1, 10);
    expect(idf[1]).toBeCloseTo(Math.log(63 / 4) + 1, 10);
    expect(idf[2]).toBeCloseTo(1, 10);
  });
});

describe('similarity', () => {
  const v = (ids: number[], weights: number[]): Vector => ({ ids: Uint32Array.from(ids), weights: Float64Array.from(weights) });
  it.each([
    ['identical', v([1, 2], [0.6, 0.8]), v([1, 2], [0.6, 0.8]), 1],
    ['disjoint', v([1, 2], [0.6, 0.8]), v([3, 4], [0.6, 0.8]), 0],
    ['one shared term', v([1, 2], [0.6, 0.8]), v([2, 5], [1, 0]), 0.8],
  ])('cosine: %s', (_n, a, b, expected) => {
    expect(cosine(a, b)).toBeCloseTo(expected, 10);
  });

  it.each([
    [0, 1],
    [3, 1],
    [10, Math.exp(-1)],
    [365, Math.exp(-362 / 7)],
  ])('date factor for a gap of %i days', (gap, expected) => {
    expect(dateFactor(100, 100 + gap, 3, 7)).toBeCloseTo(expected, 10);
    expect(dateFactor(null, 100 + gap, 3, 7)).toBe(1);
  });

  it.each([
    ['Senators', 'senator'],
    ["senator's", 'senator'],
    ['Bridges', 'bridge'],
    ['cities', 'city'],
    ['Congress', 'congress'],
    ['politics', 'politics'],
    ['status', 'status'],
    ['said', null],
    ['on', null],
    ['Tuesday', null],
    ['2023', '2023'],
  ])('foldWord(%s) = %s', (word, expected) => {
    expect(foldWord(word)).toBe(expected);
  });

  it('average link keeps a chain apart that single link would merge', () => {
    // 0–1 and 2–3 are close, 1–2 only barely: two groups, not one.
    const root = averageLink(4, [{ a: 0, b: 1, sim: 0.6 }, { a: 2, b: 3, sim: 0.6 }, { a: 1, b: 2, sim: 0.2 }], 0.15);
    expect(root[0]).toBe(root[1]);
    expect(root[2]).toBe(root[3]);
    expect(root[0]).not.toBe(root[2]);
  });

  it('average link merges a member into a group when its mean similarity is high enough', () => {
    const root = averageLink(3, [{ a: 0, b: 1, sim: 0.35 }, { a: 0, b: 2, sim: 0.17 }, { a: 1, b: 2, sim: 0.16 }], 0.15);
    expect(new Set(root).size).toBe(1);
  });
});

describe('sameStory', () => {
  it.each([
    ['one event in three outlets', BRIDGE, true, /distinctive words.*2023-03-14 to 2023-03-15/],
    ['the same mayor, two events', [BRIDGE[0], LIBRARY[0]], false, /different events/],
    ['the same race a year apart', [RACE_2021, RACE_2022], false, /364 days apart \(2021, 2022\)/],
    ['the same race four years apart', [RACE_2021, { ...RACE_2022, published: '2025-09-07' }], false, /4 years apart \(2021, 2025\)/],
    ['one article', [RACE_2021], true, /only one/],
  ])('%s', (_n, items, same, why) => {
    const r = sameStory(items);
    expect(r.same).toBe(same);
    expect(r.why).toMatch(why);
  });
});

describe('storyInputOf', () => {
  it('keeps the headline and body, drops page furniture and media outlets, counts mentions in the article’s own text', () => {
    const text = 'Bridge falls\nThe Ostrava Quay footbridge fell. Kowalczyk spoke to Marlow TV.\nMORE: Festival tickets on sale, says Ann Lee';
    const result = {
      id: 'a',
      outlet: 'Harbour Herald',
      published: '2023-03-14',
      wire: null,
      length: text.length,
      segments: [
        { kind: 'headline' as const, start: 0, end: 12 },
        { kind: 'body' as const, start: 13, end: 75 },
        { kind: 'related-headlines' as const, start: 76, end: text.length },
      ],
      quotes: [],
      actors: [
        { id: 'kowalczyk', name: 'Edda Kowalczyk', kind: 'person' as const, affiliation: null, known: false },
        { id: 'marlow-tv', name: 'Marlow TV', kind: 'media-outlet' as const, affiliation: null, known: true },
        { id: 'ann-lee', name: 'Ann Lee', kind: 'person' as const, affiliation: null, known: false },
      ],
      mentions: [
        { start: 45, end: 54, text: 'Kowalczyk', actor: 'kowalczyk', resolvedBy: 'surname' as const, isLabel: false, segment: 'body' as const },
        { start: 64, end: 73, text: 'Marlow TV', actor: 'marlow-tv', resolvedBy: 'name' as const, isLabel: false, segment: 'body' as const },
        // (Named only in the site's list of other headlines: nothing about this story.)
        { start: 114, end: 121, text: 'Ann Lee', actor: 'ann-lee', resolvedBy: 'name' as const, isLabel: false, segment: 'related-headlines' as const },
      ],
      framing: [],
      sentiment: [],
      diagnostics: [],
    };
    const input = storyInputOf(result, text);
    expect(input.text).toContain('footbridge');
    expect(input.text).not.toContain('Festival');
    expect(input.actors).toEqual([{ id: 'kowalczyk', name: 'Edda Kowalczyk', kind: 'person', mentions: 1 }]);
    expect(input.published).toBe('2023-03-14');
    // Without the text (a saved result), the words come from the mentions and quotes.
    expect(storyInputOf(result, null).text).toBe('Kowalczyk\nMarlow TV\nAnn Lee');
  });
});

describe('candidate pairs', () => {
  it.each([
    ['two months apart', '2023-01-01', '2023-03-01', 2],
    ['two days apart', '2023-01-01', '2023-01-03', 1],
  ])('identical text %s: %i stories', (_n, a, b, stories) => {
    const text = BRIDGE[0].text;
    expect(groupStories([{ id: 'a', outlet: 'A', published: a, text }, { id: 'b', outlet: 'B', published: b, text }]).stories).toHaveLength(stories);
  });

  it('an undated article is compared with dated ones on content', () => {
    const items = [...BRIDGE.slice(0, 2), { ...BRIDGE[2], published: undefined }];
    expect(groupStories(items).stories).toHaveLength(1);
  });

  it('terms too common to index still count in the similarity, so stories still form', () => {
    expect(groups([...BRIDGE, ...LIBRARY], { maxPostings: 2 })).toEqual([ids(BRIDGE), ids(LIBRARY)]);
  });
});
