// `framelens report --teach`: a worksheet built from what was found, with an answer key that
// cites the sentences. Questions only ask about what the articles actually contain.
import type { LexiconSet } from '../types.js';
import { blocksToHtml, blocksToMarkdown, codeSpans, type Block } from './blocks.js';
import { isUnresolvedShown, type Comparison } from '../aggregate/index.js';
import { actorName, isPlacedName, ledgerSpeaker, NO_SIDES, outletFigures, rowsByActor, sideName, voiceShare, type ArticleInfo, type CorpusView } from './corpus-view.js';
import { namingContrasts } from './naming.js';
import { labelsInOrder } from './characterising.js';
import { excerpt, firstItems, inQuotes, plural, sentence, truncate } from './text.js';
import { sameStory } from '../stories/index.js';

export interface WorksheetOptions {
  title: string;
  footer: string;
  format: 'md' | 'html';
}

const q = (text: string, max = 240) => inQuotes(truncate(text, max));
/** An evidence sentence cut so that it still shows the words it is evidence for. */
const shown = (text: string, terms: readonly string[]) => inQuotes(excerpt(text, terms, 240));
/** Items an answer lists per outlet (speakers, people not quoted, labels, verbs, sources), most
 * frequent first; the rest are counted (`and 12 more`), so the key stays readable on a corpus. */
export const LISTED = 8;
/** A worksheet is for a handful of articles: above this many it says so at the top. */
export const HANDFUL = 12;
/** Naming questions on more than a handful of articles (each answer names every outlet's labels). */
const CORPUS_NAMING = 2;
const some = (items: readonly string[]) => firstItems(items, LISTED);
/** Labels, and ways of writing the name, listed per outlet in a naming answer. */
const NAMES_LISTED = 4;
/** What the worksheet may say about the articles' stories: what the story stage finds, never more. */
export function storyNote(view: CorpusView): string {
  if (view.articleCount < 2) return 'Read it, then answer the questions.';
  if (view.storyInputs.length < view.articleCount) return 'They may report different events: compare how each names and quotes the actors.';
  const { same, why } = sameStory(view.storyInputs);
  return same
    ? `They report one story: ${why}. Read them side by side, then answer the questions.`
    : `They do not report the same event: ${why}. Compare how each names and quotes the same actors, not what happened.`;
}

/** In place of the naming table when no actor can be compared. */
export const NO_NAMING_TABLE = 'No naming table to fill in: no two of the outlets describe a person or group in different loaded words (an office such as Sen. or GOP nominee does not count).';

/** Who counts as mentioned but not quoted, as the sheet says it: the rule behind question 2. */
export const NOT_QUOTED_RULE = 'named at least twice, never quoted directly';

/** Whose quotes a side's are, as a sentence opens: `Quotes from the Iran side`. */
function quotesBy(side: string): string {
  if (side === 'no known affiliation') return 'Quotes by speakers of no known affiliation';
  if (side === 'anonymous') return 'Quotes by anonymous sources';
  if (side === 'unattributed') return 'Quotes with no attributed speaker';
  return `Quotes from the ${side} side`;
}

/** The note a worksheet on a corpus opens with. */
function tooMany(articles: number): string {
  return `Note for the teacher: this worksheet is meant for a handful of articles (up to ${HANDFUL}), read in class. With ${articles} articles it asks how ${CORPUS_NAMING} actors are named, and its answer key lists only the ${LISTED} most frequent speakers, people, verbs and sources per outlet; for a lesson, choose two or three articles on one story (the framelens stories command groups them).`;
}

/** An article as a reader knows it: outlet, date and headline. */
function articleName(a: ArticleInfo): string {
  return `${a.outlet}${a.published ? `, ${a.published}` : ''}: ${inQuotes(truncate(a.title ?? a.headline ?? a.id, 100))}`;
}

export function renderWorksheet(view: CorpusView, c: Comparison, lex: LexiconSet, opts: WorksheetOptions): string {
  const name = (id: string) => actorName(c, id);
  const byActor = rowsByActor(c);
  const entries = new Map(lex.loaded.map((e) => [e.id, e]));
  const questions: string[] = [];
  const answers: string[] = [];

  // 1. Naming: actors several outlets mention and label differently; none rather than a weak one.
  const naming = namingContrasts(c, view.articleCount > HANDFUL ? CORPUS_NAMING : 4);
  for (const id of naming) {
    questions.push(`What words does each outlet use to name ${name(id)}? Which words tell you what the writer thinks of ${name(id)}?`);
    const parts = view.outlets.map((o) => {
      const r = byActor.get(id)?.get(o);
      if (!r || r.mentions === 0) return `${o} does not mention ${name(id)}.`;
      // The words that characterise first (what the question asks about), then offices and roles
      // (`Sen.`, `GOP nominee`); the example shows the first of them.
      const ordered = labelsInOrder(r).map((l) => l.text);
      const labels = ordered.map((l) => q(l, 60));
      const ev = r.evidence.labels.find((e) => e.text.includes(ordered[0])) ?? r.evidence.labels[0];
      const names = r.names.map((n) => q(n.text, 60));
      // (The actor by name: `it` would make a person a thing.)
      const named = names.length ? `writes ${firstItems(names, NAMES_LISTED)}` : `refers to ${name(id)} only by pronoun or title`;
      if (labels.length) return `${o} calls ${name(id)} ${firstItems(labels, NAMES_LISTED)}${ev ? `, as in ${shown(ev.text, ordered)}` : ''}${names.length ? `; it also ${named}` : ''}.`;
      return `${o} uses no label for ${name(id)}; it ${named} (${plural(r.mentions, 'mention')}).`;
    });
    answers.push(parts.map(sentence).join(' '));
  }

  // Sides that are all `no known affiliation` (or no one's) compare nothing: the answers say so once.
  const placed = [...view.sides.keys()].some(isPlacedName);

  // 2. Who is quoted and who is not.
  questions.push('Who is quoted directly (in quotation marks) in each article? Whose side of the story is not heard in their own words?');
  answers.push(
    view.outlets
      .map((o) => {
        const example = view.exampleQuote.get(o);
        const notQuoted = c.rows.filter((r) => r.outlet === o && r.kind === 'person' && r.mentions > 1 && r.quoted.quotes === 0).map((r) => name(r.actor));
        const unheard = notQuoted.length
          ? ` It names ${some(notQuoted)} at least twice without quoting them directly.`
          : example
            ? ' It quotes directly every person it names at least twice.'
            : '';
        if (!example) return sentence(`${o} quotes nobody directly${notQuoted.length ? '.' : ' and names no person twice or more.'}${unheard}`);
        const side = (id: string) => sideName(id, name);
        // (A pronoun framelens could not resolve is no one to read out to a class: counted apart.)
        const rows = outletFigures(c, o)?.speakers ?? [];
        const unresolved = rows.filter((s) => isUnresolvedShown(s.speaker)).reduce((n, s) => n + s.quotes, 0);
        const speakers = rows.filter((s) => !isUnresolvedShown(s.speaker)).map((s) => (side(s.side) === s.speaker || (!placed && s.side === 'unaffiliated') ? s.speaker : `${s.speaker} (${side(s.side)})`));
        if (unresolved) speakers.push(`${unresolved === 1 ? 'one speaker' : `${unresolved} quotes by speakers`} framelens could not name (a pronoun it did not resolve)`);
        const by = ledgerSpeaker(c, example);
        return sentence(`${o} quotes ${some(speakers)}.${unheard} For example, ${isUnresolvedShown(by) ? 'a speaker framelens could not name' : by} (${example.verb || 'no verb'}): ${q(example.quote, 160)}.`);
      })
      .join(' '),
  );
  answers[answers.length - 1] = `(Mentioned but not quoted: ${NOT_QUOTED_RULE}; a paraphrase does not count.) ${answers[answers.length - 1]}`;

  // 3. Verbs of attribution.
  questions.push('Which verb introduces each speaker’s words (said, asserted, rejected, claimed…)? Does the verb make a speaker sound more or less believable?');
  const verbOf = new Map(lex.attribution.map((v) => [v.lemma, v]));
  // Each side with its most used verbs, in order of first appearance; on a corpus only the sides
  // quoted most are listed and the rest counted.
  const quotesOfSide = new Map<string, number>();
  for (const m of voiceShare(view, c).values()) for (const [side, n] of m) quotesOfSide.set(side, (quotesOfSide.get(side) ?? 0) + n);
  const sides = [...view.sides].filter(([, s]) => s.verbs.size);
  const kept = new Set([...sides].sort(([a], [b]) => (quotesOfSide.get(b) ?? 0) - (quotesOfSide.get(a) ?? 0)).slice(0, LISTED).map(([side]) => side));
  const otherSides = sides.length - kept.size;
  const explained = new Set<string>();
  answers.push(
    [
      ...(placed ? [] : [NO_SIDES]),
      ...sides.filter(([side]) => kept.has(side)).map(([side, s]) => {
        const listed = [...s.verbs].sort((a, b) => b[1].count - a[1].count);
        const verbs = listed.map(([, v]) => q(v.form, 30));
        // Each loaded verb listed here is explained once in the whole answer.
        const loaded = listed.slice(0, LISTED).flatMap(([lemma]) => {
          const v = verbOf.get(lemma);
          if (!v || v.connotation === 'neutral' || v.connotation === 'reporting' || explained.has(lemma)) return [];
          explained.add(lemma);
          return [v];
        });
        const note = loaded.map((v) => `“${v.lemma}” is ${v.connotation}: ${codeSpans(v.explanation)}`).join(' ');
        return `${placed ? quotesBy(side) : 'Quotes'} are introduced with ${some(verbs)} (${some([...s.outlets])}).${note ? ` ${note}` : ''}`;
      }),
      ...(otherSides > 0 ? [`Quotes from ${plural(otherSides, 'other side')} are not listed here.`] : []),
    ].join(' '),
  );

  // 4. Loaded words: narration versus quotes.
  const uses = [...view.loaded.values()];
  const narrated = uses.flatMap((u) => u.evidence.filter((e) => e.voice === 'narrator').map((e) => ({ u, e })));
  const quotedUses = uses.flatMap((u) => u.evidence.filter((e) => e.voice !== 'narrator').map((e) => ({ u, e })));
  if (narrated.length || quotedUses.length) {
    const none = !quotedUses.length
      ? 'No loaded word from framelens’s lexicons was found inside a quote or a paraphrase in these articles.'
      : !narrated.length
        ? 'No loaded word from framelens’s lexicons was found in the outlets’ own words in these articles.'
        : '';
    questions.push(
      narrated.length && quotedUses.length
        ? 'Find a loaded word that the outlet writes in its own voice and one that appears only inside a quote. Who is responsible for each word? What neutral word could replace it?'
        : `Find a loaded word ${narrated.length ? 'that the outlet writes in its own voice' : 'that appears only inside a quote'}. Who is responsible for it? What neutral word could replace it? (${none} Can you find one the lexicons missed?)`,
    );
    // (Which actor a word is about is the least sure of framelens's readings: said as its reading.)
    const show = ({ u, e }: (typeof narrated)[number]) => {
      const entry = entries.get(u.entry);
      return `${q(e.text, 40)} (${e.outlet}, ${e.voice === 'narrator' ? 'the outlet’s own words' : e.voice}${e.about ? `; framelens ties it to ${e.about}` : ''}): ${shown(e.sentence, [e.text])}${entry?.alternatives.length ? `; neutral: ${entry.alternatives.slice(0, 3).join(', ')}` : ''}.`;
    };
    answers.push([...narrated.slice(0, 3).map(show), ...quotedUses.slice(0, 2).map(show), none].filter(Boolean).join(' '));
  }

  // 5. Anonymous sources: claims that rest on people the article does not name.
  const anonymous = view.outlets.map((o) => ({ o, f: outletFigures(c, o) })).filter(({ f }) => f && (f.anonymousQuotes || f.anonymousReported));
  if (anonymous.length) {
    questions.push('Which claims rest on sources the article does not name (“officials say”)? Why might a reporter not name them, and how sure can a reader be?');
    answers.push(
      anonymous
        .map(({ o, f }) => sentence(`${o} credits ${[f!.anonymousQuotes && plural(f!.anonymousQuotes, 'quote'), f!.anonymousReported && `${plural(f!.anonymousReported, 'paraphrase')}`].filter(Boolean).join(' and ')} to ${firstItems(f!.anonymousSources.map((s) => s.source), LISTED, '; ')}: ${f!.anonymousEvidence.slice(0, 2).map((e) => q(e.text, 200)).join(' ')}.`))
        .join(' '),
    );
  }

  // 6. Wire copy and the site around it.
  const wire = view.wireArticles;
  if (wire.length) {
    questions.push('One article is a wire-agency story republished by a site. Which words come from the agency and which from the site that republished it (headlines, lists of links)?');
    answers.push(wire.map((a) => sentence(`${articleName(a)} republishes ${a.wire} copy; loaded words in its site headlines are the site’s own, not ${a.wire}’s.`)).join(' '));
  }

  const blocks: Block[] = [
    { kind: 'h1', text: opts.title },
    {
      kind: 'p',
      text: `You will read ${plural(view.articleCount, 'article')} from ${view.outlets.join(', ')}. ${storyNote(view)} Quote the words you base each answer on.`,
    },
    ...(view.articleCount > HANDFUL ? [{ kind: 'p' as const, text: tooMany(view.articleCount) }] : []),
    { kind: 'h2', text: 'The articles' },
    { kind: 'table', head: ['Outlet', 'Headline (or opening words)', 'Published', 'Wire copy'], rows: view.articles.map((a) => [a.outlet, truncate(a.title ?? a.headline ?? a.id, 120), a.published ?? 'date unknown', a.wire ?? 'no']) },
    ...(view.articleCount > view.articles.length ? [{ kind: 'p' as const, text: `The first ${view.articles.length} of ${view.articleCount} articles are listed.` }] : []),
    ...(naming.length
      ? [{ kind: 'h2' as const, text: 'Fill in: what each outlet calls the main actors' }, { kind: 'table' as const, head: ['Actor', ...view.outlets], rows: naming.map((id) => [name(id), ...view.outlets.map(() => '')]) }]
      : [{ kind: 'p' as const, text: NO_NAMING_TABLE }]),
    { kind: 'h2', text: 'Fill in: who is quoted, and with which verb' },
    { kind: 'table', head: ['Outlet', 'Who is quoted directly', 'Verb used', `Who is mentioned but not quoted (${NOT_QUOTED_RULE})`], rows: view.outlets.map((o) => [o, '', '', '']) },
    { kind: 'h2', text: 'Questions for discussion' },
    { kind: 'ol', items: questions },
    { kind: 'p', text: 'Remember: a loaded word shows a choice of words, not proof of bias. Ask who chose it: the outlet, or the person it quotes.' },
    { kind: 'h2', text: 'Answer key (for the teacher)', newPage: true },
    { kind: 'ol', items: answers },
  ];
  return opts.format === 'html' ? blocksToHtml(blocks, opts.title, opts.footer) : blocksToMarkdown([...blocks, { kind: 'p', text: opts.footer }]);
}
