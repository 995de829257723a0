// Publication dates as days since the epoch (read by the story grouping, the manifest reader and
// the input readers, which leave out a date that is none or could be two days).
const DAY_MS = 86_400_000;

type Read = { ms: number } | { problem: string };

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function utc(year: number, month: number, day: number): Read {
  const ms = Date.UTC(year, month - 1, day);
  const d = new Date(ms);
  if (month < 1 || month > 12) return { problem: `there is no month ${month}` };
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return { problem: `${MONTHS[month - 1]} has no day ${day}` };
  return { ms };
}

/** An ISO date or date-time, a numeric date whose day and month cannot be swapped (`25/03/2024`),
 * or a date `Date.parse` reads (`Tue, 05 Mar 2024 10:00:00 +0000`, `March 5, 2024`). */
function readDate(published: string): Read {
  const text = published.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?![\d])/.exec(text);
  if (iso) return utc(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const numeric = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (numeric) {
    const [a, b, year] = [Number(numeric[1]), Number(numeric[2]), Number(numeric[3])];
    if (a !== b && a <= 12 && b <= 12) return { problem: `it could be day ${a} of month ${b} or month ${a}, day ${b}; write it YYYY-MM-DD` };
    return a > 12 ? utc(year, b, a) : utc(year, a, b);
  }
  // (A date without a time is that day in UTC, wherever framelens runs: `Date.parse` reads it as
  // local midnight, the day before in UTC east of Greenwich.)
  const ms = TIME.test(text) ? Date.parse(text) : Date.parse(`${text} UTC`);
  const read = Number.isFinite(ms) ? ms : Date.parse(text);
  return Number.isFinite(read) ? { ms: read } : { problem: 'it is not a date framelens reads (give YYYY-MM-DD)' };
}

const TIME = /\d:\d/;
// Already ISO 8601, or only a year or a month (`2024`, `2024-03`), which a day would make up.
const AS_WRITTEN = /^\d{4}(?:-\d{1,2}(?:-\d{1,2})?)?(?:$|[T\s])/;
const DAY_NUMBER = /(?:^|\D)\d{1,2}(?:\D|$)/;

/** A usable publication date as ISO 8601: the day (`March 5, 2024`, `25/03/2024` → `2024-03-05`,
 * `2024-03-25`), or the instant in UTC when it has a time; an ISO date, a year, a month or a date
 * framelens cannot read stays as written. */
export function isoPublished(published: string): string {
  const text = published.trim();
  if (AS_WRITTEN.test(text) || !DAY_NUMBER.test(text.replace(/\b\d{4}\b/g, ''))) return published;
  const read = readDate(text);
  if (!('ms' in read)) return published;
  const iso = new Date(read.ms).toISOString();
  return TIME.test(text) ? iso : iso.slice(0, 10);
}

/** Days since the epoch of a publication date, or null when it is none or could be two days. */
export function dayOf(published: string | undefined): number | null {
  if (!published) return null;
  const read = readDate(published);
  return 'ms' in read ? Math.floor(read.ms / DAY_MS) : null;
}

/** Why a publication date cannot be used (`2024-13-45`, `05/03/2024`, `garbage`), or null. */
export function dateProblem(published: string): string | null {
  const read = readDate(published);
  return 'problem' in read ? read.problem : null;
}

export function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}
