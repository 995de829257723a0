// Whether a handful of articles (a worksheet's) report one story, with the reason in words.
import { DEFAULT_STORY_OPTIONS, groupStories } from './group-stories.js';
import { dayOf } from './days.js';
import type { StoryInput, StoryOptions } from './types.js';

export interface SameStory {
  same: boolean;
  why: string;
}

export function sameStory(items: StoryInput[], options: Partial<StoryOptions> = {}): SameStory {
  if (items.length < 2) return { same: true, why: 'there is only one article' };
  const o = { ...DEFAULT_STORY_OPTIONS, ...options };
  const days = items.map((i) => dayOf(i.published)).filter((d): d is number => d !== null);
  const years = [...new Set(items.map((i) => i.published?.slice(0, 4)).filter(Boolean))].sort();
  const { stories } = groupStories(items, o);
  if (stories.length === 1) {
    const words = stories[0].words.slice(0, 3).join(', ');
    return { same: true, why: `all ${items.length} articles share distinctive words (${words})${stories[0].from ? ` and dates (${stories[0].from === stories[0].to ? stories[0].from : `${stories[0].from} to ${stories[0].to}`})` : ''}` };
  }
  const span = days.length > 1 ? days.reduce((a, b) => Math.max(a, b)) - days.reduce((a, b) => Math.min(a, b)) : 0;
  if (span > o.sameDays + 3 * o.decayDays) {
    const apart = span >= 730 ? `${Math.round(span / 365.25)} years` : `${span} days`;
    return { same: false, why: `they were published ${apart} apart (${years.join(', ')}), too far apart to report one event` };
  }
  return { same: false, why: `they fall into ${stories.length} groups by their distinctive words: they report different events, though maybe related ones` };
}
