// A quote's speaker is linked to the actor it is once, in the article's result: every spelling of a
// person's name links to one actor id, and a namesake or an unnamed source links to none.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/pipeline.js';
import { loadLexicons } from '../src/lexicon/load-lexicons.js';
import { speakerActor } from '../src/aggregate/index.js';

const lex = loadLexicons();
const speakers = (text: string) => analyzeArticle({ id: 't', text, outlet: 'T' }, lex).quotes.map((q) => [q.speaker?.name, q.speaker?.actor]);

describe('speaker.actor', () => {
  it.each([
    ['a surname alone', '“We will build the wall,” Trump said on Monday.', [['Trump', 'donald-trump']]],
    ['an honorific and a surname', '“It will be great,” Mr. Trump told reporters.', [['Trump', 'donald-trump']]],
    ['a fuller name', '“He is wrong,” said Donald John Trump, the president.', [['Donald John Trump', 'donald-trump']]],
    ['a person outside the registry', '“The vote was close,” Sen. Marco Rubio said.', [['Marco Rubio', 'marco-rubio']]],
    ['a namesake is no one else', 'Donald Trump spoke on Monday. “Dad is right,” said Donald Trump Jr., his son.', [['Donald Trump Jr', null]]],
    ['anonymous and described sources', '“The talks failed,” a senior official said. “We are ready,” a spokesman for the group said.', [['a senior official', null], ['a spokesman for the group', null]]],
  ])('%s', (_, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });

  it('a result saved before speakers carried their actor is linked when it is read', () => {
    const r = analyzeArticle({ id: 't', text: '“We will build the wall,” Trump said on Monday.', outlet: 'T' }, lex);
    const { actor: _, ...old } = r.quotes[0].speaker!;
    expect(speakerActor({ ...r.quotes[0], speaker: old }, r)?.id).toBe('donald-trump');
  });
});
