// The stories table: a story's articles by outlet are listed within its cell's room, and what does
// not fit is counted per outlet, so no outlet or article is hidden without a word.
import { describe, expect, it } from 'vitest';
import type { Story } from '../src/stories/index.js';
import { articlesByOutlet, renderStoryTable } from '../src/report/story-tables.js';

const story = (byOutlet: Record<string, number>, idLength = 40): Story => ({
  story: 's1',
  articles: Object.entries(byOutlet).flatMap(([outlet, n]) => Array.from({ length: n }, (_, i) => ({ id: `${outlet[0]}${i}`.padEnd(idLength, 'x'), outlet }))),
  outlets: Object.keys(byOutlet),
  from: null,
  to: null,
  actors: [],
  words: [],
});

describe('articlesByOutlet', () => {
  it.each<[string, Record<string, number>, RegExp[]]>([
    ['all fit', { 'Fox News': 2, HuffPost: 1 }, [/^Fox News: F0x+; F1x+ \| HuffPost: H0x+$/]],
    ['the third outlet is named and counted', { 'Fox News': 4, HuffPost: 3, 'New York Times': 4 }, [/Fox News: .*; \+\d more/, /HuffPost: .*; \+\d more/, /New York Times: .*; \+\d more$/]],
    ['one long list', { Reuters: 30 }, [/^Reuters: .*; \+2\d more$/]],
  ])('%s', (_name, byOutlet, patterns) => {
    const cell = articlesByOutlet(story(byOutlet));
    for (const p of patterns) expect(cell).toMatch(p);
  });

  it('shown plus counted is every article of every outlet', () => {
    const cell = articlesByOutlet(story({ 'Fox News': 4, HuffPost: 3, 'New York Times': 4 }, 50));
    const counts = cell.split(' | ').map((part) => part.split('; ').reduce((n, t) => n + Number(/^\+(\d+) more$/.exec(t)?.[1] ?? 1), 0));
    expect(counts).toEqual([4, 3, 4]);
  });

  it('the table never cuts the cell', () => {
    const table = renderStoryTable([story({ 'Fox News': 4, HuffPost: 3, 'New York Times': 4 }, 50)], { width: 100, colour: false });
    expect(table).toContain('New York Times:');
    expect(table).not.toMatch(/…/);
  });
});
