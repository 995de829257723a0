import { WIRE_ALTERNATION, wireByAlias } from './known-sources.js';

export interface DatelineMatch {
  /** The whole dateline including its dash: the `dateline` segment. */
  start: number;
  end: number;
  /** City part up to the dash: `TEHRAN`, `WASHINGTON, Nov 28 (AFP)`. */
  labelEnd: number;
  wire: string | null;
}

// `TEHRAN -`, `WASHINGTON, Nov 28 (AFP) –`, `BEIRUT, Lebanon (AP) —`, `Washington (Reuters) -`.
// A city in capitals may stand alone; a city in mixed case needs a wire in brackets.
const CAPS_CITY = String.raw`[A-Z][A-Z'’.]+(?:[ -][A-Z][A-Z'’.]+){0,3}`;
const MIXED_CITY = String.raw`[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}`;
const QUALIFIER = String.raw`,\s*(?:[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*){0,2})?(?:\s*\d{1,2}(?:,\s*\d{4})?)?`;
const PAREN = String.raw`\s*\(([A-Za-z][A-Za-z .-]{0,30})\)`;
// (`WASHINGTON ―`: HuffPost's dash is the horizontal bar, U+2015.)
const DASH = String.raw`\s*[-–—―‒]{1,2}\s+`;
const CAPS_DATELINE = `(${CAPS_CITY})((?:${QUALIFIER}){0,2})(?:${PAREN})?(?=${DASH})`;
const MIXED_DATELINE = `(${MIXED_CITY})((?:${QUALIFIER}){0,2})\\s*\\((${WIRE_ALTERNATION})\\)(?=${DASH})`;
const DASH_RE = new RegExp(`^${DASH}`);
/** Capitalised labels that open a story like a dateline but name no place (`EXCLUSIVE –`). */
const KICKERS = /^(?:EXCLUSIVE|BREAKING(?: NEWS)?|UPDATED?|WATCH|LISTEN|VIDEO|PHOTOS?|OPINION|ANALYSIS|EDITORIAL|COMMENTARY|REVIEW|FACT CHECK|LIVE|ALERT|FLASH|URGENT|NOTE|CORRECTION)$/;

const AT_START = new RegExp(`^(?:${CAPS_DATELINE}|${MIXED_DATELINE})`);
/** After a sentence end inside a paragraph; there the dateline must carry a date or a wire. */
const AFTER_SENTENCE = new RegExp(`(?<=[.!?][”"’']?\\s+)(?:${CAPS_DATELINE}|${MIXED_DATELINE})`, 'g');

function build(text: string, from: number, m: RegExpExecArray, requireDetail: boolean): DatelineMatch | null {
  const caps = m[1] !== undefined;
  const city = caps ? m[1]! : m[4]!;
  const qualifier = caps ? m[2]! : m[5]!;
  const paren = caps ? m[3] : m[6];
  if (caps && city.replace(/[^A-Z]/g, '').length < 3) return null; // `US - Iran` is no dateline
  if (caps && (wireByAlias(city) || KICKERS.test(city))) return null;
  if (requireDetail && !qualifier && !paren) return null;
  const start = from + m.index;
  const labelEnd = start + m[0].length;
  const dash = DASH_RE.exec(text.slice(labelEnd, labelEnd + 8))!;
  const end = labelEnd + dash[0].trimEnd().length;
  return { start, end, labelEnd, wire: paren ? wireByAlias(paren) : null };
}

/** A dateline at `start`, or after a sentence end within `[start, end)`. */
export function findDateline(text: string, start: number, end: number, allowInside: boolean): DatelineMatch | null {
  const slice = text.slice(start, end);
  const head = AT_START.exec(slice);
  if (head) {
    const d = build(text, start, head, false);
    if (d) return d;
  }
  if (!allowInside) return null;
  AFTER_SENTENCE.lastIndex = 0;
  for (let m = AFTER_SENTENCE.exec(slice); m; m = AFTER_SENTENCE.exec(slice)) {
    const d = build(text, start, m, true);
    if (d) return d;
  }
  return null;
}
