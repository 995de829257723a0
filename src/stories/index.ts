export { groupStories, groupCorpus, DEFAULT_STORY_OPTIONS } from './group-stories.js';
export { StoryCorpus } from './story-corpus.js';
export { storyInputOf } from './from-result.js';
export { sameStory, type SameStory } from './same-story.js';
export type * from './types.js';
