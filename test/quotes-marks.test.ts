// Quotation marks of every family pair up; an unbalanced mark never derails the rest.
import { describe, expect, it } from 'vitest';
import { findQuotedStretches } from '../src/quotes/marks.js';
import type { Span } from '../src/types.js';

function paragraphs(text: string): Span[] {
  return [...text.matchAll(/[^\n]+/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, text: m[0] }));
}
const contents = (text: string) => findQuotedStretches(text, paragraphs(text), () => false).stretches.map((s) => text.slice(s.content.start, s.content.end));

describe('quotation marks', () => {
  it.each([
    ['curly double', 'He said, “We will go.” Then he left.', ['We will go.']],
    ['straight double', 'He said, "We will go." Then he left.', ['We will go.']],
    ['New York Times two apostrophes', "''We will go,'' he said.", ['We will go,']],
    ['backticks and apostrophes', "``We will go,'' he said.", ['We will go,']],
    ['guillemets', 'Il a dit « nous irons » hier.', ['nous irons']],
    ['mixed curly and straight', 'He called it "a disaster” for all.', ['a disaster']],
    ['single quotes for a title', "a news show called 'Face the Nation.'", ['Face the Nation.']],
    ['apostrophes are not quotes', "Iran’s leaders don't agree; the Iranians’ view", []],
    ['nested single inside double', '“He said ‘no’ twice,” she said.', ['He said ‘no’ twice,']],
    ['split around the cue', '“We will go,” he said, “and we will stay.”', ['We will go,', 'and we will stay.']],
    ['stray closing mark is skipped', 'It was a ” typo. Then “a real quote” came.', ['a real quote']],
    ['unclosed opening mark is skipped', 'An “unclosed mark here.\nNext paragraph “is fine” today.', ['is fine']],
    ['a plural possessive inside single quotes', "'The players' attitude was superb,' Gareth Southgate said.", ["The players' attitude was superb,"]],
    ['a plural possessive before a full stop inside', 'She said: ‘It’s the referees’ decision. We accept it.’', ['It’s the referees’ decision. We accept it.']],
    ['a scare quote before a lower-case word, another opened later', "He called them 'thugs' and the police 'heroes'.", ['thugs', 'heroes']],
    ['a scare quote, then a plural possessive', "He called them 'thugs' and said the leaders' plans were bad.", ['thugs']],
  ])('%s', (_name, text, expected) => {
    expect(contents(text)).toEqual(expected);
  });

  it('a quote running over paragraphs continues when the next paragraph opens with a mark', () => {
    const text = '“First paragraph of the quote.\n“Second paragraph,” she said.';
    const { stretches } = findQuotedStretches(text, paragraphs(text), () => false);
    expect(stretches.map((s) => [text.slice(s.content.start, s.content.end), s.close === null])).toEqual([
      ['First paragraph of the quote.', true],
      ['Second paragraph,', false],
    ]);
  });

  it('reports an unbalanced mark as a diagnostic with its offset', () => {
    const text = 'A stray ” mark.';
    const { diagnostics } = findQuotedStretches(text, paragraphs(text), () => false);
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'unbalanced-quote', span: { start: 8, end: 9 } })]);
  });

  it('skips paragraphs the caller marks (a raw data dump full of marks)', () => {
    const text = 'string(20) "[{"id":"1","title":"Iran vows"}]"';
    expect(findQuotedStretches(text, paragraphs(text), () => true).stretches).toEqual([]);
  });
});

describe('typographic slips', () => {
  it.each([
    ['an opening mark glued to the end of a quote closes it', 'The agency ordered an “expedited review“ of the water.', ['expedited review']],
    ['an opening mark ending its paragraph closes', 'He smiled. “The fans know it. “\nNext, the vote.', ['The fans know it.']],
    ['a closing mark after a space and before a word opens', 'Critics said the move ”looked like a stunt to them.” Few agreed.', ['looked like a stunt to them.']],
    ['but a closing mark between spaces stays a stray', 'It was a ” typo, nothing more.', []],
    ['a closing mark left out before a cue (straight marks)', '"He made claims no one could verify, Graham said. "He is acting like a film director."', ['He made claims no one could verify', 'He is acting like a film director.']],
    ['a closing mark left out before a cue (curly marks)', '“We have such a broad membership, Mr. Rother said. “It is hard to agree.”', ['We have such a broad membership', 'It is hard to agree.']],
    ['a cue inside a quote with no mark after it stays inside', '"He made claims, Graham said. And then he left," she wrote.', ['He made claims, Graham said. And then he left,']],
  ])('%s', (_name, text, expected) => {
    expect(contents(text)).toEqual(expected);
  });
});

describe('a quote inside a quote', () => {
  it.each([
    ['same marks, two closing marks ahead', 'She wrote, “Fans wore “Go Team” hats all day long.” Then she left.', ['Fans wore “Go Team” hats all day long.']],
    ['straight marks inside straight ones', 'She wrote, "Fans kept shouting "Go Team!" all day long." Then she left.', ['Fans kept shouting "Go Team!" all day long.']],
    ['straight marks inside curly ones', 'He said, “The memo was titled "Stay Calm," and nobody read it.” Then he left.', ['The memo was titled "Stay Calm," and nobody read it.']],
    ['curly marks inside straight ones', 'He said, "The memo was titled “Stay Calm,” and nobody read it." Then he left.', ['The memo was titled “Stay Calm,” and nobody read it.']],
    ['curly marks inside a straight quote that runs on to the next paragraph', '"JONES: It is like an episode of “Game Night.” We need a plan.\n"SMITH: Thank you for the time today.', ['JONES: It is like an episode of “Game Night.” We need a plan.', 'SMITH: Thank you for the time today.']],
    ['a mark doubled at the start opens nothing inside', 'She spoke.\n"“If I were you, I would ask.”\nThen she left.', ['If I were you, I would ask.']],
    ['but a mark never closed before the next quote opens restarts', '“We will go home by noon. “And we will stay.” Then they left.', ['And we will stay.']],
    ['…unless a cue shows where it closed', '“We will go, he said. “And we will stay.” Then they left.', ['We will go', 'And we will stay.']],
  ])('%s', (_name, text, expected) => {
    expect(contents(text)).toEqual(expected);
  });
});

describe('a quote left open at the end of its paragraph', () => {
  it.each([
    ['a sentence-opening mark and a full sentence run to the end', 'The mayor spoke first. “We will rebuild the pier by the spring.\nThe council met later.', ['We will rebuild the pier by the spring.']],
    ['at the start of the paragraph', '“Nobody here expected the flood this year.\nThe river rose.', ['Nobody here expected the flood this year.']],
    ['after a comma, ending in stray marks', "The mayor said, ''We will rebuild the pier by spring.'.')\nThe council met later.", ["We will rebuild the pier by spring.'.')"]],
  ])('%s', (_name, text, expected) => {
    expect(contents(text)).toEqual(expected);
  });

  it.each([
    ['the mark opens mid-sentence', 'An “unclosed mark runs here to the end.\nNext.'],
    ['the words stop without a full stop', 'He said. “We will rebuild the pier by\nThe council met later.'],
    ['too few words', 'He said. “Fine then.\nNext.'],
    ['markup, not words', 'The post follows.\n">I am here today, all of us.<tweet/>.\nNext.'],
  ])('is skipped when %s', (_name, text) => {
    expect(contents(text)).toEqual([]);
  });
});
