// Verbs that name: what the subject called the object is the subject's word for it (`called
// Hamas terrorists`, `labelled the plan a fraud`, `described the response as brutal`).
import type { Quote } from '../types.js';

export const NAMING: ReadonlySet<string> = new Set(['call', 'label', 'dub', 'brand', 'describe']);

/** Whether a reported span is what its speaker called someone: its words are an object and a
 * name for it, not a clause of their own. */
export const isNaming = (q: Quote) => q.kind === 'reported' && NAMING.has(q.cue?.lemma ?? '');
