// Tells speech (direct, partial) from quoted words that are not speech: scare quotes, titles
// of programmes or books, and terms (`the “six plus two” process`, dates, handles, links).
import type { QuoteKind } from '../types.js';

const TITLE_LEAD = /\b(?:called|titled|entitled|named|dubbed|show|program|programme|book|film|movie|documentary|series|column|song|album|article|op-ed|headline|episode|magazine|newspaper|slogan|hashtag|campaign)\s*$/i;
const MINOR = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'is']);
const NOT_SPEECH = /^(?:[\d\s.,:/\-–]+|@\w+|#\w+|(?:https?:\/\/|www\.|pic\.twitter\.com)\S*|[\p{L}.]+\.(?:com|org|net|gov)\S*)$/u;

export function wordCount(s: string): number {
  return s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

function isTitleCase(s: string): boolean {
  const ws = s.replace(/[.,!?'’"”]+$/u, '').split(/\s+/).filter((w) => /[\p{L}]/u.test(w));
  if (!ws.length || ws.length > 8) return false;
  return ws.every((w, i) => /^[\p{Lu}\d]/u.test(w) || (i > 0 && MINOR.has(w.toLowerCase())));
}

export interface ClassifyInput {
  content: string;
  /** Text just before the opening mark (same clause). */
  before: string;
  /** Text just after the closing mark. */
  after: string;
  attributed: boolean;
  furniture: boolean;
}

export function classify({ content, before, after, attributed, furniture }: ClassifyInput): QuoteKind {
  const words = wordCount(content);
  if (NOT_SPEECH.test(content.trim())) return 'term';
  const titleCase = isTitleCase(content);
  if (furniture) return titleCase && words > 1 ? 'title' : 'scare';
  if (titleCase && TITLE_LEAD.test(before)) return 'title';
  // `the “six plus two” process`: a quoted modifier of the noun after it.
  if (/\b(?:the|a|an)\s*$/i.test(before) && /^\s+\p{Ll}+\b(?!\s+(?:of|to|that|and|or|in|on|for|by|as|is|was|are|were))/u.test(after) && words <= 4 && !/[.,!?]$/.test(content))
    return 'term';
  if (!attributed && titleCase && words <= 6 && words > 1) return 'title';
  if (/\bso-called\s*$/i.test(before)) return 'scare';
  const clauseStart = before.trim() === '' || /[:,]\s*$/.test(before);
  return clauseStart && /^[\p{Lu}\d…\[.'‘"“(]/u.test(content) && words >= 3 ? 'direct' : 'partial';
}
