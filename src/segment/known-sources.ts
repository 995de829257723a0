// Data tables: wire services and outlet brands the segmenter recognises on a page. Outlet names
// are spelled as in corpus manifests (`Mehr News Agency`, `Al-Alam`, `Iran Focus`).

export interface WireService {
  name: string;
  /** Spellings in a dateline `(AFP)`, a credit `AFP:` or a byline; matched whole, case-sensitive. */
  aliases: string[];
}

export const WIRES: readonly WireService[] = [
  { name: 'AFP', aliases: ['AFP', 'Agence France-Presse', 'Agence France Presse'] },
  { name: 'Reuters', aliases: ['Reuters', 'REUTERS'] },
  { name: 'AP', aliases: ['AP', 'Associated Press', 'The Associated Press'] },
  { name: 'UPI', aliases: ['UPI', 'United Press International'] },
  { name: 'dpa', aliases: ['dpa', 'DPA'] },
  { name: 'Xinhua', aliases: ['Xinhua', 'XINHUA'] },
  { name: 'IRNA', aliases: ['IRNA'] },
  { name: 'ANSA', aliases: ['ANSA'] },
  { name: 'EFE', aliases: ['EFE'] },
  { name: 'Kyodo', aliases: ['Kyodo'] },
  { name: 'Anadolu', aliases: ['Anadolu'] },
  { name: 'TASS', aliases: ['TASS', 'ITAR-TASS'] },
  { name: 'Bloomberg', aliases: ['Bloomberg'] },
];

const WIRE_BY_ALIAS = new Map(WIRES.flatMap((w) => w.aliases.map((a) => [a, w.name] as const)));

export function wireByAlias(alias: string): string | null {
  return WIRE_BY_ALIAS.get(alias.trim()) ?? null;
}

const WIRE_BY_LOWER = new Map(WIRES.flatMap((w) => w.aliases.map((a) => [a.toLowerCase(), w.name] as const)));

/**
 * A wire named in input metadata, spelled as in this table (`reuters` → `Reuters`); null for
 * placeholders (`NA`, `N/A`, `none`, empty). Names not in the table are kept as given.
 */
export function canonicalWire(name: string): string | null {
  const t = name.trim();
  if (/^(?:n\/?a|none|null|unknown|-*)$/i.test(t)) return null;
  return WIRE_BY_LOWER.get(t.toLowerCase()) ?? t;
}

/** The wire when the page names it as an author (`Reuters`, `The Associated Press`, `Reuters
 * Staff`, `AP staff`), else null. */
export function wireOfAuthors(authors: readonly string[]): string | null {
  for (const a of authors) {
    const wire = WIRE_BY_LOWER.get(a.trim().replace(/^by\s+/i, '').replace(/\s+(?:staff|editors?|desk|reporters?)$/i, '').toLowerCase());
    if (wire) return wire;
  }
  return null;
}

/** Regex alternation of every wire alias, longest first. */
export const WIRE_ALTERNATION = [...WIRE_BY_ALIAS.keys()]
  .sort((a, b) => b.length - a.length)
  .map((a) => a.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&'))
  .join('|');

export interface OutletBrand {
  name: string;
  /** The brand named on the page; counts only in furniture (in the story it is a source). */
  patterns: RegExp[];
  /** Lower-case pieces of the brand's own asset paths or domain (`/alalam_`); count anywhere. */
  assets?: string[];
}

export const OUTLET_BRANDS: readonly OutletBrand[] = [
  { name: 'Mehr News Agency', patterns: [/\bMehr News(?: Agency)?\b/i], assets: ['/mehrnews', 'mehrnews.com'] },
  { name: 'Al-Alam', patterns: [/\bAl[- ]?Alam\b/i], assets: ['/alalam_', 'alalam.ir'] },
  { name: 'Iran Focus', patterns: [/\bIran Focus\b/], assets: ['iranfocus.com'] },
  { name: 'Press TV', patterns: [/\bPress ?TV\b/], assets: ['presstv.ir', 'presstv.com'] },
  { name: 'Tasnim News Agency', patterns: [/\bTasnim(?: News(?: Agency)?)?\b/], assets: ['tasnimnews.com'] },
  { name: 'Fars News Agency', patterns: [/\bFars News(?: Agency)?\b/], assets: ['farsnews.ir', 'farsnews.com'] },
  { name: 'Tehran Times', patterns: [/\bTehran Times\b/], assets: ['tehrantimes.com'] },
  { name: 'Al Jazeera', patterns: [/\bAl ?Jazeera\b/], assets: ['aljazeera.com', 'aljazeera.net'] },
  { name: 'Al Arabiya', patterns: [/\bAl Arabiya\b/], assets: ['alarabiya.net'] },
];

/** Generic statements of who owns the page; group 1 is the outlet. */
export const OWNER_PATTERNS: readonly RegExp[] = [
  /\bAll (?:Content|content|contents|material) (?:by|of|from|on) (.{2,60}?) (?:is|are) licensed\b/,
  /©\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s+)?([A-Z][\w&'’-]*(?: (?:[A-Z&][\w&'’-]*|of|and|the)){0,5})/,
  /\bCopyright\s+(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s+)?([A-Z][\w&'’-]*(?: (?:[A-Z&][\w&'’-]*|of|and|the)){0,5})/,
];
