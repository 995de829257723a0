// The corpus model: per-outlet counts that merge associatively, so any number of articles can be
// streamed through in bounded memory (counts and capped evidence lists, never the articles), and
// the comparison rendered from it. Plain JSON throughout.
import type { ActorKind, Connotation, VoiceKind } from '../types.js';

/** A place in an article that backs a number: the sentence (or the hit itself when no text was given). */
export interface Evidence {
  article: string;
  start: number;
  end: number;
  text: string;
}

/** Sum, sum of squares and count: mean and spread merge exactly. */
export interface Moments {
  n: number;
  sum: number;
  sumSq: number;
}

export interface LoadedCount {
  entry: string;
  category: string;
  /** The surface form, lower-cased. */
  text: string;
  voice: VoiceKind;
  speaker: string | null;
  count: number;
}

export interface ActorStats {
  mentions: number;
  /** Label mentions verbatim (`Iran’s Regime`, `the Iranian regime`) with counts. */
  labels: Record<string, number>;
  /** Of those, the labels holding a loaded term the framing stage found (`hawkish US Republican
   *  Senator`, `Takfiri terrorists`), with counts: the ones that characterise the actor. */
  loadedLabels: Record<string, number>;
  /** Names and aliases used, verbatim (`Tehran`, `the Islamic Republic`), with counts; pronouns left out. */
  names: Record<string, number>;
  /** Keyed `voice|speaker|entry|text`. */
  loaded: Record<string, LoadedCount>;
  sentiment: Record<VoiceKind, Moments>;
  /** Direct and partial quotes by the actor or by people affiliated with it. */
  quotes: number;
  /** Characters of those quotes. */
  quotedChars: number;
  /** Reported-speech spans by the actor or its people. */
  reported: number;
  /** Cue lemmas of those quotes with counts (`say`, `insist`, `claim`, `no verb (colon)`). */
  verbs: Record<string, number>;
  evidence: { labels: Evidence[]; loaded: Evidence[]; quotes: Evidence[] };
}

export interface OutletProfile {
  articles: number;
  characters: number;
  /** Direct and partial quotes outside page furniture. */
  quotes: number;
  quotedChars: number;
  /** Direct and partial quotes from anonymous sources. */
  anonymousQuotes: number;
  /** Reported-speech spans from anonymous sources (`US officials say`). */
  anonymousReported: number;
  anonymousEvidence: Evidence[];
  /** How the anonymous sources are described (`US officials`), with counts. */
  anonymousSources: Record<string, number>;
  /** Direct and partial quotes per speaker: keyed by the speaker's actor id, or, for a speaker who
   *  is no actor, by `"` and the speaker as shown (`"a senior official`, `"unattributed`). A joint
   *  statement (`Pelosi and Schumer said`) counts for each of its speakers. */
  speakers: Record<string, SpeakerCount>;
  /** Direct and partial quotes said jointly (`Pelosi and Schumer said`): `speakers` counts each
   *  for every one of its speakers. */
  jointQuotes: number;
  /** Direct and partial quotes per side their speakers give voice to (SpeakerCount's `side`): a
   *  joint statement counts once for each side among its speakers, each quote once per side. */
  quotesBySide: Record<string, number>;
  /** Loaded terms in the site's own furniture (headline lists, related links), keyed `segment|entry|text`: never the article's findings. */
  furniture: Record<string, { segment: string; entry: string; text: string; count: number }>;
  furnitureEvidence: Evidence[];
  actors: Record<string, ActorStats>;
  /** Word counts of the article text proper (no furniture), stopwords left out, for log-odds. */
  words: Record<string, number>;
  totalWords: number;
}

export interface SpeakerCount {
  /** The side the speaker gives voice to (actor id, or `anonymous`, `unaffiliated`, `unattributed`). */
  side: string;
  quotes: number;
  /** Cue lemmas (else the cue, else `—`) with counts. */
  verbs: Record<string, number>;
}

/** One speaker's quotes in one outlet, as every view lists them. */
export interface SpeakerRow {
  /** The actor the speaker is (every spelling of its name counted here), or null. */
  actor: string | null;
  /** The actor's corpus name, else the speaker as the article gives it. */
  speaker: string;
  side: string;
  quotes: number;
  verbs: { verb: string; count: number }[];
}

export interface ActorInfo {
  id: string;
  name: string;
  kind: ActorKind;
  affiliation: string | null;
  known: boolean;
}

export interface CorpusProfile {
  version: 1;
  articles: number;
  /** Articles whose input `title` is not in their text, so was not analysed (only `text` is).
   *  Counted only where the text is known. */
  titlesNotInText: number;
  outlets: Record<string, OutletProfile>;
  actors: Record<string, ActorInfo>;
}

/** A mean and standard deviation over n values; both null when n is 0 (no value, not a neutral 0). */
export interface Stat {
  n: number;
  mean: number | null;
  std: number | null;
}

export interface ComparisonRow {
  outlet: string;
  actor: string;
  actorName: string;
  kind: ActorKind;
  affiliation: string | null;
  mentions: number;
  /** Mentions per 1000 characters of the outlet's articles. */
  mentionRate: number;
  /** `loaded`: the label holds a loaded term (`billionaire`, `the regime`); an office or a name
   *  beside it (`Sen.`, `GOP nominee`) does not. */
  labels: { text: string; count: number; loaded: boolean }[];
  names: { text: string; count: number }[];
  loaded: LoadedCount[];
  loadedByVoice: Record<VoiceKind, number>;
  sentiment: Stat & { byVoice: Record<VoiceKind, Stat> };
  quoted: {
    quotes: number;
    /** Share of the outlet's quotes that go to this actor or its people. */
    share: number;
    /** Share of the outlet's quoted characters. */
    charShare: number;
    reported: number;
    verbs: { lemma: string; connotation: Connotation | null; count: number }[];
  };
  evidence: ActorStats['evidence'];
}

export interface DistinctiveWord {
  word: string;
  count: number;
  otherCount: number;
  /** Weighted log-odds ratio of this outlet against all others (informative Dirichlet prior). */
  delta: number;
  z: number;
}

export interface Comparison {
  articles: number;
  outlets: {
    outlet: string;
    articles: number;
    characters: number;
    quotes: number;
    anonymousQuotes: number;
    anonymousReported: number;
    /** Quotes said jointly, which `speakers` counts for each of their speakers. */
    jointQuotes: number;
    anonymousShare: number;
    anonymousEvidence: Evidence[];
    anonymousSources: { source: string; count: number }[];
    /** Most quoted first; verbs most used first. */
    speakers: SpeakerRow[];
    sides: { side: string; count: number }[];
    furniture: { segment: string; entry: string; text: string; count: number }[];
    furnitureEvidence: Evidence[];
    /** Ids of one person that this outlet's figures count under another (`james-clapper-jr` under
     *  `james-clapper`), sorted by id. The quote ledger keeps the id each article gave. */
    joined: { id: string; countedAs: string }[];
  }[];
  actors: ActorInfo[];
  rows: ComparisonRow[];
  distinctiveWords: { outlet: string; words: DistinctiveWord[] }[];
}
