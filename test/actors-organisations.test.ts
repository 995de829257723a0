// Organisations the registry does not know: named by a head word or called a group by a
// description, counted at every place they are named, and what `the group` points back at.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findOrganisations, groupNouns } from '../src/actors/organisations.js';
import { DESCRIPTION, descriptionMatches } from '../src/actors/group-descriptions.js';
import { LETTER } from '../src/letters.js';
import { indexWords } from '../src/word-runs.js';
import { RUNS } from './property-helpers.js';
import { findActors } from '../src/actors/find-actors.js';
import { findQuotes } from '../src/quotes/find-quotes.js';
import { segmentArticle } from '../src/segment/segment-article.js';
import { loadLexicons } from '../src/lexicon/load-lexicons.js';

const lex = loadLexicons();

describe('findOrganisations', () => {
  it.each([
    { case: 'capitalised words and a head', text: 'The National Rifle Association endorsed him.', names: ['National Rifle Association'] },
    { case: 'a head with an `of` complement', text: 'Members of the American Federation of Teachers voted.', names: ['American Federation of Teachers'] },
    { case: 'a head with a `for` complement', text: 'The Center for Reliable Data sued.', names: ['Center for Reliable Data'] },
    { case: 'a complement stops at a date', text: 'The House Rules Committee on Monday met.', names: ['House Rules Committee'] },
    { case: 'a complement stops at a title', text: 'The National League for Voters President Ann Lee spoke.', names: ['National League for Voters'] },
    { case: 'a name a description after it calls a group', text: 'An ad by Safer Streets Now, a conservative advocacy group, ran.', names: ['Safer Streets Now'] },
    { case: 'a name a description before it calls a group', text: 'It was paid for by the nonprofit Safer Streets Now in May.', names: ['Safer Streets Now'] },
    { case: 'a description of a member is no group', text: 'Jane Doe, a member of the group, spoke.', names: [] },
    { case: 'a description of a person with the group’s name', text: 'Jane Doe, the group’s founder, spoke.', names: [] },
    { case: 'an opening word is not part of the name', text: 'After Riverside Teachers Union members walked out, talks stopped.', names: ['Riverside Teachers Union'] },
    { case: 'a possessive before the name is its owner', text: 'He joined Governor Lee’s Economic Advisory Council last year.', names: ['Economic Advisory Council'] },
    { case: 'a copyright line’s word is not the name', text: '© Copyright The Lakeside Media Corporation', names: ['Lakeside Media Corporation'] },
    { case: 'a place before `-based` is not the name', text: 'The Geneva-based Alpine Policy Institute said so.', names: ['Alpine Policy Institute'] },
    { case: '`Our` inside a sentence opens the name (`Our Principles PAC`)', text: 'Ads by the super PAC Our Shared Values PAC ran.', names: ['Our Shared Values PAC'] },
    { case: '… but at a sentence’s start it is the writer’s', text: 'Our National Guard Association met.', names: ['National Guard Association'] },
    { case: 'a state is no organisation', text: 'Relations with the Soviet Union cooled.', names: [] },
    { case: 'a bank, with a state in its name', text: 'Bank of America and the Lakeview Savings Bank lent to Harbour Bank of Japan.', names: ['Bank of America', 'Lakeview Savings Bank', 'Harbour Bank of Japan'] },
    { case: 'a region called a bank is no organisation', text: 'Settlements in the West Bank grew.', names: [] },
    { case: 'a venue is no organisation', text: 'The rally filled the Kentucky International Convention Center and the Blossom Music Center.', names: [] },
    { case: 'a single capitalised word with a head is too little', text: 'The Committee met.', names: [] },
    { case: 'a union named by its members (`Workers`, `Employees`)', text: 'The Harbour Dock Workers of America and the Lakeside Public Employees went on strike.', names: ['Harbour Dock Workers of America', 'Lakeside Public Employees'] },
  ])('$case', ({ text, names }) => {
    expect(findOrganisations(text).map((o) => o.name)).toEqual(names);
  });
});

describe('groupNouns', () => {
  // The definition: every match of the group-noun regex with no letter, digit or `-` before it.
  const re = new RegExp(`(?:group|organi[sz]ation|nonprofit|non-profit|think tank|super PAC|PAC|lobby|charity|coalition|watchdog|network)(?![${LETTER}0-9'’])`, 'g');
  const byDefinition = (text: string) => [...text.matchAll(re)].filter((m) => !(m.index > 0 && new RegExp(`[${LETTER}0-9-]`).test(text[m.index - 1]))).map((m) => [m.index, m[0]]);
  const found = (text: string) => groupNouns(text, indexWords(text)).map((m) => [m.index, m[0]]);
  it.each([
    ['words opening no word run', 'a group, the nonprofit and a super PAC', [[2, 'group'], [13, 'nonprofit'], [29, 'super PAC']]],
    ['not inside a word, before a letter or after `-`', 'subgroup groups group’s anti-lobby', []],
    ['a `PAC` that `super PAC` passes over, and one it does not', 'xsuper PAC, super  PAC', [[19, 'PAC']]],
    ['two words and a hyphen', 'a think tank, a non-profit', [[2, 'think tank'], [16, 'non-profit']]],
    ['after a letter outside the ranges (by the regex)', '中group', [[1, 'group']]],
    ['after a combining mark', 'e\u0301group', []],
  ])('%s', (_, text, want) => {
    expect(found(text)).toEqual(want);
    expect(byDefinition(text)).toEqual(want);
  });
  it('finds what the definition finds, on random text', () => {
    const piece = fc.constantFrom('group', 'groups', 'organization', 'organisation', 'nonprofit', 'non', '-', 'profit', 'think', 'tank', 'super', 'PAC', 'lobby', 'charity', 'coalition', 'watchdog', 'network', 'x', 'é', 'e\u0301', '2', "'", '’', ' ', ' ', ',', '\n', '中', '😀');
    const text = fc.array(piece, { maxLength: 30 }).map((p) => p.join(''));
    fc.assert(fc.property(text, (t) => void expect(found(t)).toEqual(byDefinition(t))), RUNS);
  });
});

describe('descriptionMatches', () => {
  const global = new RegExp(DESCRIPTION.source, 'gu');
  const shape = (ms: Iterable<RegExpMatchArray>) => [...ms].map((m) => [m.index, m[0], m.groups!.mods, m.groups!.head]);
  it.each(['The group and these militants', 'the the groups, xthe group, éthe group, Such  a  threat', 'THE group; These old big rebels'])('%j', (t) => {
    expect(shape(descriptionMatches(t, indexWords(t)))).toEqual(shape(t.matchAll(global)));
  });
  it('yields what the global regex yields on random text', () => {
    const piece = fc.constantFrom('The', 'the', 'these', 'Those', 'such', 'THE', 'group', 'groups', 'militants', 'threat', 'super PAC', 'old', 'big', 'x', 'é', '中', '2', '-', "'", ' ', ' ', '  ', '\n', ',');
    const text = fc.array(piece, { maxLength: 30 }).map((p) => p.join(''));
    fc.assert(fc.property(text, (t) => void expect(shape(descriptionMatches(t, indexWords(t)))).toEqual(shape(t.matchAll(global)))), RUNS);
  });
});

function actorsOf(text: string) {
  const seg = segmentArticle({ id: 't', text, outlet: null });
  const { quotes, genders } = findQuotes(text, seg, lex);
  return findActors(text, seg, quotes, lex, genders);
}

describe('organisations as actors', () => {
  it.each([
    { case: 'every place the name recurs', text: 'The Safer Streets Coalition sued. Later the Safer Streets Coalition won.', mention: 'Safer Streets Coalition', after: 'Later', actor: 'safer-streets-coalition' },
    { case: '`the group` points back at the organisation', text: 'An ad by Safer Streets Now, a conservative group, ran. In July the group ran another.', mention: 'the group', after: 'July', actor: 'safer-streets-now' },
    { case: '`the organization` points back at the organisation', text: 'The Alpine Policy Institute sued. The organization said it would appeal.', mention: 'The organization', actor: 'alpine-policy-institute' },
    { case: '`the militants` never points at an organisation', text: 'The Alpine Policy Institute sued. The militants said nothing.', mention: 'The militants', actor: null },
    { case: 'several groups are not the organisation named last (`the pro-ethanol groups`)', text: 'The Alpine Policy Institute sued. Later the other advocacy groups joined.', mention: 'the other advocacy groups', actor: null },
    { case: '… nor `organizations`', text: 'The Alpine Policy Institute sued. It was one of the first outside organizations to do so.', mention: 'the first outside organizations', actor: null },
    { case: '… but armed groups in the plural are the armed group named last', text: 'The Islamic State claimed the attack. “Confront the terrorist groups,” he said.', mention: 'the terrorist groups', actor: 'isil' },
    { case: '`those` before a singular head makes it a modifier (`those super PAC ads`)', text: 'The Senate Leadership Fund spent heavily. And those super PAC ads ran late.', mention: 'those super PAC', actor: null },
    { case: 'a description right before a name introduces it (`the activist group Badass Teachers`)', text: 'The Alpine Policy Institute sued. Its ally, the activist group Riverside Parents, spoke.', mention: 'the activist group', actor: null },
    { case: '… and so does `the organization called …`', text: 'The Alpine Policy Institute sued. He attacked the organization called Safer Streets.', mention: 'the organization', actor: null },
    { case: '… and a participle after it (`the group planning the mosque` is a new group)', text: 'The Alpine Policy Institute sued. Most think the group planning the mosque may build it.', mention: 'the group', actor: null },
    { case: 'a determiner ends a description (`the threat the group poses`)', text: 'The Islamic State spread. Few saw the threat the group poses.', mention: 'the threat the group', actor: null },
    { case: '… and `the group` after it is the group', text: 'The Islamic State spread. Few saw the threat the group poses.', mention: 'the group', actor: 'isil' },
    { case: 'the threat of something is that thing’s (`the threat posed by North Korea`)', text: 'The Islamic State spread. Officials discussed the growing threat posed by North Korea.', mention: 'the growing threat', actor: null },
    { case: 'a bare `the threat` is no one’s', text: 'The Islamic State spread. Officials discussed the threat.', mention: 'the threat', actor: null },
    { case: '`the terrorist threat` is the armed group named last', text: 'The Islamic State spread. Officials discussed the terrorist threat.', mention: 'the terrorist threat', actor: 'isil' },
    { case: 'a participle after a noun opens a phrase on that noun (`the division overseeing nonprofit organizations`)', text: 'The Alpine Policy Institute sued. She is in charge of the division overseeing nonprofit organizations.', mention: 'the division overseeing nonprofit', actor: null },
    { case: 'a description repeating words of a group’s own description is that group, not the nearest (`the hunting organization`)', text: 'The news came from Safari Hunters Club, a trophy hunting advocacy group that, with the Alpine Policy Institute, sued. An official told the hunting organization.', mention: 'the hunting organization', actor: 'safari-hunters-club' },
    { case: '`the organization` after a registry body named nearer is not the organisation', text: 'The Alpine Policy Institute sued. Support for NATO is strong, and the organization grew.', mention: 'the organization', actor: null },
    { case: '`the group` without an organisation named before', text: 'Iran and the West talked. In July the group met again.', mention: 'the group', actor: null },
    { case: 'a person’s name inside an organisation’s is the organisation', text: 'Hillary Clinton spoke. The Clinton Foundation raised money.', mention: 'Clinton Foundation', actor: 'clinton-foundation' },
    { case: 'a company named after a person is no person', text: 'Dick Clark Productions produced the show.', mention: 'Dick Clark Productions', actor: 'dick-clark-productions' },
    { case: 'a registry body that ends the name keeps it', text: 'The Central Intelligence Agency declined to comment.', mention: 'Central Intelligence Agency', actor: 'cia' },
    { case: 'a state in the name’s complement is the organisation’s (`… Workers of America`)', text: 'The strike will go on, according to the Harbour Dock Workers of America.', mention: 'Harbour Dock Workers of America', actor: 'harbour-dock-workers-of-america' },
    { case: '… and no mention of the state', text: 'The strike will go on, according to the Harbour Dock Workers of America.', mention: 'America', actor: null },
    { case: '`the company` points back at a company (`Acme Corp.`)', text: 'Acme Corp. cut 200 jobs. The company said demand had fallen.', mention: 'The company', actor: 'acme-corp' },
    { case: '… past an organisation named nearer that is no company', text: 'Acme Corp. cut 200 jobs, and the Alpine Policy Institute sued. The company said demand had fallen.', mention: 'The company', actor: 'acme-corp' },
    { case: '… and never at an organisation that is no company', text: 'The Alpine Policy Institute sued. The company said demand had fallen.', mention: 'The company', actor: null },
    { case: '`the group` may mean a company', text: 'Taylor Swift left Big Machine Label Group. In July the group sold her masters.', mention: 'the group', after: 'July', actor: 'big-machine-label-group' },
    { case: 'a legislature’s committee is no group `the group` may mean', text: 'The Alpine Action Network ran an ad. Smith, chairman of the House Transportation and Infrastructure Committee, was named. In July the group ran another.', mention: 'the group', after: 'July', actor: 'alpine-action-network' },
    { case: '… but a party’s campaign committee is a group `the group` may mean', text: 'The Alpine Action Network ran an ad, and so did the National Republican Congressional Committee. In July the group ran another.', mention: 'the group', after: 'July', actor: 'national-republican-congressional-committee' },
    { case: 'a title-case headline names no organisation the text does not', text: 'Senate Votes To Fund Border Group\n\nThe vote was close on Monday.', mention: 'Fund Border Group', actor: null },
    { case: 'an organisation’s initials name it (`the NRA`)', text: 'The National Rifle Association sued. Later the NRA won.', mention: 'NRA', actor: 'national-rifle-association' },
    { case: '… leaving out its small words (`AFT`)', text: 'The American Federation of Teachers sued. The AFT won.', mention: 'AFT', actor: 'american-federation-of-teachers' },
    { case: '… as a speaker, with its article (`The NRA said`)', text: 'The National Rifle Association sued. The NRA said it would appeal.', mention: 'NRA', actor: 'national-rifle-association' },
    { case: 'initials two organisations share name neither', text: 'The National Rifle Association and the Nevada Racing Association sued. The NRA won.', mention: 'NRA', after: 'sued', actor: null },
    { case: 'initials of no organisation in the article name none', text: 'The Alpine Policy Institute sued. The NRA won.', mention: 'NRA', actor: null },
  ])('$case', ({ text, mention, after, actor }) => {
    const at = text.indexOf(mention, after ? text.indexOf(after) : 0);
    const found = actorsOf(text).mentions.find((m) => m.start === at && m.end === at + mention.length);
    if (actor === null) expect(found, JSON.stringify(found)).toBeUndefined();
    else expect(found?.actor).toBe(actor);
  });
});
