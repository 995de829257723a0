// One article's contribution to the corpus profile. Mentions, hits and quotes in a data dump or a
// repeated lead are left out (they would double count); the outlet's own headline lists count.
import type { ArticleResult, Quote, Span } from '../types.js';
import { SPEECH_KINDS } from '../types.js';
import { actorOfSpeaker, actorSide, countedMentions, countedOutlet, inArticleText, inFurniture, quoteSpeakers, shownSpeaker, sideOfSpeaker, speakerMentions, unnamedSpeakerKey } from './article-text.js';
import type { ActorStats, CorpusProfile, Evidence, OutletProfile } from './types.js';
import { emptyMoments } from './moments.js';
import { countWords } from './words.js';
import { addTo, table } from './tally.js';
import { buildVoiceIndex, type VoiceIndex } from '../quotes/voice-index.js';
import { sentencesOf } from '../segment/sentences-of.js';
import { firstStartingAt, spanIndexAt } from '../spans.js';
import { addEvidence } from './evidence.js';
import { verbGroup } from './cue-verb.js';
import { quoteWords } from './quote-words.js';

/** Evidence items kept per list; merging keeps the first ones. */
export const EVIDENCE_CAP = 5;
export const UNKNOWN_OUTLET = '(unknown outlet)';
/** Anonymous-source sentences kept per outlet: the report shows them all for a small corpus. */
export const ANONYMOUS_CAP = 12;


export interface ProfileOptions {
  /** The article text: needed for word counts and for evidence sentences (else evidence is the span itself). */
  text?: string;
}

/** An unnamed source's reported passage that holds a quote of the same source's words
 * (`officials said the plan was “dead on arrival”`): one passage, counted once, as the quote.
 * `quotes` sorted by start, so the quotes inside come right after the passage. */
function quotesOwnWords(quotes: readonly Quote[], i: number): boolean {
  const passage = quotes[i];
  for (let j = i + 1; j < quotes.length && quotes[j].start < passage.end; j++) {
    const q = quotes[j];
    if (q.kind === 'partial' && q.end <= passage.end && q.speaker?.name === passage.speaker?.name) return true;
  }
  return false;
}

export function emptyActorStats(): ActorStats {
  return {
    mentions: 0,
    labels: table(),
    loadedLabels: table(),
    names: table(),
    loaded: table(),
    sentiment: { narrator: emptyMoments(), quote: emptyMoments(), reported: emptyMoments() },
    quotes: 0,
    quotedChars: 0,
    reported: 0,
    verbs: table(),
    evidence: { labels: [], loaded: [], quotes: [] },
  };
}

export function emptyOutletProfile(): OutletProfile {
  return {
    articles: 0,
    characters: 0,
    quotes: 0,
    quotedChars: 0,
    anonymousQuotes: 0,
    anonymousReported: 0,
    jointQuotes: 0,
    anonymousEvidence: [],
    anonymousSources: table(),
    speakers: table(),
    quotesBySide: table(),
    furniture: table(),
    furnitureEvidence: [],
    actors: table(),
    words: table(),
    totalWords: 0,
  };
}

/** Words compared without case, spacing or the kind of quote mark. */
const comparable = (s: string) => s.toLowerCase().replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();

/** Whether the input's title is part of the text analysed (a page's headline usually is). */
export function titleInText(title: string, text: string): boolean {
  return comparable(text).includes(comparable(title));
}

const bump = (rec: Record<string, number>, key: string, by = 1) => addTo(rec, key, by);

const pushCapped = (list: Evidence[], e: Evidence) => addEvidence(list, e, EVIDENCE_CAP);

/** A name or label as counted: `Donald\u00a0Trump` and `Donald Trump` (or one broken across a
 *  line) are one name. */
const oneLine = (s: string): string => (/\s\s|[^\S ]/.test(s) ? s.replace(/\s+/g, ' ') : s);

export function profileArticle(result: ArticleResult, opts: ProfileOptions = {}): CorpusProfile {
  const { text } = opts;
  const outletName = countedOutlet(result.outlet ?? UNKNOWN_OUTLET, result.wire);
  const outlet = emptyOutletProfile();
  outlet.articles = 1;
  outlet.characters = result.length;
  const stats = (id: string) => (outlet.actors[id] ??= emptyActorStats());
  const evidence = (span: { start: number; end: number }, fallback: string): Evidence =>
    text ? { article: result.id, start: span.start, end: span.end, text: text.slice(span.start, span.end).trim() } : { article: result.id, start: span.start, end: span.end, text: fallback };
  // The segment stage's sentences (abbreviations such as `Ms.` and `U.S.` end none), built once needed.
  let sentences: Span[] | undefined;
  const sentenceOf = (at: number): Span | null => {
    if (!text) return null;
    sentences ??= sentencesOf(text, result.segments);
    const i = spanIndexAt(sentences, at);
    return i >= 0 ? sentences[i] : null;
  };

  // A label inside a quote is the speaker's word, not the outlet's (`“We have to look at ISIS as
  // the leading threat”`); in the outlet's paraphrase of a speaker it is the outlet's wording.
  // (Built only for an article with a label: most have none.)
  let voices: VoiceIndex | undefined;
  // A label holding a loaded term the framing stage found characterises its actor (`hawkish US
  // Republican Senator`); the framing hits are in text order.
  const hits = result.framing;
  const holdsLoaded = (span: { start: number; end: number }) => {
    const i = firstStartingAt(hits, span.start);
    return i < hits.length && hits[i].end <= span.end;
  };
  const addLabel = (a: ActorStats, span: { start: number; end: number; text: string }) => {
    const label = oneLine(span.text);
    bump(a.labels, label);
    if (holdsLoaded(span)) bump(a.loadedLabels, label);
    pushCapped(a.evidence.labels, evidence(sentenceOf(span.start) ?? span, span.text));
  };
  for (const m of countedMentions(result)) {
    const a = stats(m.actor);
    a.mentions++;
    if (m.isLabel && (voices ??= buildVoiceIndex(result.quotes)).voiceOf(m).kind === 'quote') continue;
    if (m.isLabel) addLabel(a, m);
    // (`the president`, `The president` and `president` are one way of naming: without the article.)
    else if (m.resolvedBy !== 'pronoun') bump(a.names, m.resolvedBy === 'title' || m.resolvedBy === 'description' ? oneLine(m.text).replace(/^the\s+/i, '') : oneLine(m.text));
  }

  for (const m of speakerMentions(result)) stats(m.actor).mentions++;

  // How the outlet describes a person beside the name (`billionaire Michael Bloomberg`) is a
  // label too, the outlet's own unless it is inside a quote.
  for (const d of result.descriptions ?? []) {
    if (!inArticleText(d.segment) || d.voice === 'quote') continue;
    addLabel(stats(d.actor), d);
  }

  for (const h of result.framing) {
    const surface = h.text.toLowerCase().replace(/’/g, "'");
    if (inFurniture(h.segment)) {
      const key = `${h.segment}|${h.entry}|${surface}`;
      const prev = outlet.furniture[key];
      if (prev) prev.count++;
      else outlet.furniture[key] = { segment: h.segment, entry: h.entry, text: surface, count: 1 };
      pushCapped(outlet.furnitureEvidence, evidence(h.sentence, h.text));
      continue;
    }
    if (!inArticleText(h.segment)) continue;
    const a = stats(h.actor ?? '-');
    const speaker = h.voice.speaker?.name ?? null;
    const key = `${h.voice.kind}|${speaker ?? ''}|${h.entry}|${surface}`;
    const prev = a.loaded[key];
    if (prev) prev.count++;
    else a.loaded[key] = { entry: h.entry, category: h.category, text: surface, voice: h.voice.kind, speaker, count: 1 };
    pushCapped(a.evidence.loaded, evidence(h.sentence, h.text));
  }

  const segmentOfMention = new Map(result.mentions.map((m) => [m.start, m.segment]));
  for (const s of result.sentiment) {
    if (!inArticleText(segmentOfMention.get(s.mention.start) ?? 'body')) continue;
    const m = stats(s.actor).sentiment[s.voice.kind];
    m.n++;
    m.sum += s.score;
    m.sumSq += s.score * s.score;
  }

  // Quotes go to each speaker's actor and to its side (the state or body the registry places it
  // in): a joint statement (`Pelosi and Schumer said`) to each of its speakers, and once to a side.
  const quotes = result.quotes;
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i];
    if (!inArticleText(q.segment)) continue;
    const speech = SPEECH_KINDS.has(q.kind);
    if (!speech && q.kind !== 'reported') continue;
    const chars = q.contents.length ? q.contents.reduce((n, c) => n + (c.end - c.start), 0) : q.end - q.start;
    const speakers = quoteSpeakers(q);
    if (speech) {
      outlet.quotes++;
      outlet.quotedChars += chars;
      if (speakers.length > 1) outlet.jointQuotes++;
      const keys = new Set<string>();
      const sides = new Set<string>();
      for (const s of speakers.length ? speakers : [null]) {
        const actor = actorOfSpeaker(s, result);
        const side = sideOfSpeaker(s, result);
        const key = actor ? actor.id : unnamedSpeakerKey(side, s ? shownSpeaker(s) : 'unattributed');
        if (keys.has(key)) continue;
        keys.add(key);
        sides.add(side);
        const speaker = (outlet.speakers[key] ??= { side, quotes: 0, verbs: table() });
        speaker.quotes++;
        bump(speaker.verbs, verbGroup(q.cue?.lemma));
      }
      for (const side of sides) bump(outlet.quotesBySide, side);
    }
    if (q.speaker?.anonymous && !(q.kind === 'reported' && quotesOwnWords(quotes, i))) {
      if (speech) outlet.anonymousQuotes++;
      else outlet.anonymousReported++;
      bump(outlet.anonymousSources, q.speaker.name);
      addEvidence(outlet.anonymousEvidence, evidence(sentenceOf(q.start) ?? q, `${q.speaker.name}: ${quoteWords(q)}`), ANONYMOUS_CAP);
    }
    // (Each actor and side once per quote, however many of its speakers are of one side.)
    const ids = new Set<string>();
    for (const s of speakers) {
      const actor = actorOfSpeaker(s, result);
      if (!actor) continue;
      const side = actorSide(actor);
      ids.add(actor.id);
      ids.add(side === 'unaffiliated' ? actor.id : side);
    }
    for (const id of ids) {
      const a = stats(id);
      if (speech) {
        a.quotes++;
        a.quotedChars += chars;
        bump(a.verbs, verbGroup(q.cue?.lemma));
        pushCapped(a.evidence.quotes, { article: result.id, start: q.start, end: q.end, text: quoteWords(q) });
      } else a.reported++;
    }
  }

  if (text) {
    for (const seg of result.segments) {
      if (!inArticleText(seg.kind)) continue;
      outlet.totalWords += countWords(text.slice(seg.start, seg.end), outlet.words);
    }
  }

  const actors: CorpusProfile['actors'] = table();
  // Only the registry places an actor: a title's state (`Sen.` → United States) varies by article,
  // so kept here it would make the corpus's affiliation depend on which article came first.
  for (const a of result.actors) actors[a.id] = { id: a.id, name: a.name, kind: a.kind, affiliation: a.known ? a.affiliation : null, known: a.known };
  const titleNotInText = text !== undefined && result.title !== undefined && !titleInText(result.title, text);
  return { version: 1, articles: 1, titlesNotInText: titleNotInText ? 1 : 0, outlets: { [outletName]: outlet }, actors };
}
