// Cue verbs in every common arrangement, speakers resolved to people, quote kinds.
import { describe, expect, it } from 'vitest';
import { quotesOf, reported, speech } from './quotes-helpers.js';

/** Each reported span as [content, speaker, cue]. */
const spans = (text: string) => reported(text).map((r) => [r.text, r.speaker?.name ?? null, r.cue?.text ?? null]);
const who = (text: string) => speech(text).map((q) => [q.text, q.speaker?.name ?? null, q.cue?.text ?? null]);

describe('cue arrangements', () => {
  it.each([
    ['“…,” X said', '“We will not back down,” Ali Shamkhani said.', 'Ali Shamkhani', 'said'],
    ['“…,” said X', '“We will not back down,” said Sen. Lindsey Graham.', 'Lindsey Graham', 'said'],
    ['X said, “…”', 'For his part, Nechirvan Barzani said, “Relations will not be harmed.”', 'Nechirvan Barzani', 'said'],
    ['X: “…”', 'Hassan Rouhani: “We can think about it.”', 'Hassan Rouhani', ':'],
    ['according to X', 'According to Sean McCormack, “the mandate is narrow.”', 'Sean McCormack', 'According to'],
    ['X told reporters', '“It is a narrow mandate,” Sean McCormack told reporters at a briefing.', 'Sean McCormack', 'told'],
    ['X replied', 'When asked about it, Hassan Rouhani replied, "We can think about it."', 'Hassan Rouhani', 'replied'],
    ['X asserted', '“Iran will never tolerate the act,” Ali Shamkhani asserted.', 'Ali Shamkhani', 'asserted'],
    ['X added after a paragraph', 'Ali Shamkhani spoke on Sunday.\n“We will examine the issue,” he added.', 'Ali Shamkhani', 'added'],
    ['tweeted', 'Donald Trump tweeted, “Sad!”', 'Donald Trump', 'tweeted'],
    ['said in a statement', '“The plan is dead,” Mary Jones said in a statement.', 'Mary Jones', 'said'],
    ['an inverted cue, then where it was said', '“We are excited about the tour,” comments Ann Johnston in a statement, “as it is a celebration.”', 'Ann Johnston', 'comments'],
    ['a verb not in the lexicon before a comma', 'Sarah Silverman interjected, “Ladies and gentlemen, Paul Simon.”', 'Sarah Silverman', 'interjected'],
    ['the listener is not the speaker', '“We will need their help,” Lindsey Graham told CBS News.', 'Lindsey Graham', 'told'],
    ['a newspaper as a description', 'According to the newspaper, “the laws are porous and weak.”', 'the newspaper', 'According to'],
    ['an appositive between subject and verb', 'Zalmay Khalilzad, the US ambassador in Baghdad, said, “We will talk.”', 'Zalmay Khalilzad', 'said'],
    ['words still to be said', '“We will win the nomination,” Mr. Rubio is expected to say.', 'Rubio', 'say'],
    ['words said on', '“We will build it,” Ann Marsh went on to say.', 'Ann Marsh', 'say'],
    ['a party tag after the name', '“It is time,” Harry Reid (D-Nev.) said in a statement.', 'Harry Reid', 'said'],
    ['a participle takes the clause subject', 'Donald Trump attacked Obama, saying the president “wants to golf” instead.', 'Donald Trump', 'saying'],
    ['a name, then where it spoke', 'Ruth Klein in a statement on Monday said, “The deal is dead.”', 'Ruth Klein', 'said'],
    ['a name, then an outlet it spoke with', 'Tom Reyes at a rally with Metro News said, “We are not leaving.”', 'Tom Reyes', 'said'],
    ['a name, then where it spoke, before a short phrase', 'The vote ended when Ann Marsh in her last speech called the plan “theft” again.', 'Ann Marsh', 'called'],
    ['a capitalised cue in a title-case line', 'Maria Lopez Urged Her Fans To “Stay Home Tonight.”\n\nShe spoke on Monday.', 'Maria Lopez', 'Urged'],
    ['a cue right before the quote, another clause’s cue after it', 'While some protesters chanted, “Red for Ed,” in a hallway, House Speaker Brian Bosma spoke before lawmakers.', 'some protesters', 'chanted'],
    ['a capitalised cue right before the quote in title case', 'Tom Reyes Warned “The Bridge Will Fall.”\n\nHe spoke on Monday.', 'Tom Reyes', 'Warned'],
  ])('%s', (_name, text, speaker, cue) => {
    const [q] = speech(text);
    expect(q?.speaker?.name).toBe(speaker);
    expect(q?.cue?.text).toBe(cue);
  });
});

it.each([
  ['a capitalised verb in running text', 'Ann Lee met Tom Reyes. The Said Family Trust paid for “the new wing” in May.'],
  ['a capitalised word followed by lower-case words', 'In the end Tom Reyes Says nothing about “the new wing” to anyone.'],
])('a capitalised cue form is no cue outside a title-case line: %s', (_name, text) => {
  expect(speech(text).map((q) => q.cue?.text ?? null)).not.toContain('Said');
  expect(speech(text).map((q) => q.cue?.text ?? null)).not.toContain('Says');
});

it('a subject with no verb after it gives no cue, and a possessed thing no speaker: `Obama’s endorsement of the “Ground Zero mosque”`', () => {
  // (The words are the mosque's opponents' name for it, not Obama's: the writer's scare quote.)
  const q = quotesOf('Reid said the mosque should be built elsewhere. President Barack Obama’s endorsement of the “Ground Zero mosque” during a speech on Friday night sparked a debate.').find((x) => x.text === 'Ground Zero mosque');
  expect(q).toMatchObject({ kind: 'scare', speaker: null, cue: null });
});

it('a quote whose own full stop ended the sentence lends its speaker to no quote in the next one', () => {
  const q = quotesOf('During the ceremony, the president remarked that it was "puzzling that I do this every year." Malia even declined her father’s offer with a nonchalant, "Nah."').find((x) => x.text === 'Nah.');
  expect(q?.speaker?.name).not.toBe('the president');
  expect(q?.cue?.text).not.toBe('remarked');
});

it('a title-case headline’s quotes joined by `And` share the cue closing it, not the clause’s subject', () => {
  const text = 'Clinton Is ‘Sane’ And ‘Competent,’ Bloomberg Tells U.S.\n\nMichael Bloomberg endorsed Hillary Clinton on Wednesday.';
  expect(who(text)).toEqual([['Sane', 'Michael Bloomberg', 'Tells'], ['Competent,', 'Michael Bloomberg', 'Tells']]);
});

it.each([
  ['the owner of words named between the cue and the quote, and the quote joined to it', 'Griffin claims the image is an “expression of art” inspired by Trump’s comments about Megyn Kelly having “blood coming out of her eyes” and “out of her — wherever.”', [['expression of art', 'Griffin', 'claims'], ['blood coming out of her eyes', 'Trump', 'comments'], ['out of her — wherever.', 'Trump', 'comments']]],
  ['… with no cue but the noun', 'The image was inspired by Trump’s comments about Megyn Kelly having “blood coming out of her eyes.”', [['blood coming out of her eyes.', 'Trump', 'comments']]],
  ['… not what is said of the words', 'Ann Lee told an audience that Trump’s comments about immigrants were “intolerable.”', [['intolerable.', 'Ann Lee', 'told']]],
  ['… nor of a claim with a clause of its own', 'Tom Reyes said Rubio’s claim that Cruz is in favor of amnesty is “simply not true.”', [['simply not true.', 'Tom Reyes', 'said']]],
])('a noun for words said names their owner: %s', (_name, text, expected) => {
  expect(who(text)).toEqual(expected);
});

it('`advises` is a cue for a quote, and reports no clause of its own (`who is now advising Priorities`)', () => {
  expect(who('There are signs, so "know your triggers," she advises.')).toEqual([['know your triggers,', 'she', 'advises']]);
  expect(spans('Ann Lee, a strategist who is now advising the party, met donors.')).toEqual([]);
});

describe('speaker resolution', () => {
  it.each([
    ['an institution after the name', '“We worked on the design,” explains Robin Biesbroek of the Design Facility.', 'Robin Biesbroek'],
    ['a place after a titled name', '“It is over,” said Rep. Louise M. Slaughter of New York.', 'Louise M. Slaughter'],
    ['a university with its own of', '“It is a first,” said Stephen Vlad of the University of Texas School of Law.', 'Stephen Vlad'],
    ['a given name that is a month’s abbreviation', '“Security is a priority,” said former governor Jan Brewer of Arizona.', 'Jan Brewer'],
    ['a surname that is a month', '“Brexit means Brexit,” Theresa May of the Conservative Party said.', 'Theresa May'],
    ['a title with of stays whole', '“It is over,” said Secretary of State Condoleezza Rice.', 'Condoleezza Rice'],
    ['a description is no name', '“It is a first,” said a senior fellow at the Peterson Institute for Economics.', 'a senior fellow at the Peterson Institute for Economics'],
    ['the person a spokesman speaks for is not the speaker', '“No comment,” said a spokesman for Senator Ted Cruz.', 'a spokesman for Senator Ted Cruz'],
    ['… nor when the spokeswoman opens the sentence', 'A spokeswoman for Carly Fiorina said, “We have no more speeches.”', 'A spokeswoman for Carly Fiorina'],
    ['an adviser to someone is not that someone', '“We have a ton of work to do,” said a senior adviser to Hillary Clinton.', 'a senior adviser to Hillary Clinton'],
  ])('a post-modifier after a name is not the name: %s', (_name, text, speaker) => {
    expect(speech(text).map((q) => q.speaker?.name)).toEqual([speaker]);
  });


  it('never takes a name inside the quote for the speaker', () => {
    const text = 'Sean McCormack spoke.\n“And inasmuch as Ambassador Khalilzad needs to work,” McCormack said.';
    expect(who(text)).toEqual([['And inasmuch as Ambassador Khalilzad needs to work,', 'Sean McCormack', 'said']]);
  });

  it('resolves a surname to the full name and the role the article gives', () => {
    const [q] = speech('Supreme National Security Council Secretary Ali Shamkhani met Barzani.\n“We will not tolerate it,” Shamkhani asserted.');
    expect(q.speaker).toMatchObject({ name: 'Ali Shamkhani', resolvedBy: 'surname', role: 'Supreme National Security Council Secretary' });
  });

  it('resolves he to the subject of the sentence before, not the last name in it', () => {
    const text = 'Sean McCormack was unable to say whether Zalmay Khalilzad had met anyone.\n“They share a long border,” he said.';
    expect(speech(text)[0].speaker).toMatchObject({ name: 'Sean McCormack', resolvedBy: 'pronoun', start: text.indexOf('he said') });
  });

  it('resolves a definite description to the person whose role it matches, named later', () => {
    const text =
      'Iran’s top national security official rejected as “unreal” Western claims on Sunday.\n' +
      "Secretary of Iran's Supreme National Security Council (SNSC) Ali Shamkhani said such reports are false.";
    const q = speech(text).find((x) => x.text === 'unreal')!;
    expect(q.speaker).toMatchObject({ name: 'Ali Shamkhani', resolvedBy: 'description', anonymous: false });
  });

  it.each([
    ['Unnamed senior US officials said the talks are “likely” this week.', 'Unnamed senior US officials'],
    ['A source close to the talks said they were “stalled” again.', 'A source close to the talks'],
    ['“It will happen,” a senior official said.', 'a senior official'],
    ['Pentagon spokesmen said the ban was “unconstitutional.”', 'Pentagon spokesmen'],
    ['People with knowledge of the talks said the deal was “close.”', 'People with knowledge of the talks'],
  ])('marks unnamed sources anonymous: %s', (text, name) => {
    expect(speech(text)[0].speaker).toMatchObject({ name, anonymous: true });
  });

  it.each([
    ['`the woman` is no man named before', 'The photo was posted by commentator Andrew Pike. The woman told the Daily News that she had “never met” him.', 'The woman'],
    ['`the man` is no woman named before', 'The photo was posted by commentator Laura Pike. The man told the Daily News that he had “never met” her.', 'The man'],
  ])('a description’s gender rules a person out: %s', (_name, text, speaker) => {
    expect(speech(text)[0].speaker?.name).toBe(speaker);
  });

  it.each([
    ['an opening adverbial is not the subject', 'First, Donald Trump attacked Mitt Romney for being a "failed candidate" on Sunday.', 'failed candidate', 'Donald Trump'],
    ['a cue closing the sentence speaks for the quotes in it', 'Fundraising was "stagnant for a month" as donors waited to see how a "turbulent cycle" played out, Jim Smith said.', 'stagnant for a month', 'Jim Smith'],
    ['an inverted cue closing the sentence, its speaker in an appositive', 'The plan to “build more homes” appeals to young renters in big cities, said Nora Quill, a planner at the state university.', 'build more homes', 'Nora Quill'],
    ['an inverted cue closing the sentence, a relative clause after the speaker', 'Lenders showed “remarkable patience” with small firms this year, said Omar Reyes, who runs a credit union.', 'remarkable patience', 'Omar Reyes'],
    ['a participle’s subject is a name with an appositive', 'Mr. Sloan, 56, remained a staunch defender of the plan, telling an interviewer that the “strategy is not going to change.”', 'strategy is not going to change.', 'Sloan'],
    ['a participle’s subject is a name with a role appositive', 'Michael J. Petrilli, president of the Fordham Institute, tied the scores to graduation rates, saying the law helped “millions of kids.”', 'millions of kids.', 'Michael J. Petrilli'],
    ['an opening adverbial before a comma is still no subject', 'Last June, Senator Ada Brook said the plan was “dead on arrival.”', 'dead on arrival.', 'Ada Brook'],
    ['a name opening the reported clause is no inverted speaker', 'The senator, who backs the bill, said Tom Kell has pushed the group to be “more careful” this year.', 'more careful', 'The senator'],
    ['a party tag before the relative clause of the subject', 'Sen. Ada Brook (D-Mo.), who has endorsed Clinton, said Tom Kell has pushed her to be a “stronger” candidate.', 'stronger', 'Ada Brook'],
    ['a contrastive clause after the quote names another source', 'Ada Brook said the foundation had “overwhelming disclosure,” referencing its donations, but multiple reports reveal the opposite.', 'overwhelming disclosure,', 'Ada Brook'],
    ['an abbreviation’s dot does not end the sentence before its closing cue', 'But Mrs. Lane would do well to begin “building bridges” to Mr. Ortiz, said Nora Quill, a former strategist for the campaign.', 'building bridges', 'Nora Quill'],
    ['an inverted cue after the quote opening a reported clause is no attribution', 'Mr. Manafort, citing “the unique magic of the campaign,” said the candidate could be in a very competitive situation.', 'the unique magic of the campaign,', 'Manafort'],
    ['a speech participle after a short quote is its cue, its clause what was said', 'Updated: Dan Morrow on Sunday tried to clarify his comment that Governor Ames subscribed to a “phony theory,” saying he was referring not to the governor’s faith but to his view of the world.', 'phony theory,', 'Dan Morrow'],
    ['a participle opening the words after a quote is the writer’s', 'In a brief interview on Wednesday, Mr. Sloan said, “We are going to enact the changes that were announced,” including ending the sales goals that lawmakers and regulators blamed for the problems.', 'We are going to enact the changes that were announced,', 'Sloan'],
    ['`claims` after a quote opens the next claim, never an inverted cue (`calls X ‘unfair,’ claims Clinton ‘lied’`)', 'Senator Ada Brook calls the ruling ‘unfair,’ claims Tom Kell ‘lied many times’ about it.', 'unfair,', 'Ada Brook'],
    ['an inverted cue with a clause of time after its speaker still attributes', '“We should focus on the economy,” said Tom Kell as he dined at his club.', 'We should focus on the economy,', 'Tom Kell'],
    ['a clause subject ends at the verb after a name', 'Charles Barkley takes on Donald Trump and his “loser” supporters in a new interview.', 'loser', 'Charles Barkley'],
    ['a name modifying a plural noun does not end the subject', 'Unnamed senior US officials are cited in a report as saying that the talks are “likely” this week.', 'likely', 'Unnamed senior US officials'],
    ['a capital opening the sentence does not end the subject before a noun', 'Local business owners warned on Monday that the plan was “far too late” for them.', 'far too late', 'Local business owners'],
    ['an adverbial participle’s subject opens the main clause after the quote', 'Ana Ruiz sees benefits. But while denouncing the “perversion” of tax avoidance to audiences, she has not outlined a plan.', 'perversion', 'Ana Ruiz'],
    ['an adverbial participle before a quote closing on its comma', 'In declaring the statements “not Christian,” the bishop again showed his knack for politics.', 'not Christian,', 'the bishop'],
    ['a participle opening the clause before its object is no subject', 'Continuing his attack on the rival, Ben Carson stayed for an hour, saying the plan was “a disaster” for all.', 'a disaster', 'Ben Carson'],
    ['a name ending in -ing opening the clause is its subject', 'Fleming stayed for an hour, saying the plan was “a disaster” for all.', 'a disaster', 'Fleming'],
    ['an -s cue after a name is a verb before a preposition', '“It helps Republicans down ballot,” Henry reports on Monday evening, noting that they met.', 'It helps Republicans down ballot,', 'Henry'],
    ['an abbreviation’s dot and a place inside the appositive before the cue', '“If Reagan had gone with Kemp, I would have been sitting in Siberia,” Mr. Daniloff, now 81 and retired in Cambridge, Mass., said by telephone this week.', 'If Reagan had gone with Kemp, I would have been sitting in Siberia,', 'Daniloff'],
    ['a quote joined by and to the next shares its cue after it', 'Guns are “the ultimate public health crisis” and “stunt children’s growth,” Howard Dean, the former governor of Vermont, proclaimed to a cheering crowd.', 'the ultimate public health crisis', 'Howard Dean'],
    ['a short phrase joined by and to a quote with a cue after it is speech too', 'The plan is “reckless” and “truly dangerous,” Senator Ada Brook said, pointing to costs that kept rising for years.', 'reckless', 'Ada Brook'],
    ['a quote ending mid-clause runs on into its cue', '“Most of the complexity comes from efforts to measure” income, Jason Furman said, rather than from deductions for things like mortgage interest.', 'Most of the complexity comes from efforts to measure', 'Jason Furman'],
    ['a second fragment in the same sentence keeps the first one’s speaker', "Hillary Clinton said on Saturday that ''this cannot be our fight'' and that the United States should not bear ''the bulk of it.''", 'the bulk of it.', 'Hillary Clinton'],
  ])('%s', (_name, text, content, speaker) => {
    expect(speech(text).find((q) => q.contents.some((c) => c.text === content))?.speaker?.name).toBe(speaker);
  });

  it('a short phrase ending mid-clause stays a scare quote, whatever cue follows', () => {
    const q = quotesOf('The prison would be a “supermax” facility, a former official said, though few agree.').find((x) => x.text === 'supermax');
    expect(q).toMatchObject({ kind: 'scare', speaker: null });
  });

  it('an inverted cue with another clause after its speaker does not close the sentence', () => {
    const q = quotesOf('Lenders showed “remarkable patience” with small firms this year, said Omar Reyes, and prices fell.').find((x) => x.text === 'remarkable patience');
    expect(q).toMatchObject({ kind: 'scare', speaker: null });
  });

  it('a cue further on in the sentence that attributed the quote before is no new source', () => {
    const quotes = speech('“They are advertising against me,” Ada Brook said, referencing a group called Future45 funded by Tom Kell. “So they clearly think I will win.”');
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Ada Brook', 'Ada Brook']);
  });

  it('joins the pieces of a quote split around its cue, with one speaker', () => {
    const [q, ...rest] = speech('“We are not seeking hostility,” Zalmay Khalilzad said, “but we will talk frankly.”');
    expect(rest).toEqual([]);
    expect(q.contents.map((c) => c.text)).toEqual(['We are not seeking hostility,', 'but we will talk frankly.']);
    expect(q.speaker?.name).toBe('Zalmay Khalilzad');
  });

  it.each([
    ['the cue inverted', '“We are not seeking hostility,” said Zalmay Khalilzad. “We will talk frankly.”'],
    ['the cue in subject order', '“We are not seeking hostility,” Zalmay Khalilzad said. “We will talk frankly.”'],
    ['a title and an inverted cue', '“We are not seeking hostility,” said the ambassador. “We will talk frankly.”'],
  ])('counts a new sentence after the cue’s full stop as a new quote of the same speaker, whatever the word order: %s', (_, text) => {
    const quotes = speech(text);
    expect(quotes.map((q) => q.text)).toEqual(['We are not seeking hostility,', 'We will talk frankly.']);
    expect(new Set(quotes.map((q) => q.speaker?.name)).size).toBe(1);
  });

  it('keeps apart two quotes a clause runs on between (`“very unfair,” claiming he and Clinton both “lied”`)', () => {
    const quotes = speech('Ada Brook called the case “very unfair,” claiming she and Tom Kell both “lied” to the police.');
    expect(quotes.map((q) => q.text)).toEqual(['very unfair,', 'lied']);
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Ada Brook', 'Ada Brook']);
  });

  it('keeps a quote running over paragraphs as one quote', () => {
    const [q] = speech('Jane Doe spoke at length.\n“The first part of it.\n“The second part of it,” she said.');
    expect(q.contents.length).toBe(2);
    expect(q.speaker?.name).toBe('Jane Doe');
  });
});

describe('quote kinds', () => {
  it.each([
    ['partial inside reported speech', 'Ali Shamkhani said Tehran will not “tolerate” attacks.', 'tolerate', 'partial'],
    ['direct utterance', 'Barzani said, “Relations will not be influenced negatively.”', 'Relations will not be influenced negatively.', 'direct'],
    // Its full stop may sit inside a nested quote that closes it.
    ['a whole utterance ending in a nested quote', '“We will win,” Ann Lee recalled at a meeting. “And I said, ‘I want more.’ They said, ‘The farmers can’t handle it.’”', 'And I said, ‘I want more.’ They said, ‘The farmers can’t handle it.’', 'direct'],
    ['a programme title', "Lindsey Graham said so on a news show called 'Face the Nation.'", 'Face the Nation.', 'title'],
    ['a programme named after its channel', 'Marco Rubio said on NBC’s “Meet the Press” that he would run.', 'Meet the Press', 'title'],
    ['a name in title case before `show`', 'Ann Lee said Tuesday on PBS’s the “Charlie Rose” show that the talks had failed.', 'Charlie Rose', 'title'],
    // A campaign's or a movement's name is no one's words, whatever its shape.
    ['a slogan between `the` and `campaign`', 'Ann Lee said the ads worked. While the “Meth. We’re on it.” campaign did not appeal to Tom Kell, he liked it.', 'Meth. We’re on it.', 'title'],
    ['a name between `the` and `movement`, in a speaker’s sentence', 'The “opt out” movement grew, Ann Lee said.', 'opt out', 'title'],
    ['a campaign’s name right after `the campaign`', 'Ann Lee runs the firm behind the campaign “Starts with one.”', 'Starts with one.', 'title'],
    ['a slogan right after `slogan`', 'Its slogan “Make it count” was everywhere.', 'Make it count', 'title'],
    ['… but not what `his campaign` did', 'Tom Kell said his campaign “treated people badly” all year.', 'treated people badly', 'partial'],
    ['a work `called` something, in any case', 'Tom Reyes tweeted a link to a video called "Behind the scenes with the crew" on Tuesday.', 'Behind the scenes with the crew', 'title'],
    ['a title-case name as the object of an -ing word that reports no words', 'After hitting “Takin’ It To the Streets,” the singer told the audience, “that’s really good, maybe we should go on the road.”', 'Takin’ It To the Streets,', 'title'],
    ['the next item of a list of titles', 'Expect hits including “Listen To The Music,” “Black Water,” “Jesus Is Just Alright With Me” and others.', 'Jesus Is Just Alright With Me', 'title'],
    ['… but not an utterance after `called`', 'Ann Lee called the plan “a disaster for working families” on Tuesday.', 'a disaster for working families', 'partial'],
    ['a scare quote with nobody speaking', 'The “experts” were wrong.', 'experts', 'scare'],
    ['so-called', 'The so-called “reform” passed.', 'reform', 'scare'],
    ['the name a thing goes by (`also referred to as`)', 'Ann Lee wants the plan, also referred to as “principles,” done by May.', 'principles,', 'term'],
    ['… (`known as`)', 'The group, known as “the Gang of Eight,” met on Monday.', 'the Gang of Eight,', 'term'],
    ['… but not what someone referred to as', 'Ann Lee mocked what she referred to as “the failing paper.”', 'the failing paper.', 'partial'],
    ['a date is a term', 'The file was dated "2016-09-01" in the archive.', '2016-09-01', 'term'],
    ['a phrase after a preposition is no clause subject to speak it', 'From The Daily Planet to Radio Nine, every outlet has covered this unusual ‘bar’ in town.', 'bar', 'scare'],
    ['a possessive name’s thing is no speaker', 'Ann Lee’s latest victories unleashed a wave of comments praising her as a "strongman" abroad.', 'strongman', 'scare'],
    ['nor is a subject whose head names no one', 'One notable exception was "significant" for the state.', 'significant', 'scare'],
    ['a noun for words said keeps its owner’s phrase', 'Ann Lee’s campaign slogan "We can win this together" was everywhere.', 'We can win this together', 'partial'],
  ])('%s', (_name, text, content, kind) => {
    expect(quotesOf(text).find((q) => q.text === content)?.kind).toBe(kind);
  });
});

describe('what a speaker called someone is the speaker’s word', () => {
  it.each([
    ['called X Y', 'The Israeli government called Hamas terrorists on Monday.', [['Hamas terrorists on Monday', 'The Israeli government', 'called']]],
    ['called the X Y', 'Colonel Vikram Rathore called the men terrorists sent by Pakistan.', [['the men terrorists sent by Pakistan', 'Vikram Rathore', 'called']]],
    ['called him a Y', 'Trump called him a liar.', [['him a liar', 'Trump', 'called']]],
    ['described X as Y, a second predicate', 'Homes For All said police had used pepper spray and described the response as brutal.', [['police had used pepper spray', 'Homes For All', 'said'], ['the response as brutal', 'Homes For All', 'described']]],
    ['labelled X Y, then a relative clause without `that`', 'Levin labelled the group’s leaders savages, a description Hamas rejected.', [['the group’s leaders savages', 'Levin', 'labelled']]],
    ['called for', 'The mayor called for calm.', []],
    ['called X on a day', 'Trump called Obama on Monday.', []],
    ['called a meeting', 'The governor called a news conference.', []],
    ['called an event to be held', 'The prime minister called snap elections for March.', []],
    ['… but an event given a name is a label', 'Richard Cross called November’s general election “a citizenship election.”', [['November’s general election “a citizenship election.”', 'Richard Cross', 'called']]],
    ['called the police', 'She called the police.', []],
    ['called a name', 'He called the White House to complain.', []],
    ['a group called X', 'A super PAC called Future45 ran ads in Iowa.', []],
    ['called X into question', 'Trump has called the election results into question.', []],
    ['a noun `call`', 'The conference call did not mention the deal.', []],
    ['a charity speaks', 'The charity welcomed the deal but said it was ‘long overdue’.', [['it was ‘long overdue’', 'The charity', 'said']]],
    ['the outlet’s source for an attributed quote is no speaker of it', '“We will not allow it,” Tusk told reporters, according to the Polish news agency PAP.', []],
    ['German quotation marks close the span', 'Merz warned against „symbolic politics“ and said the talks must go on.', [['against „symbolic politics“', 'Merz', 'warned'], ['the talks must go on', 'Merz', 'said']]],
  ])('%s', (_name, text, expected) => {
    expect(spans(text)).toEqual(expected);
  });
});

describe('reported speech', () => {
  it.each([
    ['X said that …', 'Nechirvan Barzani also said that the Kurdistan region is proud of being a friend of Iran.', 'the Kurdistan region is proud of being a friend of Iran', 'Nechirvan Barzani'],
    ['…, X say.', 'Washington is considering a bid to open dialogue with Tehran, US officials say.', 'Washington is considering a bid to open dialogue with Tehran', 'US officials'],
    ['which X has assailed as …', 'They talked with Tehran, which the US has assailed as a sponsor of terrorism, on Monday.', 'a sponsor of terrorism', 'the US'],
    ['the object of a restrictive relative clause’s verb is no speaker', 'Democrats who now control the House say that they will accept the findings.', 'they will accept the findings', 'Democrats'],
    ['… nor after a preposition', 'Republicans who voted for the bill said that it was fair.', 'it was fair', 'Republicans'],
    ['a restrictive relative clause is no part of the speaker', 'Some travellers who sought help at the desk reported that the queue had lasted two hours.', 'the queue had lasted two hours', 'Some travellers'],
  ])('%s', (_name, text, content, speaker) => {
    const [r] = reported(text);
    expect(r?.text).toBe(content);
    expect(r?.speaker?.name).toBe(speaker);
  });

  // A headline opening with a speaker and a colon reports what the speaker said, in the outlet's words.
  it.each<[string, string, [string, string] | null]>([
    ['a surname the article names in full', 'Graham: Rivals’ ‘Hateful Rhetoric’ Destroying the Party’s Chances\n\nSen. Lindsey Graham spoke on Sunday.', ['Rivals’ ‘Hateful Rhetoric’ Destroying the Party’s Chances', 'Lindsey Graham']],
    ['a poll, capitalised as the first word', 'Poll: Sanders Leads Clinton Nationally for the First Time\n\nThe survey was taken in May.', ['Sanders Leads Clinton Nationally for the First Time', 'Poll']],
    ['a section label is no speaker', 'Analysis: Sanders Leads Clinton Nationally for the First Time\n\nThe survey was taken in May.', null],
    ['… nor is AP’s `The Latest`', 'The Latest: Sanders wins the Minnesota caucuses\n\nThe count ended late.', null],
    ['a quote from the colon to the end is a direct quote only', 'Trump: ‘I Am the Worst Thing That Ever Happened to Them’\n\nDonald Trump spoke.', null],
    ['a colon in the body is no headline', 'The plan was simple.\n\nGraham: rivals are destroying the party’s chances.', null],
  ])('headline `Speaker: …`: %s', (_name, text, expected) => {
    const r = reported(text).find((q) => q.cue?.text === ':');
    expect(r ? [r.text, r.speaker?.name] : null).toEqual(expected);
  });

  // Where one act of speech ends and the next begins.
  it.each([
    ['…, noting that … is a second act of the same speaker', 'Ali Shamkhani said Iran is ready to help, noting that relations are rising despite all plots.', [['Iran is ready to help', 'Ali Shamkhani', 'said'], ['relations are rising despite all plots', 'Ali Shamkhani', 'noting']]],
    ['… also after a place ending in -ing', 'Liu Xiaoming said the army could be deployed in Beijing, warning that troops are already there.', [['the army could be deployed in Beijing', 'Liu Xiaoming', 'said'], ['troops are already there', 'Liu Xiaoming', 'warning']]],
    ['… and vowed … ends the reported clause', 'Anthony Weiner announced he was undergoing therapy and vowed to focus on being a better father.', [['he was undergoing therapy', 'Anthony Weiner', 'announced']]],
    ['…, and another subject said …', 'Most Democrats said Clinton is honest and trustworthy, and three-quarters said the same of Sanders.', [['Clinton is honest and trustworthy', 'Democrats', 'said'], ['the same of Sanders', 'three-quarters', 'said']]],
    ['…, and a share of them said … (`more than 4 in 10`)', 'Most voters said they were worried, and more than 4 in 10 said the economy would recover.', [['they were worried', 'Most voters', 'said'], ['the economy would recover', '4 in 10', 'said']]],
    ['`, however` and a clause is the outlet’s comment', 'Half said they would vote for her, however this time that number has dropped.', [['they would vote for her', 'Half', 'said']]],
    ['`, however,` between commas is inside the clause', 'Tom Reyes said the plan, however, would fail.', [['the plan, however, would fail', 'Tom Reyes', 'said']]],
    ['…, but another speaker has said …', 'The group claimed the attack was theirs, but U.S. officials have said they do not believe it.', [['the attack was theirs', 'The group', 'claimed'], ['they do not believe it', 'U.S. officials', 'said']]],
    ['… and specifically mentioned … keeps the speaker', 'Ron Paul said the network was biased, and specifically mentioned its three best-known anchors.', [['the network was biased', 'Ron Paul', 'said'], ['its three best-known anchors', 'Ron Paul', 'mentioned']]],
    ['a bare infinitive after `and` is inside the clause', 'Mary Lane says she would sit the minister down and tell him to stop.', [['she would sit the minister down and tell him to stop', 'Mary Lane', 'says']]],
    ['gerunds joined by `and` are inside the clause', 'Lindsey Graham suggested the president think twice before tweeting and commenting on the case.', [['the president think twice before tweeting and commenting on the case', 'Lindsey Graham', 'suggested']]],
    ['an aside between two dashes is inside the clause', 'Tom Reyes said the obliteration — a word used by several observers — was changing attitudes.', [['the obliteration — a word used by several observers — was changing attitudes', 'Tom Reyes', 'said']]],
    ['`— a …` after the clause is the outlet’s comment on it', 'Tom Reyes said he does not want to punish the families — a controversial proposal he has raised before.', [['he does not want to punish the families', 'Tom Reyes', 'said']]],
    ['a dash answered by a dash stays an aside inside the clause', 'Tom Reyes said the plan — a bold one — would pass.', [['the plan — a bold one — would pass', 'Tom Reyes', 'said']]],
    ['a cue in an opening subordinate clause reports up to its comma', 'Days after Ann Marsh announced the war would end, troops bombed a hospital.', [['the war would end', 'Ann Marsh', 'announced']]],
    ['a cue in an opening `if` clause reports up to its comma', 'If Tom Reyes says he will run, the race changes.', [['he will run', 'Tom Reyes', 'says']]],
    ['`…, publicly threatening …` is the main subject’s, past a list before the comma', 'He has injected drama into talks with partners, including Europe, Japan and Mexico, publicly threatening them with tariffs and suggesting he might leave some behind.', [['them with tariffs', 'He', 'threatening'], ['he might leave some behind', 'He', 'suggesting']]],
    ['`according to X, a …,` skips the source’s appositive', 'According to Edmunds.com, a California-based data firm, prices rose 4 percent.', [['prices rose 4 percent', 'Edmunds.com', 'According to']]],
    ['`…, according to X, a ….` reports what comes before', 'Prices rose 4 percent, according to Edmunds.com, a California-based data firm.', [['Prices rose 4 percent', 'Edmunds.com', 'according to']]],
    ['`…, according to X, which …`: a note on the source, not its words', 'Conditions remained tight, according to the survey, which is prepared before each meeting.', [['Conditions remained tight', 'the survey', 'according to']]],
    ['`…, according to X, but …`: the outlet’s clause again', 'Trump has won 758 delegates, according to a CNN tally, but his path to victory is narrowing.', [['Trump has won 758 delegates', 'a CNN tally', 'according to']]],
    ['`… after, according to X, …`: the outlet’s clause before a subordinator is no part of it', 'He crossed the border years ago after, according to him, the network censured his first report.', [['the network censured his first report', 'him', 'according to']]],
    ['`According to X, who …, …` passes the note on the source', 'According to Ann Lee, who studied the case, the plan failed badly.', [['the plan failed badly', 'Ann Lee', 'According to']]],
    ['`…, according to X, the …` with no verb after it is the source’s appositive', 'Walker will speak on Tuesday, according to WKOW, the ABC affiliate in Madison, Wisconsin.', [['Walker will speak on Tuesday', 'WKOW', 'according to']]],
    ['`…, according to X, director of …, which …` passes the notes on the source', 'Clinton leads by 10 points, according to Ann Lee, director of the survey center, which conducted the poll.', [['Clinton leads by 10 points', 'Ann Lee', 'according to']]],
    ['`…, according to X, including …` is a note on the source', 'Clinton holds a 10-point lead, according to recent polls, including one from Monmouth University.', [['Clinton holds a 10-point lead', 'recent polls', 'according to']]],
    ['`According to X, one of …, …` passes the note to the clause', 'According to Ann Lee, one of the union leaders, the strike will end soon.', [['the strike will end soon', 'Ann Lee', 'According to']]],
    ['`according to X, a …` with a verb is the clause', 'According to the police, a man was killed in the blast.', [['a man was killed in the blast', 'the police', 'According to']]],
    ['`spoke highly of …` reports what was spoken of', 'Ann Marsh spoke highly of the governor’s record on schools.', [['the governor’s record on schools', 'Ann Marsh', 'spoke']]],
    ['`spoke up` and `spoke in …` report nothing', 'Ann Marsh spoke up and later spoke in a cottage near the bay.', []],
    ['`speaking fees` report nothing', 'Ann Marsh earned speaking fees from three large banks.', []],
    ['`swing states have …`: a plural noun, not a cue', 'Western swing states have high numbers of Latino voters.', []],
    ['`the report states that …` is a cue', 'The report states that the agency failed to act.', [['the agency failed to act', 'The report', 'states']]],
    ['`, remarks that …` after the clause is the outlet’s comment on it', 'Tom Reyes said most people wanted to join Russia, remarks that were aired on state television.', [['most people wanted to join Russia', 'Tom Reyes', 'said']]],
    ['`told` a listener where and when reports nothing', 'Ann Marsh told reporters in Mexico City on Monday.', []],
    ['an adverb after an inverted cue is no speaker, and what follows no clause', 'The barbed response of the chairman, Representative Adam B. Schiff, echoed well outside the hearing room.', []],
    ['a verb between a name and its participle is no part of the name', 'Senate Minority Leader Chuck Schumer exited saying the president would keep the government closed.', [['the president would keep the government closed', 'Chuck Schumer', 'saying']]],
    ['an article cut from its noun is no speaker', 'The unprecedented resolution and scale allowed the team to gather insights, revealing how galaxies formed.', []],
    ['`has X wondering if …` is what X was made to wonder, no one’s words', 'The demand has US officials wondering if the purchases are enough.', []],
    ['… but `has been saying` is the subject’s own', 'Ann Marsh has been saying the deal is bad.', [['the deal is bad', 'Ann Marsh', 'saying']]],
    ['… and so is `are questioning` after a noun `left`', 'Yet even leaders on the political left are questioning whether the bid is going too far.', [['whether the bid is going too far', 'leaders on the political left', 'questioning']]],
    ['`…, said X, senior trader and strategist at Y.`: a role with no article is a note on the speaker', 'The greenback may be in for some weakness, said Juan Perez, senior foreign exchange trader and strategist at Tempus Inc.', [['The greenback may be in for some weakness', 'Juan Perez', 'said']]],
    ['`County reporting station hasn’t` is a subject, not a cue', 'One Napa County reporting station hasn’t seen rain since mid-September, said Scott Strenfel, the utility’s meteorologist.', [['One Napa County reporting station hasn’t seen rain since mid-September', 'Scott Strenfel', 'said']]],
    ['`said of that on-ramp … that …`: after a preposition `that` is a determiner', 'Clarke said of that on-ramp in a teleconference that it was needed.', [['it was needed', 'Clarke', 'said']]],
    ['a gerund after a preposition is no clause whose subject the participle takes: `campaign` is no speaker (`Democrats plan` is not read as a subject either, so nothing is reported)', 'Democrats plan to campaign on maintaining Social Security, saying the cuts were too deep.', []],
    ['`…, but X canceled …, citing …`: the participle is the joined clause’s subject’s', 'NASA awarded task orders to three firms, but OrbitBeyond canceled its order two months later, citing internal business issues.', [['internal business issues', 'OrbitBeyond', 'citing']]],
    ['`…, X told reporters.`: the clause before the comma is what was told', 'The union will sit out the election, Ann Marsh told reporters on Monday.', [['The union will sit out the election', 'Ann Marsh', 'told']]],
    ['`…, X said in a statement.` reports the clause before the comma', 'The plan is dead, Ann Marsh said in a statement.', [['The plan is dead', 'Ann Marsh', 'said']]],
    ['`…, X told CNN’s Y.` reports the clause before the comma', 'The plan is dead, Ann Marsh told CNN’s Tom Reyes.', [['The plan is dead', 'Ann Marsh', 'told']]],
    ['`…, his aide, X, told …`: the description beside the name is no part of what was said', 'The senator will stay in the race, his top aide, Tom Reyes, told reporters.', [['The senator will stay in the race', 'Tom Reyes', 'told']]],
    ['`…, X added 1 million jobs.`: an object after the cue, not an occasion', 'In the past five years, we have added 1 million jobs.', []],
    ['`…, X spoke with …` reports nothing', 'Earlier this year, Ann Marsh spoke with Metro News about the plan.', []],
    ['`…, X, who added to …` is a relative clause, not a cue', 'Tom Reyes lost Ohio to Ann Marsh, who added to her lead.', []],
    ['`“…,” his aide, X, said in …` is the direct quote only', '"The plan is dead," his top aide, Tom Reyes, said in an interview.', []],
    ['a clause before the name is no description beside it', 'While the threats have changed, America’s influence remains a force for good, Ann Marsh said.', [['While the threats have changed, America’s influence remains a force for good', 'Ann Marsh', 'said']]],
    ['`told` a long listener, then `that`', 'Ann Marsh told a crowd in downtown Baltimore that she is not giving up.', [['she is not giving up', 'Ann Marsh', 'told']]],
    ['`told` a listener, then a question', 'Ann Marsh told radio host Tom Reyes on Thursday how surprised she was by the vote.', [['how surprised she was by the vote', 'Ann Marsh', 'told']]],
    ['`told` a programme in quotation marks, then the clause', 'Ann Marsh told “Good Morning America” on Monday the interview was cordial.', [['the interview was cordial', 'Ann Marsh', 'told']]],
    ['`told X as he …` is when, not what', 'Ann Marsh told the president as he stopped to shake hands.', []],
    ['`said as he …` is when, not what', 'Ann Marsh said as she launched the process.', []],
    ['`said as the crowd cheered` is when, not what', 'Ann Marsh said as the crowd cheered.', []],
    ['`said as many as …` is what', 'Ann Marsh said as many as 100 people died.', [['as many as 100 people died', 'Ann Marsh', 'said']]],
    ['`said while stumping …` is when, not what', 'Ann Marsh said while stumping for her husband in Ohio.', []],
    ['`said happily on MSNBC` is how and where, not what', 'Ann Marsh said happily on MSNBC as returns came in.', []],
    ['`said without further comment` is how, not what', 'Ann Marsh said without further comment.', []],
    ['`wrote the letter …` is a work written, not words reported', 'Ann Lee wrote the letter Feb. 2 to the legal adviser.', []],
    ['`reported a profit …` is a figure, not words reported', 'Exxon reported its smallest quarterly profit in 17 years.', []],
    ['`reported the letter was forged` is a clause', 'The paper reported the letter was forged.', [['the letter was forged', 'The paper', 'reported']]],
    ['`said X’s letter …` stays a clause (only verbs that make things take such objects)', 'Ann Lee said the senator’s letter was troubling.', [['the senator’s letter was troubling', 'Ann Lee', 'said']]],
    ['`…, said X, an …` after the clause: X and a note on X, not what was said', 'Candidates have more room to walk away, said Steve Grubbs, an Iowa operative working for a rival campaign.', [['Candidates have more room to walk away', 'Steve Grubbs', 'said']]],
    ['`…, said X, host of …`', 'They develop a set of defenses, said Julie Mason, host of a radio show.', [['They develop a set of defenses', 'Julie Mason', 'said']]],
    ['`…, say X …` with a clause after it is no inverted cue', 'Fields, along with reporter Ben Terris, say the manager yanked her out of the way, his grip leaving bruises.', [['the manager yanked her out of the way, his grip leaving bruises', 'Fields', 'say']]],
    ['`said so in December` stands for words said elsewhere', 'And 64 percent call him competent, after 55 percent said so in December.', []],
    ['`said the same thing` stands for words said elsewhere', 'A chorus of prominent Republicans has said the same thing.', []],
    ['`said so many …` is a clause', 'Ann Lee said so many people came that the hall was full.', [['so many people came that the hall was full', 'Ann Lee', 'said']]],
    ['an opening time before a parenthetical cue is no part of what was said', 'Six months ago, the senator said, the media considered him a fringe candidate.', [['the media considered him a fringe candidate', 'the senator', 'said']]],
    ['`…, a swipe at …` after the clause is the outlet’s comment', 'Tom Reyes said the man would not get beat up at his rally, a swipe at the recent fights.', [['the man would not get beat up at his rally', 'Tom Reyes', 'said']]],
    ['`…, a move that …` after the clause is the outlet’s comment', 'Ann Lee says such votes are preludes to the referendum, a move that could split the party.', [['such votes are preludes to the referendum', 'Ann Lee', 'says']]],
    ['`…, without offering …` after the clause is the outlet’s comment', 'Ann Lee claimed Ecuador was behind the disruption, without offering any evidence.', [['Ecuador was behind the disruption', 'Ann Lee', 'claimed']]],
    ['`…, which …` after the clause is the outlet’s note on its last words', 'Ann Lee said she expects to recover from the illness, which forced her to cancel two events.', [['she expects to recover from the illness', 'Ann Lee', 'said']]],
    ['… but a `which` clause the reported clause goes on after stays inside', 'Ann Lee said the 2013 race, which brought new scandals, had been exasperating.', [['the 2013 race, which brought new scandals, had been exasperating', 'Ann Lee', 'said']]],
    ['`… – although …` after a lone spaced dash is the outlet’s again', 'Ann Lee said email has helped her stay in touch – although she laughed at the word.', [['email has helped her stay in touch', 'Ann Lee', 'said']]],
    ['… but `— and would …` goes on with what was said', 'Ann Lee said she would insist on the wall — and would own the shutdown.', [['she would insist on the wall — and would own the shutdown', 'Ann Lee', 'said']]],
    ['… and a hyphen is no dash', 'Ann Lee said the school got a D- rating although it had improved.', [['the school got a D- rating although it had improved', 'Ann Lee', 'said']]],
    ['a short subject before a parenthetical cue is part of what was said', 'The museum, Mr. Obama said, would make visitors face hard truths.', [['The museum, Mr. Obama said, would make visitors face hard truths', 'Obama', 'said']]],
    ['… but a joint opening the sentence is the outlet’s', 'But the risk, some Democrats said, is that he would push the party left.', [['the risk, some Democrats said, is that he would push the party left', 'Democrats', 'said']]],
    ['`X said: …` with no quotation marks reports what follows the colon', 'In a speech last July, Ann Lee said: Let no one be mistaken about the vote.', [['Let no one be mistaken about the vote', 'Ann Lee', 'said']]],
    ['… but not a link', 'Ann Lee reports: http://example.com/story', []],
    ['`voters who watched … said`: the subject is the antecedent of the relative clause before the cue', 'Many voters who watched his speeches over the years said he had lost his spark.', [['he had lost his spark', 'Many voters', 'said']]],
    ['`state` after a comma is the noun, not a cue', 'The pact unites conservatives who wanted less federal control, state officials angry about mandates and unions.', []],
    ['`…, a friend of his` stays inside the clause', 'Tom Reyes said he met Ann Lee, a friend of his.', [['he met Ann Lee, a friend of his', 'Tom Reyes', 'said']]],
    ['`challenging X for the nomination` is a race, not words reported', 'Tom Reyes is challenging Ann Lee for the nomination.', []],
    ['… but `challenged X to a debate` reports the challenge', 'Ann Lee challenged Tom Reyes to a debate in May.', [['Tom Reyes to a debate in May', 'Ann Lee', 'challenged']]],
    ['`repeated her position …` names what was repeated, not the words', 'Ann Lee repeated her position at a town hall in May.', []],
    ['… but `repeated her claim that …` and `reiterated the party must …` report them', 'Ann Lee repeated her claim that the vote was rigged.', [['her claim that the vote was rigged', 'Ann Lee', 'repeated']]],
    ['`responded enthusiastically by …` is how, not what', 'The city responded enthusiastically by easing the rules.', []],
    ['`easier said than done` is an idiom, not speech', 'Winning the state is easier said than done for the party.', []],
    ['`claiming her third victory` is a win, not words reported', 'Ann Lee won the caucus, claiming her third victory of the night.', []],
    ['an irregular past tense ends the subject (`paid`)', 'Ann Lee paid the fine in full and said she regretted the remarks.', [['she regretted the remarks', 'Ann Lee', 'said']]],
    ['`added two goals …` is a count, not words reported', 'Tom Reyes added two goals in the second half as the Reds won.', []],
    ['`adding more acrimony to the visit` adds a thing, not words (`to` opens no infinitive after `add`)', 'Ann Lee warned of trouble on Monday, adding more political acrimony to the already contentious visit.', []],
    ['… but `added the talks would continue` reports a clause', 'Ann Lee added the talks would continue.', [['the talks would continue', 'Ann Lee', 'added']]],
    // A `which` clause with speakers of its own inside another's reported clause is theirs too.
    ['a relative clause’s own speakers inside a reported clause', 'Ann Lee said she had not seen the memo, which two aides said was a disaster.', [['she had not seen the memo, which two aides said was a disaster', 'Ann Lee', 'said'], ['was a disaster', 'two aides', 'said']]],
    // A negation after the cue is what was said: dropping it inverts the plea.
    ['`pleaded not guilty` keeps its `not`', 'Tom Reyes pleaded not guilty in federal court on Tuesday.', [['not guilty in federal court on Tuesday', 'Tom Reyes', 'pleaded']]],
    ['`says not …` keeps its `not`', 'Ann Lee says not acting now would be a mistake.', [['not acting now would be a mistake', 'Ann Lee', 'says']]],
    ['`vowed not to …` is read as `vowed to …` is', 'Ann Lee vowed not to repeat that mistake.', []],
    ['a time after the cue is no part of what was said', 'Ann Lee said not long ago that the plan was dead.', [['the plan was dead', 'Ann Lee', 'said']]],
    ['`reported 10 people died` is a clause', 'Police reported 10 people died in the crash.', [['10 people died in the crash', 'Police', 'reported']]],
    ['`X did … and said he …`: the second predicate’s speaker is the clause’s subject', 'Ann Lee bemoaned the unrest in the city and said she thought drugs were a big factor.', [['she thought drugs were a big factor', 'Ann Lee', 'said']]],
    ['`…, but said she …`: the second predicate’s speaker is the clause’s subject', 'Ann Lee worked two jobs for five years, but said she could not afford to teach.', [['she could not afford to teach', 'Ann Lee', 'said']]],
    ['… and the subject of the cue before it, inside a relative clause whose sentence’s subject cannot speak', 'The line was a moment in a speech in which Ann Lee criticized the party, but argued that Tom Kell would be a disastrous mayor.', [['Tom Kell would be a disastrous mayor', 'Ann Lee', 'argued']]],
    ['`X did … and said the city …`: after `said` a clause may open with a noun phrase', 'Ann Lee met the survivors on Thursday and said the city must act on guns.', [['the city must act on guns', 'Ann Lee', 'said']]],
    ['… but after other cues a noun phrase is their object', 'Tom Reyes left the party in May and wrote a children’s book about it.', []],
    ['`said for weeks …`: how long it was said for is no part of the clause', 'Ann Lee has said for weeks she would stay in the race.', [['she would stay in the race', 'Ann Lee', 'said']]],
    ['`said afterward that …`: the clause starts after `that`', 'Ann Lee said afterward that she would stay in the race.', [['she would stay in the race', 'Ann Lee', 'said']]],
    ['`X called Y “…” and said …`: after a closing quotation mark too', 'Graham called Trump “crazy” and said the party is bound to lose.', [['the party is bound to lose', 'Graham', 'said']]],
    ['`said little about how …` is how much was said, not what', 'Ann Lee said little about how she would pay for it.', []],
    ['… but `said little has changed` is a clause', 'Ann Lee said little has changed since May.', [['little has changed since May', 'Ann Lee', 'said']]],
    ['`… but has said …`: auxiliaries may stand between the joint and the cue', 'Ann Lee has voiced concerns but has said she wants the bill to pass.', [['she wants the bill to pass', 'Ann Lee', 'said']]],
    ['`… and others have said …` opens a new act of speech', 'Many members have said they will stay home and others have said they are not interested.', [['they will stay home', 'Many members', 'said'], ['they are not interested', 'others', 'said']]],
    ['… but not a subject that runs on into its predicate', 'Ann Lee cut her debt in five years, but said she could not afford to teach.', []],
    ['`… and state troopers …` is no second predicate', 'The governor sent the National Guard and state troopers will remain in the city.', []],
    ['`workers here said`: where the speakers are is no part of them', 'Her campaign workers here said they have been working the state since the spring.', [['they have been working the state since the spring', 'Her campaign workers', 'said']]],
    ['a plural possessive apostrophe in a relative clause is no quotation mark', 'Tom Reyes, who served in the Reserve Officers’ Training Corps, said he would like more students to get the chance.', [['he would like more students to get the chance', 'Tom Reyes', 'said']]],
    ['`Nearly half said …`: a share of people polled speaks', 'Nearly half said they prefer someone who has experience in politics.', [['they prefer someone who has experience in politics', 'Nearly half', 'said']]],
    ['a plural in -men names people who can speak', 'White House and Pentagon spokesmen said the ban was unconstitutional.', [['the ban was unconstitutional', 'Pentagon spokesmen', 'said']]],
    ['… and so does `women`', 'Many women in politics say the culture will not change.', [['the culture will not change', 'Many women in politics', 'say']]],
    ['an aside between dashes before the cue is passed back to the subject', 'Many speakers at the service — including Muslims, Christians and Jews — said the loss was painful.', [['the loss was painful', 'Many speakers at the service', 'said']]],
    ['a headline in title case reports what its capitalised cue says', 'Trump Says He Never Pledged To Kill Family Members', [['He Never Pledged To Kill Family Members', 'Trump', 'Says']]],
    ['a capitalised cue word inside a name in title case is no cue', 'Members Of The Says Family Trust Board met on Monday to discuss the sale.', []],
    ['`Each side said …`: a side in a dispute speaks', 'Each side said the other would be responsible for the delay.', [['the other would be responsible for the delay', 'Each side', 'said']]],
    ['`nine out of 10 say …`: a share of people polled speaks', 'Nearly nine out of 10 say they will need new skills.', [['they will need new skills', 'nine out of 10', 'say']]],
    ['`allies say …`: allies can speak', 'Her advisers and allies say she will spend the week in Iowa.', [['she will spend the week in Iowa', 'allies', 'say']]],
    ['`the data that investigators said …`: after `that` a noun for people is the relative’s subject', 'It was more than the data that investigators said they found on her server.', [['they found on her server', 'investigators', 'said']]],
    ['`The two said …`: a number standing for people speaks', 'The two said they had taken their pleas to senior officials.', [['they had taken their pleas to senior officials', 'two', 'said']]],
    ['`reported at least …` opens a clause', 'CNN reported at least six planes filled the skies with messages.', [['at least six planes filled the skies with messages', 'CNN', 'reported']]],
    ['the name of a paper keeps its common words', 'The International Business Times reported that the plan was dead.', [['the plan was dead', 'International Business Times', 'reported']]],
    ['… and so does the name of a body', 'The American Civil Liberties Union urged its members to vote against the bill.', [['its members to vote against the bill', 'American Civil Liberties Union', 'urged']]],
    ['`which officials say will …`: the relative clause after the cue is what they said', 'The plan, which officials say will cost billions, was approved.', [['will cost billions', 'officials', 'say']]],
    ['`which he said were …`: a past-tense gap verb too', 'They counted 30 applicants, which he said were evenly split between the two.', [['were evenly split between the two', 'he', 'said']]],
    ['`a job that economists say is …`: a relative `that` with the cue’s subject after it', 'She has the kind of job that many economists say is the future of the city.', [['is the future of the city', 'many economists', 'say']]],
    ['… but not `that what he was saying was …`, whose verb is the main clause’s', 'Aides did not say whether Trump understood that what he was saying was false.', []],
    ['`states can pass …`: a cue form that can be a noun, before a modal, is the noun', 'Courts ruled that states can pass their own laws.', []],
    ['`snapped` takes no reported clause', 'The Eagles snapped an 11-game losing streak to the Huskies.', []],
    ['a parenthetical cue: the words on both sides are the speaker’s', 'If the law conflicts with his faith, Rubio said, Christians must ignore the law.', [['If the law conflicts with his faith, Rubio said, Christians must ignore the law', 'Rubio', 'said']]],
    ['an opening adverbial before a cue between commas is no part of what was said', 'On Monday, Rubio said, the law was wrong.', [['the law was wrong', 'Rubio', 'said']]],
    ['a subject before a parenthetical cue, its predicate after', 'The bigger risk, he said, is a clash at sea.', [['The bigger risk, he said, is a clash at sea', 'he', 'said']]],
    ['a name and its appositive before the cue are the speaker, the clause after is what was said', 'Tom Reyes, a spokesman for the campaign, said the talks failed.', [['the talks failed', 'Tom Reyes', 'said']]],
    ['an aide to someone is not that someone', 'An aide to Carly Fiorina said the former executive has no more speeches.', [['the former executive has no more speeches', 'An aide to Carly Fiorina', 'said']]],
    ['`according to X` between commas reports the words on both sides', 'Other major cleavages, according to the poll, include ideology and age.', [['Other major cleavages, according to the poll, include ideology and age', 'the poll', 'according to']]],
    ['… but not an opening adverbial before it', 'In 2014, according to the report, the company lost money.', [['the company lost money', 'the report', 'according to']]],
    ['words before their cue run up to it, past `, but`', 'The van was to be escorted by the police, but the guards whisked her away, another source said.', [['The van was to be escorted by the police, but the guards whisked her away', 'another source', 'said']]],
    ['a parenthetical `, he said,` is inside the clause', 'Tom Reyes lamented the old days when, he said, protesters were treated harshly.', [['the old days when, he said, protesters were treated harshly', 'Tom Reyes', 'lamented']]],
    ['`, which he said` is inside the clause', 'Ann Marsh blasted the delegate system, which she said leaves millions of voters disenfranchised.', [['the delegate system, which she said leaves millions of voters disenfranchised', 'Ann Marsh', 'blasted']]],
    ['`on` and a place is where, not what', 'Ann Marsh said on MSNBC’s “Morning Joe” that she would run.', [['she would run', 'Ann Marsh', 'said']]],
    ['`on` and a place with no clause reports nothing', 'Ann Marsh spoke on the condition of anonymity.', []],
    ['a party tag between commas after the name is no speaker', 'Sen. Kay Bailey Hutchison, R-Texas, who on Thursday unveiled her plan, said the shift was welcome.', [['the shift was welcome', 'Kay Bailey Hutchison', 'said']]],
    ['… nor before `who said`', 'The bill was praised by Sen. Mitt Romney, R-Utah, who said it was fair.', [['it was fair', 'Mitt Romney', 'said']]],
    ['a participle after an aside’s dash is the clause subject’s', 'Ann Marsh flipped her choice on the spot – saying she was rooting for the home team.', [['she was rooting for the home team', 'Ann Marsh', 'saying']]],
    ['a participle after words sent to someone is the sender’s', 'Steele sent an e-mail to party members saying the party would not be silenced.', [['the party would not be silenced', 'Steele', 'saying']]],
    ['a description, then the name beside it between commas, reports nothing', 'Britain’s prime minister, Theresa May, spoke on Monday.', []],
    ['… but a clause before `, Name said` is what was said', 'The plan is dead, Ann Marsh said on Monday.', [['The plan is dead', 'Ann Marsh', 'said']]],
    ['`over` after the cue is when, not what', 'Analysts hear the same somber message repeated over and over again: the future is fragile.', []],
    ['`and` after the cue joins a second verb, not a clause', 'Ann Marsh speaks and tweets her mind freely.', []],
    ['`by` after the cue is how, not what', 'Ann Marsh responded by pointing a finger in the woman’s face.', []],
    ['`against` after the cue is what the speech was against', 'Tom Reyes railed against the debate moderators for ignoring abortion.', [['against the debate moderators for ignoring abortion', 'Tom Reyes', 'railed']]],
    ['a place after `said` and before `that`', 'Ann Marsh said over breakfast on Friday that the plan was dead.', [['the plan was dead', 'Ann Marsh', 'said']]],
    ['`said that` opens a clause whatever its first word', 'Ann Marsh said on MSNBC that for one, there was no intent.', [['for one, there was no intent', 'Ann Marsh', 'said']]],
    ['`As X noted, …`: what follows the comma is what was noted', 'As the Business Times noted, Clinton raised more money from banks.', [['Clinton raised more money from banks', 'Business Times', 'noted']]],
    ['… not when `as` opens a clause that ends in a noun read as a cue', 'As Mr. Trump began winning in early primary states, donors poured money into the race.', []],
    ['`, but that …` goes on with the same speech', 'The governor said the state needs a border plan, but that he would not support deportation.', [['the state needs a border plan, but that he would not support deportation', 'The governor', 'said']]],
    ['`told reporters` is the listener, the clause follows without `that`', 'Tom Reyes told reporters the plan was dead.', [['the plan was dead', 'Tom Reyes', 'told']]],
    ['`told CNN` is the listener, the clause follows without `that`', 'Ann Marsh told CNN her group never worked with the firm.', [['her group never worked with the firm', 'Ann Marsh', 'told']]],
    ['`told the crowd` is the listener, the clause opens at its subject', 'Tom Reyes told the crowd he was the first one to say it.', [['he was the first one to say it', 'Tom Reyes', 'told']]],
  ])('%s', (_name, text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  it.each([
    ['a price', 'The oxygen bar charges Rs 299 for fifteen minutes of pure air.'],
    ['a charge in court', 'Prosecutors charged the former mayor with fraud in a seven-count indictment.'],
  ])('charge without `that` takes an object, not a clause: %s', (_name, text) => {
    expect(reported(text)).toEqual([]);
  });

  it.each([
    ['go on', 'Tickets for the anniversary tour go on sale at 10 a.m. on Friday.'],
    ['weigh in', 'Three senators weighed in on the proposal during the hearing.'],
    ['lash out', 'The coach lashed out at the referees after the game.'],
  ])('a phrasal cue that only introduces a quote reports no clause: %s', (_name, text) => {
    expect(reported(text)).toEqual([]);
  });

  it.each([
    ['did not say that', 'The minister did not say that the talks had failed in any way.'],
    ['would not say whether', 'Officials would not say whether the deal had collapsed overnight.'],
    ['can’t tell (discern)', 'You can’t even tell that the new machine is larger than the old one.'],
    ['never denied', 'The company never denied the reports were accurate in every detail.'],
  ])('a negated cue reports no words of the speaker: %s', (_name, text) => {
    expect(reported(text)).toEqual([]);
  });

  it.each([
    ['data', 'The data we have been collecting on the old model suggests that the new one is more reliable.'],
    ['an event', 'The press conference underscored how far apart both sides are on the budget.'],
    ['a participle after a determiner and an adverb', 'He faces questions about a newly revealed phone call with the president.'],
    ['a bare article', 'The announced policy applies to the remains of elephants shot abroad.'],
  ])('a phrase headed by a noun that names no one who speaks reports nothing: %s', (_name, text) => {
    expect(reported(text)).toEqual([]);
  });

  it.each([
    ['a group of people', 'Some legal experts said that the ruling exposed the president to new claims.', 'Some legal experts'],
    ['a document', 'The indictment alleges that the consultant lied to investigators twice.', 'The indictment'],
    ['a number of people', 'Two senators said they would back the bill if it reached the floor.', 'Two senators'],
    ['a firm in business copy', 'Shares of the lender fell 3 percent on Monday, the brokerage said.', 'the brokerage'],
  ])('people, groups and documents still report speech: %s', (_name, text, speaker) => {
    expect(reported(text).map((r) => r.speaker?.name ?? r.speaker)).toEqual([speaker]);
  });

  it('after a negated cue, a later cue in the sentence still reports it', () => {
    expect(reported('He never said the deal was dead, his aide insisted.').map((r) => [r.text, r.speaker?.name])).toEqual([['He never said the deal was dead', 'his aide']]);
  });

  it('charged that … reports speech', () => {
    expect(reported('The union charged that the company had broken the contract twice.').map((r) => [r.text, r.speaker?.name])).toEqual([['the company had broken the contract twice', 'The union']]);
  });

  it('is not reported when the verb introduces a direct quote', () => {
    expect(reported('Barzani said, “Relations will not be influenced negatively by anyone.”')).toEqual([]);
  });
});

describe('a negated cue names no one’s words', () => {
  it.each([
    ['`cannot explain why … the “reset” …` leaves the scare quote unattributed', 'Yet our shocked State Department experts somehow cannot explain why they were silent when the “reset” proved to be appeasement.', null],
    ['`did not recall …, but … said he had an “Oh, s---” moment` is the earlier cue’s', 'The employee first said he did not recall making deletions, but in a later interview said he had an “Oh, s---” moment.', 'The employee'],
    ['a name for someone stays the speaker’s coinage: `not once referring to his rivals as ‘Little Marco’`', 'Trump, who relishes counter-punching at his opponents, was also remarkably understated in the first hour of the debate, not once referring to his rivals disparagingly as ‘Little Marco’ and ‘Lyin’ Ted.’', 'Trump'],
  ])('%s', (_name, text, speaker) => {
    const [q] = quotesOf(text).filter((x) => x.kind !== 'reported');
    expect(q?.speaker?.name ?? null).toBe(speaker);
  });
});

describe('a question before a cue of reply is the asker’s', () => {
  it.each([
    ['Asked point-blank, “Is that picture you?” Weiner replied, “You know I am not going to talk about this.”', [['Is that picture you?', null], ['You know I am not going to talk about this.', 'Weiner']]],
    ['“Would you have told her?” Ann Lee answered, “I have no idea.”', [['Would you have told her?', null], ['I have no idea.', 'Ann Lee']]],
  ])('%s', (text, expected) => {
    expect(speech(text).map((q) => [q.text, q.speaker?.name ?? null])).toEqual(expected);
  });
});

describe('the last speaker goes on speaking', () => {
  it.each([
    ['not across a whole sentence of narration about someone else', 'Gingrich added: “We are a free country, and we are gonna run the risk of freedom.”\n\nRep. Williams backed the comments on Wednesday. Rogers was injured when he dove into the dugout “like a pool without water.”', 'like a pool without water.', null],
    ['but in the next sentence, yes', '“We will win this,” Ann Lee said. She called it “a bold plan for every family.”', 'a bold plan for every family.', 'Ann Lee'],
  ])('%s', (_name, text, content, speaker) => {
    expect(speech(text).find((q) => q.text === content)?.speaker?.name ?? null).toBe(speaker);
  });
});

it('the person a quote calls by name at its end is spoken to, not speaking', () => {
  const text = 'Nancy Pelosi, the House minority leader, came to the game.\n\nChants of “We love you, Pelosi!” rang out briefly, until the minority leader acknowledged them. “Thank you, Nancy,” Tom Reyes said.';
  expect(speech(text).map((q) => [q.text, q.speaker?.name ?? null])).toEqual([['We love you, Pelosi!', null], ['Thank you, Nancy,', 'Tom Reyes']]);
});

describe('reported speech as a researcher codes it: unnamed sources, and words that are no speech', () => {
  it.each([
    ['a participle tying the source to what it knows', 'A person briefed on the matter said the prosecutors had issued subpoenas.', 'A person briefed on the matter'],
    ['… after the clause', 'The deal is not good for the city, a second person briefed on the call said.', 'a second person briefed on the call'],
    ['… with a bare plural', 'Officials involved in the talks said they had stalled.', 'Officials involved in the talks'],
    ['`close to`', 'A person close to the company said the talks had stalled.', 'A person close to the company'],
    ['a spokesman the article never names', 'Her spokesman said the talks had stalled.', 'Her spokesman'],
    ['… for a body', 'The ministry’s spokeswoman said the talks had stalled.', 'The ministry’s spokeswoman'],
    ['… or a person', 'Tom Reyes’s rep told reporters that the singer was upset.', 'Tom Reyes’s rep'],
  ])('an unnamed source is anonymous: %s', (_name, text, speaker) => {
    expect(reported(text).map((r) => [r.speaker?.name, r.speaker?.anonymous])).toEqual([[speaker, true]]);
  });

  it.each([
    ['named right after the role', 'Ann Lee’s spokesman Tom Reyes said the talks had stalled. Ann Lee’s spokesman said they would resume.'],
    ['named in an appositive', 'Tom Reyes, Ann Lee’s spokesman, said the talks had stalled. Ann Lee’s spokesman said they would resume.'],
  ])('a spokesman the article names elsewhere is not counted anonymous: %s', (_name, text) => {
    expect(reported(text).map((r) => r.speaker?.anonymous)).toEqual([false, false]);
  });

  it.each([
    ['where, after a quote’s cue', '“We will vote no,” Rep. Ann Lee said on Thursday ahead of the vote.'],
    ['where it was written', '“Rise to the occasion,” she wrote above a picture of the two girls.'],
    ['what the narrator says the words were about', '“It was improper,” Tom Reyes testified, referring to the gas company on whose board he sat.'],
  ])('no clause after the cue reports nothing: %s', (_name, text) => {
    expect(reported(text)).toEqual([]);
  });

  it.each([
    ['`warned against` and its object', 'Ann Lee warned against the plan to cut the budget.', [['against the plan to cut the budget', 'Ann Lee', 'warned']]],
    ['`referred to … as …` names someone', 'Tom Reyes referred to the mayor as a coward.', [['the mayor as a coward', 'Tom Reyes', 'referred to']]],
    ['a quantifier and a noun for people open the subject', 'Several lawmakers have spoken out against the speech, saying it could cause a rift.', [['it could cause a rift', 'Several lawmakers', 'saying']]],
  ])('still reported: %s', (_name, text, expected) => {
    expect(spans(text)).toEqual(expected);
  });
});

describe('who reports: not the object of a participle, a document sent or an occasion', () => {
  it.each([
    ['a participle’s object is no subject', 'Emails turned over to investigators suggest it may have been a message.', [['it may have been a message', 'Emails', 'suggest']]],
    ['… nor the agent after `by`', 'Residents interviewed by reporters said the water was brown.', [['the water was brown', 'Residents', 'said']]],
    ['a document sent says what its sender says', 'Tom Reyes sent her a letter citing the city’s debts.', [['the city’s debts', 'Tom Reyes', 'citing']]],
    ['… after `sent out`', 'Shortly after the call ended, the Lee campaign sent out a press release saying Reyes owes voters an apology.', [['Reyes owes voters an apology', 'the Lee campaign', 'saying']]],
    ['an occasion to speak at is no speaker', 'In a press conference announcing his opposition to the bill, Tom Reyes said the bill was flawed.', [['his opposition to the bill', 'Tom Reyes', 'announcing'], ['the bill was flawed', 'Tom Reyes', 'said']]],
    ['… unless it is someone’s', 'The mayor will follow Ann Lee’s Tuesday speech denouncing the budget cuts.', [['the budget cuts', 'Ann Lee', 'denouncing']]],
  ])('%s', (_name, text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  it('a quote after a document sent is its sender’s', () => {
    expect(who('Tom Reyes sent her a letter citing the city’s “grave debts” and urging a veto.')).toEqual([['grave debts', 'Tom Reyes', 'citing']]);
  });

  it('`summarized` is a cue of a quote; with a thing as its object it reports nothing', () => {
    expect(who('Ann Lee spoke first. “It is not ready,” summarized Reyes.')).toEqual([['It is not ready,', 'Reyes', 'summarized']]);
    expect(reported('The report summarized the findings of the panel.')).toEqual([]);
  });

  it.each([
    ['`, though there is …` weighs the claim', 'Tom Reyes assailed Ann Lee as part of a plot, though there is no sign she has taken sides.', [['Ann Lee as part of a plot', 'Tom Reyes', 'assailed']]],
    ['`, as he …` says what the speaker did meanwhile', 'Tom Reyes told lawmakers it was his duty to report it, as he deflected attacks on his loyalty.', [['it was his duty to report it', 'Tom Reyes', 'told']]],
  ])('the outlet’s words after a reported clause are not the speaker’s: %s', (_name, text, expected) => {
    expect(spans(text)).toEqual(expected);
  });
});

describe('where a reported clause starts and ends', () => {
  it.each([
    ['it runs on to the closing mark of a quote it opens, past a full stop inside', 'Tom Reyes said on Friday that the city “is going to have to make a deal. If not, that is it.”', [['the city “is going to have to make a deal. If not, that is it.”', 'Tom Reyes', 'said']]],
    ['… and its two apostrophes', "Tom Reyes said that the city ''is going to pay. Or else.''", [["the city ''is going to pay. Or else.''", 'Tom Reyes', 'said']]],
    ['`only that`: what was said opens after `that`', 'The spokesman would say only that his office was reviewing the matter.', [['his office was reviewing the matter', 'The spokesman', 'say']]],
    ['`back in December that`', 'Tom Reyes said back in December that the war was lost.', [['the war was lost', 'Tom Reyes', 'said']]],
    ['a clause before a cue that a joint continues after it', 'Father and son talk often, Tom Reyes said, and the family meets every summer.', [['Father and son talk often, Tom Reyes said, and the family meets every summer', 'Tom Reyes', 'said']]],
    ['past a relative clause on the occasion', 'He said in a statement that was released Monday that the plan was dead.', [['the plan was dead', 'He', 'said']]],
    ['… but `that` and a subject with a verb fused to it open the clause', 'Ann Lee says in Ohio that she’s thrilled to win.', [['she’s thrilled to win', 'Ann Lee', 'says']]],
    ['a relative clause on the object is no content: the post criticized, the staffer apologized', 'The staffer apologized for a Facebook post that criticized the mayor’s daughters.', [['the mayor’s daughters', 'a Facebook post', 'criticized']]],
  ])('%s', (_name, text, expected) => {
    expect(spans(text)).toEqual(expected);
  });
});

it('a quote and its speaker’s role set before the name report nothing more (`“…,” the group’s director, Matt Brooks, said`)', () => {
  const text = '“We will win this state,” the coalition’s executive director, Matt Brooks, said in a statement.';
  expect(reported(text)).toEqual([]);
  expect(who(text)).toEqual([['We will win this state,', 'Matt Brooks', 'said']]);
});

describe('a reported question', () => {
  it.each([
    ['`asked whether …`', 'Ann Lee asked whether the war was lost.', [['whether the war was lost', 'Ann Lee', 'asked']]],
    ['… past a listener', 'Ann Lee asked voters if they trusted the mayor.', [['if they trusted the mayor', 'Ann Lee', 'asked']]],
    ['`asked why`', 'Reporters asked Tom Reyes why he had left.', [['why he had left', 'Reporters', 'asked']]],
    ['a request reports no words', 'Ann Lee asked the mayor to resign.', []],
    ['… nor does asking for something', 'Ann Lee asked for help from the state.', []],
    ['`who` after a listener opens a relative clause', 'Ann Lee asked the man who ran the shop.', []],
  ])('%s', (_name, text, expected) => {
    expect(spans(text)).toEqual(expected);
  });
});

describe('speech reported by a participle or an infinitive after another verb', () => {
  it.each([
    ['a gerund after `after`', 'Ann Lee drew fire after declaring at a fund-raiser that the war was lost.', [['the war was lost', 'Ann Lee', 'declaring']]],
    ['a gerund after `by`', 'Ann Lee defended the plan by insisting that it would pay for itself.', [['it would pay for itself', 'Ann Lee', 'insisting']]],
    ['`was heard saying`', 'Tom Reyes was heard saying that the war was lost.', [['the war was lost', 'Tom Reyes', 'saying']]],
    ['`was caught on camera saying`', 'Tom Reyes was caught on camera saying that the war was lost.', [['the war was lost', 'Tom Reyes', 'saying']]],
    ['`tried to suggest`', 'Ann Lee tried to suggest that the war was lost.', [['the war was lost', 'Ann Lee', 'suggest']]],
    ['a cue whose object is a thing reports nothing before a gerund cue (`clarify the comment by insisting`)', 'Ann Lee tried to clarify the comment by insisting that the war was lost.', [['the war was lost', 'Ann Lee', 'insisting']]],
    ['… but a gerund that reports nothing leaves the object as what was said', 'Ann Lee assailed the policies of the era by tying them to the crash.', [['the policies of the era by tying them to the crash', 'Ann Lee', 'assailed']]],
  ])('%s', (_name, text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  it.each([
    ['the passive’s own subject, not the main clause’s', 'Critics attacked the plan after the mayor was caught on camera saying the city was broke.', [['the city was broke', 'the mayor', 'saying']]],
  ])('%s', (_name, text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  it('a gerund in a title-case headline reports nothing (`Aide Quits After Ridiculing …`)', () => {
    expect(reported('Aide Quits After Ridiculing the Mayor’s Daughters')).toEqual([]);
  });

  it('`without saying` reports nothing: the words were not said', () => {
    expect(reported('Ann Lee left without saying that the war was lost.')).toEqual([]);
  });
});

describe('what a speaker called someone runs over a list', () => {
  it.each([
    ['a list of names given', 'Ann Lee called the plan a disaster, a fraud and a joke.', [['the plan a disaster, a fraud and a joke', 'Ann Lee', 'called']]],
    ['a list after `as`', 'Tom Reyes describes himself on his page as loving God, cats, the Boy Scouts and politics.', [['himself on his page as loving God, cats, the Boy Scouts and politics', 'Tom Reyes', 'describes']]],
    ['quoted items', 'Ann Lee called the senator a “nasty guy,” “unstable” and “sick.”', [['the senator a “nasty guy,” “unstable” and “sick.”', 'Ann Lee', 'called']]],
    ['… but not a clause after the comma', 'Ann Lee called the plan a disaster, and left.', [['the plan a disaster', 'Ann Lee', 'called']]],
    ['… nor a participle', 'Critics call it a tax on the poor, raising the question of who pays and who gains.', [['it a tax on the poor', 'Critics', 'call']]],
  ])('%s', (_name, text, expected) => {
    expect(spans(text)).toEqual(expected);
  });
});

it.each([
  ['a nationality and an abbreviation', 'U.S. and Iranian officials reported that the talks had stalled.', 'U.S. and Iranian officials'],
  ['two parties', 'Republican and Democratic leaders said the talks had stalled.', 'Republican and Democratic leaders'],
  ['… but not a name before `and`', 'Paul Ryan and Republican leaders said the talks had stalled.', 'Republican leaders'],
])('two modifiers joined by `and` share the head noun: %s', (_name, text, speaker) => {
  expect(reported(text).map((r) => r.speaker?.name)).toEqual([speaker]);
});
