// The voice of any offset, read from the quote stage's spans and nothing else: inside a direct or
// partial quote → `quote` with its speaker; else inside reported speech → `reported` with its
// speaker (the outlet's wording of what that speaker said); else `narrator`. Nested spans: the
// innermost wins (`X said talks with Tehran, which the US has assailed as …` → the US).
import type { Quote, Voice } from '../types.js';
import { SPEECH_KINDS } from '../types.js';
import { spanIndexAt } from '../spans.js';

interface Owner {
  start: number;
  end: number;
  quote: Quote;
  /** 2 for a quoted piece, 1 for reported speech: quoted words beat the paraphrase around them. */
  rank: number;
}

/** Disjoint stretches of text, each with the span whose voice it is in. */
interface Piece {
  start: number;
  end: number;
  owner: Owner;
}

export interface VoiceIndex {
  /** The voice a span is in (a span reaching past its owner's end is narration). */
  voiceOf(span: { start: number; end: number }): Voice;
  /** The quoted piece (quote marks excluded) a span lies in, if any. */
  quotedPieceAt(span: { start: number; end: number }): { start: number; end: number } | null;
}

const NARRATOR: Voice = { kind: 'narrator', speaker: null };

// Inner beats outer: higher rank, then the later start, then the earlier end.
function beats(a: Owner, b: Owner): boolean {
  if (a.rank !== b.rank) return a.rank > b.rank;
  if (a.start !== b.start) return a.start > b.start;
  return a.end < b.end;
}

/** A binary max-heap of owners by `beats`. */
class OwnerHeap {
  private items: Owner[] = [];
  get top(): Owner | undefined {
    return this.items[0];
  }
  push(o: Owner): void {
    const a = this.items;
    a.push(o);
    for (let i = a.length - 1; i > 0; ) {
      const p = (i - 1) >> 1;
      if (!beats(a[i], a[p])) break;
      [a[i], a[p]] = [a[p], a[i]];
      i = p;
    }
  }
  pop(): void {
    const a = this.items;
    const last = a.pop()!;
    if (!a.length) return;
    a[0] = last;
    for (let i = 0; ; ) {
      const l = 2 * i + 1, r = l + 1;
      let best = i;
      if (l < a.length && beats(a[l], a[best])) best = l;
      if (r < a.length && beats(a[r], a[best])) best = r;
      if (best === i) break;
      [a[i], a[best]] = [a[best], a[i]];
      i = best;
    }
  }
}

/** Paints the owners onto the text once (n log n), so each lookup is one binary search. */
function paint(owners: Owner[]): Piece[] {
  owners.sort((a, b) => a.start - b.start || b.end - a.end);
  const bounds: number[] = [];
  for (const o of owners) bounds.push(o.start, o.end);
  bounds.sort((a, b) => a - b);
  // Each bound once: the next one is then the end of the piece starting at a bound.
  let distinct = 0;
  for (const at of bounds) if (distinct === 0 || bounds[distinct - 1] !== at) bounds[distinct++] = at;
  bounds.length = distinct;
  const pieces: Piece[] = [];
  const heap = new OwnerHeap();
  let next = 0;
  // The piece being painted, pushed once it ends. (Not pushed and then lengthened: V8 keeps one
  // field description for `end` in every object literal that opens `{start, end, …}` with three
  // keys, spans' `{start, end, text}` included; the first store to one makes it mutable for all,
  // and the optimised code of the ~40 functions relying on it being constant is thrown away and
  // compiled again. That store is first made late in a PolNeAR dev pass: 26.12 G -> 24.85 G
  // instructions without it.)
  let from = 0, to = 0, owner: Owner | null = null;
  for (let b = 0; b < bounds.length; b++) {
    const at = bounds[b];
    while (next < owners.length && owners[next].start <= at) heap.push(owners[next++]);
    while (heap.top && heap.top.end <= at) heap.pop();
    const top = heap.top;
    if (!top) continue;
    const end = b + 1 < bounds.length ? bounds[b + 1] : top.end;
    if (owner === top && to === at) {
      to = end;
      continue;
    }
    if (owner) pieces.push({ start: from, end: to, owner });
    from = at;
    to = end;
    owner = top;
  }
  if (owner) pieces.push({ start: from, end: to, owner });
  return pieces;
}

export function buildVoiceIndex(quotes: Quote[]): VoiceIndex {
  const owners: Owner[] = [];
  for (const q of quotes) {
    if (SPEECH_KINDS.has(q.kind)) for (const c of q.contents) owners.push({ start: c.start, end: c.end, quote: q, rank: 2 });
    else if (q.kind === 'reported') for (const c of q.contents) owners.push({ start: c.start, end: c.end, quote: q, rank: 1 });
  }
  const pieces = paint(owners);
  const ownerOf = (span: { start: number; end: number }): Owner | null => {
    const i = spanIndexAt(pieces, span.start);
    const o = i >= 0 ? pieces[i].owner : null;
    return o && span.end <= o.end ? o : null;
  };
  return {
    voiceOf(span) {
      const o = ownerOf(span);
      if (!o) return NARRATOR;
      const q = o.quote;
      return { kind: o.rank === 2 ? 'quote' : 'reported', speaker: q.speaker ? { name: q.speaker.name } : null, quoteId: q.id };
    },
    quotedPieceAt(span) {
      const o = ownerOf(span);
      return o && o.rank === 2 ? { start: o.start, end: o.end } : null;
    },
  };
}
