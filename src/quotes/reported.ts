import type { Quote, Segmentation, SegmentKind } from '../types.js';
import type { CueIndex } from './cues.js';
import type { ArticleContext } from './resolve-speaker.js';

// Placeholder until reported speech lands (next commit).
export function findReportedSpeech(_text: string, _seg: Segmentation, _index: CueIndex, _ctx: ArticleContext, _kindAt: (pos: number) => SegmentKind): Omit<Quote, 'id'>[] {
  return [];
}
