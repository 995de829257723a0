// Whose voice a loaded term is in, and which actor it describes.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/pipeline.js';
import { loadLexicons } from '../src/lexicon/load-lexicons.js';
import type { VoiceKind } from '../src/types.js';

const lex = loadLexicons();
const hitsOf = (text: string) => analyzeArticle({ id: 't', text, outlet: null }, lex).framing;

interface Row {
  case: string;
  text: string;
  term: string;
  voice: VoiceKind;
  /** Surname of the speaker, for quote and reported voice. */
  speaker?: string;
}

const rows: Row[] = [
  { case: 'narration', text: 'The regime has jailed hundreds of protesters this year.', term: 'regime', voice: 'narrator' },
  // Every word inside reported speech is in that voice, names of things included.
  { case: 'reported: a name inside reported speech', text: 'Critics say the regime has jailed hundreds of protesters this year.', term: 'regime', voice: 'reported', speaker: 'Critics' },
  {
    case: 'reported: a clause before `…, officials say`',
    text: 'Washington is considering talks to counter the radical Takfiri insurgency in Iraq, US officials say.',
    term: 'Takfiri',
    voice: 'reported',
    speaker: 'officials',
  },
  {
    case: 'reported: `…, according to X` closing the sentence',
    text: 'The regime jailed three reporters last month, according to Amnesty International.',
    term: 'regime',
    voice: 'reported',
    speaker: 'International',
  },
  {
    case: 'reported: a cue and speaker after the clause',
    text: 'It is not yet clear how the regime will answer the offer, adds the US daily.',
    term: 'regime',
    voice: 'reported',
    speaker: 'daily',
  },
  {
    case: 'reported: the innermost speaker of nested speech',
    text: 'Zalmay Khalilzad told ABC television Monday that talks with Tehran, which the US has assailed as a sponsor of terrorism, would go on.',
    term: 'sponsor of terrorism',
    voice: 'reported',
    speaker: 'US',
  },
  { case: 'inside a direct quote', text: '“This reckless policy will fail,” Senator Tom Brandt said on Sunday.', term: 'reckless', voice: 'quote', speaker: 'Brandt' },
  {
    case: 'inside a partial quote',
    text: 'Ali Shamkhani met the envoy on Sunday. Shamkhani said armed groups had acted “brazenly” in interviews.',
    term: 'brazenly',
    voice: 'quote',
    speaker: 'Shamkhani',
  },
  {
    case: 'narration next to a quote',
    text: 'The hawkish senator spoke first. “We need their help,” Lindsey Graham said.',
    term: 'hawkish',
    voice: 'narrator',
  },
  {
    case: 'reported: a participle carrying on speech',
    text: 'Ali Shamkhani said Iran is ready to help, noting that relations are on the rise despite all plots.',
    term: 'plots',
    voice: 'reported',
    speaker: 'Shamkhani',
  },
  {
    case: 'reported: a relative clause with a labelling verb',
    text: 'Khalilzad spoke of talks with Tehran, which the US has assailed as a sponsor of terrorism, on Monday.',
    term: 'sponsor of terrorism',
    voice: 'reported',
    speaker: 'US',
  },
  {
    case: 'reported: a labelling participle set off by dashes',
    text: 'Bloomberg raged about Trump in his speech — labeling him a public menace — on Wednesday.',
    term: 'menace',
    voice: 'reported',
    speaker: 'Bloomberg',
  },
  {
    case: 'a labelled quotation is the labeller’s words',
    text: 'Peter Lindqvist spoke on Monday. Lindqvist called the plan “reckless” and left.',
    term: 'reckless',
    voice: 'quote',
    speaker: 'Lindqvist',
  },
];

describe('voice of loaded terms', () => {
  it.each(rows)('$case', (row) => {
    const at = row.text.indexOf(row.term);
    const hit = hitsOf(row.text).find((h) => h.start <= at && at < h.end);
    expect(hit, `no hit for ${row.term}`).toBeDefined();
    expect(hit!.voice.kind).toBe(row.voice);
    if (row.speaker) expect(hit!.voice.speaker?.name.split(/\s+/).pop()).toBe(row.speaker);
    else expect(hit!.voice.speaker).toBeNull();
  });
});

describe('actor a loaded term describes', () => {
  it.each([
    { case: 'the noun phrase it modifies (its head)', text: 'This is while hawkish US Republican Senator Lindsey Graham spoke.', term: 'hawkish', actor: 'lindsey-graham' },
    { case: 'the label it is part of', text: 'The army pushed back the Takfiri terrorists in Iraq.', term: 'Takfiri', actor: 'isil' },
    { case: 'the appositive it sits in', text: 'Lindsey Graham, the hawkish senator, spoke on Sunday.', term: 'hawkish', actor: 'lindsey-graham' },
    { case: 'a possessor before it', text: 'Reports are part of the West’s “psychological warfare” against Iran.', term: 'psychological warfare', actor: 'the-west' },
    { case: 'the antecedent of a labelling clause', text: 'Talks with Tehran, which the US has assailed as a sponsor of terrorism, went on.', term: 'sponsor of terrorism', actor: 'iran' },
    { case: 'no actor in the clause', text: 'It was, everyone agreed, a reckless plan.', term: 'reckless', actor: null },
    // A noun phrase of its own is about whoever it names: nobody the registry knows.
    { case: 'unnamed people as the agent', text: 'Relations between Iran and Iraq will not be harmed by the ill-wishers.', term: 'ill-wishers', actor: null },
    { case: 'unnamed plots in a prepositional phrase', text: 'Relations between Iran and Iraq are on the rise despite all plots.', term: 'plots', actor: null },
    { case: 'unnamed countries as the subject', text: 'He said some extra-regional countries seek to weaken Iraq.', term: 'extra-regional countries', actor: null },
    { case: 'the subject of the predicate', text: 'Senator Lindsey Graham brazenly dismissed the offer on Sunday.', term: 'brazenly', actor: 'lindsey-graham' },
    { case: 'a participle clause takes the main subject', text: 'Senator Lindsey Graham urged lawmakers to act, while simultaneously mocking them for waiting.', term: 'mocking', actor: 'lindsey-graham' },
    { case: 'an infinitive takes its controller', text: 'The United States has sought Tehran’s help to seal its border and to avoid meddling with the country’s majority.', term: 'meddling', actor: 'iran' },
    { case: 'a gerund takes the noun before it', text: 'Iran will not tolerate the act of some anti-revolutionary groups in killing soldiers and take the blame brazenly.', term: 'brazenly', actor: 'kurdish-armed-opposition' },
    { case: 'the object of a labelling verb', text: 'The ad called Senator Lindsey Graham a “hawkish hypocrite” on Monday.', term: 'hawkish', actor: 'lindsey-graham' },
    { case: 'the object of `dismissed … as`', text: 'Rouhani dismissed Senator Lindsey Graham’s plan as a “reckless” stunt.', term: 'reckless', actor: 'lindsey-graham' },
    { case: 'the object of `portrayed … as`', text: 'The ad portrayed Senator Lindsey Graham as a “hawkish” holdout.', term: 'hawkish', actor: 'lindsey-graham' },
    { case: 'the antecedent of `whom … called`', text: 'Rouhani took aim at Senator Lindsey Graham, whom he called a “hawkish” voice.', term: 'hawkish', actor: 'lindsey-graham' },
    { case: '… or nobody we know (`the massacre, which he called “an evil, hateful act”`)', text: 'Barack Obama spoke after the massacre, which he called “an evil, hateful act.”', term: 'hateful', actor: null },
    { case: '… while `who called` has its own object', text: 'Lindsey Graham, who called the plan “hateful,” spoke first.', term: 'hateful', actor: null },
    { case: 'a plural the lexicon lists under `names` names its own phrase (`segregate Islamic radicals`)', text: 'A retired general said the United States should segregate Islamic radicals.', term: 'radicals', actor: null },
    { case: '… while the entry’s adjective still describes the clause’s subject', text: 'Tom Reyes is pushing a radical plan.', term: 'radical', actor: 'thomas-reyes' },
    { case: 'a clause opening with a determiner and an -ing adjective is no participle clause (`because the outgoing president was wildly unpopular`)', text: 'Sen. John McCain distanced himself from Jim Hale because the outgoing president was wildly unpopular.', term: 'wildly', actor: null },
    { case: 'a label after `as` is not about a preposition’s object before it (`his bid for the White House as a far-left gadfly`)', text: 'Bernie Sanders spoke. Counter to his reputation in his bid for the White House as a far-left gadfly, he works with Republicans.', term: 'far-left', actor: null },
    { case: '… but is about the object of a verb (`see Mr. Sanders as a far-left gadfly`)', text: 'Bernie Sanders spoke. Critics see Mr. Sanders as a far-left gadfly.', term: 'far-left', actor: 'bernie-sanders' },
    { case: 'a verb after its subject and an aside between commas is the subject’s (`Trump, who leads in delegates, mocked Rubio`)', text: 'Donald Trump, who has a commanding lead in delegates, mocked Marco Rubio for his night.', term: 'mocked', actor: 'donald-trump' },
    { case: 'a term right after `that` opens the clause `that` starts (`recognizes that angry voters have …`)', text: 'Tom Reyes is an economist. But he recognizes that angry voters have valid reasons.', term: 'angry', actor: null },
    { case: '… as does one a word or two after it (`saying that the system is rigged`)', text: 'Bernie Sanders has soared in the polls by saying that the system is rigged in favor of the rich.', term: 'rigged', actor: null },
    { case: 'a participle on a plural noun opens a clause of its own (`more refugees fleeing chaos`)', text: 'Marco Rubio hoped that the United States could accept more refugees fleeing chaos in Syria.', term: 'chaos', actor: null },
    { case: 'a gerund after `by` is the clause subject’s, not a possessive’s in the object (`sliced into her numbers by winning`)', text: 'Hillary Clinton leads. Bernie Sanders trails. He has sliced into her numbers by winning landslide support.', term: 'landslide', actor: 'bernie-sanders' },
    { case: '… while after a possessed noun and `of` it is the possessor’s', text: 'Voters find it hard to look past Bernie Sanders’ self-description of being a “democratic socialist.”', term: 'socialist', actor: 'bernie-sanders' },
    { case: 'a relative clause after a verb is not about the clause’s subject (`Republicans denounced the deal, which would slash …`)', text: 'Republicans also denounced the deal, which would slash the tax rate.', term: 'slash', actor: null },
    { case: '… but is about a name with its place and party before it (`Goldwater, R-Ariz., who …`)', text: 'The party nominated Sen. Barry Goldwater, R-Ariz., who went on to lose disastrously.', term: 'disastrously', actor: 'barry-goldwater' },
    { case: 'the object of a labelling verb without quotation marks', text: 'Rouhani dismissed the talks after calling Senate Majority Leader Mitch McConnell a liar.', term: 'liar', actor: 'mitchell-mcconnell' },
    { case: '… a thing that is no actor', text: 'Senator Lindsey Graham mocked Pope Francis for calling Christmas a sham.', term: 'sham', actor: null },
    { case: '… and `calls himself a …` is the subject’s own label', text: 'Senator Bernie Sanders calls himself a democratic socialist.', term: 'socialist', actor: 'bernie-sanders' },
    { case: 'a labelled thing that is no actor', text: 'Senator Lindsey Graham called the allegations “deeply troubling” on Monday.', term: 'troubling', actor: null },
    { case: 'a definite description of the group named before', text: 'ISIL fighters took Mosul. Rouhani said Iran will battle the extremist threat in Iraq.', term: 'extremist', actor: 'isil' },
    { case: 'a participle after its subject', text: 'The tape of Senator Lindsey Graham bragging about it was released.', term: 'bragging', actor: 'lindsey-graham' },
    { case: 'a subject and its verb with auxiliaries between', text: 'Critics said that Senator Lindsey Graham has caved to pressure.', term: 'caved', actor: 'lindsey-graham' },
    { case: 'a predicative `as`', text: 'The ad paints Senator Lindsey Graham as dismissive of voters.', term: 'dismissive', actor: 'lindsey-graham' },
    { case: 'a noun’s content clause', text: 'The White House answered bombshell allegations that Senate nominee Lindsey Graham lied.', term: 'bombshell', actor: 'lindsey-graham' },
    { case: 'an opening adverbial belongs to the main subject', text: 'In a bold attempt to end the dispute, Senator Lindsey Graham proposed talks.', term: 'bold', actor: 'lindsey-graham' },
    { case: 'a verb’s object takes the verb’s subject', text: 'Senator Lindsey Graham pushed a reckless plan through the committee.', term: 'reckless', actor: 'lindsey-graham' },
    { case: 'an adverb before a verb is about the subject, not the object', text: 'Senator Lindsey Graham harshly criticized Rouhani on Monday.', term: 'harshly', actor: 'lindsey-graham' },
    { case: 'a past tense right after its subject takes a name as object', text: 'Senator Lindsey Graham also mocked Barack Obama’s plan on Monday.', term: 'mocked', actor: 'lindsey-graham' },
    { case: '… so does a present tense (a headline’s)', text: 'Lindsey Graham Slams Barack Obama On Iran Deal', term: 'Slams', actor: 'lindsey-graham' },
    { case: 'a verb before a possessor takes its noun as object: not the possessor’s', text: 'Barack Obama spoke on Monday. The financial industry tycoon ridiculed Obama’s statements about wealth.', term: 'ridiculed', actor: null },
    { case: '… but a name after `of` is no subject', text: 'The daughter of Eric Garner blasted Hillary Clinton after the leak.', term: 'blasted', actor: null },
    { case: '… past a party and state after the subject', text: 'Senator Lindsey Graham (R-S.C.) blasted Barack Obama on Monday.', term: 'blasted', actor: 'lindsey-graham' },
    { case: 'an infinitive takes a name as object', text: 'Aides to Senator Lindsey Graham want to humiliate Barack Obama in Utah.', term: 'humiliate', actor: 'lindsey-graham' },
    { case: '… but an adjective after `to` modifies the name', text: 'Senator Lindsey Graham likened him to socialist Barack Obama.', term: 'socialist', actor: 'barack-obama' },
    { case: 'a quoted phrase ends at its closing mark', text: 'Senator Lindsey Graham’s ‘Hateful Rhetoric’ Destroying Barack Obama’s Chances.', term: 'Hateful', actor: 'lindsey-graham' },
    { case: 'a participle opening a clause takes a name as object', text: 'Senator Lindsey Graham spoke on Monday, mocking Barack Obama’s plan.', term: 'mocking', actor: 'lindsey-graham' },
    { case: 'a participle after a noun takes an object, not a head', text: 'An aide quit after a post berating Senator Lindsey Graham went viral.', term: 'berating', actor: null },
    { case: 'an -ing adjective after a determiner modifies the name', text: 'The stunning Lindsey Graham upset was the story of the night.', term: 'stunning', actor: 'lindsey-graham' },
    { case: '… but not a verb before `the fact that`', text: 'Senator Lindsey Graham was mocking the fact that Barack Obama lost.', term: 'mocking', actor: 'lindsey-graham' },
    { case: 'a predicate noun describes the subject', text: 'What Senator Lindsey Graham did appeared to be a political retribution scheme.', term: 'scheme', actor: 'lindsey-graham' },
    { case: 'a question after a comma has its own subject', text: 'Rouhani’s Campaign Against the Press, Who Will Be the Loser?', term: 'Loser', actor: null },
    { case: 'a relative `that` clause is not what the noun is about', text: 'Aides said the senator made outrageous comments that Lindsey Graham could not verify.', term: 'outrageous', actor: null },
    { case: 'what one opposes is someone else’s', text: 'Senator Lindsey Graham condemned the reckless raid on Monday.', term: 'reckless', actor: null },
    { case: 'what one opposes is someone else’s, with no determiner too', text: 'Senator Lindsey Graham said he opposes “accounting gimmicks” in the plan.', term: 'gimmicks', actor: null },
    { case: '… and past a modifier', text: 'Senator Lindsey Graham routinely ridicules losers on Twitter.', term: 'losers', actor: null },
    { case: 'a bare noun phrase after `about` is about whoever it names', text: 'The US State Department worries so much about corrupted cellphones that visitors lock them away.', term: 'corrupted', actor: null },
    { case: '… and after `against`', text: 'Senator Lindsey Graham vowed to go on offense against radical Islamic terrorism.', term: 'radical Islamic', actor: null },
    { case: '… and after `of`', text: 'Senator Lindsey Graham warned of the threat of terrorism at home.', term: 'terrorism', actor: null },
    { case: '… and after `in`', text: 'Senator Lindsey Graham met voters in Jihadist strongholds.', term: 'Jihadist', actor: null },
    { case: '… and past adjectives after the preposition', text: 'Senator Lindsey Graham will go on offense against radical Islamic terrorism.', term: 'terrorism', actor: null },
    { case: '… and in the second of a pair after the preposition', text: 'Senator Lindsey Graham shared his views on the Ku Klux Klan and white supremacists.', term: 'white supremacists', actor: null },
    { case: '… and after `to` before an adjective or a plural', text: 'Senator Lindsey Graham wants Turkey to close its borders to radical groups.', term: 'radical', actor: null },
    { case: '… but not after an infinitive’s `to`', text: 'Senator Lindsey Graham tried to exploit the angst.', term: 'exploit', actor: 'lindsey-graham' },
    { case: '… but a gerund after a preposition keeps the subject', text: 'Senator Lindsey Graham was accused of rigging the contest.', term: 'rigging', actor: 'lindsey-graham' },
    { case: '… and so does a quantifier’s `of`', text: 'Senator Lindsey Graham did a lot of stupid things.', term: 'stupid', actor: 'lindsey-graham' },
    { case: '… and a charge is the accused’s', text: 'Prosecutors accused Senator Lindsey Graham of harassment on Monday.', term: 'harassment', actor: 'lindsey-graham' },
    { case: 'a term that names its own phrase is not the subject’s', text: 'Senator Lindsey Graham wants to recruit more radical jihadists.', term: 'jihadists', actor: null },
    { case: '… unless it is a predicate', text: 'Critics said that Senator Lindsey Graham is a terrorist.', term: 'terrorist', actor: 'lindsey-graham' },
    { case: 'a name before `supporters` only modifies the subject', text: 'When she held up her sign, Donald Trump supporters ripped it away, screaming racial slurs.', term: 'slurs', actor: null },
    { case: 'an object after `to` and a past tense', text: 'Senator Lindsey Graham subscribed to a phony theory of the case.', term: 'phony', actor: 'lindsey-graham' },
    { case: 'an object of an infinitive takes its controller', text: 'Protests forced Senator Lindsey Graham to reconsider this despicable plan.', term: 'despicable', actor: 'lindsey-graham' },
    { case: 'a content clause has its own subject', text: 'Rouhani denied the claim that Senator Lindsey Graham pushed a reckless plan.', term: 'reckless', actor: 'lindsey-graham' },
    { case: 'an appositive to a clause is about its agent', text: 'The talks collapsed after Senator Lindsey Graham fired the envoy on Monday, a stunning move that few expected.', term: 'stunning', actor: 'lindsey-graham' },
    { case: '… not a new clause’s subject after the comma (`…, a student group at the overwhelmingly conservative college derided him`)', text: 'After Senator Lindsey Graham bragged about the vote, a student group at the overwhelmingly conservative college derided him.', term: 'overwhelmingly', actor: null },
    { case: '… but an appositive with its relative clause is', text: 'Barack Obama chose Senator Lindsey Graham as his envoy, a man who shifted to a fully hawkish stance.', term: 'hawkish', actor: 'lindsey-graham' },
    { case: 'a noun phrase the term ends, then a name set off by commas, is that name (`a billionaire populist, Donald Trump,`)', text: 'Republicans are watching a billionaire populist, Lindsey Graham, clash with the anchor.', term: 'populist', actor: 'lindsey-graham' },
    { case: 'a possessor opening an appositive leaves the phrase to the name it is set beside (`Congress’ most zealous advocate`)', text: 'Rouhani welcomed Senator Lindsey Graham, Iran’s most reckless critic, on Monday.', term: 'reckless', actor: 'lindsey-graham' },
    { case: '… not a clause going on after the comma', text: 'When Rouhani tried to attack Lindsey Graham, Iran’s sensitivities became collateral damage.', term: 'collateral damage', actor: 'iran' },
    { case: 'a state right before a `placeBefore` term is a place, not its actor (`the Paris terror attacks`)', text: 'In the wake of the Paris terror attacks, Senator Lindsey Graham spoke.', term: 'terror attacks', actor: null },
    { case: '… as in `U.S. terrorism watch lists`', text: 'Senator Lindsey Graham wants to stop people on U.S. terrorism watch lists from buying guns.', term: 'terrorism', actor: null },
    { case: '… but an armed group before it is what it names (`the ISIL terrorists`)', text: 'Meanwhile, the ISIL terrorists in Iraq declared the capital their objective.', term: 'terrorists', actor: 'isil' },
    { case: 'quoted charges are about the one accused (`accused Sanders of a “flip-flop”`)', text: 'Rouhani slammed the shift and accused Senator Lindsey Graham of a “flip-flop.”', term: 'flip-flop', actor: 'lindsey-graham' },
    { case: '… also further down a list of charges (`charging the Islamic State with “crimes …,” “genocide”`)', text: 'The museum issued a report charging the Islamic State with “crimes against humanity,” “genocide” and “mass atrocities.”', term: 'genocide', actor: 'isil' },
    { case: '… but not a noun `charge` (`calling Trump’s charge “pathetic” and “dangerous”`)', text: 'His spokesman responded, calling Senator Lindsey Graham’s charge “pathetic” and “dangerous.”', term: 'dangerous', actor: 'lindsey-graham' },
    { case: 'a name in a phrase on a capitalised noun is not the subject (`The Holocaust Memorial Museum in Washington issued …`)', text: 'The Holocaust Memorial Museum in Washington issued a damning report.', term: 'damning', actor: null },
    { case: 'a charge with no quotation marks is the accused’s (`accused Obama of bungling the recovery`)', text: 'Senator Ted Doeman ran on the economy and accused Senator Lindsey Graham of bungling the recovery.', term: 'bungling', actor: 'lindsey-graham' },
    { case: '… not of a name that only modifies the accused (`accused Sanders supporters of harassing`)', text: '“Do they read newspapers?” said Bob Mulholland, a delegate who has accused Lindsey Graham supporters of harassing his peers.', term: 'harassing', actor: null },
    { case: '`considers him a racist` labels its object', text: 'Senator Lindsey Graham spoke. Jane Shanklin will not vote for him and considers him a racist.', term: 'racist', actor: 'lindsey-graham' },
    { case: '… nor on a noun for an unnamed crowd of them (`coalescing the anti-Trump crowd`)', text: 'The bad blood prevented Senator Lindsey Graham from coalescing the anti-Trump crowd.', term: 'anti-Trump', actor: null },
    { case: 'a verb phrase ending in `to` is the refuser’s in a title-case headline too', text: 'Ted Cruz Refuses to Disavow Lindsey Graham Endorsement.\n\nSen. Ted Cruz refuses to disavow the endorsement of Sen. Lindsey Graham.', term: 'Refuses to', actor: 'ted-cruz' },
    { case: 'an opening `Prior to …,` phrase is no subject (`Prior to Cruz’s apology, Carson had made a bizarre … attack`)', text: 'Prior to Senator Ted Doeman’s apology, Senator Lindsey Graham had made a bizarre attack on the campaign.', term: 'bizarre', actor: 'lindsey-graham' },
    { case: 'someone named by their tie to a person is not that person (`the daughter of Eric Garner`)', text: 'The daughter of Barack Obama, a former president, sent out a series of scathing tweets on Thursday.', term: 'scathing', actor: null },
    { case: '… nor after a possessive (`Garner’s daughter`, `Trump’s advisers`)', text: 'Barack Obama’s advisers began to call the allegations unfair and absurd.', term: 'absurd', actor: null },
    { case: 'a content noun’s `that` clause opens a clause of its own past a capitalised subject (`the NAACP’s claim that patriotic Americans ... are`)', text: 'Senator Lindsey Graham said that he was “saddened by the group’s claim that patriotic Americans ... are somehow racists.”', term: 'patriotic', actor: null },
    { case: 'an adjective on stockholders, workers, customers… is about them (`Trump has left behind … angry stockholders`)', text: '“Senator Lindsey Graham has left behind bankruptcies, lawsuits, angry stockholders and contractors,” Ann Lee said.', term: 'angry', actor: null },
    { case: 'a name that only modifies a noun for other people leaves the term theirs (`hard-line White House advisers persuaded the president`)', text: 'Senator Lindsey Graham spoke. The deal fell apart when hard-line White House advisers persuaded the senator to back away.', term: 'hard-line', actor: null },
    { case: 'what someone is faulted for is theirs (`attacked Mr. Trump for caving on the wall`)', text: 'Ann Lee, who has attacked Senator Lindsey Graham for caving on the wall, spoke first.', term: 'caving', actor: 'lindsey-graham' },
    { case: '… but not a passive’s agent (`denounced by Trump for its supposed bias`)', text: 'The paper is then denounced by Senator Lindsey Graham for its supposed bias against him.', term: 'supposed', actor: null },
    { case: 'what comes from someone is theirs (`fierce opposition from Democrats`), not the clause subject’s', text: 'Diverting Pentagon funding has already prompted fierce opposition from Democrats in Congress.', term: 'fierce', actor: 'democratic-party' },
    { case: '… after a relative clause too (`an idea that had generated angry complaints from Republicans`)', text: 'Senator Lindsey Graham backed an idea that had generated angry complaints from Republicans.', term: 'angry', actor: 'republican-party' },
    { case: '… nor after a possessive pronoun, past a year and a party (`his 2016 Democratic rival “lied”`)', text: 'Senator Lindsey Graham said on Monday that his 2016 Democratic rival “lied many times” to agents.', term: 'lied', actor: null },
    { case: '… nor after a name with no `’s` (`Obama aides`)', text: 'Then Barack Obama aides called the allegations absurd.', term: 'absurd', actor: null },
    { case: '… but a possessive pronoun before another noun is still its owner’s (`his 2016 campaign lied`)', text: 'Senator Lindsey Graham said on Monday that his campaign “lied many times” to agents.', term: 'lied', actor: 'lindsey-graham' },
    { case: 'an adjective on a plural noun for people no mention names is about them (`to avoid angry delegates`)', text: 'Senator Lindsey Graham was booed, and his wife left early to avoid angry delegates.', term: 'angry', actor: null },
    { case: '… past one more modifier (`propelling pro-gun rural candidates`)', text: 'Senator Lindsey Graham hoped to propel pro-gun rural candidates to victory.', term: 'pro-gun', actor: null },
    { case: '… but not a verb’s object (`scam students`)', text: 'Did Senator Lindsey Graham really scam students?', term: 'scam', actor: 'lindsey-graham' },
    { case: 'a complement naming two sides is what the term is about (`the old spat between Mexico and the United States`)', text: 'Senator Lindsey Graham came to drag up the old spat between Iran and Iraq over oil.', term: 'spat', actor: null },
    { case: 'the bare title of someone else’s adviser is not that office', text: 'Barack Obama met aides. David Axelrod, the president’s top adviser, spoke first. Critics said the president has caved.', term: 'caved', actor: 'barack-obama' },
    { case: 'a possessive pronoun owns the noun phrase', text: 'Matt Lauer faced criticism after he asked Hillary Clinton about her email scandal and moved on.', term: 'scandal', actor: 'hillary-clinton' },
    { case: '… past modifiers', text: 'Ann Lee met donors. She said some Democrats will not vote for Hillary Clinton because of her extreme pro-abortion stance.', term: 'pro-abortion', actor: 'hillary-clinton' },
    { case: '… but an object pronoun before an article owns nothing', text: 'He kept calling Senator Susan Collins a liar on Monday.', term: 'liar', actor: 'susan-collins' },
    { case: 'a content clause with its own subject (`knows that voters are …`)', text: 'Senator Lindsey Graham told a crowd that he knows that voters are angry about the deal.', term: 'angry', actor: null },
    { case: 'a relative clause on a noun that names no actor', text: 'Hillary Clinton knows what it takes to defeat a thin-skinned bully who is driven by greed.', term: 'greed', actor: null },
    { case: '… but one on someone’s predicate noun is about them', text: 'Senator Lindsey Graham is a man who incites hatred at every rally.', term: 'incites', actor: 'lindsey-graham' },
    { case: '… and a relative clause with its own subject keeps it', text: 'Senator Lindsey Graham said the video was made in a room in which he had spoken crudely about women.', term: 'crudely', actor: 'lindsey-graham' },
    { case: 'members of a body are described, not the body (`one of the most right-wing members of Congress`)', text: 'He lost to Ted Doeman, who has emerged as one of the most right-wing members of the United States Senate.', term: 'right-wing', actor: 'ted-doeman' },
    { case: 'a name before a speech verb said the clause; it is not its subject (`town halls which he said could not be corrupted`)', text: 'He praised the town halls which Senator Ted Doeman said could not be corrupted by the billionaires.', term: 'corrupted', actor: null },
    { case: 'a critic of someone is someone else', text: 'Senator Lindsey Graham, a fierce critic of Barack Obama, spoke on Monday.', term: 'fierce', actor: 'lindsey-graham' },
    { case: 'a dateline before a horizontal bar is no subject', text: 'WASHINGTON ― After bragging for a year about his campaign, the senator spent more.', term: 'bragging', actor: null },
    { case: 'two opening adverbials in a row are no subject (`In New York, after meeting with Al Sharpton, Clinton proposed …`)', text: 'In Boston, after meeting with Senator Ted Doeman and other leaders, Senator Lindsey Graham had made a bizarre attack on the campaign.', term: 'bizarre', actor: 'lindsey-graham' },
    { case: 'an opening adverbial is no part of the main clause’s subject', text: "After Barack Obama's death on Tuesday, Charlotte experienced chaos and violence on its streets.", term: 'chaos', actor: null },
    { case: '… nor an opening phrase of place', text: 'Outside the White House, about 200 protesters gathered, holding anti-Trump signs.', term: 'anti-Trump', actor: null },
    { case: '… nor is an opening subordinate clause', text: 'When Barack Obama spoke on Tuesday, the crowd was outraged.', term: 'outraged', actor: null },
    { case: 'a clause after `because` has its own subject', text: 'Senator Lindsey Graham backed the plan because voters were wildly angry.', term: 'wildly', actor: null },
    { case: '… but `as if` opens no clause', text: 'Senator Lindsey Graham’s remark, made as if in disregard of the facts, could be considered arrogant.', term: 'arrogant', actor: 'lindsey-graham' },
    { case: 'a resolved pronoun is the object of a label', text: 'Barack Obama spoke in May, and Senator Lindsey Graham called him a liar.', term: 'liar', actor: 'barack-obama' },
    { case: 'a name before a role is the role-holder’s modifier', text: 'Former Barack Obama spokesman Lindsey Graham derided and insulted the left.', term: 'insulted', actor: 'lindsey-graham' },
    { case: 'a name in a phrase after the subject’s noun is not the subject', text: 'Voters within and outside the Democratic Party are craving a radical change.', term: 'radical', actor: null },
    { case: 'an adverb right after a determiner is in that noun phrase', text: 'Hillary Clinton begins her closing argument to a bitterly divided America.', term: 'bitterly', actor: null },
    { case: '… nor after `between`', text: 'The debate between Ted Cruz and Marco Rubio grew heated over the bill.', term: 'heated', actor: null },
    { case: 'a possessor owns coordinated noun phrases', text: 'Carly Fiorina reminded Americans of Hillary Clinton’s most infamous statements and lies.', term: 'lies', actor: 'hillary-clinton' },
    { case: 'a title abbreviation inside the noun phrase', text: 'Controversial Maine Gov. Paul LePage spoke on Tuesday.', term: 'Controversial', actor: 'paul-lepage' },
    { case: 'the head ends at a name: a pronoun after its verb is not it', text: 'Obama’s early influences from radical figures like communist Frank Marshall Davis shaped his views.', term: 'communist', actor: 'frank-marshall-davis' },
    { case: 'a subordinate clause ends the noun phrase: `X as divisive while praising Y`', text: 'Rep. Gwen Graham pummeled Donald Trump as divisive while praising Hillary Clinton.', term: 'divisive', actor: 'donald-trump' },
    { case: '… so does `since`', text: 'Rabbi Ari Hier said he had never seen anything like ISIS since the Holocaust.', term: 'Holocaust', actor: null },
    { case: 'a verb phrase ending in `to` is its subject’s, not its verb’s object’s', text: 'On Monday, Donald Trump refused to endorse Paul Ryan.', term: 'refused to', actor: 'donald-trump' },
    { case: 'what a term is compared with is not its head', text: 'Officials said David Petraeus’s actions were more egregious than those of Hillary Clinton.', term: 'egregious', actor: 'david-petraeus' },
  ])('$case', ({ text, term, actor }) => {
    const at = text.indexOf(term);
    const hit = hitsOf(text).find((h) => h.start <= at && at < h.end);
    expect(hit, `no hit for ${term}`).toBeDefined();
    expect(hit!.actor).toBe(actor);
  });
});

describe('hits carry their sentence and segment', () => {
  it('sentence span contains the hit', () => {
    const text = 'Iran spoke. The regime denied it. Then talks began.';
    const hit = hitsOf(text).find((h) => h.text === 'regime')!;
    expect(text.slice(hit.sentence.start, hit.sentence.end).trim()).toBe('The regime denied it.');
    expect(hit.segment).toBe('body');
    expect(hit.entry).toBe('regime');
  });
});
