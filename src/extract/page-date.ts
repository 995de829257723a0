// A web page's publication date in ISO 8601 when its form is unambiguous: `Mon, 18 Nov 2019
// 16:07:38 -0600` → `2019-11-18T16:07:38-06:00`, `November 19, 2019` → `2019-11-19`. The time and
// offset are kept as written (a date without an offset stays local time); a form that could be read
// two ways (`11/12/2019`) or is not recognised is passed through as written.

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const ISO = /^(\d{4})-(\d\d)-(\d\d)(?:[T ](\d\d):(\d\d)(?::(\d\d)(\.\d+)?)?)?\s*(Z|[+-]\d\d:?\d\d)?$/i;
const WEEKDAY = '(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?';
const MONTH = '([a-z]{3,9})\\.?';
const TIME = '(?:,?\\s+(?:at\\s+)?(\\d{1,2}):(\\d\\d)(?::(\\d\\d))?\\s*([ap]\\.?m\\.?)?)?';
const ZONE = '(?:\\s*(Z|UTC|GMT|[+-]\\d\\d:?\\d\\d))?';
/** `18 Nov 2019 16:07:38 -0600` (RFC 2822) */
const DAY_MONTH = new RegExp(`^${WEEKDAY}(\\d{1,2})\\s+${MONTH},?\\s+(\\d{4})${TIME}${ZONE}$`, 'i');
/** `November 19, 2019 12:32` */
const MONTH_DAY = new RegExp(`^${WEEKDAY}${MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4})${TIME}${ZONE}$`, 'i');

const pad = (n: number): string => String(n).padStart(2, '0');

function monthOf(name: string): number | null {
  const i = MONTHS.indexOf(name.slice(0, 3).toLowerCase());
  // the name must be the month's whole name or a prefix of it (`Sept`, `Nov`), not another word
  const full = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'][i];
  return i >= 0 && full!.startsWith(name.toLowerCase()) ? i + 1 : null;
}

function offset(zone: string | undefined): string {
  if (!zone) return '';
  if (/^(?:z|utc|gmt)$/i.test(zone)) return 'Z';
  return `${zone.slice(0, 3)}:${zone.slice(-2)}`;
}

function build(y: number, m: number, d: number, hh?: string, mm?: string, ss?: string, frac?: string, zone?: string, ampm?: string): string | null {
  if (m < 1 || m > 12 || d < 1 || d > new Date(Date.UTC(y, m, 0)).getUTCDate()) return null;
  const date = `${y}-${pad(m)}-${pad(d)}`;
  if (hh === undefined) return date;
  let h = Number(hh);
  if (ampm) {
    if (h < 1 || h > 12) return null;
    h = (h % 12) + (/^p/i.test(ampm) ? 12 : 0);
  }
  if (h > 23 || Number(mm) > 59 || Number(ss ?? 0) > 59) return null;
  return `${date}T${pad(h)}:${mm}${ss !== undefined ? `:${ss}${frac ?? ''}` : ''}${offset(zone)}`;
}

export function isoDate(s: string): string {
  const t = s.trim();
  let m = ISO.exec(t);
  if (m) return build(+m[1]!, +m[2]!, +m[3]!, m[4], m[5], m[6], m[7], m[8]) ?? s;
  m = DAY_MONTH.exec(t);
  if (m) {
    const month = monthOf(m[2]!);
    return (month && build(+m[3]!, month, +m[1]!, m[4], m[5], m[6], undefined, m[8], m[7])) || s;
  }
  m = MONTH_DAY.exec(t);
  if (m) {
    const month = monthOf(m[1]!);
    return (month && build(+m[3]!, month, +m[2]!, m[4], m[5], m[6], undefined, m[8], m[7])) || s;
  }
  return s;
}
