// The marks of one article for the annotated view: furniture segments, quotes (labelled with the
// speaker), actor mentions (link targets of the actor index) and loaded terms (focusable, with
// their explanation as a tooltip).
import { FURNITURE, SPEECH_KINDS, type ArticleResult, type LexiconSet, type LoadedTermEntry } from '../../types.js';
import type { Mark } from './annotate.js';
import { escapeHtml } from './escape.js';
import { voicePhrase } from '../text.js';
import { jointly, shownSpeaker, speakerMentions } from '../../aggregate/index.js';

export const SEGMENT_LABELS: Record<string, string> = {
  'site-header': 'site header',
  timestamp: 'timestamp',
  'licence-footer': 'licence footer',
  'site-headlines': "the site's own headlines",
  'related-headlines': 'related headlines',
  'data-dump': 'raw data on the page',
  'lead-duplicate': 'lead printed twice',
  'headline-duplicate': 'headline printed twice',
  signoff: 'editor sign-off',
};

export function categoryLabel(category: string): string {
  return category.replace(/-label$/, '').replace(/-/g, ' ');
}

const speakerLabel = (q: ArticleResult['quotes'][number]): string => {
  const who = q.speaker ? `${shownSpeaker(q.speaker)}${q.speaker.anonymous ? ' (anonymous)' : ''}${jointly(q)}` : 'speaker unknown';
  return `${who}${q.cue ? ` · ${q.cue.text}` : ''}`;
};


export function articleMarks(r: ArticleResult, lexicons: LexiconSet, prefix: string): Mark[] {
  const entries = new Map<string, LoadedTermEntry>(lexicons.loaded.map((e) => [e.id, e]));
  const actorName = new Map(r.actors.map((a) => [a.id, a.name]));
  const marks: Mark[] = [];
  for (const s of r.segments) {
    if (!FURNITURE.has(s.kind)) continue;
    marks.push({ start: s.start, end: s.end, layer: 0, tag: 'span', attrs: { class: `furniture seg-${s.kind}`, 'data-label': `Not article text: ${SEGMENT_LABELS[s.kind] ?? s.kind}` } });
  }
  for (const q of r.quotes) {
    if (q.kind === 'reported') {
      // A quiet mark: the outlet's paraphrase of a speaker, whose voice every word inside is in;
      // one per piece (`A, Rubio said, B`), as the voice index reads them.
      const who = q.speaker ? `paraphrase of ${shownSpeaker(q.speaker)}${q.speaker.anonymous ? ' (anonymous)' : ''}${jointly(q)}` : 'paraphrase, speaker not found';
      const attrs = { class: 'reported', 'data-quote': q.id, 'data-label': `${who}${q.cue ? ` · ${q.cue.text}` : ''}`, ...(q.speaker ? { 'data-speaker': q.speaker.name } : {}) };
      for (const piece of q.contents) marks.push({ start: piece.start, end: piece.end, layer: 0.5, tag: 'span', attrs });
      continue;
    }
    const speech = SPEECH_KINDS.has(q.kind);
    const label = speech ? speakerLabel(q) : `${q.kind} quotes, not speech`;
    // One mark per piece between the quotation marks: the narrator's words between the pieces of
    // a split quote (`,” said the prime minister, “`) are not the speaker's.
    const pieces = q.contents.length ? q.contents : [q];
    pieces.forEach((piece, i) => {
      marks.push({
        start: piece.start,
        end: piece.end,
        layer: 1,
        tag: 'span',
        attrs: {
          class: `quote kind-${q.kind}`,
          'data-quote': q.id,
          'data-kind': q.kind,
          'data-label': i ? `${label}, continued` : label,
          ...(q.speaker ? { 'data-speaker': q.speaker.name } : {}),
        },
      });
    });
  }
  r.mentions.forEach((m, i) => {
    marks.push({
      start: m.start,
      end: m.end,
      layer: 2,
      tag: 'span',
      attrs: { class: `mention${m.isLabel ? ' is-label' : ''}`, 'data-actor': m.actor, title: `${actorName.get(m.actor) ?? m.actor} (${m.resolvedBy})` },
      firstAttrs: { id: `${prefix}-m${i}` },
    });
  });
  for (const m of speakerMentions(r)) {
    const attrs = { class: 'mention', 'data-actor': m.actor, title: `${actorName.get(m.actor) ?? m.actor} (speaker)` };
    marks.push({ start: m.start, end: m.end, layer: 2, tag: 'span', attrs, firstAttrs: { id: `${prefix}-s${m.start}` } });
  }
  r.framing.forEach((f, i) => {
    const entry = entries.get(f.entry);
    const tipId = `${prefix}-t${i}`;
    const voice = voicePhrase(f.voice.kind, f.voice.speaker?.name);
    const about = f.actor ? ` About: ${actorName.get(f.actor) ?? f.actor}.` : '';
    const alternatives = entry?.alternatives.length ? ` Neutral alternatives: ${entry.alternatives.join(', ')}.` : '';
    const tip = `<span class="tip" role="tooltip" id="${tipId}"><b>${escapeHtml(categoryLabel(f.category))}</b> (${escapeHtml(f.certainty)} certainty; ${escapeHtml(voice)}).${escapeHtml(about)} ${escapeHtml(entry?.explanation ?? '')}${escapeHtml(alternatives)}</span>`;
    marks.push({
      start: f.start,
      end: f.end,
      layer: 3,
      tag: 'mark',
      attrs: { class: `loaded cat-${f.category}`, 'data-entry': f.entry, 'data-label': categoryLabel(f.category), 'data-voice': f.voice.kind },
      firstAttrs: { tabindex: '0', 'aria-describedby': tipId },
      after: tip,
    });
  });
  return marks;
}
