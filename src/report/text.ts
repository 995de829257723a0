// Small text helpers shared by the renderers.
import { MIN_CLAUSES } from '../aggregate/moments.js';

/** Shortens to at most `max` characters, cut at a word boundary and ending in an ellipsis when cut. */
export function truncate(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const head = flat.slice(0, Math.max(0, max - 1));
  const space = head.lastIndexOf(' ');
  // A single very long word is cut where it must be.
  return `${(space > max / 2 ? head.slice(0, space) : head).replace(/[\s,;:“"‘(]+$/, '')}…`;
}

/** A passage of at most `max` characters that shows the first of `terms` found in it: cut at the
 * end as `truncate` does when the term survives that, else around the term at word boundaries. */
export function excerpt(text: string, terms: readonly string[], max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const head = truncate(flat, max);
  const hit = terms.map((t) => findTerm(flat, t.replace(/\s+/g, ' ').trim())).find((h) => h !== null);
  if (!hit || hit.end <= head.length - 1 || head === flat) return head;
  if (hit.end - hit.start > max - 2) return truncate(flat.slice(hit.start), max);
  // Room for an ellipsis at each end; the term sits near the middle of what is left.
  let start = Math.max(0, Math.min(hit.start - Math.floor((max - 2 - (hit.end - hit.start)) / 2), flat.length - (max - 2)));
  let end = Math.min(flat.length, start + max - 2);
  const before = flat.indexOf(' ', start - 1);
  if (start > 0) start = before >= 0 && before < hit.start ? before + 1 : hit.start;
  const after = flat.lastIndexOf(' ', end);
  if (end < flat.length) end = after >= hit.end ? after : hit.end;
  const body = flat.slice(start, end).replace(/^[\s,;:.–—-]+|[\s,;:“"‘(–—-]+$/gu, '');
  return `${start > 0 ? '…' : ''}${body}${end < flat.length ? '…' : ''}`;
}

/** Where `term` stands in `text` as whole words (any case), else anywhere; null when absent. */
function findTerm(text: string, term: string): { start: number; end: number } | null {
  if (!term) return null;
  const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu').exec(text);
  const at = m ? m.index : text.toLowerCase().indexOf(term.toLowerCase());
  return at < 0 ? null : { start: at, end: at + term.length };
}

/** Text in curly quotes, without doubling marks it already has (`““`). A quotation inside the
 * text takes single marks, so every mark pairs (`“‘We will appeal,’ Lopez said.”`, `“… was
 * completed ‘early this year.’”`); a text that is one quotation keeps only the outer marks. */
export function inQuotes(text: string): string {
  const open = /^[“"‘']+/.exec(text)?.[0].length ?? 0;
  const whole = open ? text.slice(open).replace(/[”"’']+$/, '') : text;
  if (!/[“”"]/.test(whole)) return `“${whole}”`;
  const nested = text.replace(/[“”"]/g, (mark, at: number) => (mark === '“' || (mark === '"' && (at === 0 || /[\s([{—–-]/.test(text[at - 1]))) ? '‘' : '’'));
  return `“${nested}”`;
}

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** `three` for 3, as prose writes a small number; `12` for 12. */
export function numberWord(n: number): string {
  return NUMBER_WORDS[n] ?? String(n);
}

/** A mean tone as the tables show it: `-0.50 ± 1.20 (n=7)`; `too few (n=1)` below MIN_CLAUSES,
 * as the chart says; `—` with no clause. */
export function toneText(s: { n: number; mean: number | null; std: number | null }): string {
  if (!s.n || s.mean === null || s.std === null) return '—';
  if (s.n < MIN_CLAUSES) return `too few (n=${s.n})`;
  return `${s.mean >= 0 ? '+' : ''}${s.mean.toFixed(2)} ± ${s.std.toFixed(2)} (n=${s.n})`;
}

/** `A, B, C and 12 more`: the first `max` items (the caller orders them, most frequent first). */
export function firstItems(items: readonly string[], max: number, separator = ', '): string {
  const more = items.length - max;
  return more > 0 ? `${items.slice(0, max).join(separator)} and ${more} more` : items.join(separator);
}

export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

/** `3/7 (43%)`: every percentage shows the counts behind it. */
export function share(part: number, whole: number): string {
  return whole === 0 ? '0/0' : `${part}/${whole} (${Math.round((100 * part) / whole)}%)`;
}

/**
 * Wraps prose on spaces so no line is longer than `width` (a longer word stays whole). Words that
 * match `keepOff` never start a line (in Markdown, `- x` or `1. x` there would start a list).
 */
export function wrapText(text: string, width: number, keepOff?: RegExp): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      const cut = line.lastIndexOf(' ');
      if (keepOff?.test(word) && cut > 0) {
        // Carry the previous word down with it, so the line starts with an ordinary word.
        lines.push(line.slice(0, cut));
        line = `${line.slice(cut + 1)} ${word}`;
      } else {
        lines.push(line);
        line = word;
      }
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

/** An outlet's loaded terms by voice, as the summary and compare name them: a paraphrase is the
 * outlet's wording, counted apart from its narration and from quotes. */
export const VOICE_SPLIT = { narrator: 'in its own narration', reported: 'in its paraphrase of speakers', quote: 'in quotes' } as const;

/** Whose words a loaded term is in, as a reader would say it: the outlet's own words, a quote of
 * someone, or the outlet's paraphrase of someone (reported speech is the outlet's wording). With
 * no speaker found, it says so: `an unnamed speaker` would read as an anonymous source. */
export function voicePhrase(kind: 'narrator' | 'quote' | 'reported', speaker: string | null | undefined): string {
  if (kind === 'quote') return speaker ? `quoting ${speaker}` : 'in a quote it credits to no one';
  if (kind === 'reported') return speaker ? `in its paraphrase of ${speaker}` : 'in a paraphrase it credits to no one';
  return 'in its own words';
}

/** A generated sentence as it is printed: its first letter a capital (`outlet unknown quotes …`). */
export function sentence(text: string): string {
  return text.replace(/^\p{Ll}/u, (m) => m.toUpperCase());
}

/** Under a table of quotes per speaker: a joint statement is in it once for each of its speakers. */
export function jointNote(joint: number): string {
  return `${joint === 1 ? 'One quote was' : `${joint} quotes were`} said jointly (“A and B said”): ${joint === 1 ? 'it counts' : 'each counts'} for every one of its speakers here, and once in the outlet's quote total.`;
}
