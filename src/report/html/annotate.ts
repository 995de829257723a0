// Turns an article text plus overlapping marks (segments, quotes, mentions, loaded terms) into
// well-nested HTML. A mark that crosses the end of a mark opened inside it is closed and reopened,
// so the pieces stay nested; each piece carries its own data-start/data-end offsets.
import { escapeHtml } from './escape.js';

export interface Mark {
  start: number;
  end: number;
  /** Outer layers first: lower numbers enclose higher ones when both cover the same text. */
  layer: number;
  tag: string;
  /** Attribute values are escaped here; names must be safe literals. */
  attrs: Record<string, string>;
  /** Trusted HTML emitted right after the mark's last piece (e.g. its tooltip). */
  after?: string;
  /** Attributes only on the first piece (ids, tabindex). */
  firstAttrs?: Record<string, string>;
}

function openTag(m: Mark, pieceStart: number, first: boolean): string {
  const attrs = { ...m.attrs, ...(first ? m.firstAttrs : {}), 'data-start': String(pieceStart) };
  return `<${m.tag}${Object.entries(attrs)
    .map(([k, v]) => ` ${k}="${escapeHtml(v)}"`)
    .join('')}>`;
}

export function annotate(text: string, marks: Mark[]): string {
  const valid = marks.filter((m) => m.start >= 0 && m.end <= text.length && m.start < m.end);
  const points = [0, text.length];
  for (const m of valid) points.push(m.start, m.end);
  const bounds = [...new Set(points)].sort((a, b) => a - b);
  const starting = new Map<number, Mark[]>();
  for (const m of valid) starting.set(m.start, [...(starting.get(m.start) ?? []), m]);
  // Longer marks open first (they enclose), then by layer.
  for (const list of starting.values()) list.sort((a, b) => b.end - a.end || a.layer - b.layer);

  const out: string[] = [];
  const stack: { mark: Mark; from: number }[] = [];
  const opened = new Set<Mark>();
  const close = (entry: { mark: Mark; from: number }, at: number) => {
    // data-end is only known at closing time: patch it into the opening tag.
    out[entry.from] = out[entry.from].replace(/>$/, ` data-end="${at}">`);
    out.push(`</${entry.mark.tag}>`);
    if (entry.mark.end === at && entry.mark.after) out.push(entry.mark.after);
  };
  const open = (m: Mark, at: number) => {
    stack.push({ mark: m, from: out.length });
    out.push(openTag(m, at, !opened.has(m)));
    opened.add(m);
  };

  for (let i = 0; i < bounds.length; i++) {
    const at = bounds[i];
    // Close every mark ending here, reopening the marks above it that go on.
    const endsAt = stack.findIndex((e) => e.mark.end === at);
    if (endsAt >= 0) {
      const above = stack.splice(endsAt);
      for (const e of [...above].reverse()) close(e, at);
      for (const e of above) if (e.mark.end > at) open(e.mark, at);
    }
    for (const m of starting.get(at) ?? []) open(m, at);
    const next = bounds[i + 1];
    if (next !== undefined) out.push(escapeHtml(text.slice(at, next)));
  }
  return out.join('');
}
