// Short quoted phrases (a word to a few): speech when a cue in their clause gives them a speaker,
// scare quotes otherwise. Invented sentences, a row per case.
import { describe, expect, it } from 'vitest';
import { quotesOf } from './quotes-helpers.js';
import { isSpeakerLike } from '../src/quotes/speaker-np.js';

/** The kind and speaker of the quote whose text is `phrase`. */
function quoted(text: string, phrase: string): [string, string | null] | null {
  const q = quotesOf(text).find((x) => x.text.replace(/[,.]$/, '') === phrase);
  return q ? [q.kind, q.speaker?.name ?? null] : null;
}

describe('a cue coordinated with a verb that is no cue shares its subject', () => {
  it.each([
    ['called, after and', 'Ann Marsh praised the bill on Monday and called it “a gift” to farmers.', 'a gift', 'Ann Marsh'],
    ['labeled, after and', 'Tom Reyes toured the plant and labeled the plan “reckless” in a speech.', 'reckless', 'Tom Reyes'],
    ['described, after but', 'Ruth Klein visited the owners but described the deal as “dubious” later.', 'dubious', 'Ruth Klein'],
  ])('%s', (_name, text, phrase, speaker) => {
    expect(quoted(text, phrase)).toEqual(['partial', speaker]);
  });

  it('not when the clause subject cannot speak', () => {
    expect(quoted('The storm hit the coast and called into question the “safe zone” plans.', 'safe zone')?.[0]).toBe('scare');
  });
});

describe('the clause subject of a short phrase’s participle cue: datelines, dashes, reflexives', () => {
  it.each([
    ['a dateline: a place with its agency in brackets', 'Boston (AFP) – Mayor Ann Marsh has attacked the plan, saying that “open borders” cost jobs.'],
    ['a dateline: a place in capitals', 'BOSTON – Mayor Ann Marsh has attacked the plan, saying that “open borders” cost jobs.'],
    ['a dateline: a place in capitals and its state', 'SPRINGFIELD, Ill. — Mayor Ann Marsh has attacked the plan, saying that “open borders” cost jobs.'],
  ])('%s', (_name, text) => {
    expect(quoted(text, 'open borders')).toEqual(['partial', 'Ann Marsh']);
  });

  it('a reflexive after the name is no part of it', () => {
    expect(quoted('The race is over. Marsh herself, who was not at the rally, has gone quiet, admitting that her “grand plan” had failed.', 'grand plan')).toEqual(['partial', 'Marsh']);
  });

  it('a name before a dash is no dateline', () => {
    expect(quoted('Ann Marsh – never one to hold back – called the plan “theft” at once.', 'theft')).toEqual(['partial', 'Ann Marsh']);
  });
});

describe('a cue earlier in the clause speaks a short phrase', () => {
  it.each([
    ['the cue is not next to the quote', 'The city officials started to portray the crash as an “accident” within hours.', 'accident', 'partial'],
    ['a participle after a comma takes the clause subject', 'Mark Dole knocked the plan, calling its backers “cowards” for good.', 'cowards', 'partial'],
    ['a named owner’s claim that …', 'Reporters checked Ann Marsh’s claim that there were “dozens of leaks” in the plant.', 'dozens of leaks', 'partial'],
    ['a possessive pronoun’s comment, a day, then that …', 'As the debate went on and Reyes stood by his comment Monday that the pier was “unsafe” for years, the room fell silent.', 'unsafe', 'partial'],
    ['a named owner’s claim is that …', 'The story broke late. Reyes’s boldest claim is that the pier was “doomed” from the start.', 'doomed', 'partial'],
    ['a possessive pronoun’s promise to …', 'Tom Reyes spoke last, and reporters recalled his promise to stay “neutral” in the race.', 'neutral', 'partial'],
    ['refer to … as', 'In the debate Dan Moss kept referring to his rival as “Sleepy Sam” for an hour.', 'Sleepy Sam', 'partial'],
    ['a wh-word is no part of the subject', 'That is why critics say the mayor wanted to “gut” the agency.', 'gut', 'partial'],
    ['a participle after `by`', 'Ann Marsh went further by describing the new budget as “theft” on Monday.', 'theft', 'partial'],
    ['a participle after an adverbial word and an adverb', 'Reyes courted the unions, even after openly dismissing them as part of the “old cartel” in May.', 'old cartel', 'partial'],
    ['a participle after a quote that closed with the comma', 'Former judge and council member Ann Marsh, who backs the plan, praised it on “Morning Report,” calling it a “gem” for the city.', 'gem', 'partial'],
    ['a participle after `by` in a clause after an opening adverbial', 'While sitting down with reporters, Marsh went further by referring to the new budget as “theft” on Monday.', 'theft', 'partial'],
  ])('%s', (_name, text, phrase, kind) => {
    expect(quoted(text, phrase)?.[0]).toBe(kind);
  });

  it.each([
    ['a claim with no named owner', 'The claim that there were “dozens of leaks” in the plant was false.', 'dozens of leaks'],
    ['no cue in the clause', 'The town had a “pause” in its tax plans last year.', 'pause'],
    ['a relative’s antecedent that cannot speak', 'The plan that called for “open borders” failed.', 'open borders'],
    ['a cue whose subject is no speaker', 'The vote counts described a “virtual tie” on the night.', 'virtual tie'],
    ['so-called', 'Officials said the so-called “side deal” was never signed.', 'side deal'],
    ['a participle after `by` whose clause has no speaker', 'The storm went further by turning the square into a “lake” overnight.', 'lake'],
  ])('stays a scare quote: %s', (_name, text, phrase) => {
    expect(quoted(text, phrase)?.[0]).toBe('scare');
  });
});

describe('a short quote that is a sentence of its own is said whole', () => {
  it.each([
    ['one word and a cue', 'The talks went on. “Never,” López Obrador told reporters.', 'Never', ['direct', 'López Obrador']],
    ['two words and a pronoun cue', 'The talks went on. “No comment,” she said.', 'No comment', ['direct', 'she']],
    ['at a paragraph’s start', 'The talks went on.\n“Denver,” he answered.', 'Denver', ['direct', 'he']],
    ['after a cue and a colon', 'The talks went on. Trump tweeted: “Very weak!”', 'Very weak!', ['direct', 'Trump']],
    ['not a word inside the narrator’s sentence', 'He called it “terrible.” The talks went on.', 'terrible', ['partial', 'He']],
  ])('%s', (_name, text, phrase, expected) => {
    expect(quoted(text, phrase)).toEqual(expected);
  });
});

describe('titles and cries', () => {
  const kindOf = (text: string, content: string) => quotesOf(text).find((q) => q.text === content)?.kind;
  it.each([
    ['a long book title after `author of`', '“It was a hard year,” said Ann Lee, the author of “Waking Up Early: How Small Towns Learned to Love the Night Shift.”', 'Waking Up Early: How Small Towns Learned to Love the Night Shift.', 'title'],
    ['a long article title after `titled`', 'Readers found a blog post titled “Why the Mayor Will Lose Every Ward in the City Next Week.”', 'Why the Mayor Will Lose Every Ward in the City Next Week.', 'title'],
    ['a programme someone told something', '“We are done,” the governor told “Morning Report” after the vote.', 'Morning Report', 'title'],
    ['so- called with a stray space', 'Both sides praised the so- called ‘grand deal’ with Ottawa.', 'grand deal', 'scare'],
    ['a chant of a name is speech, not a title', 'The crowd kept chanting “Lena! Lena!” as she spoke.', 'Lena! Lena!', 'partial'],
    ['title-case words a comma introduces are said', 'Ann Marsh, asked about the result, blurted out, “Good Grief,” and left.', 'Good Grief,', 'partial'],
    ['title-case words a colon introduces are said', 'The marchers had one message: “Save Our Pier.”', 'Save Our Pier.', 'direct'],
    ['a short title-case phrase with nobody speaking stays a title', 'She had the “Ocean View” suite.', 'Ocean View', 'title'],
    ['a short phrase in single marks alone on its line is a subheading', '“We lost the mill,” Ann Lee said.\n\n‘It was our whole town.’\n\nThe mill closed in May.', 'It was our whole town.', 'title'],
    ['a headline with a byline names a story', 'CLOSING—“Corner diner to shut after 40 years,” by the Herald’s Tom Ross: The diner will close.', 'Corner diner to shut after 40 years,', 'title'],
    ['a dash-led headline with a byline names a story', '—“Mayor picks a new police chief,” by Post’s Ann Lee: http://example.com/a', 'Mayor picks a new police chief,', 'title'],
    ['a story’s lede cited after its headline and byline, with its link', 'PIER NEWS—“Old pier to close in June,” by the Herald’s Tom Ross: “The pier, a landmark for a century, will shut its gates for good this summer.” http://example.com/pier', 'The pier, a landmark for a century, will shut its gates for good this summer.', 'title'],
    ['a quote after a colon with no byline is still speech, link or not', 'The mayor had one thing to say: “The pier will shut its gates for good this summer.” http://example.com/pier', 'The pier will shut its gates for good this summer.', 'direct'],
    ['a bylined quote with no link after it is still speech', 'In a letter signed by Ann Lee: “The pier will shut its gates for good this summer.” The council agreed.', 'The pier will shut its gates for good this summer.', 'direct'],
    ['a whole line in double marks is still speech', 'Ann Lee spoke at the mill.\n\n“It was our whole town.”\n\nThe mill closed in May.', 'It was our whole town.', 'direct'],
    // A sign's or a shirt's words are its text, not the speech of whoever chanted before.
    ['a sign’s saying after a comma', 'Teachers chanted “Fund our schools!” as they marched. Many held signs with sayings such as, “Less Money on Testing, More Money on Students.”', 'Less Money on Testing, More Money on Students.', 'title'],
    ['a shirt that read', 'Ann Lee was wearing a shirt that read “Hillary for Prison.”', 'Hillary for Prison.', 'title'],
    ['… but a cry on a sign is still a cry', 'Others held signs reading “Lock her up!”', 'Lock her up!', 'direct'],
    ['… but with no sentence punctuation it is a subheading', 'A spokesperson said the agency would “review the letter.”\n\n“We write with urgency”\n\nThe doctors wrote that the flu had killed three children.', 'We write with urgency', 'title'],
    ['a quote before a passive agent is still speech', 'The plan, he said, was “a disaster,” by any measure.', 'a disaster,', 'partial'],
    ['a possessive in a headline names whose words follow', 'Lee: Mayor’s ‘Reckless Plan’ Will Sink the Port\n\nAnn Lee spoke on Monday.', 'Reckless Plan', 'partial'],
    ['a programme after a channel’s name in running text', 'The mayor said on Monday on NBC’s “Morning Report” that he would stay.', 'Morning Report', 'title'],
    ['a programme after `on` in a headline', 'Mayor Backs Port Plan on ‘Morning Report’\n\nThe mayor spoke on Monday.', 'Morning Report', 'title'],
    ['a cry after `chants of` is speech, not a title', 'The hall rang with chants of “Go Lena Go!” all night.', 'Go Lena Go!', 'direct'],
    ['a short cry with nobody named stays speech', 'The square filled with shouts of “Shame!” at noon.', 'Shame!', 'partial'],
    ['title-case words chanted are a cry, not a title', 'The rally ended with chants of “Ann Lee, Ann Lee” from the back.', 'Ann Lee, Ann Lee', 'partial'],
    ['words chanted with nobody named stay speech', 'The march was loud with the chants to “close the port” all day.', 'close the port', 'partial'],
    ['title-case words after chanting are a cry', 'The marchers waved flags and kept chanting “Save Our Pier” for an hour.', 'Save Our Pier', 'partial'],
    ['a work whose name shouts is still a title', 'Ann Lee wrote a book titled “Go West Now!” in 1990.', 'Go West Now!', 'title'],
    ['a short phrase with nobody named and no cry stays a scare quote', 'The square filled with talk of “shame” at noon.', 'shame', 'scare'],
  ])('%s', (_name, text, content, kind) => {
    expect(kindOf(text, content)).toBe(kind);
  });
});

describe('who can speak', () => {
  it.each([
    ['a quantifier standing for people before a verb cue', 'The fans waved flags. Some chanted “Go! Go!” at the gate.', 'Go! Go!', 'Some'],
    ['most said', 'Voters in Ohio were asked about jobs; most said they were “very hopeful.”', 'very hopeful.', 'most'],
    ['a young boy', 'Late that night a young boy shouted, “We won, we won!”', 'We won, we won!', 'a young boy'],
    ['one user', 'One user wrote, “This is the best show on television.”', 'This is the best show on television.', 'One user'],
  ])('%s', (_name, text, phrase, speaker) => {
    const q = quotesOf(text).find((x) => x.text === phrase);
    expect(q?.kind === 'direct' || q?.kind === 'partial').toBe(true);
    expect(q?.speaker?.name).toBe(speaker);
  });

  it('a quantifier before a noun reading of a cue is no speaker', () => {
    const q = quotesOf('Some reports called the plan “bold” last week.').find((x) => x.text === 'bold');
    expect(q?.speaker?.name).not.toBe('Some');
  });
});

describe('isSpeakerLike: phrases that cannot be a subject that speaks', () => {
  const np = (text: string) => ({ start: 0, end: text.length, text, type: 'description' as const, nameWords: [], anonymous: false, role: undefined });
  it.each([
    ['a phrase ending in a determiner', 'the city embodied the', false],
    ['a participle opening a verb phrase', 'calling the senators', false],
    ['a description headed by a role', 'the city officials', true],
    ['a lone pronoun-like determiner still speaks (another said)', 'another', true],
    ['a person noun ending in -ess', 'the actress', true],
    ['a person noun with no person suffix', 'the priest', true],
    ['a victim speaks', 'one victim', true],
    ['a noun ending in -ess that is no person', 'the process', false],
  ])('%s', (_name, text, expected) => {
    expect(isSpeakerLike(np(text), true)).toBe(expected);
  });
});

it('the phrase after `referred to` is whom the words name, never the speaker', () => {
  const q = quotesOf('Ann Marsh spoke on Monday, and later she referred to Tom Reyes as “a clown.”').find((x) => x.text === 'a clown.');
  expect(q?.speaker?.name).toBe('Ann Marsh');
});

it('`his promise to …` is resolved like `he`', () => {
  const q = quotesOf('Tom Reyes spoke last, and reporters recalled his promise to stay “neutral” in the race.').find((x) => x.text === 'neutral');
  expect(q?.speaker?.name).toBe('Tom Reyes');
});
