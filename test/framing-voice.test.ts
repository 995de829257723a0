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
  { case: 'narration', text: 'Critics say the regime has jailed hundreds of protesters this year.', term: 'regime', voice: 'narrator' },
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
