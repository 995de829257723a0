// The story grouping's default settings, apart from the grouping code so the CLI can show the
// default threshold in its help without loading it.
import type { StoryOptions } from './types.js';

export const DEFAULT_STORY_OPTIONS: StoryOptions = {
  threshold: 0.15,
  sameDays: 3,
  decayDays: 7,
  termsPerDoc: 60,
  maxPostings: 200,
  probeTerms: 20,
  candidatesPerDoc: 40,
};
