// People named together before or after one cue said the words together: each is a speaker of the
// quote (its `coSpeakers` beside its `speaker`), counted once for each in the speaker tables and
// once per side; a list that does not open its clause, or names no person, joins no one.
import { describe, expect, it } from 'vitest';
import { compareOutlets, jointly, profileArticle } from '../src/aggregate/index.js';
import { analyzeArticle } from '../src/pipeline.js';
import { quoteRows } from '../src/report/article-views.js';
import { lexicons, quotesOf } from './quotes-helpers.js';

/** Each quote's speakers, main first: `Chuck Schumer + Nancy Pelosi`. */
const speakersOf = (text: string) => quotesOf(text).map((q) => [q.speaker?.name ?? '-', ...(q.coSpeakers ?? []).map((s) => s.name)].join(' + '));

describe('joint speakers', () => {
  it.each([
    ['two titled names before the cue', 'House Speaker Nancy Pelosi and Senate Democratic Leader Chuck Schumer said in a joint statement, "This is a disgrace."', ['Chuck Schumer + Nancy Pelosi']],
    ['a list of three after a plural title', 'Reps. John Lewis, Andre Carson and Emanuel Cleaver said the bill "would hurt families."', ['Emanuel Cleaver + John Lewis + Andre Carson', 'Emanuel Cleaver + John Lewis + Andre Carson']],
    ['surnames after the cue, named in full before', 'Nancy Pelosi and Chuck Schumer met on Monday. "We will fight," said Pelosi and Schumer.', ['Nancy Pelosi + Chuck Schumer']],
    ['honorifics and surnames', 'Hillary Clinton and Elizabeth Warren spoke in Ohio. Mrs. Clinton and Ms. Warren said the rules were "rigged."', ['Elizabeth Warren + Hillary Clinton', 'Elizabeth Warren + Hillary Clinton']],
    ['after an opening phrase and a comma', 'Mark Udall and Ron Wyden sit on the committee. On Friday, Mr. Udall and Mr. Wyden said: "The program must end."', ['Ron Wyden + Mark Udall']],
    // A person and the group they belong to: the group speaks with the person.
    ['a person and `other` of a group', 'Mitt Romney and other Republicans said the deal was "a mistake."', ['Republicans + Mitt Romney', 'Republicans + Mitt Romney']],
    ['… the person as `she`', 'Sen. Claire McCaskill spoke on Monday. She and other Democrats said the deal was "a mistake."', ['Democrats + Claire McCaskill', 'Democrats + Claire McCaskill']],
    // Not joint: the list is the object of a preposition, or the speaker is a group, or alone.
    // (The spokesman speaks, not the last name of the list: the phrase runs back over it.)
    ['a list after a preposition', 'Nancy Pelosi and Chuck Schumer met. A spokesman for Pelosi and Schumer said, "No comment."', ['A spokesman for Pelosi and Schumer']],
    ['a list of places after `of`', 'The governors of California, Oregon and New York said the rule was "cruel."', ['The governors of California, Oregon and New York', 'The governors of California, Oregon and New York']],
    ['… after a capitalised head opening the sentence', 'Supporters of Donald Trump and Ted Cruz said the debate was "rigged."', ['Supporters of Donald Trump and Ted Cruz', 'Supporters of Donald Trump and Ted Cruz']],
    ['one speaker', 'Senate Majority Leader Mitch McConnell said, "The wall is needed."', ['Mitch McConnell']],
    ['the same person twice is one speaker', 'Chuck Schumer spoke. "We will win," said Schumer and Chuck Schumer.', ['Chuck Schumer']],
    // `they` after a joint quote, or after a sentence opening with the list, is the same people.
    ['`they` after a joint quote', 'Nancy Pelosi and Chuck Schumer said the wall was “immoral.” “We will not fund it,” they said.', ['Chuck Schumer + Nancy Pelosi', 'Chuck Schumer + Nancy Pelosi', 'Chuck Schumer + Nancy Pelosi']],
    ['`they` after a sentence naming the list', 'House Speaker Nancy Pelosi and Senate Democratic Leader Chuck Schumer met the president. “We will not fund the wall,” they said.', ['Chuck Schumer + Nancy Pelosi']],
    ['… but not past another named speaker', 'Nancy Pelosi and Chuck Schumer said the wall was “immoral.” Mitch McConnell disagreed. “It is needed,” he said. “We will not fund it,” they said.', ['Chuck Schumer + Nancy Pelosi', 'Chuck Schumer + Nancy Pelosi', 'Mitch McConnell', 'they']],
  ])('%s', (_, text, expected) => {
    expect(speakersOf(text)).toEqual(expected);
  });

  it('an object pronoun inside the clause joins no one (`met her and other Democrats`)', () => {
    const quotes = quotesOf('Sen. Claire McCaskill spoke on Monday. Many who met her and other Democrats said the deal was "a mistake."');
    expect(quotes.length).toBeGreaterThan(0);
    for (const q of quotes) expect(q.coSpeakers ?? []).toEqual([]);
  });

  it('a group of unnamed people named with a person is no anonymous source', () => {
    const [q] = quotesOf('Sen. Ted Cruz and other senators said the deal was "a mistake."');
    expect([q.speaker?.name, q.speaker?.anonymous, q.coSpeakers?.map((s) => s.name)]).toEqual(['other senators', false, ['Ted Cruz']]);
  });

  it('co-speakers carry their own spans and actors', () => {
    const text = 'House Speaker Nancy Pelosi and Senate Democratic Leader Chuck Schumer said in a joint statement, "This is a disgrace."';
    const [q] = analyzeArticle({ id: 'j', text, outlet: 'T' }, lexicons).quotes;
    expect(q.speaker?.actor).toBe('charles-schumer');
    expect(q.coSpeakers?.map((s) => [text.slice(s.start, s.end), s.role, s.actor])).toEqual([['House Speaker Nancy Pelosi', 'House Speaker', 'nancy-pelosi']]);
    expect(jointly(q)).toBe(', jointly with Nancy Pelosi');
  });
});

describe('joint quotes in the counts', () => {
  const text = [
    'House Speaker Nancy Pelosi and Senate Democratic Leader Chuck Schumer said in a joint statement, "This is a disgrace."',
    '"We will fight this in the courts," said Pelosi and Schumer.',
    'Senate Majority Leader Mitch McConnell said, "The wall is needed."',
  ].join('\n\n');
  const result = analyzeArticle({ id: 'j', text, outlet: 'Wire' }, lexicons);
  const cmp = compareOutlets(profileArticle(result, { text }));
  const outlet = cmp.outlets[0];

  it('counts a joint quote for each speaker, once in the outlet total and once per side', () => {
    expect(outlet.quotes).toBe(3);
    expect(outlet.jointQuotes).toBe(2);
    expect(Object.fromEntries(outlet.speakers.map((s) => [s.speaker, s.quotes]))).toEqual({ 'Chuck Schumer': 2, 'Nancy Pelosi': 2, 'Mitch McConnell': 1 });
    // All three are unaffiliated people: three quotes on that side, not five.
    expect(outlet.sides).toEqual([{ side: 'unaffiliated', count: 3 }]);
    const quoted = (id: string) => cmp.rows.find((r) => r.actor === id)?.quoted.quotes;
    expect([quoted('nancy-pelosi'), quoted('charles-schumer'), quoted('mitchell-mcconnell')]).toEqual([2, 2, 1]);
  });

  it('lists the co-speakers in the quote rows', () => {
    expect(quoteRows(result).map((r) => [r.speaker, r.co_speakers, r.co_actors])).toEqual([
      ['Chuck Schumer', 'Nancy Pelosi', 'nancy-pelosi'],
      ['Nancy Pelosi', 'Chuck Schumer', 'charles-schumer'],
      ['Mitch McConnell', null, null],
    ]);
  });
});
