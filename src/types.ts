// Shared data types for every stage. Offsets are UTF-16 indices into the article text exactly as
// read (never a cleaned copy), end exclusive.

export interface Span {
  start: number;
  end: number;
  text: string;
}

export type Severity = 'error' | 'warning' | 'info';

/** A problem about an input or an article: collected into the output, never thrown. */
export interface Diagnostic {
  severity: Severity;
  /** Stable machine-readable code, e.g. `invalid-utf8`, `jsonl-parse`, `unbalanced-quote`. */
  code: string;
  message: string;
  /** Where it came from: a file path, with a 1-based line for JSONL input. */
  source?: { path: string; line?: number };
  span?: { start: number; end: number };
}

// ---------------------------------------------------------------- ingest

export interface Article {
  id: string;
  text: string;
  outlet: string | null;
  title?: string;
  published?: string;
  url?: string;
  /** Wire service named by the input metadata (manifest), if any. */
  wire?: string | null;
  source?: { path: string; line?: number };
  /**
   * Typed segments made by the reader (an HTML page's headline, body and furniture lists), sorted,
   * each paragraph inside one. The segmenter keeps their kinds and looks for datelines, wire
   * credits and signoffs in the body only.
   */
  segments?: Segment[];
  /** Page metadata beyond the fields above (HTML input). */
  authors?: string[];
  language?: string;
}

/** What the reader yields: an article, or an input that could not be read (kept in order). */
export type InputItem =
  | { kind: 'article'; article: Article; diagnostics: Diagnostic[] }
  | {
      kind: 'unreadable';
      id: string;
      source: { path: string; line?: number };
      diagnostics: Diagnostic[];
      /** What the record said of itself, kept so an empty article still counts under its outlet. */
      meta?: { outlet?: string; title?: string; published?: string };
    };

// ---------------------------------------------------------------- segment

export type SegmentKind =
  | 'site-header' // site name / navigation glued before the headline
  | 'headline'
  | 'timestamp'
  | 'dateline' // `TEHRAN -`, `WASHINGTON, Nov 28 (AFP) –`
  | 'wire-credit' // `AFP:` standing alone
  | 'lead-duplicate' // a lead paragraph printed twice: the first copy (a teaser before the dateline)
  | 'headline-duplicate' // a headline printed twice: the second copy (the page title, then the article's)
  | 'body'
  | 'signoff' // `NA/PA` initials of the editors
  | 'licence-footer'
  | 'site-headlines' // the outlet's own "Latest news" / "Must read" blocks
  | 'related-headlines'
  | 'data-dump'; // raw JSON / serialized records

/** Segments that are not the article text proper; quotes there are never speech. */
export const FURNITURE: ReadonlySet<SegmentKind> = new Set<SegmentKind>([
  'site-header',
  'timestamp',
  'licence-footer',
  'site-headlines',
  'related-headlines',
  'data-dump',
  'lead-duplicate',
  'headline-duplicate',
  'signoff',
]);

/** The second copy of words a page prints twice (the first is read). */
export const PRINTED_TWICE: ReadonlySet<SegmentKind> = new Set<SegmentKind>(['lead-duplicate', 'headline-duplicate']);

/** Copies and dumps: the same words printed twice, or no prose at all. No stage or count reads
 * them, so a headline or lead printed twice counts once. */
export const UNREAD: ReadonlySet<SegmentKind> = new Set<SegmentKind>(['data-dump', ...PRINTED_TWICE]);

export interface Segment {
  kind: SegmentKind;
  start: number;
  end: number;
}

export interface Segmentation {
  segments: Segment[];
  paragraphs: Span[];
  /** Sentences of the headline and body (and of furniture, so later stages can look there too). */
  sentences: Span[];
  /** Outlet recognised from the page itself (licence footer, site header, image paths), if any. */
  detectedOutlet: string | null;
  wire: string | null;
  dateline: Span | null;
  headline: Span | null;
}

// ---------------------------------------------------------------- quotes

export type QuoteKind = 'direct' | 'partial' | 'scare' | 'title' | 'term' | 'reported';
export const SPEECH_KINDS: ReadonlySet<QuoteKind> = new Set<QuoteKind>(['direct', 'partial']);

export type SpeakerResolution = 'name' | 'surname' | 'pronoun' | 'description' | 'title' | 'alias';

export interface Speaker {
  /** Resolved full name, or the description for anonymous / unnamed sources. */
  name: string;
  /** The mention nearest the cue. */
  start: number;
  end: number;
  role?: string;
  anonymous: boolean;
  resolvedBy: SpeakerResolution;
  /** The id of the actor (in the result's `actors`) the speaker is, or null; set once the actors
   *  are known, absent in results saved before it was. */
  actor?: string | null;
}

export interface Cue {
  text: string;
  start: number;
  end: number;
  /** Base form of the cue verb (`asserted` → `assert`, `told reporters` → `tell`), or `:` / `according to`. */
  lemma: string;
}

export interface Quote {
  id: string;
  /** From the first content character to the last, quote marks excluded. */
  start: number;
  end: number;
  text: string;
  /** The stretches between quotation marks (several when split around a cue or over paragraphs). */
  contents: Span[];
  kind: QuoteKind;
  cue: Cue | null;
  speaker: Speaker | null;
  segment: SegmentKind;
  /** The people named with the speaker as saying the words together (`Pelosi and Schumer said`),
   *  in text order; absent when the speaker spoke alone, and in results saved before it was read. */
  coSpeakers?: Speaker[];
}

// ---------------------------------------------------------------- lexicons

export type Certainty = 'high' | 'medium' | 'low';

export interface LexiconExamples {
  match: string[];
  noMatch: string[];
}

export interface LoadedTermEntry {
  id: string;
  /** Surface forms including inflections; matched case-insensitively on word boundaries. */
  terms: string[];
  category: string;
  certainty: Certainty;
  alternatives: string[];
  /** Phrases in which the term is not loaded (`regime change` for `regime`, say). */
  exceptions: string[];
  explanation: string;
  sources: string[];
  examples: LexiconExamples;
  /**
   * The term names the people, groups, acts or things of its own noun phrase (`terrorists`,
   * `regime`, `illegal aliens`) rather than describing someone: outside a predicate (`X is a …`,
   * `called X …`) it is about the actor its own phrase names, not the clause's subject. A list:
   * only those terms do (`radicals` names people, `radical` describes them).
   */
  names: boolean | string[];
  /**
   * A state named right before the term says where, or whose nationals, not what the phrase
   * names (`the Paris terror attacks`, `U.S. terrorism watch lists`, `Iraqi insurgents`): the term
   * is then about no actor.
   */
  placeBefore: boolean;
  /** Words that, anywhere in the term's sentence, make it literal: `animals` in a sentence about
   *  elephants is no dehumanising label. */
  literalWith: string[];
  /** Lexicon file it came from (for errors and docs). */
  file: string;
}

export type Connotation = 'neutral' | 'assertive' | 'doubting' | 'denying' | 'conceding' | 'emotive' | 'reporting';

export interface AttributionVerb {
  id: string;
  lemma: string;
  /** Every surface form that can introduce speech: `say`, `says`, `said`, `saying`. */
  forms: string[];
  connotation: Connotation;
  explanation: string;
  examples: LexiconExamples;
  file: string;
}

export interface HedgeEntry {
  id: string;
  terms: string[];
  kind: 'hedge' | 'intensifier';
  /** Phrases in which the term is not a hedge (`May 5`, `in May` for `may`). */
  exceptions: string[];
  explanation: string;
  examples: LexiconExamples;
  file: string;
}

export type ActorKind =
  | 'state'
  | 'government-body'
  | 'armed-group'
  | 'party'
  | 'person'
  | 'international-body'
  | 'media-outlet'
  | 'group';

export interface ActorEntry {
  id: string;
  name: string;
  kind: ActorKind;
  aliases: string[];
  /** Aliases that are themselves labels (`the regime` for Iran, `Takfiri terrorists` for ISIL). */
  labels: string[];
  affiliation: string | null;
  role?: string;
  file: string;
}

export interface LexiconSet {
  loaded: LoadedTermEntry[];
  attribution: AttributionVerb[];
  hedges: HedgeEntry[];
  actors: ActorEntry[];
  /** First name (lower case) → the gender a reader assumes, from `kind: names` files. */
  firstNames?: Map<string, 'female' | 'male'>;
  /** A short form of a first name (lower case) → the first names it is short for (`bill` →
   * [`william`]), from `nicknames` in `kind: names` files. */
  nicknames?: Map<string, string[]>;
  /** sha256 over the lexicon files, for the reproducibility footer. */
  hash: string;
  files: string[];
}

// ---------------------------------------------------------------- actors

/** `description`: a definite description of a group named before (`the terrorist groups`). */
export type MentionResolution = 'name' | 'alias' | 'surname' | 'pronoun' | 'title' | 'label' | 'description';

export interface ActorRef {
  id: string;
  name: string;
  kind: ActorKind;
  affiliation: string | null;
  role?: string;
  /** False for people found in the text but not in the registry. */
  known: boolean;
}

export interface Mention {
  start: number;
  end: number;
  text: string;
  actor: string;
  resolvedBy: MentionResolution;
  isLabel: boolean;
  segment: SegmentKind;
}

/** How the article describes a person it names: the words before the name (`billionaire Michael
 * Bloomberg`) or an appositive after it (`Kevin Sheekey, a longtime adviser to Mr. Bloomberg`). */
export interface Description {
  start: number;
  end: number;
  text: string;
  actor: string;
  form: 'before' | 'appositive';
  segment: SegmentKind;
  /** Whose words the description is: inside a quote it is the speaker's, not the outlet's. */
  voice: VoiceKind;
}

// ---------------------------------------------------------------- framing

export type VoiceKind = 'narrator' | 'quote' | 'reported';

export interface Voice {
  kind: VoiceKind;
  speaker: { name: string } | null;
  quoteId?: string;
}

export interface FramingHit {
  start: number;
  end: number;
  text: string;
  entry: string;
  category: string;
  certainty: Certainty;
  actor: string | null;
  segment: SegmentKind;
  voice: Voice;
  /** The sentence it was found in, for evidence. */
  sentence: { start: number; end: number };
}

export interface SentimentScore {
  actor: string;
  mention: { start: number; end: number };
  /** The clause that was scored. */
  start: number;
  end: number;
  score: number;
  comparative: number;
  voice: Voice;
}

// ---------------------------------------------------------------- per-article result

export interface ArticleResult {
  id: string;
  /** Only on an input that could not be read (its record keeps the place, with empty arrays). */
  status?: 'unreadable';
  outlet: string | null;
  published?: string;
  title?: string;
  /** The page's address (a WARC record's target URI, a page's canonical URL), when the input gave one. */
  url?: string;
  wire: string | null;
  /** Characters of the article (for throughput and per-1000-character rates). */
  length: number;
  segments: Segment[];
  quotes: Quote[];
  actors: ActorRef[];
  mentions: Mention[];
  /** Descriptions set beside the people's names (results saved by an older version have none). */
  descriptions?: Description[];
  framing: FramingHit[];
  sentiment: SentimentScore[];
  diagnostics: Diagnostic[];
}
