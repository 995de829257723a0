// How each kind of mention is resolved: registry names, aliases, labels, surnames after a full
// name, people outside the registry by title / appositive / speech verb, pronouns, bare titles.
import { describe, expect, it } from 'vitest';
import { findActors } from '../src/actors/find-actors.js';
import { findQuotes } from '../src/quotes/find-quotes.js';
import { segmentArticle } from '../src/segment/segment-article.js';
import { loadLexicons } from '../src/lexicon/load-lexicons.js';
import type { MentionResolution } from '../src/types.js';

const lex = loadLexicons();

function analyse(text: string) {
  const seg = segmentArticle({ id: 't', text, outlet: null });
  const { quotes, genders } = findQuotes(text, seg, lex);
  return findActors(text, seg, quotes, lex, genders);
}

interface Row {
  case: string;
  text: string;
  /** The mention to look for (its first occurrence at or after `after`, if given). */
  mention: string;
  after?: string;
  actor: string | null;
  resolvedBy?: MentionResolution;
  isLabel?: boolean;
}

const rows: Row[] = [
  { case: 'state by name', text: 'Iran rejected the proposal on Monday.', mention: 'Iran', actor: 'iran', resolvedBy: 'name' },
  { case: 'capital as metonym', text: 'Tehran rejected the proposal on Monday.', mention: 'Tehran', actor: 'iran', resolvedBy: 'alias' },
  { case: 'multi-word alias', text: 'Officials said the Islamic Republic would respond.', mention: 'the Islamic Republic', actor: 'iran', resolvedBy: 'alias' },
  { case: 'alias with lower-case variant', text: 'Ties with the Islamic republic were cut in 1980.', mention: 'Islamic republic', actor: 'iran', resolvedBy: 'alias' },
  { case: 'label', text: 'The Iranian regime denied the report.', mention: 'Iranian regime', actor: 'iran', resolvedBy: 'label', isLabel: true },
  { case: 'label with curly possessive', text: 'Grim news for Iran’s regime this week.', mention: 'Iran’s regime', actor: 'iran', resolvedBy: 'label', isLabel: true },
  { case: 'armed group label', text: 'The army fought the Takfiri terrorists near Mosul.', mention: 'Takfiri terrorists', actor: 'isil', resolvedBy: 'label', isLabel: true },
  { case: 'label with curly possessive inside', text: 'The act of some anti-revolution’s groups was condemned.', mention: 'anti-revolution’s groups', actor: 'kurdish-armed-opposition', resolvedBy: 'label', isLabel: true },
  { case: 'abbreviation needs its case', text: 'US officials met in Vienna.', mention: 'US', actor: 'united-states', resolvedBy: 'alias' },
  { case: 'pronoun us is not the US', text: 'Let us meet in Vienna.', mention: 'us', actor: null },
  { case: 'a state’s name in a place’s name is not the state (`China Grove`)', text: 'The band closed with China Grove, and the crowd sang along.', mention: 'China', actor: null },
  { case: '… nor in a street’s or a valley’s (`the Jordan Valley`)', text: 'Settlers moved into the Jordan Valley last year.', mention: 'Jordan', actor: null },
  { case: '… but the state before a place word of its own is (`China warned`)', text: 'China warned the US on Monday about the Taiwan Strait.', mention: 'China', actor: 'china', resolvedBy: 'name' },
  { case: 'longest form wins', text: 'The US State Department said so.', mention: 'US State Department', actor: 'us-state-department', resolvedBy: 'name' },
  { case: 'a bare label counts for its actor in an article that names the actor', text: 'Iran denied it. The regime says the talks failed.', mention: 'The regime', actor: 'iran', resolvedBy: 'label', isLabel: true },
  { case: '… and names no one in an article that does not (`the regime` in Zimbabwe)', text: 'Zimbabwe is in turmoil, and he doubts the regime manages the parks well.', mention: 'the regime', actor: null },
  { case: '… and names no one right after another state is named (`punish Damascus … the regime`)', text: 'Iran backs Assad. Western powers moved to punish Damascus by referring the regime to the ICC.', mention: 'the regime', actor: null },
  { case: 'an alias of common words names no one in an article that does not name its actor', text: 'China sent troops. “If Hong Kong becomes uncontrollable, the central government would not sit on our hands,” the envoy said.', mention: 'central government', actor: null },
  { case: '… and its actor in one that does', text: 'Iraq held elections. Officials said the central government would respond to the vote.', mention: 'central government', actor: 'iraq', resolvedBy: 'alias' },
  { case: '… even after another state is named, when it names none (`the autonomous region`)', text: 'Masoud Barzani runs the Kurdistan region. He met officials in Tehran, who praised the autonomous region.', mention: 'the autonomous region', actor: 'kurdistan-region', resolvedBy: 'alias' },
  { case: '… but its own state named last keeps it', text: 'Syria was quiet. Iran tested a missile, and officials said the regime would pay.', mention: 'the regime', actor: 'iran', resolvedBy: 'label', isLabel: true },
  { case: '… and a place right after a bare label says whose it is (`the regime in Damascus`)', text: 'Iran denied it. Ankara’s about-face on the regime in Damascus worries the Gulf.', mention: 'the regime', actor: 'syria', resolvedBy: 'label', isLabel: true },
  { case: '… or, when it is no state of the registry, that it is none of them', text: 'Iran denied it. The regime of Tom Reyes fell in May.', mention: 'The regime', actor: null },
  { case: '… while a label that says whose it is counts anywhere', text: 'Critics of the Zionist regime gathered on Friday.', mention: 'Zionist regime', actor: 'israel', resolvedBy: 'label', isLabel: true },
  { case: 'a party committee by its abbreviation', text: 'The DNC’s move against Sanders angered his backers.', mention: 'DNC', actor: 'democratic-national-committee', resolvedBy: 'alias' },
  { case: 'possessive name', text: 'Iraq’s central government was angered.', mention: 'Iraq', actor: 'iraq', resolvedBy: 'name' },
  { case: 'federal agency by abbreviation', text: 'The IRS audited the group twice.', mention: 'IRS', actor: 'irs', resolvedBy: 'alias' },
  { case: 'federal agency by full name', text: 'The Federal Bureau of Investigation opened a case.', mention: 'Federal Bureau of Investigation', actor: 'fbi', resolvedBy: 'alias' },
  { case: 'a court other countries also have needs its country', text: 'The Supreme Court of India heard the case.', mention: 'Supreme Court', actor: null },
  { case: 'the US court with its country', text: 'The U.S. Supreme Court heard the case.', mention: 'U.S. Supreme Court', actor: 'us-supreme-court', resolvedBy: 'alias' },
  { case: 'registry person in full', text: 'Ali Shamkhani met the delegation.', mention: 'Ali Shamkhani', actor: 'ali-shamkhani', resolvedBy: 'name' },
  { case: 'surname after the full name', text: 'Ali Shamkhani met the delegation. Shamkhani said talks went well.', mention: 'Shamkhani', after: 'delegation', actor: 'ali-shamkhani', resolvedBy: 'surname' },
  { case: 'surname never named in full is not resolved', text: 'Rice prices rose again in Asia.', mention: 'Rice', actor: null },
  { case: 'a surname written with an honorific takes it in, as the outlet names the person (`Mrs. Clinton`)', text: 'Hillary Clinton spoke first. Later Mrs. Clinton said she would run.', mention: 'Mrs. Clinton', actor: 'hillary-clinton', resolvedBy: 'surname' },
  { case: 'registry person by title and surname', text: 'Spokesman McCormack declined to comment.', mention: 'McCormack', actor: 'sean-mccormack', resolvedBy: 'title' },
  { case: 'unknown person by title', text: 'Deputy Foreign Minister Karim Haddadi arrived in Ankara.', mention: 'Karim Haddadi', actor: 'karim-haddadi', resolvedBy: 'title' },
  { case: 'unknown person surname', text: 'Spokeswoman Lena Vorhees spoke first. Later Vorhees left.', mention: 'Vorhees', after: 'first', actor: 'lena-vorhees', resolvedBy: 'surname' },
  { case: 'unknown person by appositive', text: 'Marta Kowalczyk, the Polish ambassador, was not available.', mention: 'Marta Kowalczyk', actor: 'marta-kowalczyk', resolvedBy: 'name' },
  { case: 'unknown person by speech verb', text: 'Peter Lindqvist said the vote was fair.', mention: 'Peter Lindqvist', actor: 'peter-lindqvist', resolvedBy: 'name' },
  { case: 'unknown person by first name', text: 'The deal was struck by Roger Stone in May. Mr. Stone declined to comment.', mention: 'Roger Stone', actor: 'roger-stone', resolvedBy: 'name' },
  { case: 'first-named person: surname later', text: 'The deal was struck by Roger Stone in May. Mr. Stone declined to comment.', mention: 'Mr. Stone', actor: 'roger-stone', resolvedBy: 'surname' },
  { case: 'first-named person after an unknown title', text: 'He won the backing of Sheriff Joe Arpaio of Maricopa County.', mention: 'Joe Arpaio', actor: 'joseph-arpaio', resolvedBy: 'name' },
  { case: 'a church named with a first name is no person (`Solid Rock Christian Church`)', text: 'Ben Ortiz, pastor of Coralville’s Solid Rock Christian Church, backs him.', mention: 'Christian Church', actor: null },
  { case: 'first-named person with initial and suffix', text: 'The campaign dispatched Roger J. Stone Jr., a longtime adviser.', mention: 'Roger J. Stone Jr.', actor: 'roger-stone-jr', resolvedBy: 'name' },
  { case: 'first-named person: suffix is not the surname', text: 'The campaign dispatched Roger J. Stone Jr. to London. Stone flew back.', mention: 'Stone', after: 'London', actor: 'roger-stone-jr', resolvedBy: 'surname' },
  { case: 'a name before a speech verb the quote stage gives to someone else is no person', text: 'Stacy Baker of Columbia, South Carolina says she really thinks the outsider can win.', mention: 'South Carolina', actor: null },
  { case: 'a speaker whose first word the article writes in lower case is no person', text: 'Home Depot said sales rose. People at home shopped more.', mention: 'Home Depot', actor: null },
  { case: 'a speaker the article names as a definite noun phrase is no person (`according to the Coastal Ledger.`)', text: 'Taxes will rise, Tom Reyes told voters, according to the Coastal Ledger.', mention: 'Coastal Ledger', actor: null },
  { case: '… nor with a verb after it', text: 'Taxes will rise, the Coastal Ledger reported. Coastal Ledger says so every year.', mention: 'Coastal Ledger', after: 'reported', actor: null },
  { case: '… but a name inside a longer phrase after `the` still is one', text: 'The Rosa Dawes, Tom Reyes feud grew. Rosa Dawes said the show was great.', mention: 'Rosa Dawes', after: 'grew', actor: 'rosa-dawes' },
  { case: 'a speaker opening with a gerund is no person', text: '“Getting Disney right is the test,” Getting Disney said.', mention: 'Getting Disney', after: 'test', actor: null },
  { case: 'a known first name that is also a common word still names a person', text: 'Mark Kessler said the plan will work. They mark the date.', mention: 'Mark Kessler', actor: 'mark-kessler', resolvedBy: 'name' },
  { case: 'a surname particle is no common word', text: 'De Blasio said the plan would work, de facto.', mention: 'De Blasio', actor: 'de-blasio' },
  { case: 'a reporter’s role is no part of the name', text: 'Reporter Jomana Karadsheh said the border was closed.', mention: 'Jomana Karadsheh', actor: 'jomana-karadsheh' },
  { case: 'nor is an actress’s', text: 'Actress Rosa Dawes said the show was great.', mention: 'Rosa Dawes', actor: 'rosa-dawes' },
  { case: 'nor the end of a title before the name', text: 'Secretary of Homeland Security Jeh Jonsen said the border was secure.', mention: 'Jeh Jonsen', actor: 'jeh-jonsen' },
  { case: 'but an initial stays', text: 'Counsel W. Neil Eggers said the review was over.', mention: 'W. Neil Eggers', actor: 'w-neil-eggers' },
  { case: '… also opening a speaker’s name', text: 'The inspector, J. Russell Gorge, spoke. J. Russell Gorge said the review was over.', mention: 'J. Russell Gorge', after: 'spoke', actor: 'j-russell-gorge' },
  { case: 'first-named person: an abbreviated month ends the name', text: 'By Randy Maniloff Nov. 18, 2019 7:04 pm ET', mention: 'Randy Maniloff', actor: 'randy-maniloff', resolvedBy: 'name' },
  { case: 'first-named person: possessive ends the name', text: 'They read from Ronald Reagan’s Bible at the event.', mention: 'Ronald Reagan', actor: 'ronald-reagan', resolvedBy: 'name' },
  { case: 'first name inside a longer proper noun is not a person', text: 'Traffic stopped on the George Washington Bridge for hours.', mention: 'George', actor: null },
  { case: 'first name after a determiner is not a person', text: 'Guests gathered in the Rose Garden on Monday.', mention: 'Rose Garden', actor: null },
  { case: 'first name in a place named after someone', text: 'Classes met in Martha Sheridan Hall on Monday.', mention: 'Martha Sheridan', actor: null },
  { case: 'title-case headline is not read for first names', text: 'Senate Passes Bill Allowing New Drilling\n\nThe vote was close.', mention: 'Bill Allowing', actor: null },
  { case: 'title-case headline name confirmed by the prose', text: 'Prosecutors Indict Roger Stone, Mueller Shows Link\n\nF.B.I. agents arrested Mr. Stone before dawn.', mention: 'Roger Stone', actor: 'roger-stone', resolvedBy: 'name' },
  { case: 'names on two lines are not one name', text: 'Bill\n\nPresident Barack Obama spoke.', mention: 'Bill', actor: null },
  { case: 'a plural possessive ends a titled name (`Sen. Bernie Sanders’ share`)', text: 'Clinton doubles Vermont Sen. Bernie Sanders’ share of support.', mention: 'Bernie Sanders', actor: 'bernie-sanders' },
  { case: '… with a straight apostrophe too', text: "Aides read Sen. Susan Collins' letter twice.", mention: 'Susan Collins', actor: 'susan-collins' },
  { case: 'a title inside a speaker’s words is not part of the name', text: 'Senator Chuck Vanderhoff said the vote was fair.', mention: 'Chuck Vanderhoff', actor: 'charles-vanderhoff' },
  { case: 'a title glued to the name before it ends that name (a page flattened to text)', text: 'Backers: Sen. Tom ReyesSen. Mark Lopez and others.', mention: 'Tom Reyes', actor: 'thomas-reyes' },
  { case: '… so does a first name glued to it, with its surname after', text: 'Backers include Mark KirkBill Kristol and others.', mention: 'Mark Kirk', actor: 'mark-kirk' },
  { case: '… and a run of glued words (page buttons)', text: 'The live blog was written by Julia CravenFlagShareLikeReply and others.', mention: 'Julia Craven', actor: 'julia-craven' },
  { case: 'a name written with an inner capital stays whole (short part before it)', text: 'Director Ava DuVernay said the film was done.', mention: 'Ava DuVernay', actor: 'ava-duvernay' },
  { case: '… and so does one whose inner capital opens no title, initial or name', text: 'Editor Jim VandeHei said the site would grow.', mention: 'Jim VandeHei', actor: 'james-vandehei' },
  { case: '… or a first name glued to a first name', text: 'Senator KellyAnne Conway spoke to reporters.', mention: 'KellyAnne Conway', actor: 'kellyanne-conway' },
  { case: 'a role in lower case needs a name of two words (`the official Chinese news agency`)', text: 'Xinhua, the official Chinese news agency, wrote that the drills were routine.', mention: 'Chinese', actor: null },
  { case: '… but takes one of two (`spokesman Tom Reyes`)', text: 'Campaign spokesman Tom Reyes said the drills were routine.', mention: 'Tom Reyes', actor: 'thomas-reyes' },
  { case: 'a military rank a title runs into is not a name (`spokesman Navy Capt. Jeff Davis`)', text: 'The work goes on, said Pentagon spokesman Navy Capt. Jeff Davis on Monday.', mention: 'Navy', actor: null },
  { case: '`North America` is no mention of the United States', text: 'The band will tour North America next year.', mention: 'America', actor: null },
  { case: '… nor `Latin America`', text: 'Trade with Latin America grew.', mention: 'America', actor: null },
  { case: 'a given name the names lexicon lacks is a person’s when the article later gives the surname an honorific', text: 'When Kashiya Nwanguma learned of the rally, she went. The moment Ms. Nwanguma held up her signs, the crowd roared.', mention: 'Kashiya Nwanguma', actor: 'kashiya-nwanguma' },
  { case: '… and the honorific’s surname is that person', text: 'When Kashiya Nwanguma learned of the rally, she went. The moment Ms. Nwanguma held up her signs, the crowd roared.', mention: 'Ms. Nwanguma', actor: 'kashiya-nwanguma' },
  { case: '… but a place before the surname is no given name', text: 'Lawmakers on Capitol Hill were angry. Mr. Hill, a staffer, left.', mention: 'Capitol Hill', actor: null },
  { case: 'a body ending in `Service` is no person a `she` could stand for', text: 'A Secret Service agent grabbed a photographer.\n\nIn Louisville, Ms. Nwanguma was shocked by the crowd, she said later.', mention: 'she', actor: null },
  { case: 'a venue ending in `Pavilion` is no person', text: 'The final show is at The Cynthia Woods Mitchell Pavilion in Houston.', mention: 'Mitchell Pavilion', actor: null },
  { case: 'a capital before another capitalised word is a longer name’s first word (`Washington Examiner`)', text: 'He told the Washington Examiner that the vote was close.', mention: 'Washington', actor: null },
  { case: '… `Washington Gov. Jay Inslee` too', text: 'Washington Gov. Jay Inslee signed the bill.', mention: 'Washington', actor: null },
  { case: '… but not before a weekday (`in Washington Thursday`)', text: 'The talks resumed in Washington Thursday after a pause.', mention: 'Washington', actor: 'united-states' },
  { case: '… and a body’s name goes on (`Senate Democrats`)', text: 'Senate Democrats blocked the bill.', mention: 'Senate', actor: 'us-senate' },
  { case: 'a month after a first name alone is the surname (`Prime Minister Theresa May`)', text: 'British Prime Minister Theresa Mayfield met Prime Minister Theresa May on Monday.', mention: 'Theresa May', after: 'met', actor: 'theresa-may' },
  { case: 'initials run together stay in the name (`George H.W. Bush`)', text: 'He served under Vice President John H.W. Doeman in 1988.', mention: 'John H.W. Doeman', actor: 'john-h-w-doeman' },
  { case: 'a middle initial is no part of the id: outlets that write it and outlets that do not name one person (`James B. Comey`)', text: 'Director James B. Comey testified on Monday.', mention: 'James B. Comey', actor: 'james-comey' },
  { case: 'a title and surname before the full name is listed under the full name (`Gov. LePage` in a headline)', text: 'Maine Gov. Doeman opens door to early exit\n\nMaine Gov. Paul Doeman opened the door on Tuesday.', mention: 'Doeman', actor: 'paul-doeman' },
  { case: 'an abbreviation ending the paragraph before is no initial of the name after it (`to the F.B.I.` then `Michael T. Flynn`)', text: 'He said she lied to the F.B.I.\n\nMichael T. Doeman, his adviser, pleaded guilty.', mention: 'Michael T. Doeman', actor: 'michael-doeman' },
  { case: '… nor a short first name: the id has the name it is short for (`Joe Lieberman`, `Joseph I. Lieberman`)', text: 'Senator Dave Doeman spoke on Monday.', mention: 'Dave Doeman', actor: 'david-doeman' },
  { case: '… unless it is short for several names (`Ted` for Edward and Theodore)', text: 'Senator Ted Doeman spoke on Monday.', mention: 'Ted Doeman', actor: 'ted-doeman' },
  { case: '… nor a numeral after the surname (`Robert S. Mueller III`)', text: 'Special counsel Robert S. Mueller III spoke on Monday.', mention: 'Robert S. Mueller III', actor: 'robert-mueller' },
  { case: '`Sr.` tells a father from his son of the same name', text: 'Representative Duncan Hunter spoke first. Former Representative Duncan Hunter Sr. replied.', mention: 'Duncan Hunter Sr.', actor: 'duncan-hunter-sr' },
  { case: 'a registry person’s name before `Jr.` is their son’s', text: 'President Donald Trump praised his son. Donald Trump Jr. met a lawyer in June.', mention: 'Donald Trump Jr.', actor: 'donald-trump-jr' },
  { case: '… and so is their surname before `Jr.`, even where the son is never named in full', text: 'Trump Jr. met a lawyer in June, and President Donald Trump said nothing.', mention: 'Trump Jr.', actor: 'donald-trump-jr', resolvedBy: 'surname' },
  { case: '… unless the registry writes the person with it (`Joseph R. Biden Jr.`)', text: 'Vice President Joseph R. Biden Jr. spoke on Monday.', mention: 'Joseph R. Biden Jr.', actor: 'joe-biden' },
  { case: '… nor for a speaker named only by the verb', text: '“We will win,” said Mark T. Feldberg.', mention: 'Mark T. Feldberg', actor: 'mark-feldberg' },
  { case: '… unless another person of the article has that id', text: 'Senator John Q. Doeman spoke first. Senator John R. Doeman replied.', mention: 'John Q. Doeman', actor: 'john-doeman' },
  { case: 'another middle initial is another person (`George H.W. Bush` beside `George W. Bush`)', text: 'Senator John Q. Doeman spoke first. Senator John R. Doeman replied.', mention: 'John R. Doeman', actor: 'john-r-doeman' },
  { case: 'a lone word that names a place after a title is no person (`Massachusetts General Hospital`)', text: 'He oversees a research center at Massachusetts General Hospital.', mention: 'Hospital', actor: null },
  { case: 'a title and a surname several registry people share name none of them in full', text: 'When George (W. Bush) was president, we met often. President Bush was kind.', mention: 'Bush', actor: 'george-w-bush' },
  { case: 'an honorific of the other gender before a registry surname is not that person, even with a possessive after it (`Mr. Clinton’s White House`)', text: 'Hillary Clinton spoke on Monday. For years, Bill Clinton was a friend. When scandal engulfed Mr. Clinton’s White House, he left.', mention: 'Mr. Clinton', actor: 'william-clinton' },
  { case: 'a place after `of` is not a person by appositive', text: 'Senator Chuck Vanderhoff of New York, the Democratic leader, spoke.', mention: 'New York', actor: null },
  { case: '… nor a place before a cue (`Senator Lindsey Graham of South Carolina said`)', text: 'Senator Chuck Vanderhoff of South Carolina said Thursday that he would relent.', mention: 'South Carolina', actor: null },
  { case: '… nor the second of two places (`Attorneys general in Utah and New Mexico said`)', text: 'Attorneys general in Utah and New Mexico said they had no plans to join.', mention: 'New Mexico', actor: null },
  { case: '… nor a place opening a sentence after `In`', text: 'In South Carolina, a 69-year-old state lawmaker stepped down.', mention: 'South Carolina', actor: null },
  { case: 'a speaker read in a title-case headline needs the text to name them again', text: 'Carly Fiorina Endorses Ted Cruz: “He Is the One”\n\nThe former executive spoke in Iowa on Monday.', mention: 'Carly Fiorina', actor: null },
  { case: 'a speaker read in a title-case headline is cut to the name the text confirms: the rest is no surname', text: 'Glenn Beck Blasts Drudge for Mocking His Fast, Quotes ‘Boasters’\n\nGlenn Beck said on Tuesday that the Drudge Report was unfair.', mention: 'Drudge', actor: null },
  { case: '… and the cut name is the person', text: 'Glenn Beck Blasts Drudge for Mocking His Fast, Quotes ‘Boasters’\n\nGlenn Beck said on Tuesday that the Drudge Report was unfair.', mention: 'Glenn Beck', actor: 'glenn-beck', resolvedBy: 'name' },
  { case: 'a title in a title-case headline is followed by capitals of any kind (`General Who Called For`)', text: 'Mayor Names General Who Called For Calm\n\nThe general spoke in Boston on Monday.', mention: 'Who Called For', actor: null },
  { case: '… a possessive ends a name read there (`Senator Ann Ross’s Plan`)', text: 'Senator Ann Ross’s Plan Draws Fire From Both Parties\n\nAnn Ross spoke in Boston on Monday.', mention: 'Ann Ross', actor: 'ann-ross', resolvedBy: 'title' },
  { case: '… and a speaker read there counts only as written there and again below (`Powerful Things Latinos Said`)', text: '17 Of The Most Powerful Things Latinos Said In 2015 That Got Us Thinking\n\nLatinos made their voices heard this year, and many spoke out.', mention: 'Powerful Things Latinos', actor: null },
  { case: 'a first name before a word an appositive calls a company is no person (`Walter Energy, another mining company that …`)', text: 'He took over obligations from Walter Energy, another mining company that failed.', mention: 'Walter Energy', actor: null },
  { case: '… but a role of the company is (`Roy Schwartz, the company’s chief revenue officer`)', text: 'Roy Schwartz, the company’s chief revenue officer, spoke on Monday.', mention: 'Roy Schwartz', actor: 'roy-schwartz', resolvedBy: 'name' },
  { case: 'a determiner and an ordinal before a first name make no person (`the 102nd Rose Bowl`)', text: 'Stanford will play in the 102nd Rose Bowl on Friday.', mention: 'Rose Bowl', actor: null },
  { case: 'capitals before `of` that no first name or title opens name a body, not a person (`the Communications Workers of America`)', text: 'The strike will go on, according to the Communications Workers of America.', mention: 'Communications Workers of America', actor: 'communications-workers-of-america', resolvedBy: 'name' },
  { case: '… nor does a people’s group (`Senate Republicans`)', text: '“We will not move,” Senate Republicans said in a statement on Tuesday.', mention: 'Republicans', actor: 'republican-party' },
  { case: 'a capitalised role before a first name is no part of the name (`Journalist Carl Leubsdorf`)', text: 'Journalist Carla Lindqvist said the race was over.', mention: 'Carla Lindqvist', actor: 'carla-lindqvist', resolvedBy: 'name' },
  { case: 'a holiday after a title word is no person (`Martin Luther King Day`)', text: 'The debate was held on the eve of Martin Luther King Day in Charleston.', mention: 'Day', actor: null },
  { case: 'a law’s title-case name holds a preposition, a person’s name never (`Justice Against Sponsors`)', text: 'The bill, known as the “Justice Against Sponsors of Terrorism Act” was passed.', mention: 'Against Sponsors', actor: null },
  { case: 'a place’s head word ends no person’s name after a first name either (`Brent North Sea`)', text: 'Oil prices rose. Brent North Sea: up 58 cents at $47.44 per barrel.', mention: 'Brent North Sea', actor: null },
  { case: '… nor a body’s (`Phil Waldrep Ministries`)', text: 'Carson spoke to the Alabama-based Ron Waldman Ministries in June.', mention: 'Ron Waldman Ministries', actor: null },
  { case: 'a title run on after a name opens the next name, not this one’s end (`Reince Priebus Rep. …`)', text: 'The list named Alan Bresk Rep. Mary Tolland and others.', mention: 'Alan Bresk', actor: 'alan-bresk', resolvedBy: 'name' },
  { case: 'a party member described by a place is nobody’s name (`another New Hampshire Republican`)', text: '“It is not over,” another South Dakota Republican added.', mention: 'South Dakota', actor: null },
  { case: 'a name a title opens that runs on into a body’s head word is the body’s (`King Solomon … Church`)', text: 'Mourners hugged members of King David Missionary Baptist Church on Sunday.', mention: 'David Missionary Baptist', actor: null },
  { case: 'a registry surname is a namesake’s named just before it when a pronoun after it has the namesake’s gender (`Bill Clinton … Clinton had … he`)', text: 'Hillary Clinton spoke on Monday. In 2000, Al Gore distanced himself from then-president Bill Clinton. This was harder because Clinton had a high approval rating, and he was popular.', mention: 'Clinton', after: 'because', actor: 'william-clinton', resolvedBy: 'surname' },
  { case: '… not with an honorific of the registry person’s gender (`Mrs. Clinton’s remarks, Mr. Sanders repeated his …`)', text: 'Hillary Clinton spoke on Monday. She praised then-president Bill Clinton. A few hours before Mrs. Clinton’s remarks, Mr. Sanders repeated his challenge.', mention: 'Mrs. Clinton', actor: 'hillary-clinton', resolvedBy: 'surname' },
  { case: '… nor when the pronoun is another person’s (`Clinton campaign chairman John Podesta … asked him`)', text: 'Hillary Clinton spoke on Monday. She praised then-president Bill Clinton. The Clinton campaign chairman, John Podesta, smiled when I asked him.', mention: 'Clinton', after: 'The', actor: 'hillary-clinton', resolvedBy: 'surname' },
  { case: 'a political action committee is no person (`Defeat Crooked Hillary PAC`, `Purple PAC`)', text: 'The group renamed itself the Stop Crooked Hillary PAC on Monday, and the Stop Crooked Hillary PAC said it would spend more.', mention: 'Hillary PAC', actor: null },
  { case: 'a possessive determiner opens no name (`chairman of Our Principles Pac said`)', text: '“He says different things to different audiences,” Kate Pecker, who is chairman of Our Principles Pac said in a statement.', mention: 'Our Principles Pac', actor: null },
  { case: 'two initials run together open a name (`J.J. MacNab`)', text: '“It would not have happened,” says J.J. MacNab, an expert on militias. MacNab added that it was new.', mention: 'J.J. MacNab', actor: 'j-j-macnab', resolvedBy: 'name' },
  { case: '`the United States of America` is one mention, not `the United States` and `America`', text: 'The United States of America signed the treaty.', mention: 'The United States of America', actor: 'united-states', resolvedBy: 'alias' },
  { case: '… as is `the Islamic Republic of Iran`', text: 'He praised the Islamic Republic of Iran on Monday.', mention: 'the Islamic Republic of Iran', actor: 'iran', resolvedBy: 'alias' },
  { case: 'another first name, same surname: another person', text: 'George Conway, a lawyer, is the husband of Kellyanne Conway, a counselor.', mention: 'Kellyanne Conway', actor: 'kellyanne-conway', resolvedBy: 'name' },
  { case: 'a capitalised word before a surname makes another name (`Election Day` beside Kristen Day)', text: 'Kristen Day leads the group. Many stayed away from the polls on Election Day.', mention: 'Day', after: 'Election', actor: null },
  { case: '… `Dena Grayson` beside Alan Grayson', text: 'Alan Grayson spoke on Monday. His wife, Dena Grayson, is running too.', mention: 'Grayson', after: 'Dena', actor: null },
  { case: '… but not a title, a role or a sentence’s first word', text: 'Alan Grayson spoke on Monday. Rep. Grayson left early. But Grayson came back.', mention: 'Grayson', after: 'But', actor: 'alan-grayson', resolvedBy: 'surname' },
  { case: '… nor one of the person’s own names (`Pat` for Patrick)', text: 'Patrick Kennedy spoke on Monday. Another Pat Kennedy miracle, she wrote.', mention: 'Kennedy', after: 'Another', actor: 'patrick-kennedy', resolvedBy: 'surname' },
  { case: 'a pronoun agrees with the gender narration gives a person twice (`Quinn Ostrowski … she … Ostrowski said she`)', text: 'Quinn Ostrowski chairs the panel, and she voted no. Ostrowski said she would run again. The senator praised him.', mention: 'him', actor: null },
  { case: 'an unnamed person opening a sentence is what a pronoun after it stands for', text: '“I was shocked,” said Monte Haines, 44. One woman adopted from Iran did not learn of her status until 2008, when she applied for a passport.', mention: 'she', actor: null },
  { case: '… and after it, until someone is named', text: '“I was shocked,” said Monte Haines, 44. One woman adopted from Iran did not learn of it until 2008. Later she applied for a passport.', mention: 'she', actor: null },
  { case: 'a short form of a first name is the same person (`Bob Sanders` beside `Robert Sanders`)', text: 'Robert Sanders spoke on Monday. Later Bob Sanders left.', mention: 'Bob Sanders', actor: 'robert-sanders', resolvedBy: 'name' },
  { case: '… also when the short form is no first name on its own (`Liz Cheney` beside `Elizabeth Cheney`)', text: 'Elizabeth Cheney spoke on Monday. The paper reports Liz Cheney stated her position.', mention: 'Liz Cheney', actor: 'elizabeth-cheney' },
  { case: '… and that first name alone too, once the text gives it with the surname', text: 'Michael R. Bloomberg spoke. “Mike Bloomberg is great,” he said. “I’ve been by Mike’s side for years,” Ann Lee said.', mention: 'Mike', after: 'by', actor: 'michael-bloomberg', resolvedBy: 'alias' },
  { case: 'pronoun to the sentence subject', text: 'Ali Shamkhani met Nechirvan Barzani in Tehran. He said ties were good.', mention: 'He', actor: 'ali-shamkhani', resolvedBy: 'pronoun' },
  { case: 'a possessive after a person and `for` is that person’s (`criticized Trump for his comments`)', text: 'Ali Shamkhani criticized Nechirvan Barzani for his comments on Monday.', mention: 'his', actor: 'nechirvan-barzani', resolvedBy: 'pronoun' },
  { case: '… and after `over`', text: 'Ali Shamkhani attacked Nechirvan Barzani over his visit.', mention: 'his', actor: 'nechirvan-barzani', resolvedBy: 'pronoun' },
  { case: '`him` is not the agent of its own verb (`He called him a liar`)', text: 'Ali Shamkhani met Nechirvan Barzani in Tehran. He called him a friend.', mention: 'him', actor: 'nechirvan-barzani', resolvedBy: 'pronoun' },
  { case: '… nor after a participle on the agent’s verb (`Trump attacked Romney, calling him …`)', text: 'Ali Shamkhani attacked Nechirvan Barzani, calling him a traitor.', mention: 'him', actor: 'nechirvan-barzani', resolvedBy: 'pronoun' },
  { case: '… nor after a second verb of the agent (`knocked Rubio on trade and called him …`)', text: 'Ali Shamkhani knocked Nechirvan Barzani on trade and called him weak.', mention: 'him', actor: 'nechirvan-barzani', resolvedBy: 'pronoun' },
  { case: '… nor after a bare verb and a participle set off by a dash (`Bloomberg rage about Donald J. Trump — labeling him …`)', text: 'Listening to Tom Kell rage about Peter J. Marsh on Monday — labeling him a menace — was strange.', mention: 'him', actor: 'peter-marsh', resolvedBy: 'pronoun' },
  { case: '… but a participle with no one else named is the subject’s (`supported … exceptions, putting him on both sides`)', text: 'Ali Shamkhani spoke on Monday. He backed bills with and without exceptions, putting him on both sides.', mention: 'him', actor: 'ali-shamkhani', resolvedBy: 'pronoun' },
  { case: 'she agrees in gender: skips a man named first', text: 'Senator John Kerry met Governor Maria Lopez in Boston. She said ties were good.', mention: 'She', actor: 'maria-lopez', resolvedBy: 'pronoun' },
  { case: 'he agrees in gender: skips a woman named first', text: 'Governor Maria Lopez met Senator John Kerry in Boston. He said ties were good.', mention: 'He', actor: 'john-kerry', resolvedBy: 'pronoun' },
  { case: 'pronoun to a subject in the same sentence', text: 'Barzani held talks in Baghdad before his trip. Nechirvan Barzani is the Kurdistan premier.', mention: 'his', actor: 'nechirvan-barzani', resolvedBy: 'pronoun' },
  { case: 'bare title to a person with that role', text: 'Sean McCormack took questions. The list was long, the spokesman said.', mention: 'the spokesman', actor: 'sean-mccormack', resolvedBy: 'title' },
  { case: 'he opening a reported clause is its speaker', text: 'As for John Kerry’s attacks, Senator Tom Reyes said he was focused on the budget.', mention: 'he', actor: 'thomas-reyes', resolvedBy: 'pronoun' },
  { case: '… after `that` too', text: 'As for John Kerry’s attacks, Senator Tom Reyes said that he was focused on the budget.', mention: 'he', actor: 'thomas-reyes', resolvedBy: 'pronoun' },
  { case: '… but not when the speaker is a pronoun of the other gender', text: 'Governor Maria Lopez met Senator John Kerry in Boston. He promised to win, she said.', mention: 'He', actor: 'john-kerry', resolvedBy: 'pronoun' },
  { case: '… nor when a person only owns the speaker (`Kerry’s campaign`)', text: 'As for Senator Tom Reyes, John Kerry’s campaign said he will be represented by lawyers.', mention: 'he', after: 'said', actor: 'thomas-reyes', resolvedBy: 'pronoun' },
  { case: 'a pronoun in an opening phrase is the subject after its comma', text: 'Senator Tom Reyes spoke first. During his speech, Senator John Kerry left the hall.', mention: 'his', actor: 'john-kerry', resolvedBy: 'pronoun' },
  { case: '… even past a name in a participle’s phrase', text: 'Senator Tom Reyes spoke first. Since announcing Senator John Kerry as his running mate, Governor Mark Lopez has risen.', mention: 'his', actor: 'mark-lopez', resolvedBy: 'pronoun' },
  { case: '… but a possessive opening the subject itself is not', text: 'Senator Tom Reyes spoke first. His aide, John Kerry, left the hall.', mention: 'His', actor: 'thomas-reyes', resolvedBy: 'pronoun' },
  { case: '… nor a pronoun in an opening clause', text: 'Senator Tom Reyes spoke first. In that letter he praised his rival, Senator John Kerry.', mention: 'his', actor: 'thomas-reyes', resolvedBy: 'pronoun' },
  { case: 'the subject of an earlier sentence comes after its opening phrase', text: 'Senator Tom Reyes spoke first. Since naming Governor Mark Lopez as his running mate, Senator John Kerry has risen in the polls. His rallies are large.', mention: 'His', actor: 'john-kerry', resolvedBy: 'pronoun' },
  { case: '… but with no person after the phrase, the name in it', text: 'Senator Tom Reyes spoke first. When Senator John Kerry took office, the economy was weak. His plan was to fix it.', mention: 'His', actor: 'john-kerry', resolvedBy: 'pronoun' },
  { case: 'another given name before a known surname is another person', text: 'Hillary Clinton spoke first. Then Bill Clinton took the stage.', mention: 'Bill Clinton', actor: 'william-clinton', resolvedBy: 'name' },
  { case: '… and before a surname the registry lists as an alias', text: 'Donald Trump spoke first. Then Melania Trump took the stage.', mention: 'Melania Trump', actor: 'melania-trump', resolvedBy: 'name' },
  { case: '… but not a form of the same given name', text: 'Joe Biden spoke first. Then Joseph Biden took the stage.', mention: 'Biden', after: 'Then', actor: 'joe-biden' },
  { case: '… nor a middle name', text: 'Donald Trump spoke first. Then Donald John Trump took the stage.', mention: 'Trump', after: 'John', actor: 'donald-trump' },
  { case: 'a given name and a middle name before a known surname are another person', text: 'Life was good for a young John Ellis Bush. George W. Bush was away.', mention: 'John Ellis Bush', actor: 'john-ellis-bush', resolvedBy: 'name' },
  { case: 'a speaker is the person the quote stage names (`Bush said` after `Jeb Bush`)', text: 'Jeb Bush campaigned in Iowa on Monday. “We will win,” Bush said. His brother, George W. Bush, stayed home.', mention: 'Bush', after: 'win', actor: 'jeb-bush', resolvedBy: 'surname' },
  { case: 'a he opening an earlier sentence stands for its subject (`Then he turned to Marco Rubio. He …`)', text: 'Donald Trump spoke first. Then he turned to Marco Rubio. He listed his wins.', mention: 'He', after: 'Rubio.', actor: 'donald-trump', resolvedBy: 'pronoun' },
  { case: '… but a she is no antecedent of a he', text: 'Hillary Clinton spoke first. Then she turned to Marco Rubio. He listed his wins.', mention: 'He', after: 'Rubio.', actor: 'marco-rubio', resolvedBy: 'pronoun' },
  { case: '… nor does a he earlier in the same sentence come before the name it follows', text: 'Ted Cruz spoke first. He was amused that Senator Tom Reyes had at last explained his views.', mention: 'his', actor: 'thomas-reyes', resolvedBy: 'pronoun' },
  { case: '… and after a title (`Mr. Bush said`)', text: 'Jeb Bush campaigned in Iowa on Monday. “We will win,” Mr. Bush said. His brother, George W. Bush, stayed home.', mention: 'Mr. Bush', actor: 'jeb-bush' },
  { case: 'a namesake named in full three times as often as the registry person takes the surname (`Jeb Bush` beside George W. Bush)', text: 'Jeb Bush spoke in Iowa. George W. Bush stayed home. Jeb Bush spoke again, and Jeb Bush won. Later Jeb Bush left. Trump has hammered Bush for months.', mention: 'Bush', after: 'hammered', actor: 'jeb-bush', resolvedBy: 'surname' },
  { case: '… but not one named only a little more often', text: 'George W. Bush spoke in Iowa. Jeb Bush stayed home, and Jeb Bush called. Trump has hammered Bush for months.', mention: 'Bush', after: 'hammered', actor: 'george-w-bush', resolvedBy: 'surname' },
  { case: '… while a surname in narration keeps the registry person named in full', text: 'Jeb Bush campaigned in Iowa on Monday. His brother, George W. Bush, stayed home. Bush was tired.', mention: 'Bush', after: 'home.', actor: 'george-w-bush', resolvedBy: 'surname' },
  { case: 'an honorific of the other gender is not the registry person', text: 'Hillary Clinton spoke first. Bill Clinton laughed. Then Mr. Clinton left.', mention: 'Mr. Clinton', actor: 'william-clinton', resolvedBy: 'surname' },
  { case: '… and with no one of that gender, no one', text: 'Hillary Clinton spoke first. Then Mr. Clinton left.', mention: 'Mr. Clinton', actor: null },
  { case: 'a lone first name is the one person the article names with it', text: 'Hillary Clinton spoke in Ohio. “Hillary wants to win,” Tom Reyes said.', mention: 'Hillary', after: 'Ohio', actor: 'hillary-clinton', resolvedBy: 'alias' },
  { case: '… not a first name two people share', text: 'Hillary Clinton spoke in Ohio. Hillary Duff sang. “Hillary wants to win,” Tom Reyes said.', mention: 'Hillary', after: 'sang', actor: null },
  { case: '… nor one the article writes in lower case', text: 'Bill Clinton spoke in Ohio. The bill failed. Bill was upset.', mention: 'Bill', after: 'failed', actor: null },
  { case: '… nor one next to another capitalised word', text: 'Hillary Clinton spoke in Ohio. Then Hillary Duff sang.', mention: 'Hillary Duff', actor: 'hillary-duff' },
  { case: 'a his or her opening a reported clause after a plain cue is the speaker’s', text: 'Hillary Clinton spoke. Challenged by Diane Sawyer on the fees, Clinton said that her family was broke.', mention: 'her', after: 'that', actor: 'hillary-clinton', resolvedBy: 'pronoun' },
  { case: 'a person named in brackets in the sentence before is an aside, not the subject a pronoun goes on about', text: 'Bernie Sanders leads here. The electorate (Sen. Paul Tsongas won here in 1992) makes this a race Sanders must win. He has built a base.', mention: 'He', actor: 'bernie-sanders', resolvedBy: 'pronoun' },
  { case: '… unless the pronoun is in the brackets too', text: 'Julian Assange spoke. (Edward Snowden lives in Russia. An activist went with him to Moscow.)', mention: 'him', actor: 'edward-snowden', resolvedBy: 'pronoun' },
  { case: 'he inside a quote is not its speaker', text: 'Tom Reyes criticised Mark Hill on Monday. “He lied about the deal,” Reyes said.', mention: 'He', actor: 'mark-hill', resolvedBy: 'pronoun' },
  { case: 'he inside a quote goes on about the person a quoted he named before', text: 'Lindsey Graham lambasted Adam Schiff on Thursday. “He has made outrageous comments that Robert Mueller could not verify,” Graham said. “He is getting into conspiracy land.”', mention: 'He', after: 'verify', actor: 'adam-schiff', resolvedBy: 'pronoun' },
  { case: 'he in narration does not go on from a quoted he', text: 'Lindsey Graham lambasted Adam Schiff on Thursday. “He has made outrageous comments,” Graham said. Robert Mueller declined to comment. He left early.', mention: 'He', after: 'comment.', actor: 'robert-mueller', resolvedBy: 'pronoun' },
  { case: 'the subject after an opening `Far from …` phrase is what a pronoun in it stands for, not a possessor inside it', text: 'Far from clearing his name of any part in Epstein’s crimes, Prince Andrew has left himself open to prosecution.', mention: 'his', actor: 'andrew', resolvedBy: 'pronoun' },
  { case: 'a quote opening its sentence with a pronoun is about that person, for a he in narration after it', text: 'Prince Andrew has left himself open to prosecution. “His friendship with Jeffrey Epstein is under investigation,” the expert warned. The answers he gave were rife with contradictions.', mention: 'he', after: 'answers', actor: 'andrew', resolvedBy: 'pronoun' },
  { case: 'a state’s name after a given name is a surname', text: 'Rep. Jim Jordan, R-Ohio, called it a sham.', mention: 'Jim Jordan', actor: 'james-jordan' },
  { case: '… after a given name, a country no more', text: 'Michael Jordan said the vote was rigged.', mention: 'Michael Jordan', actor: 'michael-jordan' },
  { case: '… but a headline’s last word above a dateline is no given name', text: 'House Passes Bill\n\nWASHINGTON — The House passed the bill.', mention: 'WASHINGTON', actor: 'united-states' },
  { case: 'an Arabic name is whole with its patronym and family name (`Tamim bin Hamad Al Thani`)', text: 'Sheikh Tamim bin Hamad Al Thani, the emir, said the talks went well.', mention: 'Tamim bin Hamad Al Thani', actor: 'tamim-bin-hamad-al-thani' },
  { case: '… without a title too, and its family name alone later is that person', text: 'Mohammed bin Abdulrahman Al Thani met the envoy. Al Thani left early.', mention: 'Al Thani', after: 'envoy', actor: 'mohammed-bin-abdulrahman-al-thani' },
  { case: '… and so is its given name after a title (`Prince Mohammed` after `Mohammed bin Salman`)', text: 'Crown Prince Mohammed bin Salman met the envoy. Prince Mohammed said the talks went well.', mention: 'Mohammed', after: 'envoy', actor: 'mohammed-bin-salman' },
  { case: '… or alone', text: 'Crown Prince Mohammed bin Salman met the envoy. Later, Mohammed left.', mention: 'Mohammed', after: 'envoy', actor: 'mohammed-bin-salman' },
  { case: 'two given names and two surnames are one name (`Andrés Manuel López Obrador`)', text: 'Mexican President Andrés Manuel López Obrador said the talks went well. López Obrador left early.', mention: 'López Obrador', after: 'well', actor: 'andres-manuel-lopez-obrador' },
  { case: '… and so are three given names and a surname (`George Herbert Walker Bush`)', text: 'Former President Lyle Herbert Walker Doeman spoke on Monday.', mention: 'Lyle Herbert Walker Doeman', actor: 'lyle-herbert-walker-doeman' },
  { case: 'a name may end in a word that is also an article (`Nguyen Van An`)', text: '“We have no fish,” said Nguyen Van An, a fisherman.', mention: 'Nguyen Van An', actor: 'nguyen-van-an' },
  { case: 'a bare title inside a quote is left alone', text: 'Benjamin Netanyahu spoke in Congress. “We offered the prime minister a meeting,” Durbin said.', mention: 'the prime minister', actor: null },
];

describe('actor resolution', () => {
  it.each(rows)('$case', (row) => {
    const { mentions } = analyse(row.text);
    const from = row.after ? row.text.indexOf(row.after) : 0;
    const at = row.text.indexOf(row.mention, from);
    expect(at).toBeGreaterThanOrEqual(0);
    const m = mentions.find((x) => x.start === at && x.end === at + row.mention.length);
    if (row.actor === null) {
      expect(mentions.filter((x) => x.start < at + row.mention.length && at < x.end)).toEqual([]);
      return;
    }
    expect(m, JSON.stringify(mentions)).toBeDefined();
    expect(m!.actor).toBe(row.actor);
    if (row.resolvedBy) expect(m!.resolvedBy).toBe(row.resolvedBy);
    expect(m!.isLabel).toBe(row.isLabel ?? false);
  });
});

describe('actors found', () => {
  it.each([
    { text: 'US Secretary of State Jane Doeman arrived.', id: 'jane-doeman', affiliation: 'united-states' },
    { text: 'Iraqi Prime Minister Karim Haddadi arrived.', id: 'karim-haddadi', affiliation: 'iraq' },
    { text: 'Iraqi Kurdistan Prime Minister Dara Sherko arrived.', id: 'dara-sherko', affiliation: 'kurdistan-region' },
    { text: 'Sen. Tom Brandt spoke on Sunday.', id: 'thomas-brandt', affiliation: 'united-states' },
    { text: 'Ali Shamkhani arrived.', id: 'ali-shamkhani', affiliation: 'iran' },
    { text: 'Senate Majority Leader Tom Brandt spoke on Sunday.', id: 'thomas-brandt', affiliation: 'united-states' },
    { text: '“No,” said White House Chief of Staff Tom Brandt.', id: 'thomas-brandt', affiliation: 'united-states' },
    { text: 'Tom Brandt, D-Ill., spoke on Sunday.', id: 'thomas-brandt', affiliation: 'united-states' },
    { text: 'Tom Brandt (R-Ky.) spoke on Sunday.', id: 'thomas-brandt', affiliation: 'united-states' },
    { text: 'Tom Brandt spoke to the Senate on Sunday.', id: 'thomas-brandt', affiliation: null },
  ])('$id is affiliated with $affiliation ($text)', ({ text, id, affiliation }) => {
    const a = analyse(text).actors.find((x) => x.id === id);
    expect(a).toBeDefined();
    expect(a!.affiliation).toBe(affiliation);
    expect(a!.known).toBe(!text.includes('Doeman') && !text.includes('Haddadi') && !text.includes('Sherko') && !text.includes('Brandt'));
  });

  it.each([
    ['an appositive after the title', 'The home secretary, Yvette Cooper, said the plan was sound.', 'yvette-cooper', 'The home secretary'],
    ['an inverted cue, then the title and the name', '“We will not be intimidated,” said the prime minister, Keir Starmer.', 'keir-starmer', 'the prime minister'],
  ])('a person found by a given name keeps the title beside the name: %s', (_name, text, id, role) => {
    expect(analyse(text).actors.find((a) => a.id === id)?.role).toBe(role);
  });

  it('an organisation speaking is a group, not a person', () => {
    const { actors } = analyse('Human Rights Watch said the trial was unfair.');
    expect(actors.filter((a) => a.kind === 'person')).toEqual([]);
  });

  it.each([
    ['the consulting firm Dale Economics said the rules would cost jobs.', 'Dale Economics'],
    ['General Electric says that it paid $3.2 billion in taxes.', 'General Electric'],
    ['Officials were skeptical. The U.S. Geological Survey said it detected a small earthquake.', 'U.S. Geological Survey'],
    ['A poll by Harbour Bay Polls, a polling firm, said the race was tied.', 'Harbour Bay Polls'],
    ['Rose Bowl skywriters blast the candidate.\n\nFriday morning, as the Rose Bowl parade rolled through Pasadena, planes filled the skies.', 'Rose Bowl'],
    ['“I’ll be voting for him,” Welch said, according to Vermont Edition.', 'Vermont Edition'],
    ['The blog Zero Hedge wrote that the rate is higher. Zero Hedge said so again.', 'Zero Hedge'],
    ['Scalise is guarded by U.S. Capitol Police, who guard him. U.S. Capitol Police said the gunman was armed.', 'Capitol Police'],
    ['The race is close, according to HuffPost Pollster, which averages the polls.', 'HuffPost Pollster'],
    ['Ifrah Law said the case was unusual.', 'Ifrah Law'],
    ['Black Lives Matter issued a statement saying it took the action.', 'Black Lives Matter'],
    ['He invoked the “Ferguson Effect” on Monday. If the so-called Ferguson Effect existed, crime would rise, Ferguson Effect said.', 'Ferguson Effect'],
    ['Beck has also criticized Christian Evangelical voters for not supporting Cruz.', 'Christian Evangelical'],
    ['His views changed as he shuffled through jobs, including stints at Chuck E. Cheese’s and Sears.', 'Chuck E. Cheese'],
  ])('a body’s head word ends no person’s name: %s', (text, name) => {
    const { actors } = analyse(text);
    expect(actors.filter((a) => a.kind === 'person')).toEqual([]);
    expect(actors.find((a) => a.name === name)?.kind ?? 'none').not.toBe('person');
  });

  it.each([
    ['Scalise is guarded by U.S. Capitol Police, who guard him. U.S. Capitol Police said the gunman was armed.', 'Capitol Police'],
    ['Black Lives Matter issued a statement saying it took the action.', 'Black Lives Matter'],
  ])('… and a body so named is a group: %s', (text, name) => {
    expect(analyse(text).actors.find((a) => a.name === name)?.kind).toBe('group');
  });

  it.each([
    ['“We have no fish,” John Law said.', 'John Law'],
    ['Sara Cheese said the vote was fair.', 'Sara Cheese'],
    ['The deal was struck at Roger Stone’s house in May.', 'Roger Stone'],
  ])('… but a first name before such a word, or a possessive with its noun, is a person: %s', (text, name) => {
    expect(analyse(text).actors.find((a) => a.name === name)?.kind).toBe('person');
  });

  it('links a quote speaker outside the registry to an actor', () => {
    const text = '“We will not back down,” said Maria Fenwick, a union leader.';
    const seg = segmentArticle({ id: 't', text, outlet: null });
    const { quotes } = findQuotes(text, seg, lex);
    const speaker = quotes.find((q) => q.speaker)?.speaker;
    expect(speaker?.name).toContain('Fenwick');
    const { mentions, actors } = findActors(text, seg, quotes, lex);
    const m = mentions.find((x) => x.start <= speaker!.start && speaker!.start < x.end);
    expect(m).toBeDefined();
    expect(actors.find((a) => a.id === m!.actor)?.kind).toBe('person');
  });

  it('gives each mention its segment kind', () => {
    const text = 'Iran warns US\n\nTehran said on Monday it would respond to Washington.';
    const seg = segmentArticle({ id: 't', text, outlet: null });
    const { mentions } = findActors(text, seg, [], lex);
    for (const m of mentions) expect(m.segment).toBe(seg.segments.find((s) => s.start <= m.start && m.start < s.end)?.kind ?? 'body');
    expect(mentions.map((m) => m.actor)).toEqual(['iran', 'united-states', 'iran', 'united-states']);
  });
});
