// An analysed article to the story stage's input: the text of its headline and body (page
// furniture such as related headlines would link unrelated articles), and the actors it
// mentions. Media outlets are left out: an outlet naming itself says nothing about the event.
import { FURNITURE, type ArticleResult } from '../types.js';
import type { StoryInput } from './types.js';

/**
 * `text` is the article text the result was computed from; without it (a saved `analyze` result)
 * the words come from what the result quotes: its quotes, loaded terms and actor mentions.
 */
export function storyInputOf(result: ArticleResult, text: string | null): StoryInput {
  const kept =
    text === null
      ? [...result.quotes.map((q) => q.text), ...result.framing.map((f) => f.text), ...result.mentions.map((m) => m.text)].join('\n')
      : result.segments.length
        ? result.segments.filter((s) => !FURNITURE.has(s.kind)).map((s) => text.slice(s.start, s.end)).join('\n')
        : text;
  // (Only mentions in the article's own text: a name in the site's headline list, `Carol Vorderman
  // showcases …` beside a story on Hong Kong, says nothing about the story.)
  const mentions = new Map<string, number>();
  for (const m of result.mentions) if (!FURNITURE.has(m.segment)) mentions.set(m.actor, (mentions.get(m.actor) ?? 0) + 1);
  return {
    id: result.id,
    outlet: result.outlet,
    ...(result.published ? { published: result.published } : {}),
    ...(result.title ? { title: result.title } : {}),
    text: kept,
    actors: result.actors.filter((a) => a.kind !== 'media-outlet' && mentions.has(a.id)).map((a) => ({ id: a.id, name: a.name, kind: a.kind, mentions: mentions.get(a.id)! })),
  };
}
