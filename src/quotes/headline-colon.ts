// `Graham: Trump’s Rhetoric Destroying GOP’s Chance`, `Poll: Sanders Leads Clinton Nationally`: a
// headline that opens with a speaker and a colon reports what the speaker said or found, in the
// outlet's words. The quoted parts are direct or partial quotes already (a name before a colon is
// a cue there); this is the reported piece around them. Section labels (`Analysis:`, `Watch:`)
// are no speakers.
import type { Quote, SegmentKind, Segmentation } from '../types.js';
import { isSpeakerLike, isSpeakerNoun, clauseSubject } from './speaker-np.js';
import { tokenize } from './tokens.js';
import { resolveSpeaker, type ArticleContext } from './resolve-speaker.js';
import { isTitleCase } from '../headline-names.js';

/** How far into the headline the colon may stand, and how many words may come before it. */
const MAX_LEAD = 60;
const MAX_LEAD_WORDS = 6;
/** The fewest words said after the colon. */
const MIN_WORDS = 3;
/** Labels of a section, a format or a time that open headlines with a colon and say nothing. */
const LABELS = new Set('latest daily breaking exclusive watch video videos analysis opinion update updates live photos photo gallery review quiz explainer factbox guide timeline podcast recap newsletter email briefing preview transcript fact check correction editorial note listen read more'.split(' '));
const WORD = /[\p{L}\p{N}’'-]+/gu;

/** The headline's reported piece after `Speaker:`, when it has one (at most one per article). */
export function headlineColonSpeech(text: string, seg: Segmentation, ctx: ArticleContext, kindAt: (pos: number) => SegmentKind): Quote | null {
  const h = seg.headline;
  if (!h) return null;
  const colon = text.indexOf(':', h.start);
  if (colon < 0 || colon >= h.end || colon - h.start > MAX_LEAD || !/^\s/.test(text.slice(colon + 1, colon + 2))) return null;
  const lead = text.slice(h.start, colon);
  const words = lead.match(WORD) ?? [];
  if (!words.length || words.length > MAX_LEAD_WORDS || words.some((w) => LABELS.has(w.toLowerCase()))) return null;
  // (The colon may not stand inside a quote: `“Trump: the movie” flops`.)
  if (ctx.quoted.some((q) => q.start <= colon && colon < q.end)) return null;
  const found = clauseSubject(tokenize(text, h.start, colon), text);
  if (!found || found.end !== colon || !isSpeakerLike(found, true)) return null;
  // (`Poll:`, `Report:`, `Newspaper:` are capitalised as a headline's first word, not names.)
  const np = found.type === 'name' && found.nameWords.length === 1 && isSpeakerNoun(found.nameWords[0]) ? { start: found.start, end: found.end, text: found.text, type: 'description' as const, nameWords: [], anonymous: false, role: undefined } : found;
  if (np.type === 'description' && !isSpeakerNoun(np.text.slice(np.text.lastIndexOf(' ') + 1))) return null;
  // (In a title-case headline, a name is one the article's text writes again: `Clinton Cash
  // Debunks Hillary` is no one.)
  const names = ctx.headlineNames;
  if (np.type === 'name' && names && isTitleCase(text.slice(h.start, h.end)) && !names.writtenAgain(np.nameWords) && names.confirmed(np.nameWords)?.length !== np.nameWords.length) return null;
  let start = colon + 1;
  while (start < h.end && /\s/.test(text[start])) start++;
  let end = h.end;
  while (end > start && /[\s.]/.test(text[end - 1])) end--;
  const said = text.slice(start, end);
  if ((said.match(WORD) ?? []).length < MIN_WORDS) return null;
  // A quote from the colon to the end is a direct quote already.
  if (ctx.quoted.some((q) => q.start <= start + 1 && q.end >= end - 1)) return null;
  return {
    start,
    end,
    text: said,
    contents: [{ start, end, text: said }],
    kind: 'reported',
    cue: { text: ':', start: colon, end: colon + 1, lemma: ':' },
    speaker: resolveSpeaker(ctx, np),
    segment: kindAt(start),
    id: 'r0',
    coSpeakers: undefined,
  };
}
