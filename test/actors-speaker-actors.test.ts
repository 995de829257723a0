// A quote's speaker is linked to the actor it is once, in the article's result: every spelling of a
// person's name links to one actor id, and a namesake or an unnamed source links to none.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/pipeline.js';
import { loadLexicons } from '../src/lexicon/load-lexicons.js';
import { sideOf, speakerActor } from '../src/aggregate/index.js';

const lex = loadLexicons();
const speakers = (text: string) => analyzeArticle({ id: 't', text, outlet: 'T' }, lex).quotes.map((q) => [q.speaker?.name, q.speaker?.actor]);

describe('speaker.actor', () => {
  it.each([
    ['a surname alone', '“We will build the wall,” Trump said on Monday.', [['Trump', 'donald-trump']]],
    ['an honorific and a surname', '“It will be great,” Mr. Trump told reporters.', [['Trump', 'donald-trump']]],
    ['a fuller name', '“He is wrong,” said Donald John Trump, the president.', [['Donald John Trump', 'donald-trump']]],
    ['a person outside the registry', '“The vote was close,” Sen. Marco Rubio said.', [['Marco Rubio', 'marco-rubio']]],
    ['a namesake is their own actor', 'Donald Trump spoke on Monday. “Dad is right,” said Donald Trump Jr., his son.', [['Donald Trump Jr', 'donald-trump-jr']]],
    ['… but not a son named with Jr. only after the surname alone was used', 'President Trump reversed the decision on Friday. “Put it on hold,” Mr. Trump tweeted. Photos showed Donald Trump Jr. on a hunt.', [['Trump', 'donald-trump']]],
    ['a registry person whose full name carries Jr.', 'Vice President Joseph R. Biden Jr. spoke on Monday. “The middle class is squeezed,” Mr. Biden told reporters.', [['Joseph R. Biden Jr', 'joe-biden']]],
    // Family name first: the article names the person again by the first word, never the last.
    ['a family name first, registry', 'Chinese President Xi Jinping met Joe Biden. “Planet Earth is big enough for both countries,” Xi said.', [['Xi', 'xi-jinping']]],
    ['a family name first, outside the registry', 'Foreign ministry spokesman Wang Wenbin spoke on Tuesday. “We oppose this,” Wang said.', [['Wang', 'wang-wenbin']]],
    ['… and after a title', 'Spokeswoman Mao Ning spoke on Tuesday. “We oppose this,” Mao said.', [['Mao', 'mao-ning']]],
    ['… named first only as a speaker', 'China’s ambassador to Britain Liu Xiaming has said that China has the “power” to end the unrest.\n\nLiu said the army could be deployed.', [['Liu Xiaming', 'liu-xiaming'], ['Liu Xiaming', 'liu-xiaming'], ['Liu', 'liu-xiaming']]],
    ['an envoy to a place speaks for the state that sent them', 'China’s ambassador to Britain accused the UK of meddling and warned that China “will not sit on our hands”.', [['China’s ambassador to Britain', 'china'], ['China’s ambassador to Britain', 'china'], ['China’s ambassador to Britain', 'china']]],
    // (Named in full: the ledger shows the name the article gave the person, as for a surname.)
    ['the last words of a full name', 'The attorney general put Kathleen Hawk Sawyer in charge.\n\nHawk Sawyer said the bureau was short of staff.', [['Kathleen Hawk Sawyer', 'kathleen-hawk-sawyer']]],
    ['… but not a name that opens with a first name already', 'Vermonter Bernie Sanders spoke.\n\n“The system is rigged,” Bernie Sanders said.', [['Bernie Sanders', 'bernie-sanders']]],
    // A surname's particles of two words (`de la`) are part of it: the quote is not Ted Cruz's.
    ['a two-word particle', 'Sen. Ted Cruz criticised the ruling. Ana María de la Cruz, a lawyer for the families, said: “This is a victory for justice.”', [['Ana María de la Cruz', 'ana-maria-de-la-cruz']]],
    ['… after two given names', 'Juan Carlos de la Fuente, a lawyer for the families, said: “We will appeal.”', [['Juan Carlos de la Fuente', 'juan-carlos-de-la-fuente']]],
    ['people around a person are not the person', 'Donald Trump spoke. “He is wrong,” his critics said. “He is right,” Trump supporters said.', [['his critics', null], ['Trump supporters', null]]],
    ['… an aide in a title-case headline', 'Obama Aide Calls Visit ‘Destructive’ to Ties\n\nPresident Barack Obama met the press on Tuesday.', [['Obama Aide', null]]],
    ['… but those who speak for them are theirs', 'Hillary Clinton spoke. “We will win,” the Clinton campaign said.', [['the Clinton campaign', 'hillary-clinton']]],
    // The quote stage's antecedent names the speaker; the actor is the one that name is, never
    // whoever the actor stage took the pronoun for.
    ['a pronoun’s antecedent the actor stage has no actor for', 'Donald Trump went with the odds.\n\nCruz openly admitted that his pick was political. “With an eye to February 20th, Carolina,” he said.', [['Cruz', null], ['Cruz', null]]],
    ['a month in a name', '“Brexit means Brexit,” Theresa May said. “Security is a priority,” said Jan Brewer.', [['Theresa May', 'theresa-may'], ['Jan Brewer', 'jan-brewer']]],
    ['a campaign after a possessive apostrophe alone (`Jones’`) is its candidate’s', 'Doug Jones is running. Jones’ campaign told reporters: “Roy Moore needs to answer these serious charges.”', [['Jones’ campaign', 'douglas-jones']]],
    ['people of several sides are none of them', '“We will meet,” the foreign ministers of Iran and Iraq said.', [['the foreign ministers of Iran and Iraq', null]]],
    ['what a participle after the head is about is not the speaker (`Dem running for Senate`)', 'A Democrat running for the Senate called the plan “a farce” on Monday.', [['A Democrat running for the Senate', null]]],
    ['the supporters of a person are not the person', 'Donald Trump spoke. “He will win,” supporters of Trump said.', [['supporters of Trump', null]]],
    ['… nor the rivals whose contest is named after a preposition', 'Donald Trump spoke. “He is wrong,” both of Trump’s rivals for the nomination said.', [['both of Trump’s rivals for the nomination', null]]],
    // A description the actor stage resolved and the quote stage left unnamed is named as its actor.
    ['a description of an organisation named before', 'An ad by Safer Streets Now, a conservative group, ran. “It will run again,” the group said.', [['Safer Streets Now', 'safer-streets-now']]],
    ['… and of a company', 'Acme Corp. cut 200 jobs. The company said demand had fallen.', [['Acme Corp', 'acme-corp']]],
    ['anonymous and described sources', '“The talks failed,” a senior official said. “We are ready,” a spokesman for the group said.', [['a senior official', null], ['a spokesman for the group', null]]],
  ])('%s', (_, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });

  it('a word in that speaker’s paraphrase is in the voice of the named speaker', () => {
    const r = analyzeArticle({ id: 't', text: 'Acme Corp. cut 200 jobs. The company said the unions were ruthless.', outlet: 'T' }, lex);
    expect(r.framing.map((f) => [f.text, f.voice.kind, f.voice.speaker?.name])).toEqual([['ruthless', 'reported', 'Acme Corp']]);
  });

  it('a result saved before speakers carried their actor is linked when it is read', () => {
    const r = analyzeArticle({ id: 't', text: '“We will build the wall,” Trump said on Monday.', outlet: 'T' }, lex);
    const { actor: _, ...old } = r.quotes[0].speaker!;
    expect(speakerActor({ ...r.quotes[0], speaker: old }, r)?.id).toBe('donald-trump');
  });
});

describe('a quote’s side', () => {
  const sideOfFirst = (text: string) => {
    const r = analyzeArticle({ id: 't', text, outlet: 'T' }, lex);
    return sideOf(r.quotes[0], r);
  };
  it.each([
    ['a registry person: the state the registry places them in', '“We will win,” Trump said.', 'united-states'],
    ['… whatever their title says', '“The mandate is narrow,” said Iranian Foreign Minister Ali Shamkhani.', 'iran'],
    ['a person outside the registry, even with a title that names a state', '“The vote was close,” Sen. Marco Rubio said.', 'unaffiliated'],
    ['a body outside the registry is its own side', '“Teachers deserve more,” the American Federation of Teachers said.', 'american-federation-of-teachers'],
    ['a speaker who is no actor', '“It is a mistake,” the campaign said.', 'unaffiliated'],
    ['an unnamed source', '“We are ready,” a senior official said.', 'anonymous'],
    ['no speaker found', 'Iran, Tehran. “We reject all of the claims made.”', 'unattributed'],
  ])('%s', (_, text, side) => {
    expect(sideOfFirst(text)).toBe(side);
  });
});
