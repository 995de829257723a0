// Pronouns resolved like a reader would: one row per rule, sentences written here.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstNameGender, genderByName, genderOfWord } from '../src/quotes/gender.js';
import { narrationPronouns, personDescriptions } from '../src/quotes/narration-pronouns.js';
import { indexPeople } from '../src/quotes/people.js';
import { indexMentions } from '../src/quotes/resolve-speaker.js';
import { lexicons, quotesOf } from './quotes-helpers.js';

const speakerOf = (text: string, quoted: string) => {
  const found = quotesOf(text).filter((q) => q.speaker && q.text.includes(quoted));
  // A direct quote's own speaker before the reported speech around it.
  return (found.find((q) => q.kind !== 'reported') ?? found[0])?.speaker?.name;
};

describe('a narration pronoun stands for the person it was resolved to', () => {
  it.each([
    ['the he before a name in the sentence', 'Carl Dunn spoke at the rally. He said he may still vote for Peter Grant or Sam Hale.\n“It is a hard choice,” he said.', 'hard choice', 'Carl Dunn'],
    ['the he of a cue before a name it talks about', 'Mark Weller has worked at the plant for years. “My brother moved away,” he said, explaining why he disagrees with Mr. Dean Fox.\nBut “we all worked hard,” he said.', 'worked hard', 'Mark Weller'],
    ['a she chains past a woman named as an object', 'Nora Quist took the stage. She said she admires Emma Brandt.\n“We owe her a lot,” she said.', 'owe her', 'Nora Quist'],
    ['a he does not chain a she', 'Nora Quist met Carl Dunn on Monday. She thanked him.\n“It went well,” he said.', 'went well', 'Carl Dunn'],
  ])('%s', (_name, text, quoted, speaker) => {
    expect(speakerOf(text, quoted)).toBe(speaker);
  });
});

describe('a definite description standing as a subject links like a pronoun', () => {
  it.each([
    ['to the person the article gave that title', 'Gen. Joe Dunford asked Admiral Harry Harris about the shoal.\nLater, the admiral chuckled.\n“It is good that my voice is low,” he said.', 'voice is low', 'Harry Harris'],
    ['else to whom the text was about before it', 'Glenn Beck spoke at the rally.\nThe radio host has often praised Ted Cruz.\n“He is anointed,” he said.', 'anointed', 'Glenn Beck'],
    ['not when a name stands in apposition to it', 'Dan Price spoke first.\nThe leader of the union, Carl Dunn, warned against the plan.\n“It will fail,” he said.', 'will fail', 'Carl Dunn'],
    ['not as an object', 'Glenn Beck spoke at the rally.\nTed Cruz thanked the radio host.\n“We will win,” he said.', 'will win', 'Ted Cruz'],
  ])('%s', (_name, text, quoted, speaker) => {
    expect(speakerOf(text, quoted)).toBe(speaker);
  });
});

describe('which phrases are definite descriptions of a person', () => {
  it.each([
    ['The Florida senator sought to calm his supporters.', 'The Florida senator'],
    ['Asked later, the admiral chuckled.', 'the admiral'],
    ['The former president has denied it.', 'The former president'],
    ['The Florida senator’s answer was short.', 'The Florida senator'],
    ['The congresswoman said no.', 'The congresswoman'],
    ['The campaign said no.', undefined],
    ['The Rev. Al Sharpton spoke.', undefined],
    ['Voters defended the president on Monday.', undefined],
    ['“It is over,” the Arkansas Republican said.', 'the Arkansas Republican'],
    ['“I feel great,” the 21-year-old added.', 'the 21-year-old'],
    ['The Republican Party said no.', undefined],
    ['The 21-year-old mother said no.', 'The 21-year-old mother'],
  ])('%s', (text, description) => {
    expect(personDescriptions(text, [])[0]?.description).toBe(description);
  });
});

describe('a pronoun is not a person named after it in its own clause', () => {
  it.each([
    ['he told X is not X', 'Scott Weller drove from Chicago on Sunday. Marco Rubio met him in Iowa.\n“We have been abused by the program,” he told Rubio.', 'abused', 'Scott Weller'],
    ['he called X is not X', 'Ben Ortiz spoke to the crowd for an hour.\nLater, Sam Hale joined him on stage. He called Hale “a true friend of this town and of all of us.”', 'true friend', 'Ben Ortiz'],
    ['he said of X is not X', 'Mark Cole spoke about rivals. Dan Price was one of them.\n“He has to be able to adapt,” he said of Price.', 'adapt', 'Mark Cole'],
    ['a pronoun opening a clause of its own may be the name after it', 'Sam Hale arrived late.\nThough he called the plan “a disaster for all of us here,” Hale voted for it.', 'disaster', 'Sam Hale'],
    ['a name inside a quote in the clause is the quote’s, not the clause’s', 'Bernie Sanders spoke in Ohio.\nHe says the best candidate “is not Bernie Sanders, I have to admit it.”', 'best candidate', 'Bernie Sanders'],
    ['what comes before a cue set off by a comma is what was said, not who said it', 'Joe Hunt, a blogger, said he will not vote in May.\nAlso, Dan Price isn’t a conservative, he said. “He is a liberal!”', 'liberal', 'Joe Hunt'],
    ['a name after the clause’s comma may be the pronoun', 'Dan Price spoke first.\n“We will win this,” he said, and Price left the stage.', 'win this', 'Dan Price'],
  ])('%s', (_name, text, quoted, speaker) => {
    expect(speakerOf(text, quoted)).toBe(speaker);
  });
});

describe('the gender a title or role word gives', () => {
  it.each([
    ['Mrs.', 'female'],
    ['Mr', 'male'],
    ['Congresswoman', 'female'],
    ['spokesman', 'male'],
    ['Freeman', undefined],
    // (Names of Object.prototype's members once found its functions.)
    ['constructor', undefined],
    ['toString', undefined],
    ['__proto__', undefined],
  ])('%s', (word, gender) => {
    expect(genderOfWord(word)).toBe(gender);
  });
});

describe('first names the lexicon gives a gender', () => {
  it.each([
    ['he is not a Sally named since', 'John Dowd said the tweet referred to Attorney General Sally Yates telling Don McGahn that Flynn had lied.\n\nHe also said the agents seemed to think Flynn was confused.', 'agents seemed', 'John Dowd'],
    ['she is not a Rishi named before her', 'Rishi Sunak met Giorgia Meloni in Rome on Monday.\n“We agreed on a deal,” she said.', 'agreed on a deal', 'Giorgia Meloni'],
  ])('%s', (_name, text, quoted, speaker) => {
    expect(speakerOf(text, quoted)).toBe(speaker);
  });
});

describe('a person nothing marks as a man or a woman', () => {
  it.each([
    ['is a person when a verb follows the name', 'Alicia Garza opened the show.\nThe night’s winners included Shonda Rhimes and Rihanna.\nIn her speech, Rhimes declared the need for drive: “Change the world,” she said.', 'Change the world', 'Shonda Rhimes'],
    ['is passed over for a woman when only a noun follows', 'Alicia Garza opened the show.\nThe prize named for Shonda Rhimes went to a school.\n“We are grateful,” she said.', 'grateful', 'Alicia Garza'],
  ])('%s', (_name, text, quoted, speaker) => {
    expect(speakerOf(text, quoted)).toBe(speaker);
  });
});

describe('a capitalised run over a sentence’s end names what follows the full stop', () => {
  it.each([
    ['a surname after it gets the full name given elsewhere', 'Sheldon Adelson spoke on Friday. He met Benjamin Netanyahu. Adelson said “it went very well,” after the talks.', 'went very well', 'Sheldon Adelson'],
    ['a full name after a plural title', 'Sens. Rand Paul spoke on Friday.\n“We will win this fight,” he said.', 'win this fight', 'Rand Paul'],
  ])('%s', (_name, text, quoted, speaker) => {
    expect(speakerOf(text, quoted)).toBe(speaker);
  });
});

describe('a surname shared by a man and a woman', () => {
  it.each([
    ['is the one the pronoun right after it says', 'Hillary Clinton and Bill Clinton arrived. Jane Roe, an aide, waved.\nLater Bill Clinton spoke.\nClinton herself said she was ready. “We will win,” she said.', 'We will win', 'Hillary Clinton'],
    ['is not swapped for the other on a pronoun further on', 'Bernie Sanders and Bill Clinton spoke in May.\nBernie Sanders attacked Hillary Clinton on Friday. Clinton answered.\n“Nothing will change,” he said.', 'Nothing will change', 'Bernie Sanders'],
  ])('%s', (_name, text, quoted, speaker) => {
    expect(speakerOf(text, quoted)).toBe(speaker);
  });
});

describe('never to a name that is no person', () => {
  it.each([
    ['a name after the is an organisation or a modifier', 'Dan Price and Carl Dunn are rivals.\nCarl Dunn spoke in Ohio on Friday. The Price campaign answered him at once.\n“They are scared,” he said.', 'scared', 'Carl Dunn'],
    ['a name before a role of two words is a modifier', 'Dan Price and Carl Dunn are rivals.\nBut Price campaign chairman Carl Dunn said they would win.\n“They are scared,” he said.', 'scared', 'Carl Dunn'],
    ['a run opening with a determiner is no name', 'Carl Dunn spoke on Friday. Our German partners, he said, agree.\n“They are right,” he said.', 'right', 'Carl Dunn'],
    ['a role with no title or noun for someone marks nobody', 'Carl Dunn spoke on Friday.\nSome World War Memorial funds were cut.\n“It matters,” he said.', 'matters', 'Carl Dunn'],
    ['a lone word after a preposition is a place', 'Tom Kell of Springfield said he had waited for years.\n“We made major contributions,” he said.', 'contributions', 'Tom Kell'],
  ])('%s', (_name, text, quoted, speaker) => {
    expect(speakerOf(text, quoted)).toBe(speaker);
  });
});

describe('the first name is the first word before the surname the lexicon knows', () => {
  it.each([
    ['Hillary Rodham Clinton', 'female'],
    ['Sens. Jeff Merkley', 'male'],
    ['Carolina’s Ada Fisher', 'female'],
    ['Kiran Patel', undefined],
    ['Warren', undefined],
  ])('%s: %s', (name, gender) => {
    expect(firstNameGender(name, lexicons.firstNames)).toBe(gender);
  });
});

describe('narration pronouns that say nothing of the person just named', () => {
  const gendersOf = (text: string) => {
    const sentences = [...text.matchAll(/[^.]+\./g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, text: m[0] }));
    return Object.fromEntries(genderByName(text, indexMentions(text, indexPeople(text)), sentences, [], lexicons.firstNames));
  };
  it.each([
    ['an object her is someone else', 'President Kiran Obeng backed her up in an interview.', {}],
    ['an object him is someone else', 'Senator Kiran Obeng thanked him at once.', {}],
    ['a possessive her is the subject’s', 'Senator Kiran Obeng called her son.', { 'Kiran Obeng': 'female' }],
    ['a name inside a longer name gets no vote', 'Kiran Obeng spoke. Kids at Kiran Obeng Elementary School waved, and he smiled.', {}],
    ['a bare surname two named people share gives neither a vote', 'Keith Lamont Scott was shot. Rakeyia Scott said her husband was unarmed. Scott had his hands up. Scott lost his life.', { 'Keith Lamont Scott': 'male', 'Rakeyia Scott': 'female' }],
    ['a her opening the next sentence is not the subject’s', 'Kiran Obeng spoke at length. For her part, the host smiled.', {}],
    ['a he opening the next sentence is the subject’s', 'Kiran Obeng spoke at length. He smiled.', { 'Kiran Obeng': 'male' }],
  ])('%s', (_name, text, expected) => {
    expect(gendersOf(text)).toEqual(expected);
  });
});

describe('on any text', () => {
  // Words the rules look for, so that random texts hit them.
  const piece = fc.constantFrom('he', 'she', 'He', 'the', 'The', 'senator', 'admiral', 'Dan Price', 'Price', 'Mr.', 'her', 'him', ',', '.', ' ', '“', '”', 'said', 'told', 'though', 'Ann Lee', '\n');
  const texts = fc.array(fc.oneof(piece, fc.string({ maxLength: 4 })), { maxLength: 60 }).map((xs) => xs.join(' '));
  it('links lie in the text, in order, outside quotes', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const links = [...narrationPronouns(text, []), ...personDescriptions(text, [])];
        for (const l of links) {
          expect(l.start).toBeGreaterThanOrEqual(0);
          expect(l.start).toBeLessThan(text.length);
          if (l.description) expect(text.startsWith(l.description, l.start)).toBe(true);
        }
        const quoted = [{ start: 0, end: text.length }];
        expect(narrationPronouns(text, quoted)).toEqual([]);
        expect(personDescriptions(text, quoted)).toEqual([]);
      }),
    );
  });
  it('every speaker is a name or a phrase of the text, never thrown on', () => {
    fc.assert(
      fc.property(texts, (text) => {
        for (const q of quotesOf(text)) if (q.speaker) expect(q.speaker.name.length).toBeGreaterThan(0);
      }),
      { numRuns: 60 },
    );
  });
});
