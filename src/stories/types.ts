// Story grouping: which articles report the same real-world event.

/** One article as the story stage takes it: its text, or what the analysis found in it. */
export interface StoryInput {
  id: string;
  outlet: string | null;
  /** ISO date (or date-time); articles without one are grouped on content alone. */
  published?: string;
  title?: string;
  /** The article text proper (headline and body; page furniture left out where known). */
  text?: string;
  /** Actors the analysis found, with how often each is mentioned. */
  actors?: { id: string; name: string; kind?: string; mentions: number }[];
}

export interface StoryOptions {
  /** Average-link similarity at or above which two groups are one story. */
  threshold: number;
  /** Articles at most this many days apart are compared on content alone. */
  sameDays: number;
  /** Beyond `sameDays`, similarity is scaled by exp(-(gap - sameDays) / decayDays). */
  decayDays: number;
  /** Terms kept per article (highest TF-IDF first). */
  termsPerDoc: number;
  /** A term in more articles than this is too common to propose candidate pairs. */
  maxPostings: number;
  /** Terms per article (its highest-weighted rare ones) that propose candidate pairs. */
  probeTerms: number;
  /** Candidate partners compared per article. */
  candidatesPerDoc: number;
}

export interface StoryArticle {
  id: string;
  outlet: string | null;
  published?: string;
  title?: string;
}

export interface Story {
  /** `s1`, `s2`, … in order of each story's first article in the input. */
  story: string;
  articles: StoryArticle[];
  outlets: string[];
  /** Earliest and latest date (YYYY-MM-DD) of its dated articles. */
  from: string | null;
  to: string | null;
  /** Actors named in most of its articles, most mentioned first. */
  actors: string[];
  /** The words that most set it apart (highest summed TF-IDF). */
  words: string[];
}

export interface StoryAssignment {
  id: string;
  outlet: string | null;
  published?: string;
  story: string;
}

export interface StoryGrouping {
  assignments: StoryAssignment[];
  stories: Story[];
}
