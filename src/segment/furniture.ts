// Recognisers for page furniture that recurs across news scrapes. Each looks at one paragraph's
// text (already trimmed) and answers yes/no, or where inside it the furniture starts.
import { WIRE_ALTERNATION, wireByAlias } from './known-sources.js';

const MONTH = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?`;
const WEEKDAY = String.raw`(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?`;
const CLOCK = String.raw`(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?\s*(?:[A-Z]{2,4}|GMT\s*[+-]?\s*\d{0,4}|UTC\s*[+-]?\s*\d{0,4})?)?`;
const DATE_FORMS = [
  String.raw`(?:${WEEKDAY}\s+)?${MONTH}\s+\d{1,2},?\s+\d{4}${CLOCK}`, // Mon Jun 16, 2014 11:38:46
  String.raw`(?:${WEEKDAY}\s+)?\d{1,2}\s+${MONTH},?\s+\d{4}${CLOCK}`, // 16 June 2014, 11:38
  String.raw`\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?`, // ISO
  String.raw`\d{1,2}[/.]\d{1,2}[/.]\d{2,4}${CLOCK}`, // 16/06/2014 11:38
];
const TIMESTAMP = new RegExp(
  String.raw`^(?:(?:Published|Updated|Posted|Last updated|Date|Created)\s*(?:on|at)?\s*:?\s*)?(?:${DATE_FORMS.join('|')})(?:\s*[|/-]\s*(?:Updated|Last updated)?\s*:?\s*(?:${DATE_FORMS.join('|')}))?\s*$`,
  'i',
);

export function isTimestamp(p: string): boolean {
  return p.length <= 80 && TIMESTAMP.test(p);
}

const LICENCE = /\blicen[cs]ed under (?:a |the )?Creative Commons\b|\bAll rights reserved\b|^(?:©|\(c\)|Copyright\b)|\bAll (?:Content|contents?|material) (?:by|of|from|on) .{2,60}? (?:is|are) licensed\b|\bmay not be (?:published|reproduced|rewritten|redistributed)\b/i;

/** Cheap test first: most paragraphs hold none of these words. */
const mayBeLicence = (p: string): boolean =>
  p.includes('icens') || p.includes('ights reserved') || p.includes('©') || p.includes('may not be') || /^(?:\(c\)|copyright)/i.test(p);

export function isLicenceFooter(p: string): boolean {
  return p.length <= 500 && mayBeLicence(p) && LICENCE.test(p);
}

// A heading that opens the outlet's own lists of other stories. `(?![a-z])` lets a heading glued
// to the next one match (`You might also likeRELATED`).
const SITE_HEADLINES = /^(?:latest (?:news|stories|articles|headlines|posts)|must[- ]reads?|you (?:might|may) also like|recommended(?: (?:to|for) you| stories| articles)?|most (?:read|popular|viewed|shared|commented)|top (?:stories|news|headlines)|trending(?: now| stories| news)?|more (?:news|stories|headlines|from [\w ]{2,40})|popular (?:posts|stories|news|articles)|editor['’]?s (?:picks|choice)|don['’]?t miss|in case you missed it|(?:also )?on (?:our|this) site|sponsored(?: content| stories)?|from (?:around|across) the web|featured(?: news| stories)?)(?![a-z])/i;
const RELATED = /^(?:related(?: (?:news|articles?|stories|posts|content|coverage|links|topics|reading))?|read (?:more|also)|see also|more on (?:this|that) (?:story|topic)|further reading)(?![a-z])/i;

/** `RELATED: <headline>` / `Read more: <headline>`: one link inside the story, not a list heading. */
const INLINE_LINK = /^(?:related(?: (?:news|articles?|stories|coverage|content))?|read (?:more|also)|see also|also read|more on this)\s*:\s*\S/i;

export interface HeadlinesHeading {
  kind: 'site-headlines' | 'related-headlines';
  /** The headline is on the heading's own line: only this paragraph is furniture. */
  inline: boolean;
}

export function headlinesHeading(p: string): HeadlinesHeading | null {
  if (INLINE_LINK.test(p)) return p.length <= 300 ? { kind: 'related-headlines', inline: true } : null;
  if (p.length > 80) return null;
  if (SITE_HEADLINES.test(p)) return { kind: 'site-headlines', inline: false };
  if (RELATED.test(p)) return { kind: 'related-headlines', inline: false };
  return null;
}

/** A paragraph that reads like running text, so a list of headlines has ended. */
export function looksLikeProse(p: string): boolean {
  if (p.length > 400) return true;
  if (p.length < 200 || /(?:\.\.\.|…)$/.test(p) || !/[.!?]["”’']?$/.test(p)) return false;
  return (p.match(/[a-z][.!?]["”’']?\s+["“]?[A-Z]/g) ?? []).length >= 1;
}

/** Navigation bar: several short items separated by `|`, `»`, `›` or `>`. */
export function isNavigation(p: string): boolean {
  return p.length <= 300 && (p.match(/\s[|»›>]\s/g) ?? []).length >= 2;
}

const DUMP_START = /string\(\d+\)\s*"|[[{]\s*\{?\s*"[\w-]+"\s*:/;
const DUMP_KEY = /"[\w-]+"\s*:/g;

/**
 * Where a raw serialized dump (JSON records, a PHP `var_dump` `string(N) "..."`) starts in the
 * paragraph, or -1. The rest of the paragraph from there must be dominated by `"key":` records.
 */
export function dataDumpStart(p: string): number {
  if (!p.includes('":') && !p.includes('" :')) return -1;
  const m = DUMP_START.exec(p);
  if (!m) return -1;
  const tail = p.slice(m.index);
  const keys = (tail.match(DUMP_KEY) ?? []).length;
  const punct = (tail.match(/[{}[\]":,]/g) ?? []).length;
  if (keys < 3 || punct / tail.length < 0.1) return -1;
  return m.index;
}

// `AFP:`, or the wire's dateline with no place before it: `(Reuters) —`.
const WIRE_CREDIT = new RegExp(`^(?:(${WIRE_ALTERNATION})\\s*:|\\((${WIRE_ALTERNATION})\\)\\s*[-–—―‒]{1,2})(?=\\s)`);

/** A wire's credit opening a paragraph: its length and the wire, or null. */
export function wireCredit(p: string): { length: number; wire: string } | null {
  const m = WIRE_CREDIT.exec(p);
  return m ? { length: m[0].length, wire: wireByAlias(m[1] ?? m[2]!)! } : null;
}

// Editors' initials (`NA/PA`), Reuters' `(Reporting by ...; Editing by ...)`, `-- AFP`.
const SIGNOFF = new RegExp(
  String.raw`(?:^|\s)(?:[A-Z]{1,4}(?:/[A-Z]{1,4}){1,3}|\((?:Reporting|Writing|Editing|Additional reporting|Compiled|Translated|Edited) by [^()]{2,200}\)|[-–—]{1,2}\s*(?:${WIRE_ALTERNATION}))\s*$`,
);

/** Where a sign-off at the end of the paragraph starts, or -1. */
export function signoffStart(p: string): number {
  const m = SIGNOFF.exec(p);
  if (!m) return -1;
  return m.index + (m[0].length - m[0].trimStart().length);
}
