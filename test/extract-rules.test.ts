import { describe, expect, it } from 'vitest';
import { FURNITURE_TEXT, isCapsKicker, isCreditLine, isDateLine, isPitch } from '../src/extract/boilerplate.js';

describe('extraction rules, line by line', () => {
  it.each<[string, boolean]>([
    ['PUBLISHED: 10:48, Tue, Mar 4, 2031', true],
    ['| UPDATED: 11:05, Tue, Mar 4, 2031', true],
    ['terça-feira, 4 de março de 2031 às 9:30', true],
    ['04.03.2031', true],
    ['March 4, 2031', true],
    ['— Ada Frome (@adafrome) March 4, 2031', false],
    ['(Chart: harbour repairs since 2031 - here)', false],
    ['The council voted on 4 March 2031 to repair the wall.', false],
    ['A line about 2031 without a day in it at all', false],
  ])('isDateLine(%j) = %s', (text, want) => {
    expect(isDateLine(text)).toBe(want);
  });

  it.each<[string, boolean]>([
    ["DON'T MISS", true],
    ['MORE FROM THE HARBOUR', true],
    ['THE VOTE WAS CLOSE.', false],
    ['Council approves repairs', false],
    ['A VERY LONG LINE IN CAPITALS THAT GOES ON FOR MORE THAN FORTY LETTERS', false],
  ])('isCapsKicker(%j) = %s', (text, want) => {
    expect(isCapsKicker(text)).toBe(want);
  });

  it.each<[string, boolean]>([
    ['Advertisement', true],
    ['Advert', true],
    ['12 comments', true],
    ['Read more', true],
    ['Credit: Ledger staff', true],
    ['Comments from residents were mixed, the council said.', false],
    ['Read more about the vote in the minutes, she said.', false],
    ['Follow the Ledger on Instagram and Facebook.', true],
    ['More Great Ledger Stories', true],
    ['Фото:', true],
    ['https://ledger.example.org/news/2031/harbour-wall-vote', true],
    ['Close the harbour, the fishermen said.', false],
    ['Sign In', true],
    ['Caption', true],
    ['Sign in to the council’s portal was down for hours, residents said.', false],
  ])('FURNITURE_TEXT matches %j: %s', (text, want) => {
    expect(FURNITURE_TEXT.test(text)).toBe(want);
  });

  it.each<[string, boolean]>([
    ['Niall Brack contributed reporting from Port Ellis.', true],
    ['Ledger writers Mara Quill and Tobias Renn contributed to this report.', true],
    ['The fleet contributed to the repairs, he said.', false],
  ])('isCreditLine(%j) = %s', (text, want) => {
    expect(isCreditLine(text)).toBe(want);
  });

  it.each<[string, boolean]>([
    ['If you enjoyed this article, we have a proposition for you: Join LEDGERPLUS. Members get all of our content.', true],
    ['Support independent journalism: give what you can.', true],
    ['If you enjoyed the festival, the council said, come back next year.', false],
    ['Residents who subscribe to the harbour newsletter got the notice first.', false],
  ])('isPitch(%j) = %s', (text, want) => {
    expect(isPitch(text)).toBe(want);
  });
});
