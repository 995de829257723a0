// How an article describes the people it names (the words before a name, an appositive after it)
// and later definite descriptions that point back at one of them. Sentences of our own.
import { describe, expect, it } from 'vitest';
import { findActors } from '../src/actors/find-actors.js';
import { findQuotes } from '../src/quotes/find-quotes.js';
import { segmentArticle } from '../src/segment/segment-article.js';
import { loadLexicons } from '../src/lexicon/load-lexicons.js';

const lex = loadLexicons();

function analyse(text: string) {
  const seg = segmentArticle({ id: 't', text, outlet: null });
  const { quotes, genders } = findQuotes(text, seg, lex);
  return findActors(text, seg, quotes, lex, genders);
}

interface Row {
  case: string;
  text: string;
  /** Each description found, as `actor: text (form)`, in text order. */
  descriptions: string[];
}

const P = 'Our reporter met the crowd on Tuesday. ';

const rows: Row[] = [
  { case: 'a noun for a person before the name', text: `${P}Billionaire Lena Kellner spoke to the crowd.`, descriptions: ['lena-kellner: Billionaire (before)'] },
  { case: 'modifiers before the head: capitalised words and adjectives', text: `${P}Residents cheered former Springfield City Mayor Lena Kellner at the fair.`, descriptions: ['lena-kellner: former Springfield City Mayor (before)'] },
  { case: 'a possessive opens it (`Kellner adviser Ann Rudd`)', text: `${P}Lena Kellner spoke first. Later Kellner’s longtime adviser Ann Rudd spoke too.`, descriptions: ['ann-rudd: Kellner’s longtime adviser (before)'] },
  { case: 'a verb before the head ends it', text: `${P}Voters attacked billionaire Lena Kellner on Tuesday.`, descriptions: ['lena-kellner: billionaire (before)'] },
  { case: 'a title with `of` (`Secretary of State`)', text: `${P}The treaty was signed by Secretary of State Ann Rudd in Geneva.`, descriptions: ['ann-rudd: Secretary of State (before)'] },
  { case: 'an honorific is no description', text: `${P}The crowd waited for Mr. Lena Kellner all day.`, descriptions: [] },
  { case: 'a sentence’s last word is not the next name’s description', text: `${P}She was a teacher. Ann Rudd later ran for office.`, descriptions: [] },
  { case: 'a line break ends it', text: `${P}The talk was by a teacher\nAnn Rudd spoke later.`, descriptions: [] },
  { case: 'an appositive after the name', text: `${P}Lena Kellner, the former mayor of Springfield, spoke to the crowd.`, descriptions: ['lena-kellner: former mayor of Springfield (appositive)'] },
  { case: 'an appositive ending the sentence', text: `${P}The crowd cheered Lena Kellner, a retired teacher.`, descriptions: ['lena-kellner: retired teacher (appositive)'] },
  { case: 'an appositive stops before a relative clause', text: `${P}Lena Kellner, a veteran lawmaker who ran twice, spoke to the crowd.`, descriptions: ['lena-kellner: veteran lawmaker (appositive)'] },
  { case: 'a list of people is no appositive', text: `${P}Guests included Lena Kellner, the comedian Ann Rudd and others.`, descriptions: ['ann-rudd: comedian (before)'] },
  { case: 'a comma and a phrase with no noun for a person is no appositive', text: `${P}Lena Kellner, a day after the vote, spoke to the crowd.`, descriptions: [] },
  { case: 'without a determiner only a possessive opens an appositive', text: `${P}Ann Rudd, Lena Kellner and others spoke to the crowd.`, descriptions: [] },
  { case: 'a description set off by commas before the name (`the House majority leader, X,`)', text: `${P}On Tuesday the city’s longtime treasurer, Lena Kellner, lost her seat.`, descriptions: ['lena-kellner: city’s longtime treasurer (before)'] },
  { case: 'adjectives before an honorific (`the conservative Mr. X`)', text: `${P}Lena Kellner spoke. Critics cast the outspoken Ms. Kellner as a spoiler.`, descriptions: ['lena-kellner: outspoken (before)'] },
  { case: '… but a noun there heads a clause (`the amount Mr. X has demanded`, `the firestorm over Mr. X’s …`)', text: `${P}Lena Kellner spoke. Nobody knew the amount Ms. Kellner had asked for, or the firestorm over Ms. Kellner’s words.`, descriptions: [] },
  { case: '… and a full stop ends the sentence before it (`to the wall. Mr. X`)', text: `${P}Lena Kellner spoke. The crowd went to the wall. Ms. Kellner left.`, descriptions: [] },
  { case: 'a capitalised participle opening the sentence is no modifier (`Saying President X …`)', text: `${P}Saying President Lena Kellner was wrong, the crowd left.`, descriptions: ['lena-kellner: President (before)'] },
  { case: 'two heads joined with `and` before the name', text: `${P}The crowd met celebrity photographer and director Lena Kellner.`, descriptions: ['lena-kellner: celebrity photographer and director (before)'] },
  { case: 'a possessive pronoun or a name’s possessive opens a description set off by commas', text: `${P}Voters backed their party’s Senate nominee, Lena Kellner, and Springfield’s longtime mayor, Ann Rudd, on Friday.`, descriptions: ['lena-kellner: party’s Senate nominee (before)', 'ann-rudd: Springfield’s longtime mayor (before)'] },
  { case: 'an appositive after the name’s state (`Senator X of Nevada, the …`)', text: `${P}Senator Lena Kellner of Nevada, the majority leader, spoke.`, descriptions: ['lena-kellner: Senator (before)', 'lena-kellner: majority leader (appositive)'] },
  { case: 'two descriptions joined with `and`', text: `${P}Lena Kellner, a former governor of Arkansas and preacher, spoke.`, descriptions: ['lena-kellner: former governor of Arkansas and preacher (appositive)'] },
  { case: '… but not a clause joined on (`and a Democrat facing …`)', text: `${P}Lena Kellner, the majority leader and a Democrat facing a hard race, spoke.`, descriptions: ['lena-kellner: majority leader (appositive)'] },
  { case: 'a state set off by commas inside a place', text: `${P}He met Lena Kellner, head of the bureau’s Richmond, Va., field office, on Monday.`, descriptions: ['lena-kellner: head of the bureau’s Richmond, Va., field office (appositive)'] },
  { case: 'a role `of` something needs no article (`executive director of …`, `Republican of Arizona`)', text: `${P}Lena Kellner, executive director of the Springfield Tea Party, and Senator Ann Rudd, Republican of Arizona, spoke.`, descriptions: ['lena-kellner: executive director of the Springfield Tea Party (appositive)', 'ann-rudd: Senator (before)', 'ann-rudd: Republican of Arizona (appositive)'] },
  { case: '`No.` keeps its stop (`the No. 3 House Democrat`)', text: `${P}Lena Kellner, the No. 3 House Democrat, said no.`, descriptions: ['lena-kellner: No. 3 House Democrat (appositive)'] },
  { case: 'a verb after the head makes a clause, not an appositive', text: `${P}In photos by Lena Kellner, the comedian stares the camera down.`, descriptions: [] },
  { case: '`developer turned star`', text: `${P}The last one left was Lena Kellner, the bombastic developer turned reality television star.`, descriptions: ['lena-kellner: bombastic developer turned reality television star (appositive)'] },
  { case: 'a word that is also an object’s property (`constructor`, `toString`) is read as any other', text: `${P}The bridge constructor Lena Kellner and the valueOf toString Ann Rudd spoke.`, descriptions: [] },
  { case: 'the words of a title-case headline before a name are no description', text: 'Angry Voters Cheer Lena Kellner\n\nLena Kellner spoke to the crowd on Tuesday.', descriptions: [] },
];

describe('person descriptions beside a name', () => {
  for (const row of rows) {
    it(row.case, () => {
      const { descriptions } = analyse(row.text);
      expect(descriptions.map((d) => `${d.actor}: ${d.text} (${d.form})`)).toEqual(row.descriptions);
      for (const d of descriptions) expect(row.text.slice(d.start, d.end)).toBe(d.text);
    });
  }
});

interface RefRow {
  case: string;
  text: string;
  /** The definite description to look for (its last occurrence). */
  mention: string;
  /** The actor it is a mention of, or null for none. */
  actor: string | null;
  isLabel?: boolean;
}

const references: RefRow[] = [
  { case: 'a later description with the same head', text: `${P}Billionaire Lena Kellner spoke first. Then the billionaire left.`, mention: 'billionaire', actor: 'lena-kellner', isLabel: true },
  { case: 'its modifiers must all fit the earlier one', text: `${P}Former Springfield Mayor Lena Kellner spoke. The former mayor then left.`, mention: 'former mayor', actor: 'lena-kellner', isLabel: true },
  { case: '… else it is someone else', text: `${P}Springfield Mayor Lena Kellner spoke. The British mayor then left.`, mention: 'British mayor', actor: null },
  { case: 'of two people with the head, the one mentioned last', text: `${P}Billionaire Lena Kellner met billionaire Ann Rudd. Rudd spoke first. Then the billionaire left.`, mention: 'billionaire', actor: 'ann-rudd', isLabel: true },
  { case: 'an office named bare is a mention, not a label', text: `${P}Lena Kellner, the city’s mayor, spoke. Then the mayor left.`, mention: 'mayor', actor: 'lena-kellner', isLabel: false },
  { case: 'a possessive description', text: `${P}Lena Kellner, the party’s nominee, spoke. Voters liked the nominee’s plan.`, mention: 'nominee', actor: 'lena-kellner', isLabel: true },
  { case: 'no earlier description with the head: unresolved', text: `${P}Lena Kellner spoke. Then the billionaire left.`, mention: 'billionaire', actor: null },
  { case: 'a description before a name is that name’s', text: `${P}Billionaire Lena Kellner spoke. Then the billionaire Ann Rudd spoke.`, mention: 'billionaire', actor: null },
  { case: 'an appositive after another name describes that name', text: `${P}Billionaire Lena Kellner spoke. Ann Rudd, the billionaire, replied.`, mention: 'billionaire', actor: null },
  { case: 'described by what follows `of` (`the chief of another firm`)', text: `${P}Lena Kellner, the chief executive, spoke. The chief executive of another firm replied.`, mention: 'chief executive', actor: null },
  { case: 'a predicate noun says what someone is, not who (`became the nominee`)', text: `${P}Lena Kellner, the party’s nominee, spoke. Later Ann Rudd became the nominee.`, mention: 'nominee', actor: null },
  { case: 'a head followed by a noun is a modifier (`the candidate forum`)', text: `${P}Lena Kellner, the candidate, spoke. The candidate forum ended late.`, mention: 'candidate', actor: null },
];

describe('the voice of a description', () => {
  it('is the speaker’s inside a quote, the outlet’s in its narration', () => {
    const text = `${P}Billionaire Lena Kellner spoke. “I never met the former senator Ann Rudd,” she said.`;
    expect(analyse(text).descriptions.map((d) => `${d.text}: ${d.voice}`)).toEqual(['Billionaire: narrator', 'former senator: quote']);
  });
});

describe('a speaker described, not named', () => {
  it('is a mention of the person the quote stage resolves it to, and a label when it characterises', () => {
    const text = `${P}Lena Kellner said the market would hold. The financial industry tycoon ridiculed the claim that rates would fall. The senator said that she disagreed.`;
    const { mentions } = analyse(text);
    const tycoon = mentions.find((m) => m.start === text.indexOf('financial'));
    expect(tycoon).toMatchObject({ actor: 'lena-kellner', text: 'financial industry tycoon', resolvedBy: 'description', isLabel: true });
  });
});

describe('definite descriptions pointing back at a described person', () => {
  for (const row of references) {
    it(row.case, () => {
      const { mentions } = analyse(row.text);
      const at = row.text.lastIndexOf(row.mention);
      const m = mentions.find((x) => x.start === at && x.resolvedBy === 'description');
      if (row.actor === null) {
        expect(m).toBeUndefined();
        return;
      }
      expect(m, 'a mention').toBeDefined();
      expect(m!.actor).toBe(row.actor);
      expect(m!.text).toBe(row.mention);
      expect(m!.isLabel).toBe(row.isLabel);
    });
  }
});
