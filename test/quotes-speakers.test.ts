// Who said it, by name: one row per attribution pattern (cues from the long tail of speech verbs,
// dash signatures, transcript turns, nominal cues, passives, `according to`), pronouns resolved
// with gender agreement, and phrases that can never speak rejected. All sentences written here.
import { describe, expect, it } from 'vitest';
import { genderByName, genderOfRole } from '../src/quotes/gender.js';
import { indexPeople } from '../src/quotes/people.js';
import { indexMentions } from '../src/quotes/resolve-speaker.js';
import { isSpeakerLike, isSpeakerNoun, type SpeakerNP } from '../src/quotes/speaker-np.js';
import { lexicons, quotesOf, reported, speech } from './quotes-helpers.js';

const first = (text: string, quoted?: string) => speech(text).find((q) => quoted === undefined || q.text.includes(quoted));
/** A table row's check: the first quote's speaker has this name. */
const firstSpeakerIs = (_name: string, text: string, speaker: string) => expect(first(text)?.speaker?.name).toBe(speaker);

describe('cue patterns', () => {
  it.each([
    ['long-tail verb: remarked', '“The room was full,” Maria Lopez remarked after the vote.', 'Maria Lopez', 'remarked'],
    ['long-tail verb: mused', '“Maybe we were wrong all along,” Peter Grant mused.', 'Peter Grant', 'mused'],
    ['long-tail verb: gushed', '“It was simply perfect,” Anna Berg gushed about the show.', 'Anna Berg', 'gushed'],
    ['long-tail verb: fumed', '“This is a disgrace,” the coach fumed.', 'the coach', 'fumed'],
    ['multi-word cue: shot back', '“Look at your own record,” Tom Harris shot back.', 'Tom Harris', 'shot back'],
    ['multi-word cue: went on', 'Julia Stone spoke for an hour.\n“And that is only the start,” she went on.', 'Julia Stone', 'went on'],
    ['multi-word cue: cut in', '“Let me finish,” Carl Hansen cut in.', 'Carl Hansen', 'cut in'],
    ['listener after implored is not the speaker', '“Please stay home,” Dr. Ruth Adler implored residents.', 'Ruth Adler', 'implored'],
    ['dash signature', 'The slogan was printed on every sign.\n“Power to the people.” – Bernie Sanders', 'Bernie Sanders', '–'],
    ['inverted cue opening the sentence', 'Said Dorothy Hale, who grew up nearby, “We were all so proud of him.”', 'Dorothy Hale', 'Said'],
    ['long appositive after the quote', '“Wages may finally be rising,” the economist Jared Stein, a former adviser in the Obama White House, wrote on his blog.', 'Jared Stein', 'wrote'],
    ['according to after the quote', 'Labor markets remained “tight,” with modest gains in wages, according to the survey.', 'the survey', 'according to'],
    ['according to: a participle after the source’s noun ends it', 'The firm will sell a new phone in “the first half of 2031,” according to industry sources cited by the Ledger.', 'industry sources', 'according to'],
    ['`familiar with` stays in an anonymous source', 'The deal “is done,” according to two people familiar with the matter.', 'two people familiar with the matter', 'according to'],
    ['an inverted cue’s phrase ends before a participle and its agent', '“This rate is an emergency,” says the letter signed by 35 doctors.', 'the letter', 'says'],
    ['an inverted cue keeps the participle phrase whole', '“We never saw it coming,” said one official briefed on the matter.', 'one official briefed on the matter', 'said'],
    ['according to layered on a cue: the cue’s subject speaks', '“I ask you not to protest on the floor,” Sanders said, according to CNN.', 'Sanders', 'said'],
    ['passive: the agent speaks', 'Marco Rubio was asked by moderator Gerard Baker whether the plan would risk “adding another entitlement.”', 'Gerard Baker', 'asked'],
    ['passive: agent after the quote', 'The movement has been called “strategic ambiguity” by Joshua Hendrick, a professor.', 'Joshua Hendrick', 'called'],
    ['`who` after a head that is no person is the name after `of`', 'The mayor made no mention of Ann Lee, who called the plan “a disgrace” on Monday.', 'Ann Lee', 'called'],
    ['… but a person head keeps it', 'The mayor met the wife of Tom Reyes, who called the plan “a disgrace” on Monday.', 'the wife of Tom Reyes', 'called'],
    ['a restrictive relative’s named antecedent', 'It was Ann Lee who called the plan “a disgrace” at the hearing.', 'Ann Lee', 'called'],
    ['a restrictive relative’s antecedent that can speak', 'She quoted a former city planner who wrote about the “quiet” decline of the port.', 'a former city planner', 'wrote'],
    ['comments as an inverted cue after the quote', '“The pier can be saved,” comments Ann Lee, an engineer.', 'Ann Lee', 'comments'],
    ['comments after a subject', '“The pier can be saved,” Tom Hill comments.', 'Tom Hill', 'comments'],
    ['passive with an adverb before the participle', 'The bill was often labeled a “giveaway” by Mayor Ann Lee.', 'Ann Lee', 'labeled'],
    ['a state after a city ends the phrase of the person from there', 'The rally ended late.\nStacy Baker of Columbia, South Carolina says she really thinks the “outsider” can win.', 'Stacy Baker', 'says'],
    ['… but not a person after an opening phrase', 'After meeting Karl Dorn of Poland, Obama disputed that the deal was “a betrayal.”', 'Obama', 'disputed'],
    ['passive participle after a dash, agent after the quote', 'The long hearings — often described as a “circus” by Tom Reyes — went on.', 'Tom Reyes', 'described'],
    ['an active cue after an appositive comma keeps its subject', 'Ruth Klein, a longtime ally, called the vote “a farce” by then.', 'Ruth Klein', 'called'],
    ['nominal cue after the quote', 'The video replayed Mitt Romney’s “47 percent” comment from 2012.', 'Mitt Romney', 'comment'],
    ['nominal cue before the quote', 'Voters liked Sanders’ call for “revolution” in the spring.', 'Sanders', 'call'],
    ['a document stands for who issued it', 'The Lakeside Museum issued a report this month charging the company with “reckless neglect.”', 'Lakeside Museum', 'charging'],
    ['a document after an auxiliary and a relative that', 'Senator Ada Brook is releasing a new ad that urges voters to “stand up” this fall.', 'Ada Brook', 'urges'],
    ['a document put out by a participle’s subject', 'Rep. Ned Falk joined the group, publishing an op-ed in the Tribune hammering the plan’s “hidden costs.”', 'Ned Falk', 'hammering'],
    ['an office speaks for its holder', 'Senator Ned Falk objected. His office put out a statement saying the plan “cannot work.”', 'Ned Falk', 'saying'],
    ['a document with nobody issuing it speaks itself', 'The report says the plan “cannot work” at all.', 'The report', 'says'],
    ['a cue form in a noun phrase is a noun: his home state', 'Ana Ruiz, celebrating a win in her home state of Ohio, is pledging to “win every county” in the fall.', 'Ana Ruiz', 'pledging'],
    ['a cue form before a modal is a noun: states can', 'Tom Kell said in Dayton that states can pass such laws because “nobody should be left out.”', 'Tom Kell', 'said'],
    ['a cue form after a name modifier is a noun: 22 Clinton emails', 'The State Department has said it classified 22 Clinton emails as “top secret” this year.', 'The State Department', 'said'],
    ['a plural name before a cue form is its subject', '“The kingdom is a close ally,” the Saudis state in the paper.', 'Saudis', 'state'],
    ['a singular subject before an -s form is its subject', 'The senator notes that “we will win” today.', 'The senator', 'notes'],
    ['a nested quote’s closing mark before an inverted cue', '“Voters will not be satisfied with ‘We will bomb them,’” said Senator Ada Brook of Ohio, referring to Mr. Hale’s more pungent vow last week.', 'Ada Brook', 'said'],
    ['a reporting noun after a possessive is a noun', 'It was a reminder of Clinton’s recent claim that “nobody is above the law.”', 'Clinton', 'claim'],
    ['a body named by its initials is a clause subject', 'Rep. Ned Falk spoke first. Hours later, the FWS defended its decision as “part of a robust strategy.”', 'FWS', 'defended'],
    ['a coordinated appositive with a place inside', '“The model works,” Dana Pell, a fellow at the Kessler Institute in Munich, Germany, and co-author of the study, said.', 'Dana Pell', 'said'],
    ['an abbreviated region is no appositive name', 'Later, a student group in Lynchburg, Va., derided the plan as “a disgrace” to all.', 'a student group in Lynchburg', 'derided'],
    ['a place and its region are no appositive name', 'A team led by researchers at the space center in Greenbelt, Maryland, has said the water is “there.”', 'researchers at the space center in Greenbelt', 'said'],
    ['a sentence-opening head before a place', 'Officials in Austin, Texas, said the vote was “fair.”', 'Officials in Austin', 'said'],
    ['a name after `of` and a lowercase head is where, not who', 'An aide to the governor of Ohio, John Weaver, said the vote was “fair.”', 'John Weaver', 'said'],
    ['a participle after a verb’s prepositional object takes the clause’s subject', 'Last week, Dana Pell posted on Twitter accusing the label of “bullying” her.', 'Dana Pell', 'accusing'],
    ['a participle after two prepositional phrases takes the clause’s subject', 'Ann Lee responded to the host’s question on Facebook writing, “Yes, I will.”', 'Ann Lee', 'writing'],
    ['a participle after a noun’s prepositional object keeps that noun phrase', 'The poll showed a staggering 56 percent of Americans saying the plan was “unfair.”', 'a staggering 56 percent of Americans', 'saying'],
    ['a clause between commas is no appositive', 'Tom Kell spoke first. However, he held his fire on Ben Carr, calling him a “nice guy.”', 'Tom Kell', 'calling'],
    ['a time phrase opening the clause is no subject', 'Moments later, Ann Lee said the count was “final.”', 'Ann Lee', 'said'],
    ['an adverb between the subject and the cue: nevertheless', 'Mr. Tom Kell nevertheless said he was seeking “spiritual guidance” now.', 'Tom Kell', 'said'],
    ['an adverb between the subject and the cue: instead', 'Tom Kell spoke. He instead told the interviewer: “I took the call.”', 'Tom Kell', 'told'],
    ['a name after `to` in an appositive is no head', 'Evan Wolfson, the founder of Freedom to Marry, a gay rights group, said that “there is no way” back.', 'Evan Wolfson', 'said'],
    ['an inverted cue before a colon is no part of the name', 'Tom Kell spoke first.\n\nAdded Kell: “I think you would have to ask them.”', 'Tom Kell', 'Added'],
    ['a name set off inside a `whose` clause is no head', 'Mr. Tom Kell, whose latest start-up, Paradata, uses big data, said the mayor was “a start-up kind of guy.”', 'Tom Kell', 'said'],
    ['a participle after the quote with a phrase that cannot speak', 'Tom Kell delivered a defense of “New York values,” saying the city embodied “the soul of America.”', 'Tom Kell', 'delivered'],
    ['a headline’s -s verb after a title noun', 'South Dakota governor doubles down on “meth, we’re on it” campaign', 'South Dakota governor', 'doubles'],
    ['a spelled-out title ending the sentence keeps no dot', '“The gap is too wide,” said a Nevada Democrat.', 'a Nevada Democrat', 'said'],
    ['a title with `of`: Chief of Staff', 'White House Chief of Staff Denis McDonough wrote that the plane was “wheels up” at last.', 'Denis McDonough', 'wrote'],
    ['a participle after a `when` clause is its subject’s', 'It came during her speech, when Sanders protesters interrupted her, shouting “she wins, we lose!”', 'Sanders protesters', 'shouting'],
    ['an inverted cue’s description, then the name set off by a comma', '“It is by their choice,” said the spokesman, Nick Merrill.', 'Nick Merrill', 'said'],
    ['… then when it was said', '“We will not back down,” said Russia’s foreign minister, Sergei Lavrov, on Friday.', 'Sergei Lavrov', 'said'],
    ['an opening participle’s object is no subject', 'Speaking to the BBC, the chancellor, Rachel Reeves, said: “There will be no return to austerity.”', 'Rachel Reeves', 'said'],
    ['`X made the following comment:` before a quote opening the next paragraph', 'On July 6, Tom Kell made the following comment:\n\n“For young people, the jobless rate is very high.”', 'Tom Kell', 'comment'],
    ['a quantifier before a noun speaks as a group', '“Rahm must go!” some protesters chanted on Friday.', 'some protesters', 'chanted'],
    ['a role title before the name: Adviser', 'National Security Adviser Susan Rice warned that the visit would be “destructive” to ties.', 'Susan Rice', 'warned'],
    ['a role title before the name: CEO', 'SoftBank CEO Masayoshi Son told the company to turn “a profit” by 2021.', 'Masayoshi Son', 'told'],
    ['`of` inside a capitalised name joins it', 'Secretary of State John Kerry said the vote was “fair.”', 'John Kerry', 'said'],
    // A quote found through its clause's subject takes as cue a participle that names someone nearer it.
    ['a naming participle nearer the quote than the subject’s verb', 'Ann Lee on Friday pummeled Tom Kell as divisive while praising Bo Rudd as a “steady hand” in the race.', 'Ann Lee', 'praising'],
    // `continue` with an object says an action goes on, no speech (`he continued.` stays a cue).
    ['`continued its offensive` is no cue', 'The group continued its offensive this week, launching an ad attacking Tom Kell as an “elitist hypocrite” on guns.', 'The group', 'attacking'],
    ['… but `he continued:` is', 'Tom Kell spoke first. He continued: “And we will fight.”', 'Tom Kell', 'continued'],
  ])('%s', (_name, text, speaker, cue) => {
    const q = first(text);
    expect(q?.speaker?.name).toBe(speaker);
    expect(q?.cue?.text).toBe(cue);
  });

  it('`that` before a name opens a subordinate clause, whose verb is no cue for the quote after it', () => {
    const text = 'Ann Lee spoke first, and Tom Kell spoke after her.\nIn a post, Tom Kell said he was “grateful” that Lee would reconsider. “This is the kind of trade we don’t need.”';
    const q = first(text, 'kind of trade');
    expect(q?.speaker?.name).toBe('Tom Kell');
    expect(q?.cue?.text).toBe('said');
  });

  it.each([
    ['a transcript turn inside the quote', 'Partial transcript as follows:\n\n"WALLACE: Let us start with the debate tonight."', 'WALLACE', 'Wallace'],
    ['a transcript turn resolves to the full name', 'Chris Wallace interviewed Mike Pence.\n\n"PENCE: Well, look, she will not be attending the debate."', 'PENCE', 'Mike Pence'],
  ])('%s', (_name, text, mention, name) => {
    const q = first(text)!;
    expect(text.slice(q.speaker!.start, q.speaker!.end)).toBe(mention);
    expect(q.speaker!.name).toBe(name);
    expect(q.cue?.text).toBe(':');
  });
});

describe('an adverb between the subject and the cue is no part of the subject', () => {
  it.each([
    ['`likewise`', 'Then Ann Lee likewise announced that she will sue.', 'Ann Lee'],
    ['`similarly`', 'Britain similarly warned that sanctions would follow.', 'Britain'],
  ])('%s', (_name, text, speaker) => {
    expect(reported(text)[0]?.speaker?.name).toBe(speaker);
  });
});

describe('a middle initial whose letter is a word is part of the name', () => {
  it.each([
    ['`A.`', 'Justice Samuel A. Alito Jr. wrote for the court. “This is a serious case,” Alito wrote.', 'Samuel A. Alito Jr'],
    ['`I.` (and a pronoun after it)', 'John I. Smith, a lawyer for the plaintiffs, spoke in June. “There can be no delay,” he told the judge.', 'John I. Smith'],
  ])('%s', (_name, text, speaker) => {
    expect(speech(text)[0]?.speaker?.name).toBe(speaker);
  });
});

describe('a headline’s description of its speaker is the person the body quotes with the same words', () => {
  const text = 'Obama Aide Calls Leader’s Planned Visit ‘Destructive’\n\nNational Security Adviser Ann Lee said on Tuesday that the visit would be “destructive” to ties.';
  it('the headline’s partial quote and its reported piece are the body speaker’s', () => {
    const head = quotesOf(text).filter((q) => q.segment === 'headline');
    expect(head.length).toBeGreaterThan(0);
    expect(head.map((q) => q.speaker?.name)).toEqual(head.map(() => 'Ann Lee'));
  });
  it('… and so are words the headline cut from a longer body quote, its description headed before a participle', () => {
    const cut = 'Dem running for Senate mocks rival as farmer ‘who never went to law school’\n\nRep. Ann Lee spoke in Ames on Tuesday. “You might have a farmer who never went to law school,” she said.';
    const head = quotesOf(cut).filter((q) => q.segment === 'headline' && q.kind !== 'reported');
    expect(head.map((q) => q.speaker?.name)).toEqual(['Ann Lee']);
  });
  it('but not when the headline’s speaker is no person (`Messages of stability`) or the words differ', () => {
    const other = 'Messages of Stability Contrast With ‘Remain’ Side\n\nAnn Lee said the country should “remain” calm.';
    expect(quotesOf(other).filter((q) => q.segment === 'headline').some((q) => q.speaker?.name === 'Ann Lee')).toBe(false);
    const differ = text.replace('“destructive”', '“harmful”');
    expect(quotesOf(differ).filter((q) => q.segment === 'headline').some((q) => q.speaker?.name === 'Ann Lee')).toBe(false);
  });
});

describe('`X was quoted as saying` gives the words to X', () => {
  it.each([
    ['after a question, not to the last speaker', '“We are ready,” Kevin Shea said.\n\n“How about the mayor starts it off?” Mr. Trump was quoted as saying, playing peacemaker.', 'mayor starts', 'Trump'],
    ['after a statement', 'Tom Kell spoke first. “Go home now,” Ann Lee was quoted as saying.', 'Go home', 'Ann Lee'],
  ])('%s', (_name, text, words, speaker) => {
    const q = quotesOf(text).find((x) => x.text.includes(words));
    expect(q?.speaker?.name).toBe(speaker);
    expect(q?.cue?.text).toBe('saying');
  });

  it('a year before the honorific is no part of the speaker phrase (`In 2007 Mr. Huckabee was quoted`)', () => {
    const text = 'Ann Lee ran for mayor.\n\nIn 2007 Ms. Lee was quoted as saying, “Climate change is real.”';
    const s = quotesOf(text).find((x) => x.text.includes('Climate'))?.speaker;
    expect(s && text.slice(s.start, s.end)).toBe('Ms. Lee');
  });
});

describe('words after a cue that report no speech: a time clause (when the words were said), a noun', () => {
  it.each([
    ['`said as the crowd left`', 'Tom Kell spoke first. “Go home now,” Ann Lee said as the crowd left.'],
    ['`cheered when …`', 'The crowd cheered when Ann Lee spotted a sign in the hall.'],
    ['`responded as if …`', 'Ann Lee responded as if she had been deeply hurt.'],
    ['(a plural noun after an adjective is no cue: `make humanitarian claims such as asylum`)', 'Families seeking to make humanitarian claims such as asylum arrived at the border.'],
    ['(a cue form after a number word is a noun: `three term Texas Governor`)', 'The sheriff endorsed three term Texas Governor Ann Lee on Tuesday.'],
    ['(a comparative is no one: `people age 12 and older reported using …`)', 'About 8 percent of people age 12 and older reported using the drug in the past month.'],
    ['(… and after a determiner and two modifiers: `a signature campaign promise, a matter of`)', 'Ann Lee spoke, calling the wall, a signature campaign promise, a matter of pride.'],
  ])('%s', (_name, text) => {
    expect(reported(text)).toEqual([]);
  });
  it.each([
    ['a main clause after the time clause', 'Ann Lee said when the vote came, the party would be ready.', 'the party would be ready'],
    ['`dismissed … as` names what the speaker called it', 'Ann Lee dismissed the remarks as locker-room talk.', 'locker-room talk'],
    ['(a noun for a person before the cue is its subject: `The physician claims`)', 'The physician claims the drug cured him.', 'the drug cured him'],
  ])('%s is still reported', (_name, text, words) => {
    expect(reported(text).some((q) => q.text.includes(words))).toBe(true);
  });
});

describe('a transcript over several paragraphs', () => {
  const text = 'Chris Wallace interviewed Mike Pence.\n\n"WALLACE: Will she be there tomorrow night?\n\n"PENCE: She will not be attending the debate.\n\n"VIDEO: The two men shake hands.\n\n"WALLACE: Thank you, Governor.';
  it('each turn is its own quote with its own speaker; a label such as VIDEO is no turn', () => {
    expect(speech(text).map((q) => [q.text.slice(0, 12), q.speaker?.name])).toEqual([
      ['WALLACE: Wil', 'Chris Wallace'],
      ['PENCE: She w', 'Mike Pence'],
      ['WALLACE: Tha', 'Chris Wallace'],
    ]);
  });
});

it('`X, a candidate in Ohio’s 16th District, who said`: the relative pronoun stands for the name before the appositive', () => {
  const text = '“It is troubling,” said Tom Kell, a Republican candidate in Ohio’s 16th District, who said people at a recent meeting were furious.';
  expect(reported(text)[0]?.speaker?.name).toBe('Tom Kell');
});

describe('a word capitalised only because it opens the sentence is no name', () => {
  it.each([
    ['a quantifier', 'Others reported being abruptly logged off the service.', 'Others'],
    ['a time noun', 'Hours reported that the line was down.', 'Hours'],
    ['a plural noun', 'The vote was close. Prosecutors said the case was weak.', 'Prosecutors'],
    ['a plural noun after a paragraph break', 'The vote was close.\n\nCritics said the count was slow.', 'Critics'],
    ['a plural noun in -als', 'The vote was close. Officials said the count was slow.', 'Officials'],
    ['allies', 'The vote was close. Allies say that he sees no need to fight.', 'Allies'],
    ['experts', 'The vote was close. Experts said the count was slow.', 'Experts'],
  ])('%s', (_name, text, speaker) => {
    const q = reported(text)[0];
    expect(q.speaker?.name).toBe(speaker);
    expect(q.speaker?.resolvedBy).toBe('description');
  });
});

describe('a definite description opening its sentence is the person the text is about there', () => {
  it.each([
    ['a description after the person is named', 'Marco Rubio says the race is now between three people.\n\nThe Florida senator is predicting that he will win the nomination.', 'Marco Rubio', 'The Florida senator'],
    ['a gendered description', 'Salma Hayek said she had once been turned away. The star then said that the industry had to change.', 'Salma Hayek', 'The star'],
    ['a noun for a person by trade (`tycoon`, `investor`)', 'Lena Kellner said the market would hold. The financial industry tycoon ridiculed the claim that rates would fall.', 'Lena Kellner', 'The financial industry tycoon'],
    ['a possessive is someone else: the senator’s allies', 'Ted Cruz spoke on Monday. The Texas senator’s allies said that he would run again.', 'The Texas senator’s allies', undefined],
    ['a spokesman speaks for someone else', 'Barack Obama spoke on Monday. The spokesman said that the talks would go on.', 'The spokesman', undefined],
    ['so does a rep', 'Taylor Swift spoke on Monday. Swift’s rep told a radio station that it was untrue. The rep said that the audit was clear.', 'The rep', undefined],
    ['`the state` is no person', 'Maggie Hassan spoke on Monday. The state said that the count was final.', 'The state', undefined],
  ])('%s', (_name, text, speaker, role) => {
    const q = reported(text).at(-1)!;
    expect(q.speaker?.name).toBe(speaker);
    expect(q.speaker?.resolvedBy).toBe('description');
    expect(q.speaker?.role).toBe(role ?? undefined);
  });
});

describe('a description after the quote, or in apposition, is who the article calls that', () => {
  it.each([
    ['after the closing mark', 'Tom Cotton criticized the deal. "This is a disaster," the Arkansas Republican said.', 'Tom Cotton'],
    ['an abbreviated title is the role written out', 'Sen. Tom Cotton spoke on Monday. "This is a disaster," the senator said.', 'Tom Cotton'],
    ['`Rep.` is a congressman', 'Rep. Jim Jordan spoke on Monday. "We will fight it," the congressman said.', 'Jim Jordan'],
    ['an age is a description before its verb', 'Jude Bellingham scored twice. "I feel great," the 21-year-old said.', 'Jude Bellingham'],
    ['the person the text is about, not another holder of a one-word role', 'Sen. Kelly Ayotte spoke first. "We disagree," Sen. John McCain said. The longtime senator said that he would not campaign.', 'John McCain'],
    ['`the former president` is not the President named in the quote', 'Bill Clinton spoke in Brooklyn. “President Obama did well,” the former president said.', 'Bill Clinton'],
    ['a role is matched by its head word', 'Michael Flynn, President Trump’s former adviser, pleaded guilty. Donald Trump spoke on Monday. The president said that he felt badly.', 'Donald Trump'],
    ['introduced with `an` and named nowhere: someone unnamed', 'Ann Ebeling and her husband were greeted by an organizer in Des Moines. “You will be great,” the organizer told them.', 'the organizer'],
    ['introduced with `a`, then named', 'A Philippine lawmaker spoke out. Rep. Joey Salceda filed a resolution. The lawmaker said that the remarks hurt.', 'Joey Salceda'],
    ['an indefinite description is someone unnamed', 'Sen. John Cornyn spoke on Monday. Later, a Democratic senator said that a deal was near.', 'a Democratic senator'],
    ['an indefinite description in apposition to a name', '“He is calm,” said George Bruno, a former party chairman and ally of Mr. Clinton, referring to the former president’s surgery.', 'George Bruno'],
    ['a title joined to another is no description of its own', 'Sen. John McCain spoke first. The former first lady and U.S. senator said it was “a mistake” to use the server.', 'U.S. senator'],
  ])('%s', (_name, text, speaker) => {
    expect(quotesOf(text).at(-1)?.speaker?.name).toBe(speaker);
  });
});

describe('speakers as British, Irish, sports and court reports name them', () => {
  it.each([
    ['a nationality after the quote', 'Thomas Tuchel was more guarded. ‘We have not won anything yet,’ the German said.', 'Thomas Tuchel', false],
    ['a club manager speaks for himself', 'Mikel Arteta praised the team. "We created chances," the Arsenal manager said.', 'Mikel Arteta', false],
    ['a campaign manager does not', 'Donald Trump spoke on Monday. "We will win," the campaign manager said.', 'the campaign manager', false],
    ['a title before an appositive name', 'The Taoiseach, Micheál Martin, has said the Government will ‘not be found wanting’.', 'Micheál Martin', false],
    ['a role of a place, then the name', 'The Archbishop of Canterbury, Justin Welby, said the Church ‘failed’ victims.', 'Justin Welby', false],
    ['a role for a defendant, then the name', 'Counsel for Byrne, Eoin Lawlor, said his client was ‘genuinely remorseful’.', 'Eoin Lawlor', false],
    ['`he` after `Lane’s attorney, Marc Agnifilo,` is the attorney', 'A judge sentenced Gregory Lane to 11 years. Lane’s attorney, Marc Agnifilo, said his client would appeal. "This sentence is unfair," he said.', 'Marc Agnifilo', false],
    ['`Sir` is a title, not a name', 'Sir Keir Starmer said the plan was ‘not for turning’.', 'Keir Starmer', false],
    ['an unnamed MP', '"It is over," one senior Conservative MP said.', 'one senior Conservative MP', true],
    ['an unnamed senator', 'Sen. John Cornyn spoke. Later, a Democratic senator said that a deal was near.', 'a Democratic senator', true],
  ])('%s', (_name, text, speaker, anonymous) => {
    const q = quotesOf(text).at(-1);
    expect(q?.speaker?.name).toBe(speaker);
    expect(q?.speaker?.anonymous).toBe(anonymous);
  });
});

describe('places after who speaks are where, not who', () => {
  it.each([
    ['people in two places', 'The rule was new. Attorneys general in Utah and New Mexico said that the rule was unlawful.', 'Attorneys general in Utah and New Mexico'],
    ['a list of places', 'The rule was new. Most voters in Ohio, Utah and Nevada said that the rule was unlawful.', 'Most voters in Ohio, Utah and Nevada'],
    ['people from two states', 'The rule was new. Leaders from France and Germany said that the rule was unlawful.', 'Leaders from France and Germany'],
    ['a name, then where', 'The rule was new. Trump in Iowa said that the rule was unlawful.', 'Trump'],
    ['a document’s source stays its author', 'The rule was new, according to a report Tuesday from WKOW, the station in Madison.', 'WKOW'],
    ['names in a list stay names', 'The rule was new. Rubio, Cruz and Trump said that the rule was unlawful.', 'Trump'],
  ])('%s', (_name, text, speaker) => {
    expect(reported(text).at(-1)?.speaker?.name).toBe(speaker);
  });
});

it('a conjunction after a quote’s comma opens another clause with its own cue', () => {
  const text = 'President William Ruto on Wednesday said the protests had been “hijacked by criminals”, while opposition leader Raila Odinga said the government “has blood on its hands”.';
  expect(speech(text).map((q) => [q.text, q.speaker?.name])).toEqual([['hijacked by criminals', 'William Ruto'], ['has blood on its hands', 'Raila Odinga']]);
});

describe('a noun before the colon is no cue', () => {
  it('`issued a statement shortly after Rubio’s speech:` is the committee’s', () => {
    const q = speech('The Democratic National Committee issued a brief statement shortly after Rubio’s speech: “Neoconservative meets Cold War: that is the Rubio doctrine.”')[0];
    expect([q?.speaker?.name, q?.cue?.text]).toEqual(['Democratic National Committee', 'issued']);
  });
});

describe('a programme named after its channel is a title', () => {
  it.each([
    ['a channel ending in s takes the apostrophe alone', 'Graham criticized the plan. “We need a deal,” he said on CBS’ “Face the Nation.”', 'Face the Nation.'],
    ['a network’s name ending in s', 'Pence said on Fox News’ “Tucker Carlson Tonight” that the wall would be built.', 'Tucker Carlson Tonight'],
  ])('%s', (_name, text, title) => {
    expect(quotesOf(text).find((q) => q.text === title)?.kind).toBe('title');
  });
});

describe('a bare plural for people is a subject for a second cue', () => {
  it('`Lawmakers at the scene … and said …`', () => {
    // (What they described themselves as is theirs too.)
    const spans = reported('Lawmakers at the scene described themselves as targets and said the violence would have been worse.');
    expect(spans.map((q) => q.text)).toEqual(['themselves as targets', 'the violence would have been worse']);
    expect(spans[1].speaker?.name).toBe('Lawmakers');
  });
});

describe('an unnamed source is anonymous however the sentence is written', () => {
  it.each([
    ['officials opening the sentence', 'The talks went on. Officials said the talks had stalled.', 'Officials', true],
    ['diplomats opening the sentence', 'The talks went on. Diplomats said the talks had stalled.', 'Diplomats', true],
    ['officials after the clause', 'The talks had stalled, officials said.', 'officials', true],
    ['a resident who did not want to be named', 'The talks went on. One resident, who did not want to be named, said the water was bad.', 'One resident', true],
    ['a woman who spoke on condition of anonymity', 'The talks went on. The woman, who spoke on the condition of anonymity because she feared for her job, said the water was bad.', 'The woman', true],
    ['an official not authorised to speak', 'The talks went on. A senior official, who was not authorized to speak publicly, said the talks had stalled.', 'A senior official', true],
    ['a description with a relative clause that withholds nothing', 'The talks went on. The mayor, who spoke to reporters, said the talks had stalled.', 'The mayor', false],
    ['a spokesperson for a body, as a body’s spokesperson', 'The talks went on. A spokesperson for the ministry said the talks had stalled.', 'A spokesperson for the ministry', true],
    ['one of several advisers', 'The talks went on. One of the president’s advisers said the talks had stalled.', 'One of the president’s advisers', true],
    ['an expert', 'The talks went on. One legal expert said the prince had no immunity.', 'One legal expert', true],
    ['a representative for someone', 'Tyler Shields posted the photo. A representative for Shields said the photo was art.', 'A representative for Shields', true],
    ['the same unnamed source again', 'The talks went on. One legal expert said the prince had no immunity. The expert warned that the FBI was investigating.', 'The expert', true],
    ['a definite description after an unnamed source of another kind', 'The talks went on. One legal expert said the prince had no immunity. The mayor warned that the FBI was investigating.', 'The mayor', false],
  ])('%s', (_name, text, speaker, anonymous) => {
    const q = reported(text).at(-1);
    expect([q?.speaker?.name, q?.speaker?.anonymous]).toEqual([speaker, anonymous]);
  });
});

describe('a body’s name keeps its words, and an article is no role', () => {
  it.each([
    ['an organization’s whole name', '“It is bad,” the World Health Organization said.', 'World Health Organization', undefined],
    ['an article opening the sentence', 'The World Bank said the risk was low.', 'World Bank', undefined],
    ['a title is still a role', 'The chancellor, Rachel Reeves, said the risk was low.', 'Rachel Reeves', 'The chancellor'],
  ])('%s', (_name, text, speaker, role) => {
    const q = quotesOf(text).at(-1);
    expect([q?.speaker?.name, q?.speaker?.role]).toEqual([speaker, role]);
  });
});

describe('a body named with `of` is named whole', () => {
  it.each([
    ['a department', 'In May, the Department of Energy announced that the goal was met.', 'Department of Energy', 'name'],
    ['a bank, without its article', 'The Bank of England said the rate would rise.', 'Bank of England', 'name'],
    ['a university', 'The University of Michigan said the vote was fair.', 'University of Michigan', 'name'],
    ['people of someone are no body', 'The rally was loud. Supporters of Sanders said the count was slow.', 'Supporters of Sanders', 'description'],
    ['a title with `of` still precedes a name', 'Secretary of State John Kerry said the vote was fair.', 'John Kerry', 'name'],
  ])('%s', (_name, text, speaker, resolvedBy) => {
    const q = reported(text)[0];
    expect(q.speaker?.name).toBe(speaker);
    expect(q.speaker?.resolvedBy).toBe(resolvedBy);
  });
});

describe('a cue form after a name opened by a determiner', () => {
  it('a base form is a noun: no speech in `The New York state attorney general is investigating`', () => {
    expect(reported('The New York state attorney general is investigating the firm.')).toEqual([]);
  });
  it('a past tense is the verb: `the Washington Post reported`', () => {
    expect(reported('Last week the Washington Post reported that the firm was sold.')[0]?.speaker?.name).toBe('the Washington Post');
  });
  it('a plural that is rarely a verb is a noun: `the Clinton emails`', () => {
    expect(reported('He asked them to release the Clinton emails and to finish by January.')).toEqual([]);
  });
});

it('after `…, threatening legal action` comes the participle’s object, not a speaker', () => {
  expect(reported('Ann Lee responded in a post, threatening legal action.').map((q) => q.speaker?.name)).not.toContain('legal action');
  expect(reported('The deal is off, adds the US daily.')[0]?.speaker?.name).toBe('the US daily');
});

describe('a cue after a comma with no clause before it reports nothing', () => {
  it.each([
    ['a subject and its appositive, then the verb’s object', 'The senator, Tom Cotton, criticized the plan.'],
    ['a party tag, then the verb’s object', 'Rep. Marjorie Taylor Greene, R-Ga., blasted the move.'],
  ])('%s', (_name, text) => {
    expect(reported(text).map((q) => [q.text, q.speaker?.name])).toEqual([]);
  });
  it.each([
    ['an inverted cue', 'The economy is weak, said Smith.', 'Smith'],
    ['a subject, then the cue', 'The economy is weak, the minister warned.', 'the minister'],
    ['a forecast', 'Growth will slow, predicted the central bank.', 'the central bank'],
  ])('%s still reports the clause', (_name, text, speaker) => {
    expect(reported(text).map((q) => q.speaker?.name)).toEqual([speaker]);
  });
});

describe('`that` after an infinitive opens a relative clause, not what was said', () => {
  it.each([
    ['a vow', 'Joe Biden vowed on Thursday to respond to the drone strike that killed three troops.', 'killed three troops'],
    ['a threat', 'Obama has threatened to veto the bill that allows lawsuits against the Saudis.', 'allows lawsuits against the Saudis'],
  ])('%s', (_name, text, notContent) => {
    expect(reported(text).map((q) => q.text)).not.toContain(notContent);
  });
  it.each([
    ['a listener', 'Gordon suggested to me that skilled workers were harder to replace.', 'skilled workers were harder to replace'],
    ['where it was said', 'Smith said in a statement to reporters that the plan was dead.', 'the plan was dead'],
  ])('%s before `that` still reports the clause', (_name, text, content) => {
    expect(reported(text).map((q) => q.text)).toEqual([content]);
  });
});

it('a cue in a relative clause without `that` reports nothing: `what experts say is unlikely`', () => {
  expect(reported('How the galaxies we observe today arose from the chaos remains a puzzle.')).toEqual([]);
  expect(reported('A ruling is what legal experts say is highly unlikely.')).toEqual([]);
  expect(reported('He said increased spending would help.')[0]?.text).toBe('increased spending would help');
});

it('a participle after a degree word is an adjective, a quantifier before a verb a subject', () => {
  expect(reported('Perhaps the most telling contradiction was his claim that he visited.')).toEqual([]);
  expect(reported('Most said they were worried about the vote.')[0]?.speaker?.name).toBe('Most');
});

it('a time after the subject is no part of it: `Clark in October revealed`', () => {
  expect(reported('Tom Clark spoke. Clark in October revealed that the fleet would grow.')[0]?.speaker?.name).toBe('Tom Clark');
});

it.each([
  ['A news report published Wednesday said the secretary used a private account.', 'A news report'],
  ['A court document filed Thursday says the charge was dropped.', 'A court document'],
  ['The man arrested last week said he was innocent.', 'The man'],
])('a participle and its time after the subject qualify it: %s', (text, speaker) => {
  expect(reported(text)[0]?.speaker?.name).toBe(speaker);
});

it.each([
  ['“Water is rare,” study lead author Lucas Paganini, a planetary scientist at NASA’s Goddard Space Flight Center in Greenbelt, Maryland, and American University in Washington, D.C., said in a statement.', 'Lucas Paganini'],
  ['“Water is rare,” Ann Lee, a fellow at the institute in Munich, Germany, said.', 'Ann Lee'],
  ['“It is over,” the mayor of Hoboken, Dawn Zimmer, said.', 'Dawn Zimmer'],
])('a place and its region inside an appositive is no speaker: %s', (text, speaker) => {
  expect(speech(text)[0]?.speaker?.name).toBe(speaker);
});

it('`the president` is the President before the president of a federation', () => {
  const text = 'President Ann Lee met envoys in May. Tom Kell, president of the Farm Federation, welcomed the news. The president announced the deal during a meeting.';
  expect(reported(text).find((q) => q.text.includes('the deal'))?.speaker?.name).toBe('Ann Lee');
});

it('`the president` points back at a president named before it, not one named after', () => {
  const text = 'President Ann Lee met envoys in May. Lee spoke for an hour about the budget and the long talks that lay ahead.\n\nAsked how long the talks would last, the president replied, “As long as it takes.”\n\nThe plan was first drawn up under President Tom Kell, who left office in 2015.';
  expect(first(text, 'As long')?.speaker?.name).toBe('Ann Lee');
});

it('`they` after a name with a plural verb is that body, whatever gender a pronoun near it gave it', () => {
  const text = 'The label that owns her songs, Red Door, says she may sing them.\n\nRed Door have twice denied any wrong.\n\n“We never blocked her,” they said in a statement.';
  expect(first(text, 'never blocked')?.speaker?.name).toBe('Red Door');
});

it('a state before a full name says where the person serves', () => {
  const q = reported('China’s ambassador to Britain Liu Xiaming said the unrest would end.')[0];
  expect(q?.speaker?.name).toBe('Liu Xiaming');
  expect(reported('The envoy to Jordan Ann Lee Kessler said the talks went well.')[0]?.speaker?.name).toBe('Ann Lee Kessler');
});

it('a common noun with a person’s ending names no one: `it` after `The weather was mild`', () => {
  expect(first('The weather was mild on Monday. “We will appeal the ruling today,” it said.')?.speaker?.name).toBe('it');
  expect(reported('The mining sector held steady in September, the ministry said.').map((q) => q.speaker?.name)).not.toContain('The mining sector');
});

it('a currency sign inside the speaker phrase after a quote', () => {
  const q = first('“We need a raise now,” Fight for $15 organizer Dana Pell told reporters.');
  expect(q?.speaker?.name).toBe('Dana Pell');
});

it('a sentence-opening word before a name is no part of it', () => {
  expect(reported('Recently Apple said the phone was ready.')[0].speaker?.name).toBe('Apple');
});

it('a plural-looking surname of someone the article names is a name', () => {
  const q = reported('Bernie Sanders spoke first. Sanders said the count was slow.')[0];
  expect(q.speaker?.name).toBe('Bernie Sanders');
});

describe('people named with where they are from', () => {
  it('an adjective before a place is no title: `Former Arizona` names nobody', () => {
    expect(indexPeople('Former Arizona governor Maria Lopez met Sen. Cruz.').map((p) => p.name)).toEqual(['Maria Lopez', 'Cruz']);
  });

  it('an auxiliary opening a question is no first name', () => {
    expect(indexPeople('Does Rubio have a plan? Is Hillary Clinton ready?').map((p) => p.name)).toEqual(['Hillary Clinton']);
  });

  it('a full name before `of` is the name, not the place after it', () => {
    expect(indexPeople('Senator John McCain of Arizona met the Bank of America chief and the Secretary of State John Kerry.').map((p) => p.name)).toEqual(['John McCain', 'John Kerry']);
  });
});

describe('a relative pronoun is the speaker mention, its antecedent the speaker', () => {
  it.each([
    ['who after a name', 'Glenn Beck, who has often described Trump as “a pathological narcissist,” spoke on Monday.', 'who', 'Glenn Beck'],
    ['who after a name and its appositive', 'It was Lionel Sosa, a Texas consultant, who said “nobody will vote for him.”', 'who', 'Lionel Sosa'],
    ['which after an organisation', 'The decision came from the Lakeside Council, which said the plan would “ruin the park.”', 'which', 'Lakeside Council'],
    ['a relative clause closed before the cue is no subject', 'Glenn Beck, who was tired, said “nobody will vote for him.”', 'Glenn Beck', 'Glenn Beck'],
  ])('%s', (_name, text, mention, name) => {
    const q = first(text)!;
    expect(text.slice(q.speaker!.start, q.speaker!.end)).toBe(mention);
    expect(q.speaker!.name).toBe(name);
  });
});

describe('pronouns agree in gender with their antecedent', () => {
  it.each([
    ['she skips a man named first', 'Donald Trump met Hillary Clinton in the hall.\n“We had a good talk,” she said.', 'Hillary Clinton'],
    ['he skips a woman named first', 'Hillary Clinton met Donald Trump in the hall.\n“We had a good talk,” he said.', 'Donald Trump'],
    ['Mrs. marks a woman', 'Mrs. Ortega met Mr. Delgado on Monday.\n“It went well,” she said.', 'Ortega'],
    ['Mr. marks a man', 'Ms. Ortega met Mr. Delgado on Monday.\n“It went well,” he said.', 'Delgado'],
    ['a gendered role marks a woman', 'Congresswoman Dana Whitlock met Senator Jordan Pike.\n“It went well,” she said.', 'Dana Whitlock'],
    ['an earlier narration pronoun marks a man', 'Casey Morgan lost his seat in 2014, and Jo Rivera kept hers.\n“I am not done,” he said.', 'Casey Morgan'],
    ['an earlier narration pronoun marks a woman', 'Casey Morgan lost his seat in 2014, and Jo Rivera kept hers.\n“I am not done,” she said.', 'Jo Rivera'],
    ['unknown gender never rules a person out', 'Kiran Patel spoke first.\n“We will wait,” she said.', 'Kiran Patel'],
    ['the subject of the sentence before, not a later name', 'Sean McCormack would not say whether Zalmay Khalilzad met anyone.\n“They share a long border,” he said.', 'Sean McCormack'],
  ])('%s', (_name, text, speaker) => {
    const q = first(text)!;
    expect(q.speaker).toMatchObject({ name: speaker, resolvedBy: 'pronoun' });
  });

  it.each([
    ['it to the organisation that is the subject before', 'The committee released its report on Thursday.\n“Most witnesses had never been interviewed,” it stated.', 'The committee'],
    ['they to a group', 'Local business owners warned on Monday that the plan was late.\n“We cannot wait another year,” they said.', 'Local business owners'],
    ['it never to a person', 'Maria Lopez released her report on Thursday.\n“Most witnesses had never been interviewed,” it stated.', 'it'],
  ])('organisation only for it and they: %s', (_name, text, speaker) => {
    expect(first(text)!.speaker).toMatchObject({ name: speaker, resolvedBy: 'pronoun' });
  });

  it.each([
    ['a name modifying a role before another name is passed over', 'Barack Obama won Iowa.\nObama consultant Cornell Belcher, a pollster, picked up the thread. “They have a lot in common,” he said.', 'Cornell Belcher'],
    ['the speaker of a cue is the sentence’s most salient person', 'Ben Sexton studied the rallies of Donald Trump.\nTrump, Sexton said, has created a “strange zone.”\n“So his supporters feel justified,” he said.', 'Ben Sexton'],
    ['a lone surname opening a sentence with a cue is a person', 'Donald Trump went with the odds.\nCruz openly admitted that his pick was political. “With an eye to February,” he said.', 'Cruz'],
    ['Mrs. picks the woman among people sharing a surname', 'Bill Clinton and Hillary Clinton arrived. Later Bill Clinton spoke.\nMrs. Clinton did not hesitate. “Everybody should be believed,” she said.', 'Hillary Clinton'],
    ['Mr. picks the man among people sharing a surname', 'Hillary Clinton and Bill Clinton arrived. Later Hillary Clinton spoke.\nMr. Clinton did not hesitate. “Everybody should be heard,” he said.', 'Bill Clinton'],
    ['a run of sentences about one person reaches back further', 'Vladimir Putin spoke at length. He recalled the war. He was angry then. He saw a disaster. He blamed the West. He called it a mistake. He would not forget. He paused.\n“The state is falling apart,” he said.', 'Vladimir Putin'],
    ['a narration pronoun in the next sentence marks the subject opening a sentence', 'Eric Ferrero said the march was calm.\nAmadou Magassa, 13, of Philadelphia sold water on Broad Street. He came up with the sign himself.\n“My mom says I have to save up for college,” he said.', 'Amadou Magassa'],
    ['a full name opening its sentence is a person though nothing gives its gender', 'Hillary Clinton spoke first.\nRoseAnn DeMoro, director of a nurses union, also said the group would march.\n“We will be a significant force,” she said.', 'RoseAnn DeMoro'],
    ['a full name of unknown gender inside a sentence yields to a person marked as a woman', 'Hillary Clinton spoke first.\nThe union led by RoseAnn DeMoro said the group would march.\n“We will be a significant force,” she said.', 'Hillary Clinton'],
    ['a lone capitalised word before another verb is no person', 'Donald Trump spoke first.\nFundraising slowed in May. “We will be fine,” he said.', 'Donald Trump'],
  ])('salience: %s', (_name, text, speaker) => {
    expect(speech(text).find((q) => q.speaker?.resolvedBy === 'pronoun')?.speaker?.name).toBe(speaker);
  });

  it('an honorific picks the person of its gender among a named surname', () => {
    expect(first('Bill Clinton and Hillary Clinton arrived. Later Bill Clinton spoke.\n“We will win,” Mrs. Clinton said.')!.speaker!.name).toBe('Hillary Clinton');
  });

  it.each([
    ['a possessive before the surname', 'Hillary Clinton spoke in Ohio. Her husband, Bill Clinton, spoke in Iowa.\nIn her book, Clinton noted the “deep divisions” of the country.', 'Hillary Clinton'],
    ['a subject pronoun after the cue', 'Bill Clinton spoke in Iowa. Hillary Clinton spoke in Ohio.\nClinton said that he would “fight on” for the party.', 'Bill Clinton'],
    ['… but not past another person named after the surname', 'Hillary Clinton spoke in Ohio. Bill Clinton spoke in Iowa.\nClinton said Tom Reyes had changed his mind on the “deep divisions” of the party.', 'Bill Clinton'],
    ['… nor an object pronoun', 'Bill Clinton spoke in Iowa. Hillary Clinton spoke in Ohio.\nClinton, without naming him, said the “deep divisions” were over.', 'Hillary Clinton'],
    ['… nor a pronoun inside a quote', 'Hillary Clinton spoke in Ohio. Bill Clinton spoke in Iowa.\nClinton said, “She is the best candidate.”', 'Bill Clinton'],
    ['… also far from both full names', 'Hillary Clinton spoke in Ohio. Hillary Clinton won.\nBill Clinton spoke in Iowa. ' + 'The crowd was large and loud. '.repeat(24) + '\nClinton said that she would “fight on” for the party.', 'Hillary Clinton'],
  ])('pronouns around a surname two people share pick the one of their gender: %s', firstSpeakerIs);

  it.each([
    ['the one named most before it', 'Hillary Clinton spoke in Ohio, and she won. Hillary Clinton thanked the crowd.\nBill Clinton spoke in Iowa. ' + 'The crowd was large and loud. '.repeat(24) + '\n“We will win,” Clinton said.', 'Hillary Clinton'],
    ['… the one named first on a tie', 'Hillary Clinton spoke in Ohio, and she won.\nBill Clinton spoke in Iowa, and he lost. ' + 'The crowd was large and loud. '.repeat(24) + '\n“We will win,” Clinton said.', 'Hillary Clinton'],
    ['… not a namesake named inside the other’s appositive (`Patricia Smith, mother of … Sean Smith,`)', 'However, Patricia Smith, mother of Benghazi victim Sean Smith, rejected the claim.\n“We were nose-to-nose at the ceremony,” Smith said.', 'Patricia Smith'],
    ['… nor one named inside the other’s relative clause (`Mark Lee, whose son, Sam Lee,`)', 'The mayor called up Mark Lee, whose 6-year-old son, Sam Lee, was killed in the flood. Lee praised the rescuers “for coming so quickly.”', 'Mark Lee'],
    ['… but the nearest within a paragraph or two', 'Hillary Clinton spoke in Ohio, and she won. Hillary Clinton thanked the crowd.\nBill Clinton spoke in Iowa.\n“We will win,” Clinton said.', 'Bill Clinton'],
  ])('a lone surname two people share, far from the last full name: %s', firstSpeakerIs);

  it.each([
    ['a title and surname', 'Ben Carson spoke in Iowa, and he was upbeat. The crowd was large and loud and stayed for an hour after the speech ended. Reporters waited outside for a long time in the cold and the rain.\n“Everything is on the table,” Dr. Carson said.', 'Ben Carson'],
    ['an honorific’s gender among two full names', 'Anna Epstein spoke first. Tom Epstein spoke next. The crowd was large and loud and stayed for an hour after the speeches ended.\nMs. Epstein left early. “It is a wild card,” Epstein said.', 'Anna Epstein'],
    ['a run nobody calls he or she is no full name', 'Understated Perez makes news. The crowd was large and loud and stayed for an hour after the speech ended. Reporters waited outside in the cold and the rain.\nSecretary Perez arrived late. “I just do my day job,” Perez said.', 'Perez'],
  ])('a surname far from its full name is shown with the full name the article gives it most: %s', firstSpeakerIs);

  it.each([
    ['a surname before `Jr.` is the word before it', 'Former Representative Jesse L. Jackson Jr. pleaded guilty on Wednesday.\n“I misled the American people,” Mr. Jackson said. His father, the Rev. Jesse Jackson, watched.', 'Jesse L. Jackson Jr'],
  ])('a generational suffix ends a name, not its surname: %s', firstSpeakerIs);

  it.each([
    ['the person named in full', 'Commission President Ursula von der Leyen spoke in Brussels.\n“We will act,” von der Leyen said.', 'Ursula von der Leyen'],
    ['… `der` is a particle of its own, not `de` and a rest', 'Then Ursula von der Leyen spoke in Brussels.\n“We will act,” von der Leyen said.', 'Ursula von der Leyen'],
  ])('a surname with particles in lower case (`von der Leyen said`): %s', firstSpeakerIs);

  it.each([
    ['a sea is no person', 'Kiran Harris spoke in Hawaii.\nShips sailed in the South China Sea this week.\n“It is a healthy tension,” he said.', 'Kiran Harris'],
    ['a preposition opening a sentence is no first name', 'Jennifer Hawkins works at the plant.\nOutside Carrier, workers waited in the rain.\n“I loved it,” she said.', 'Jennifer Hawkins'],
    ['a name of no known gender after a preposition is a place', 'Donald Trump spoke first.\nGrowing up in El Paso, the young man saw families in need.\n“The centers are a disgrace,” he said.', 'Donald Trump'],
  ])('never a place: %s', firstSpeakerIs);

  it.each([
    ['a first word the article writes in lower case', 'Voters stayed away from the polls on Election Day.\nThe election was close. “I voted early,” she said.', 'she'],
    ['an adverb opening the run', 'Interestingly Blocher stayed home.\n“I will not run,” he said.', 'he'],
    ['… but not a known first name', 'Mark Kessler stayed home. They mark the date.\n“I will not run,” he said.', 'Mark Kessler'],
  ])('a capitalised run that opens with a common word is no person: %s', firstSpeakerIs);

  it('a quote inside the one before is no next piece of it: every quote holds its contents', () => {
    const text = "‘They left,' Ali Shamkhani said.\n‘Hezbollah which {\"id\": 1},' Ali Shamkhani said.";
    const quotes = quotesOf(text);
    for (const q of quotes) for (const c of q.contents) expect(c.start >= q.start && c.end <= q.end, `${q.text} holds ${c.text}`).toBe(true);
    expect(quotes.find((q) => q.text.startsWith('Hezbollah'))?.contents).toHaveLength(1);
  });

  it('never resolves he or she to a place or a programme', () => {
    const text = 'Funding for Head Start at Friendship Park was cut, and Representative David Jolly objected.\n“That would take money away from the classroom,” he said.';
    expect(first(text)!.speaker!.name).toBe('David Jolly');
  });

  it.each([
    ['Democratic', false],
    ['former', false],
    ['governor', true],
    ['consultant', true],
  ])('an adjective among the titles heads no phrase: %s', (word, expected) => {
    expect(isSpeakerNoun(word)).toBe(expected);
  });

  it('reads the gender of each person from names, titles, roles and narration pronouns', () => {
    const text = 'Hillary Clinton spoke. Mr. Grant Bell listened. Assemblywoman Robin Kerr nodded. Taylor Quinn said her piece.';
    const people = indexPeople(text);
    const genders = genderByName(text, indexMentions(text, people), [{ start: 0, end: text.length, text }], [], lexicons.firstNames);
    expect(Object.fromEntries(genders)).toEqual({ 'Hillary Clinton': 'female', 'Grant Bell': 'male', 'Robin Kerr': 'female', 'Taylor Quinn': 'female' });
  });

  it.each([
    ['the subject opening a sentence, by a pronoun in the next one', 'Kiran Patel sold water. He left at noon.', { 'Kiran Patel': 'male' }],
    ['a name inside the sentence, not by a pronoun in the next one', 'Rain fell on Kiran Patel at noon. He left.', {}],
  ])('narration pronouns: %s', (_name, text, expected) => {
    const people = indexPeople(text);
    const sentences = [...text.matchAll(/[^.]+\./g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, text: m[0] }));
    expect(Object.fromEntries(genderByName(text, indexMentions(text, people), sentences, [], lexicons.firstNames))).toEqual(expected);
  });

  it.each([
    ['the wife of the senator', 'female'],
    ['Spokesman', 'male'],
    ['chairwoman of the board', 'female'],
    ['the governor', undefined],
  ])('role %s gives %s', (role, gender) => {
    expect(genderOfRole(role)).toBe(gender);
  });
});

describe('a speaker is someone who can speak', () => {
  const np = (text: string, type: SpeakerNP['type'] = 'description'): SpeakerNP => ({ start: 0, end: text.length, text, type, nameWords: type === 'name' ? text.split(' ') : [], anonymous: false, role: undefined });
  it.each([
    ['a name', np('Ali Shamkhani', 'name'), true],
    ['he', np('he', 'pronoun'), true],
    ['they', np('they', 'pronoun'), true],
    ['it is not a person', np('It', 'pronoun'), false],
    ['a role', np('the senator'), true],
    ['a group', np('Sanders supporters'), true],
    ['an organisation', np('the campaign'), true],
    ['a document', np('the report'), true],
    ['a poll', np('a national poll'), true],
    ['a trade by its suffix', np('the pollster'), true],
    ['an abstract noun', np('The timeline'), false],
    ['an opening adverb', np('However'), false],
    ['a preposition phrase', np('Amid responses'), false],
    ['a feeling', np('a little trepidation'), false],
    ['a programme', np('The program'), false],
    ['there', np('There'), false],
  ])('%s', (_name, phrase, expected) => {
    expect(isSpeakerLike(phrase)).toBe(expected);
  });

  it.each([
    ['the head before a post-modifier', np('A source close to the talks'), true],
    ['a role of an organisation', np('the director of the agency'), true],
    ['a fragment ending in a preposition', np('secretary of'), false],
    ['a noun read as a verb leaves no head', np('primary'), false],
  ])('next to a cue, %s', (_name, phrase, expected) => {
    expect(isSpeakerLike(phrase, true)).toBe(expected);
  });

  it.each([
    ['It is no subject', 'It was no longer good enough for Clinton to “win” the state.', 'win'],
    ['an abstract noun is no subject', 'The timeline of the day shows the “workplace” framing came later.', 'workplace'],
    ['an opening adverb is no subject', 'However, the tax was a “pause” and nothing more.', 'pause'],
  ])('scare quotes stay scare quotes: %s', (_name, text, quoted) => {
    const q = quotesOf(text).find((x) => x.text.includes(quoted))!;
    expect(q.kind).toBe('scare');
    expect(q.speaker).toBeNull();
  });

  it('a word or two with no cue of its own is not handed to the last speaker', () => {
    const text = '“We will win this state,” Maria Lopez said.\n\nThe campaign called the plan a “moonshot” on Monday.';
    const q = quotesOf(text).find((x) => x.text === 'moonshot')!;
    expect(q.speaker?.name ?? null).not.toBe('Maria Lopez');
  });

  it('the clause subject still speaks for a quote of clause length', () => {
    const q = first('Maria Lopez insisted the state would “never accept a deal that hurts our workers.”')!;
    expect(q.speaker?.name).toBe('Maria Lopez');
  });
});

describe('a cue form that is a noun or a name part is no cue', () => {
  it.each([
    ['after a preposition: `Economy in stress`', 'Economy in stress and markets on a high; time to be careful.'],
    ['after a preposition: `the former secretary of state`', 'The former secretary of state talked about the progress made under the last mayor.'],
    ['after a preposition: `tens of thousands of emails`', 'The site began its release of tens of thousands of emails hacked from the account.'],
    ['after a singular capitalised word: `Republican state schools`', 'Pay is low here. Republican state schools chief Ann Lee has studied the matter for years.'],
    ['after a number: `Fortune 100 brands`', 'The firm has secured leading Fortune 100 brands as clients including two banks.'],
    ['after a number: `10-year notes`', 'Benchmark 10-year notes last rose 7/32 in price to yield 1.786 percent.'],
    ['after a number: `all 50 states`', 'Voters in all 50 states picked the economy and jobs, followed by health care.'],
  ])('%s', (_name, text) => {
    expect(reported(text)).toEqual([]);
  });

  it.each([
    ['a poll’s answer after a number', 'Six in 10 say the senator is at least somewhat decisive.', 'Six in 10'],
    ['a verb after a year that follows `in`', 'Former adviser Rick Gates in 2018 claimed that the plan was legal.', 'Rick Gates'],
  ])('still a cue: %s', (_name, text, speaker) => {
    expect(reported(text)[0]?.speaker?.name).toBe(speaker);
  });

  it.each([
    ['a coordinated subject', 'When attacks happen, Obama and Clinton call them “lone wolves” and move on.', 'Clinton', 'call'],
    ['a pronoun', 'Ann Lee and the mayor have defended the law. They note that “the last mayor” signed a similar one.', 'They', 'note'],
  ])('a base form after %s is still a cue', (_name, text, speaker, cue) => {
    const q = speech(text)[0];
    expect(q?.speaker?.name).toContain(speaker);
    expect(q?.cue?.text).toBe(cue);
  });

  it('an appositive after a phrase ending in a relative clause’s object is the name: `The company that runs the awards, Red Door, denies`', () => {
    expect(reported('The company that runs the awards, Red Door, denies that anything has been sorted.')[0]?.speaker?.name).toBe('Red Door');
    expect(reported('Suggesting that the photo was altered, he alluded to a sketch on Tuesday in which the comedian Jon Stewart, a longtime friend, had joked that the photo was fake.').find((q) => q.text.includes('photo was fake'))?.speaker?.name).toBe('Jon Stewart');
  });

  it('`United States` in a sentence is a name, not a title-case cue', () => {
    const q = first('Tom Kell has since said that the signing would take place in United States “farm country,” not in Asia.');
    expect(q?.speaker?.name).toBe('Tom Kell');
    expect(q?.cue?.text).not.toBe('States');
  });

  it('a capitalised cue in a title-case line is still a cue', () => {
    expect(first('Hillary Clinton Joked “I Am Not Done Yet” At Rally')?.cue?.text).toBe('Joked');
  });

  it('an -es verb after a name opened by `the` ends the subject: `the Daily Ledger focuses on`', () => {
    const q = first('To make its point, the Daily Ledger focuses on the toll: “In taking 129 lives, the attackers showed what such guns can do.”');
    expect(q?.speaker?.name).toBe('Daily Ledger');
    expect(q?.cue?.text).toBe('focuses');
  });

  it('the subject’s verb is found past adverbs: `he now believes`', () => {
    const q = first('Tom Kell backed the deal last year. But he now believes the country “needs a better deal” soon.');
    expect(q?.speaker?.name).toBe('Tom Kell');
    expect(q?.cue?.text).toBe('believes');
  });
});

describe('who a pronoun stands for: no sentence opener or body is a person', () => {
  it.each([
    ['a name run stops at a full stop', 'I thought of Elise Matthesen. Lacking the rights to his work, how would she feel? “I have no words,” she replied.', 'Elise Matthesen'],
    ['a body’s last word is no surname', 'A paper by Philippe Jay of the Institute for Genomics at the National Center for Scientific Research in France appeared. Research focusing on the cells could offer a glimpse. He describes the prospects as “exciting.”', 'Philippe Jay'],
    ['a sentence-opening plural that speaks is no antecedent', 'Governor Eric Holcomb was away. Teachers chanted, “Fund our schools.” Teachers did not see Holcomb on Tuesday. His office said he was traveling to Florida.', 'Eric Holcomb'],
  ])('%s', (_name, text, speaker) => {
    expect(speech(text).concat(reported(text)).map((q) => q.speaker?.name)).toContain(speaker);
    expect(speech(text).concat(reported(text)).map((q) => q.speaker?.name)).not.toContain('Lacking');
  });

  it('a title abbreviation inside a run does not end it', () => {
    expect(indexPeople('The ship was led by Capt. Ann Lee and later by Calif. Gov. Jerry Brown.').map((p) => p.name)).toEqual(['Ann Lee', 'Jerry Brown']);
  });
  it('a run starts at a word’s start: `4K. Google` names no `K. Google`', () => {
    expect(indexPeople('It does not run in native 4K. Google confirmed this.').map((p) => p.name)).toEqual([]);
  });
  it('a role written as an acronym after other words is a description', () => {
    const q = first('They focus on their customers’ “financial health,” as one neo-bank CEO told me.');
    expect(q?.speaker?.name).toBe('one neo-bank CEO');
    expect(q?.speaker?.resolvedBy).toBe('description');
  });
  it.each([
    ['a sentence-opening participle', 'Indicting Roger Stone was the aim.', [{ name: 'Roger Stone' }]],
    ['a sentence-opening adverb gives no role', 'Certainly Donald Trump said so.', [{ name: 'Donald Trump' }]],
    ['a sentence-opening preposition', 'Alongside Ann Lee stood the mayor.', [{ name: 'Ann Lee' }]],
    ['an imperative opening the run', 'See Tom Kell at the rally.', [{ name: 'Tom Kell' }]],
    ['a company’s last word', 'The deal with Marc Fisher Footwear was signed.', []],
    ['the rest of a place is no name', 'In 1992, in a speech at a New Hampshire Elks lodge, he spoke.', []],
    ['a title still gives the role', 'Sen. Ted Cruz agreed.', [{ name: 'Ted Cruz', role: 'Sen.' }]],
    ['a trade is a role: reporter', 'Reporter Nora Vale filed the story.', [{ name: 'Nora Vale', role: 'Reporter' }]],
    ['a trade is a role: comedian', 'Comedian Sal Moreno joked.', [{ name: 'Sal Moreno', role: 'Comedian' }]],
    ['a party office is a role: whip', 'Senate Majority Whip Tom Reyes voted.', [{ name: 'Tom Reyes', role: 'Senate Majority Whip' }]],
    ['an employer’s possessive is no part of the name', 'The Ledger’s Ann Lee asked first.', [{ name: 'Ann Lee', role: 'The Ledger’s' }]],
    ['… nor before a role and a name', 'The Ledger’s Managing Editor Tom Hill declined.', [{ name: 'Tom Hill', role: 'The Ledger’s Managing Editor' }]],
    ['… but a possessive name stays whole', 'He met Tom Hill’s aides.', [{ name: 'Tom Hill' }]],
    ['… and a plural possessive’s bare apostrophe is cut', 'He met Tom Sanders’ aides.', [{ name: 'Tom Sanders' }]],
    ['a compound adjective opening the run is no given name', 'Anti-war Greens marched.', []],
    ['… nor part of the name after it', 'Korean-born Monte Haines said so.', [{ name: 'Monte Haines', role: 'Korean-born' }]],
    ['… and a hyphenated surname stays whole', 'Ann Holtz-Eakin said so.', [{ name: 'Ann Holtz-Eakin' }]],
  ])('no opening word is part of a name or a role: %s', (_name, text, people) => {
    expect(indexPeople(text).map((p) => ({ name: p.name, ...(p.role ? { role: p.role } : {}) }))).toEqual(people);
  });
  it('a place and its region in an opening phrase are passed over: `in Ames, Iowa, on Sunday, Mrs. Lee`', () => {
    const q = first('At a campaign event in Ames, Iowa, on Sunday, Mrs. Ann Lee tried to explain, saying the country should “be rallying our partners.”');
    expect(q?.speaker?.name).toBe('Ann Lee');
  });
  it('past an opening phrase a noun phrase and a comma are no second opening phrase', () => {
    const q = quotesOf('In the meantime, the mayor, council members and the press pushed the “storm damage” story.').find((x) => x.text.includes('storm'));
    expect(q?.kind).toBe('scare');
  });
  it('`Back in 1999, X …, telling …`: the opening adverb is no speaker', () => {
    const q = first('Back in 1999, Mr. Tom Kell praised the mayor, telling reporters: “I wish I could be like that.”');
    expect(q?.speaker?.name).toBe('Tom Kell');
  });
  it('a run across a sentence end yields both names', () => {
    expect(indexPeople('I met Tom Kell. John Smith was there too.').map((p) => p.name)).toEqual(['Tom Kell', 'John Smith']);
  });
});

describe('`they` for a body named in the singular', () => {
  it.each([
    ['after a quote', 'The company that runs the awards denies that a deal was made. “We have no further comment,” they said.', 'The company'],
    ['opening its sentence', 'Ann Lee’s campaign is tying the bill to Tom Kell. They are saying his vote is a signal he wants to play politics.', 'Ann Lee’s campaign'],
  ])('%s', (_name, text, speaker) => {
    expect(speech(text).concat(reported(text)).map((q) => q.speaker?.name)).toContain(speaker);
  });

  it('`They` opening a sentence after two people named side by side is the pair', () => {
    const text = 'The sale drew two critics: Senator Ann Lee and congressman Tom Kell. They criticised the buyer, saying big firms “buy up smaller ones.”';
    expect(reported(text)[0]?.speaker?.name).toBe('Ann Lee and Tom Kell');
  });

  it('but not mid-sentence, where the sentence names the people meant', () => {
    const text = 'The bank’s board announced that it was choosing a president. While many bank watchers expect Tom Kell to stay, they say he will have to work to keep his support.';
    expect(reported(text).find((q) => q.text.includes('have to work'))?.speaker?.name).toBe('they');
  });
});

it('`it says` after a sentence saying a statement was put out is that statement', () => {
  const text = 'The label said nothing for a week. Now they’ve put out another statement to the organisers. “We have agreed to grant all licenses,” it says.';
  expect(first(text, 'grant all')?.speaker?.name).toBe('another statement');
});

describe('`it` after a quote a document or an outlet spoke is that document or outlet', () => {
  it.each([
    ['a document', '“Friend, I can beat Tom Kell,” the email read. “Ann Lee cannot,” it said.', 'Ann Lee cannot', 'the email'],
    ['… named by the sentence before a reported clause', '“Friend, I can beat Tom Kell,” the email read. It stated that Ann Lee is “rattled” by the polls.', 'rattled', 'the email'],
    ['an outlet whose name ends in s', '“His fortunes fell by 1991,” the Times wrote. “But since then, his fortunes have risen,” it further wrote.', 'But since then', 'the Times'],
  ])('%s', (_name, text, words, name) => {
    expect(first(text, words)?.speaker?.name).toBe(name);
  });
});

it('an existential `There’s` is no speaker', () => {
  const q = quotesOf('There’s still time for Tom Kell to make peace, even after repeatedly dismissing them as the “Washington cartel” last year.').find((x) => x.text.includes('cartel'));
  expect(q?.speaker?.name).not.toBe('There');
});

describe('adverbs between a subject and its cue, and the writer’s relatives', () => {
  it.each([
    ['now', 'The poll is clear. Russians now say they admire the leader as a “protector” of the nation.', 'Russians'],
    ['still', 'The poll is clear. Sixteen percent of voters still say they “don’t know enough” yet.', 'Sixteen percent of voters'],
  ])('`%s` is no part of the subject', (_name, text, speaker) => {
    expect(speech(text)[0]?.speaker?.name).toBe(speaker);
  });

  it('a label or opener alone reports nothing (`Correction added …`, `Additional reporting by`), a quantifier may (`Some said`)', () => {
    expect(reported('Correction added Nov. 18, 2019: The caption below the photograph was wrong.')).toEqual([]);
    expect(reported('The rally ended. Additional reporting by Ann Lee and Tom Kell in Dayton.')).toEqual([]);
    expect(reported('The rally ended. Some said they felt let down by the mayor.')[0]?.speaker?.name).toBe('Some');
  });

  it('`the website, which contains the following statement:` is not the clause subject’s', () => {
    const text = 'She shared the website, which contains the following statement:\n\n“The state has a problem, and there is no single solution.”';
    expect(speech(text)[0]?.cue?.text).not.toBe('statement');
  });

  it('`…, X said:` introduces what follows; the phrase before the comma is no reported speech', () => {
    expect(reported('On July 6, 2015, Tom Kell said:\n\n“For young people, the jobless rate is very high.”')).toEqual([]);
    expect(reported('The deal is off, Tom Kell said.')[0]?.text).toBe('The deal is off');
  });

  it('`maintain` reports speech only with `that`', () => {
    expect(reported('Tom Kell still maintains an overwhelming lead in endorsements this year.')).toEqual([]);
    expect(reported('Tom Kell maintained that the vote had been fair and open.')[0]?.speaker?.name).toBe('Tom Kell');
  });

  it('`My mother … she still says`: the writer’s relative opening the sentence, not a name before it', () => {
    const text = 'Like President Tom Kell, I believe in people. My mother has softened with age, but even now she still says things such as, “We are not all meant to be equal.”';
    expect(speech(text)[0]?.speaker?.name).toBe('My mother');
  });

  it('…but not one inside the quote: `“My father made the donation,” he wrote`', () => {
    const text = 'Tom Kell answered on Twitter. “My father made the donation,” he wrote.';
    expect(speech(text)[0]?.speaker?.name).toBe('Tom Kell');
  });
});

it('a cue form followed by a plural verb opens no surname (`Harsh comments are earning …`)', () => {
  const text = 'Harsh comments are earning some users a visit from the police. “We are not mourning,” she posted.';
  expect(speech(text)[0]?.speaker?.name).not.toBe('Harsh');
});

describe('a speaker read in a title-case headline is cut to the name the text below confirms', () => {
  it.each([
    ['a first name and surname the text writes too', 'Glenn Beck Blasts Drudge for Mocking His Fast, Quotes ‘Boasters’\n\nRadio host Glenn Beck said on Tuesday that he was hurt.', 'Glenn Beck'],
    ['a surname the text gives in full', 'Trump Makes Campaign Announcement: ‘We Will Win Big’\n\nDonald Trump spoke for an hour in Ohio.', 'Donald Trump'],
    ['a role noun after the name is the speaker’s (`Trump Supporter`)', 'Trump Supporter Screams ‘Traitor’ At Packed Rally\n\nDonald Trump spoke for an hour in Ohio.', 'Trump Supporter'],
  ])('%s', firstSpeakerIs);
  it('a run of capitals the text writes too is no name by itself (`a Gold Star mother`)', () => {
    const text = 'Gold Star Mom Corners Senator On ‘Reckless’ Vote\n\nThe senator met a Gold Star mother on Monday.';
    expect(first(text)?.speaker?.name).not.toBe('Gold Star');
  });
});

it('a day is no person a pronoun stands for (`Election Day`), a first name opening it is (`Kristen Day`)', () => {
  expect(first('Many stayed away from the polls on Election Day.\n“I am scared,” she said.')?.speaker?.name).toBe('she');
  expect(first('Kristen Day leads the group.\n“We are not done,” she said.')?.speaker?.name).toBe('Kristen Day');
});

it('`Moderator` before a name is a title, not part of it', () => {
  expect(reported('Moderator Bret Baier said the debate would start late.')[0]?.speaker?.name).toBe('Bret Baier');
});

it('`the` before capitals with `of` among them names a body whole (`the Communications Workers of America`)', () => {
  expect(reported('The strike will go on, according to the Communications Workers of America.')[0]?.speaker?.name).toBe('Communications Workers of America');
});

it('a place opening a body’s name stays in it (`U.S. Geological Survey`), and the name keeps its dots', () => {
  expect(reported('Officials were skeptical. The U.S. Geological Survey said it detected a small earthquake.')[0]?.speaker?.name).toBe('U.S. Geological Survey');
  expect(reported('According to the Washington Free Beacon, the documents reveal a plan.')[0]?.speaker?.name).toBe('Washington Free Beacon');
});

it('a title word opening a body’s name is part of it (`Senate Judiciary Committee`, `General Electric`)', () => {
  expect(reported('The Senate Judiciary Committee said it would hold hearings next week.')[0]?.speaker?.name).toBe('Senate Judiciary Committee');
  expect(reported('Taxes are paid. General Electric says that it paid $3.2 billion in taxes.')[0]?.speaker?.name).toBe('General Electric');
});

it('a capitalised role before a name is a title (`Journalist Carl Leubsdorf`, `Media Coordinator Dane Lisser`)', () => {
  expect(reported('Journalist Carla Lindqvist said the race was over.')[0]?.speaker?.name).toBe('Carla Lindqvist');
  expect(reported('The college’s Media Coordinator Dana Lisk wrote that the anthem was a time to reflect.')[0]?.speaker?.name).toBe('Dana Lisk');
});

it('two initials run together open a speaker’s name (`J.J. MacNab`, not `J. MacNab`)', () => {
  expect(reported('Berger spoke first. J.J. MacNab, an expert on militias, said the movement was growing.').find((q) => q.text.includes('movement'))?.speaker?.name).toBe('J.J. MacNab');
});

it('an amendment is no person a pronoun stands for (`her Fifth Amendment right`)', () => {
  expect(first('The official testified on Wednesday. She then invoked her Fifth Amendment right against self-incrimination. “I have done nothing wrong,” she said.')?.speaker?.name).toBe('she');
});

it('an adverb opening the sentence is no name (`Down in the polls, Texas Gov. Rick Perry … claiming`)', () => {
  expect(reported('Down in the polls, Texas Gov. Rick Perry is on the attack, claiming in a new TV ad that the president is waging a war.')[0]?.speaker?.name).toBe('Rick Perry');
});

it('an adverb after a name is the verb’s, not the name’s (`… Michael Bloomberg formally endorsed`)', () => {
  const q = speech('Former New York City Mayor Michael Bloomberg formally endorsed Hillary Clinton on Wednesday, calling Donald Trump a “dangerous demagogue.”')[0];
  expect(q?.speaker?.name).toBe('Michael Bloomberg');
});

describe('words that tie a speaker to the clause are no part of the speaker', () => {
  const spanText = (text: string, q: { speaker: { start: number; end: number } | null } | undefined) => (q?.speaker ? text.slice(q.speaker.start, q.speaker.end) : null);
  it.each([
    ['including', 'Fred Goldberg spoke. As many tax experts, including Mr. Goldberg, have pointed out, the owner is free to disclose the returns.', 'Fred Goldberg', 'Mr. Goldberg'],
    ['even, between subject and cue', 'Mr. Trump spoke. On Sunday, Mr. Trump even echoed the claim that the vote was rigged.', 'Trump', 'Mr. Trump'],
    ['a pronoun fused with its verb', 'Marco Rubio won the vote. He’s also praising the former governor, who dropped out.', 'Marco Rubio', 'He'],
  ])('%s', (_name, text, speaker, span) => {
    const q = reported(text)[0];
    expect(q?.speaker?.name).toBe(speaker);
    expect(spanText(text, q)).toBe(span);
  });

  it('a verb with a fused negation ends the phrase (`The surge doesn’t surprise pollster Daron Shaw:`)', () => {
    const text = 'The poll was out. The surge doesn’t surprise Republican pollster Daron Shaw: “Lesser-known candidates often rise early.”';
    const q = speech(text)[0];
    expect(q?.speaker?.name).toBe('Daron Shaw');
    expect(spanText(text, q)).toBe('Republican pollster Daron Shaw');
  });

  it('an aside between spaced hyphens is skipped to the subject (`Democrats - especially in New York - said`)', () => {
    expect(reported('The party met. Democrats - especially in his native New York - said that the mayor had been given too many chances.')[0]?.speaker?.name).toBe('Democrats');
  });
});

describe('`continue to`, `go on to` and `assert itself` are not speech', () => {
  it('`will continue to be “…”`: the words are the one who said it, not the subject of `continue`', () => {
    const q = speech('Marco Rubio quit on Tuesday. Ted Cruz said he’s certain Rubio will continue to be “a champion for limited government.”')[0];
    expect([q?.speaker?.name, q?.cue?.text]).toEqual(['Ted Cruz', 'said']);
  });
  it('`went on to win` and `asserted itself` report nothing; `he continued.` and `went on: “…”` stay cues', () => {
    expect(reported('Ann Lee went on to win the vote in May.')).toEqual([]);
    expect(reported('The empire that, under Rupert Murdoch, asserted itself into the politics of three countries grew.')).toEqual([]);
    expect(speech('“And that is not all,” Ann Lee continued.')[0]?.cue?.text).toBe('continued');
    expect(speech('Ann Lee spoke. Then she went on: “We won.”')[0]?.cue?.text).toBe('went on');
  });
});

it('a pronoun after an opening clause is the person that clause names (`When Ashraf Ghani announced …, he said`)', () => {
  const text = 'Mike Pompeo said the deal gives hope. When Afghan President Ashraf Ghani first announced the exchange last week, he said Kabul had ensured that the militants would not return.';
  expect(reported(text).find((q) => q.text.startsWith('Kabul'))?.speaker?.name).toBe('Ashraf Ghani');
});

it('… also after `But`: `But when the draft was sent to Mr. Petraeus, he dismissed them, saying …`', () => {
  const text = 'Michael J. Morell, the deputy director, edited the draft. But when the final draft was sent to Mr. Petraeus, he dismissed them, saying “Frankly, I’d just as soon not use this.”';
  expect(speech(text)[0]?.speaker?.name).toBe('Petraeus');
});

it('a clause-long quote inside a sentence of its own, far from the last speaker, is not theirs', () => {
  const filler = 'The camps hold many people from the region, and the buildings have grown in size over the past two years. '.repeat(3);
  const text = `Officials deny it. Meanwhile, they note that “the army takes part in voluntary clean-up activity.”\n\n${filler}The detentions originated in directives to “show absolutely no mercy” in the campaign.`;
  const q = speech(text).find((x) => x.text.startsWith('show'));
  expect(q?.speaker ?? null).toBeNull();
  // (Near the last speaker's words, a quote goes on in their voice.)
  const near = speech('“We will win,” Ann Lee said. Her plan is to “build the new road by next spring” in the valley.').find((x) => x.text.startsWith('build'));
  expect(near?.speaker?.name).toBe('Ann Lee');
});

it('the family name He before a given name is no pronoun (`He Jianxiong, the former director, said`)', () => {
  const text = '“What can they offer?” He Jianxiong, the former executive director for China at the fund, said on Tuesday.';
  expect(speech(text)[0]?.speaker?.name).toBe('He Jianxiong');
  // (The pronoun before a day or a title-case cue stays a pronoun.)
  expect(reported('Ann Lee spoke. He Thursday said the talks were over.')[0]?.speaker?.resolvedBy).toBe('pronoun');
});

it.each([
  ['Max Richtman, executive vice president of the National Committee to Preserve Social Security and Medicare, an advocacy group in Washington, said the timing was bad.', 'Max Richtman', false],
  ['But Mr. Clyburn and Mr. Butterfield, the chairman of the caucus, said that the efforts had been insufficient.', 'Butterfield', false],
  ['An aide to the Republican-led House Ways and Means Committee, who spoke on condition of anonymity, said the position was welcome.', 'An aide to the Republican-led House Ways and Means Committee', true],
  ['The ban was lifted, a spokesperson for the U.S. Fish and Wildlife Service said.', 'a spokesperson for the U.S. Fish and Wildlife Service', true],
  ['The U.S. Fish and Wildlife Service said in a notice that the ban was lifted.', 'Wildlife Service', false],
])('a name after `and`, and a body’s name with `and` in it: %s', (text, speaker, anonymous) => {
  const [q] = reported(text);
  expect([q?.speaker?.name, q?.speaker?.anonymous]).toEqual([speaker, anonymous]);
});

it.each([
  ['The talks had stalled, officials in Beijing said.', 'officials in Beijing'],
  ['The talks had stalled, officials in the city said.', 'officials in the city'],
  ['The talks had stalled, diplomats in Geneva said.', 'diplomats in Geneva'],
])('where unnamed sources are is no name: %s', (text, speaker) => {
  const [q] = reported(text);
  expect([q?.speaker?.name, q?.speaker?.anonymous, q?.speaker?.actor ?? null]).toEqual([speaker, true, null]);
});

it.each([
  ['“As Taylor Swift’s partner, we were shocked,” the label said. Taylor Swift said she was hurt.', 'Taylor Swift', undefined],
  ['For Hillary Clinton, the vote was close. Hillary Clinton said she would go on.', 'Hillary Clinton', undefined],
  ['As President Obama said in June, the talks go on. Obama said he would go on.', 'Obama', 'President'],
  ['As The Daily Caller reported, the talks stalled. The Daily Caller said the talks stalled.', 'Daily Caller', undefined],
  ['To Hillary Clinton, the four officials don’t matter at all. Hillary Clinton said she would go on.', 'Hillary Clinton', undefined],
])('a preposition, an article or a clause is no role: %s', (text, speaker, role) => {
  const q = reported(text).at(-1);
  expect([q?.speaker?.name, q?.speaker?.role]).toEqual([speaker, role]);
});

describe('a description set beside a name is that person, no unnamed source', () => {
  it('after the name and a comma: `said Kevin Sheekey, an adviser to the mayor, underscoring …`', () => {
    const q = reported('“I have never met him,” said Kevin Sheekey, an adviser to the mayor, underscoring that the men were not close.').find((x) => x.cue?.text === 'underscoring');
    expect([q?.speaker?.name, q?.speaker?.anonymous]).toEqual(['Kevin Sheekey', false]);
  });
  it('after a dash, with a relative clause: `Enter Ms. Lauten — a former aide who describes herself as …`', () => {
    const q = reported('Elizabeth Lauten spoke on Monday. Enter Ms. Lauten — a former party aide who describes herself on Twitter as loving God, country and pearls.')[0];
    expect([q?.speaker?.name, q?.speaker?.anonymous]).toEqual(['Elizabeth Lauten', false]);
  });
  it('but an unnamed source of a parenthetical cue stays one: `Clinton, a top aide said, “is very confident”`', () => {
    const q = speech('Hillary Clinton spoke on Monday. Clinton, a top aide said, “is very confident in the contrast” between them.')[0];
    expect([q?.speaker?.name, q?.speaker?.anonymous]).toEqual(['a top aide', true]);
  });
});

it.each([
  ['a congressman', '“We are done,” Rep. Peter King said.', 'Peter King'],
  ['a prime minister', '“We are done,” said John Major.', 'John Major'],
  ['a title still before a name', '“We are done,” said Prince Harry.', 'Harry'],
])('a title that is also a surname ends a name: %s', (_name, text, speaker) => {
  expect(speech(text)[0]?.speaker?.name).toBe(speaker);
});

it.each([
  ['an abbreviation inside it', '“I have never met him,” said Kevin Sheekey, an adviser to Mr. Bloomberg, on Monday.', 'an adviser to Mr. Bloomberg'],
  ['a relative clause after it', '“It is over,” said Paul Pillar, a former C.I.A. analyst who teaches at Georgetown.', 'a former C.I.A. analyst'],
  ['a sentence ending after it', '“We will talk,” said Ann Lee, the mayor. She left.', 'the mayor'],
])('a role in an appositive after the name runs to its end: %s', (_name, text, role) => {
  expect(speech(text)[0]?.speaker?.role).toBe(role);
});

describe('speaker phrases a fact-checker found read wrong', () => {
  it.each([
    // A description naming an office is nobody the article gave another office.
    ['`the judge` is not the senator named before', 'Senator Ann Lee spoke first. The judge said the bill “will pass easily.”', 'The judge'],
    ['… but `the senator` is', 'Senator Ann Lee spoke first. The senator said the bill “will pass easily.”', 'Ann Lee'],
    ['… and `the congressman` is the representative', 'Rep. Tom Kell spoke first. The congressman said the bill “will pass easily.”', 'Tom Kell'],
    // A partial quote in a relative clause with its own cue is that clause's speakers'.
    ['`…, which two aides said was “a disaster.”` is the aides’', 'Ann Lee said she had not seen the memo, which two aides said was “a disaster.”', 'two aides'],
    // A description set before a name and closed by a comma is that person's role.
    ['`the chief` after `The city’s police chief, Tom Kell,`', 'The city’s police chief, Tom Kell, resigned on Monday. Council President Ann Lee thanked him. In 2019, the chief told the Herald that he “would never resign.”', 'Tom Kell'],
    // Someone introduced by `a`/`an` and named soon after as `the <same noun>, Name,` is that person.
    ['`a spokeswoman said` before `The spokeswoman, Ann Lee,`', '“We are concerned,” a State Department spokeswoman said on Monday. The spokeswoman, Ann Lee, added that talks would go on.', 'Ann Lee'],
    ['… not past another one introduced', '“We are concerned,” a spokeswoman said. Another spokeswoman disagreed. The spokeswoman, Ann Lee, added that talks would go on.', 'a spokeswoman'],
    // A question after `Asked by X,` is X's, not the one who replies.
    ['`Asked by X, “Is this …,” Y replied` is X’s', 'Asked by Tom Kell, “Is this the final language you want to use,” Ann Lee replied with a single word: “Yup.”', 'Tom Kell'],
    ['… but an answer after `Asked by X,` is the one who answers', 'Asked by Tom Kell, “I will not run,” Ann Lee said.', 'Ann Lee'],
    // A reflexive after the subject only stresses it.
    ['`Smith herself told CNN:` is Smith’s', 'Senator Ann Lee spoke. Lee herself told CNN: “I will not support it.”', 'Ann Lee'],
    ['`“…,” Lee herself said.` is Lee’s', 'Senator Ann Lee spoke. “No,” Lee herself said.', 'Ann Lee'],
    // A time with a count opening the sentence is no subject.
    ['`Twenty-three minutes later,` is no speaker', 'Ann Lee wrote first. Twenty-three minutes later, Ms. Lee sent another e-mail, objecting that the points could be “abused” by lawmakers.', 'Ann Lee'],
    // A full name after `But` and a role opens its sentence as its subject: `he` after it is that person.
    ['`But activist Jamal Reed was unimpressed.` is who `he` is next', 'Police Chief Bo Rudd resigned on Monday. But activist Jamal Reed was unimpressed. “It was time,” he said.', 'Jamal Reed'],
  ])('%s', (_, text, name) => {
    expect(first(text)?.speaker?.name).toBe(name);
  });
});

describe('a run of capitals in a title-case headline the article never writes again is no name', () => {
  it('the role before it speaks: `Mayor Defends Budget Cuts as ‘Necessary’`', () => {
    const q = first('Mayor Defends Budget Cuts as ‘Necessary’\n\nMayor Ann Lee on Monday defended the cuts.');
    expect(q?.speaker?.name).toBe('Ann Lee');
  });
  it('with no role, no one speaks: `E-Mails Show Jostling Over Benghazi ‘Talking Points’`', () => {
    const [q] = quotesOf('E-Mails Show Jostling Over Benghazi ‘Talking Points’\n\nWASHINGTON — The e-mails were released on Wednesday.');
    expect([q?.kind, q?.speaker ?? null]).toEqual(['scare', null]);
  });
  it('a name the article writes again stays: `Ann Lee: Voters Are Worried; It’s ‘in Their Heads.’`', () => {
    const q = first('Ann Lee: Voters Are Worried About the Economy; It’s ‘in Their Heads.’\n\nLongtime pollster Ann Lee spoke on Thursday.');
    expect(q?.speaker?.name).toBe('Ann Lee');
  });
});

describe('speaker phrases a researcher found read wrong', () => {
  it.each([
    // The article titled someone President: `the president` is that person, not the one it was about.
    ['a bare unique office is the one the article titled with it', 'President Ann Lee spoke on Monday.\n\nTom Kell, a former aide, pleaded guilty. He was the fourth person charged.\n\nAs he left, the president said he felt “very badly” for Mr. Kell.', 'Ann Lee'],
    ['a preposition opening the clause is no part of the speaker (`Despite Trump saying`)', 'Ann Lee spoke. Despite Ann Lee saying she would “never” back it, the plan went ahead.', 'Ann Lee'],
    ['a plural noun for people after a capitalised word is no verb (`House interns hauled`)', 'There were flourishes to enjoy. House interns hauled signs: “Kell Strong,” “Capitol Police MVP.”', 'House interns'],
  ])('%s', (_, text, name) => {
    const q = first(text);
    expect(q?.speaker?.name).toBe(name);
    expect(q?.speaker?.role ?? '').not.toMatch(/Despite|Kell/);
  });
});

it('a possessed thing in a title-case headline is no speaker (`Flynn’s Life`)', () => {
  const text = "F.B.I. 'Destroyed' Kell’s Life for Lying, Lee Says, but 'Nothing Happened' to Rudd\n\nWASHINGTON — President Ann Lee on Monday said the F.B.I. ruined the life of Tom Kell.";
  const q = quotesOf(text).find((x) => x.text === 'Nothing Happened');
  expect(q).toBeDefined();
  expect(q?.speaker?.name ?? '').not.toMatch(/Life/);
});
