// Which headlines are set in title case, and what the text below confirms of a name read there.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { headlineNames, isTitleCase } from '../src/headline-names.js';
import { segmentArticle } from '../src/segment/segment-article.js';
import { indexWords } from '../src/word-runs.js';
import { anyText, RUNS } from './property-helpers.js';

describe('isTitleCase', () => {
  it.each([
    ['Glenn Beck Blasts Drudge for Mocking His Fast', true],
    ['Senate Passes Bill Allowing New Drilling', true],
    ['Bill de Blasio Says He Will Run Again', true],
    ['I.R.S. Official Invokes 5th Amendment at Hearing', true],
    ['The 1990s Were a Decade of Change', true],
    ['Mrs. Ortega met Mr. Delgado on Monday.', false],
    ['Funding for Head Start at Friendship Park was cut', false],
    ['Ken Starr praises, laments Bill Clinton’s legacy', false],
    ['Trump Wins', false],
  ])('%s → %s', (line, want) => expect(isTitleCase(line)).toBe(want));
});

describe('headlineNames', () => {
  const names = (text: string, isName: (w: readonly string[]) => boolean = () => true) => {
    const seg = segmentArticle({ id: 't', text, outlet: null });
    return headlineNames(text, seg, indexWords(text), isName);
  };
  it.each([
    ['the longest opening the text writes again', 'Glenn Beck Blasts Drudge for Mocking His Fast\n\nGlenn Beck said on Tuesday that he was hurt.', ['Glenn', 'Beck', 'Blasts', 'Drudge'], ['Glenn', 'Beck']],
    ['a first name and a surname the text uses alone', 'Ken Starr Praises Bill Clinton’s Gifts\n\nMr. Starr spoke in Philadelphia on Monday.', ['Ken', 'Starr', 'Praises'], ['Ken', 'Starr']],
    ['nothing the text writes', 'Powerful Things Latinos Said In 2015\n\nMany spoke out this year.', ['Powerful', 'Things', 'Latinos'], null],
  ])('%s', (_case, text, words, want) => expect(names(text)!.confirmed(words)).toEqual(want));
  it('asks the caller what reads as a name', () => {
    const text = 'Gold Star Mom Corners Senator On ‘Reckless’ Vote\n\nThe senator met a Gold Star mother on Monday.';
    expect(names(text)!.confirmed(['Gold', 'Star', 'Mom'])).toEqual(['Gold', 'Star']);
    expect(names(text, (w) => w[0] !== 'Gold')!.confirmed(['Gold', 'Star', 'Mom'])).toBeNull();
  });
  it('reads a headline with initials and a number in title case (`I.R.S. Official Invokes 5th Amendment`)', () => {
    expect(names('I.R.S. Official Invokes 5th Amendment at Hearing\n\nThe official testified on Wednesday.')?.confirmed(['Official', 'Invokes'])).toBeNull();
  });
  it('is null for a headline in sentence case', () => {
    expect(names('Ken Starr praises, laments Bill Clinton’s legacy\n\nMr. Starr spoke on Monday.')).toBeNull();
  });
});

describe('property: headlineNames', () => {
  // A title-case first line over any text: the names read there are cut to an opening of
  // themselves, or to nothing, and nothing throws.
  const headline = fc.array(fc.constantFrom('Glenn', 'Beck', 'Blasts', 'Drudge', 'I.R.S.', '5th', 'of', 'the', 'Says', '‘Boasters’', 'al-Abadi', 'de', 'Ken', 'Starr:'), { minLength: 3, maxLength: 12 }).map((ws) => ws.join(' '));
  it('confirms an opening of the words asked about, or null', () => {
    fc.assert(
      fc.property(headline, anyText, fc.array(fc.constantFrom('Glenn', 'Beck', 'Blasts', 'Ken', 'Starr', 'X'), { maxLength: 6 }), (head, body, words) => {
        const text = `${head}\n\n${body}`;
        const seg = segmentArticle({ id: 't', text, outlet: null });
        expect(isTitleCase(head)).toBeTypeOf('boolean');
        const kept = headlineNames(text, seg, indexWords(text), () => true)?.confirmed(words) ?? null;
        if (kept) expect(words.slice(0, kept.length)).toEqual(kept);
      }),
      RUNS,
    );
  });
});
