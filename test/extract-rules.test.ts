import { describe, expect, it } from 'vitest';
import { FURNITURE_TEXT, isCapsKicker, isCaption, isCommentNotice, isContactLine, isCreditLine, isDateLine, isLicenceLine, isPitch } from '../src/extract/boilerplate.js';

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
    ['Contributing: Niall Brack', true],
    ['Contributing factors included the storm, the report said.', false],
  ])('isCreditLine(%j) = %s', (text, want) => {
    expect(isCreditLine(text)).toBe(want);
  });

  it.each<[string, boolean]>([
    ['If you enjoyed this article, we have a proposition for you: Join LEDGERPLUS. Members get all of our content.', true],
    ['Support independent journalism: give what you can.', true],
    ['If you enjoyed the festival, the council said, come back next year.', false],
    ['Residents who subscribe to the harbour newsletter got the notice first.', false],
    ['Subscribe to the Ledger and keep up with every council vote.', true],
    ['Harbour news every morning. Sign up for our newsletter.', true],
    ['Join our reader forums to talk about the harbour! Tell us what you think.', true],
    ['The mayor asked residents to join our campaign, Quill wrote.', false],
  ])('isPitch(%j) = %s', (text, want) => {
    expect(isPitch(text)).toBe(want);
  });

  it.each<[string, boolean]>([
    ['Mara Quill’s book on harbours, "Walls" (Ledger Press, 2030), is out now. Follow her on Twitter @maraquill.', true],
    ['Have a tip? Tobias Renn may be reached at trenn@ledger.example.org. Follow him on Facebook.', true],
    ['Spotted a mistake? Let us know at desk@ledger.example.org.', true],
    ['The mayor told residents to follow him on Twitter for updates on the repairs.', false],
    ['Complaints went to harbour@council.example.org, which got 300 of them, the clerk said.', false],
  ])('isContactLine(%j) = %s', (text, want) => {
    expect(isContactLine(text)).toBe(want);
  });

  it.each<[string, boolean]>([
    ['The harbour wall after the storm of March 2. (credit: Port Ellis Council/Ada Frome)', true],
    ['Workers at the wall on Monday. (Photo: Niall Brack/Ledger)', true],
    ['The council approved the repairs (credit: the harbour fund) on Monday.', false],
    ['The repairs will be paid for by the harbour fund (about 400,000).', false],
  ])('isCaption(%j) = %s', (text, want) => {
    expect(isCaption(text)).toBe(want);
  });

  it.each<[string, boolean]>([
    ['Note: we are reviewing all comments before they appear, to keep spam out.', true],
    ['Comments are closed on this article.', true],
    ['We asked the council for comment but had no reply by Monday.', false],
    ['“We are reviewing all comments,” the council said.', false],
  ])('isCommentNotice(%j) = %s', (text, want) => {
    expect(isCommentNotice(text)).toBe(want);
  });

  it.each<[string, boolean]>([
    ['Copyright © 2031 Coastal Ledger. All rights reserved.', true],
    ['© 2031 Coastal Ledger', true],
    ['Coastal Ledger 2031. All rights reserved.', true],
    ['Copyright 2031 Coastal Ledger', true],
    ['Copyright law was the council’s next subject, and it took two hours.', false],
    ['The songwriters hold the copyright, the court said.', false],
  ])('isLicenceLine(%j) = %s', (text, want) => {
    expect(isLicenceLine(text)).toBe(want);
  });
});
