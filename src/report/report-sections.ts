// The report's sections both formats carry (the Markdown report and the HTML page): the table per
// main actor, the loaded terms, and the method and caveats, as blocks (src/report/blocks.ts) so
// that the two cannot drift apart.
import type { LexiconSet } from '../types.js';
import { distinctEvidence, MIN_CLAUSES, termCounts, type Comparison, type ComparisonRow } from '../aggregate/index.js';
import { actorName, actorsToShow, articlesOf, outletFigures, rowsByActor, type CorpusView } from './corpus-view.js';
import type { Block } from './blocks.js';
import { excerpt, inQuotes, numberWord, plural, share, toneText, voicePhrase } from './text.js';

/** Outlets with fewer articles than this are flagged as small samples. */
export const SMALL_SAMPLE = 5;

export const ACTORS_INTRO =
  'For the actors mentioned by the most outlets, and every actor an outlet names with a label: how often each outlet mentions it in its headlines and body (by name, title, description or a pronoun resolved to it; a speaker phrase naming it counts too), the labels it uses for it verbatim, the loaded terms about it by voice, and the tone of the outlet’s own sentences about it.';

/** The actor tables' loaded-term columns: the outlet's wording (its narration, then its paraphrase
 *  of a speaker, which is its wording too) and the words it quotes, with whom from. */
export const TERM_HEADS = ['Loaded terms, outlet’s wording (narration or paraphrase)', 'Loaded terms in quotes (from whom)'];

export function termCells(r: ComparisonRow): [{ text: string; count: number }[], { text: string; count: number }[]] {
  const paraphrased = termCounts(r, ['reported'], true).map((l) => ({ text: `${l.text} (${voicePhrase('reported', l.speaker)})`, count: l.count }));
  const quoted = termCounts(r, ['quote'], true).map((l) => ({ text: `${l.text} (${l.speaker ? `quoted from ${l.speaker}` : voicePhrase('quote', null)})`, count: l.count }));
  return [[...termCounts(r, ['narrator'], false), ...paraphrased], quoted];
}

function actorSection(view: CorpusView, c: Comparison, id: string): Block[] {
  const byOutlet = rowsByActor(c).get(id) ?? new Map<string, ComparisonRow>();
  const list = (items: { text: string; count: number }[]) => items.map((l) => `${l.text}${l.count > 1 ? ` (${l.count})` : ''}`).join(', ') || '—';
  const rows = view.outlets.map((outlet) => {
    const r = byOutlet.get(outlet);
    if (!r) return [outlet, '0', '—', '—', '—', '—', '—'];
    const [own, quoted] = termCells(r);
    const verbs = r.quoted.verbs.map((v) => `${v.lemma}${v.count > 1 ? ` (${v.count})` : ''}`).join(', ');
    return [
      outlet,
      String(r.mentions),
      list(r.labels),
      list(own),
      list(quoted),
      r.quoted.quotes ? `${share(r.quoted.quotes, outletFigures(c, outlet)?.quotes ?? 0)}: ${verbs}` : '0',
      toneText(r.sentiment.byVoice.narrator),
    ];
  });
  const evidence = view.outlets.flatMap((outlet) => {
    const r = byOutlet.get(outlet);
    if (!r) return [];
    const terms = [...r.labels, ...r.loaded].map((l) => l.text);
    return distinctEvidence(r.evidence.labels, r.evidence.loaded).slice(0, 3).map((e) => `${outlet}: ${inQuotes(excerpt(e.text, terms, 300))} (${e.article})`);
  });
  return [
    { kind: 'h3', text: actorName(c, id) },
    { kind: 'table', head: ['Outlet', 'Mentions', 'Labels used', ...TERM_HEADS, 'Quoted (share of the outlet’s quotes): verbs', 'Tone of narration'], rows },
    ...(evidence.length ? [{ kind: 'p' as const, text: 'Evidence:' }, { kind: 'ul' as const, items: evidence }] : []),
  ];
}

/** A table per main actor: how each outlet names it, the loaded terms about it, its tone. */
export function actorSections(view: CorpusView, c: Comparison): Block[] {
  return [{ kind: 'p', text: ACTORS_INTRO }, ...actorsToShow(c).flatMap((id) => actorSection(view, c, id))];
}

/** Every loaded term found, with what it does, neutral alternatives and its uses by outlet and voice. */
/** The forms of an entry found, most used first (ties in alphabetical order, so in any input
 *  order), at most FORMS_SHOWN of them. */
function formsShown(forms: Map<string, number>): string {
  const sorted = [...forms].sort(([a, x], [b, y]) => y - x || a.localeCompare(b)).map(([form]) => form);
  return sorted.length > FORMS_SHOWN ? `${sorted.slice(0, FORMS_SHOWN).join(', ')}, … (${sorted.length} forms)` : sorted.join(', ');
}
const FORMS_SHOWN = 6;

export function loadedTermsSection(view: CorpusView, lex: LexiconSet): Block[] {
  const entries = new Map(lex.loaded.map((e) => [e.id, e]));
  const uses = [...view.loaded.values()].sort((a, b) => a.category.localeCompare(b.category) || a.entry.localeCompare(b.entry));
  if (!uses.length) return [{ kind: 'p', text: 'No loaded terms were found.' }];
  const rows = uses.map((u) => {
    const e = entries.get(u.entry);
    const byOutlet = [...u.byOutlet]
      .map(([o, c]) => `${o}: ${[c.narrator && `${c.narrator} narration`, c.quote && `${c.quote} quoted`, c.reported && `${c.reported} reported`].filter(Boolean).join(', ')}`)
      .join('; ');
    return [formsShown(u.forms), u.category, e?.explanation ?? '', e?.alternatives.join(', ') || '—', byOutlet];
  });
  return [{ kind: 'table', head: ['Term', 'Category', 'What it does', 'Neutral alternatives', 'Uses'], rows }];
}

/** What a reader must know before citing a figure: sample size, reliability, what a match means. */
export function caveatsSection(view: CorpusView, small: number): Block[] {
  const flagged = view.outlets.filter((o) => articlesOf(view, o) < small);
  const titles = view.profile.titlesNotInText;
  return [
    {
      kind: 'ul',
      items: [
        `Every percentage is shown with the counts behind it (part/whole). Tone is the mean AFINN-165 score of the clause around each mention, in the outlet’s own words only (quoted and reported speech, and the verb that credits it, are left out; a clause counts once per actor); ± is the standard deviation of those scores (the population’s, divided by n) and n the number of clauses scored (fewer than ${numberWord(MIN_CLAUSES)}: too few to compare). A person’s quotes also count for the state or body they belong to.`,
        flagged.length
          ? `Small samples: ${flagged.join(', ')} ${flagged.length === 1 ? 'has' : 'have'} fewer than ${small} articles here, so differences between outlets may be accidents of which stories were chosen, not habits of the outlet.`
          : `Every outlet has at least ${small} articles.`,
        'A lexicon match shows that a word was used, not that it was meant as bias: “regime” is ordinary in “regime change”, and a loaded word inside a quote is the speaker’s, not the outlet’s. Voice (narration, quote, reported speech) is shown so the two can be told apart. Words the lexicons do not list are not found.',
        'Quotes, speakers and actors are found automatically; the counts contain errors. The actor a loaded term is tied to is the least reliable of them (about three in four were right in hand checks of 200 in US political news): read it as a pointer to the sentence. Check the evidence sentences before citing a figure.',
        'Every figure counts the article’s own text: its body, and its headline only where the headline is part of the text. Page furniture (the site’s own headline lists, related links, licence footers, data dumps) and a repeated lead paragraph are not counted; loaded words in the site’s lists are shown in their own section.',
        ...(titles ? [`${titles === view.profile.articles ? (titles === 1 ? 'The article' : `All ${titles} articles`) : plural(titles, 'article')} came with a title that is not in ${titles === 1 ? 'its' : 'their'} text: titles name the articles here but were not analysed (their quotes, actors and loaded words are not counted).`] : []),
      ],
    },
  ];
}
