import { FURNITURE, PRINTED_TWICE, type Segment } from '../types.js';
import { OUTLET_BRANDS, OWNER_PATTERNS } from './known-sources.js';

/** Any brand's asset, case-insensitive (matching anything should an asset not be plain ASCII). */
const ASSETS = OUTLET_BRANDS.flatMap((b) => b.assets ?? []);
const ANY_ASSET = ASSETS.every((a) => /^[\x20-\x7e]+$/.test(a))
  ? new RegExp(ASSETS.map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|') || '(?!)', 'i')
  : /(?:)/;

/** Brand-table name for a name the page gives itself, or the name as written. */
function canonical(name: string): string {
  const brand = OUTLET_BRANDS.find((b) => b.patterns.some((re) => re.test(name)));
  return brand ? brand.name : name;
}

/**
 * The outlet, as the page names itself. Evidence in order of strength: an ownership statement in
 * furniture (`All Content by X is licensed`, `© 2018 X`), a known brand named in furniture (site
 * header, headline lists, footer), a known brand's asset path or domain anywhere (`/alalam_635...jpg`).
 * Brands named in the story itself are sources, not the outlet, and are not looked at.
 */
export function detectOutlet(text: string, segments: Segment[]): string | null {
  const furniture = segments
    // (A data dump counts: its asset paths name the site; a copy of the story does not.)
    .filter((s) => FURNITURE.has(s.kind) && !PRINTED_TWICE.has(s.kind))
    .map((s) => text.slice(s.start, s.end));
  for (const chunk of furniture) {
    for (const re of OWNER_PATTERNS) {
      const m = re.exec(chunk);
      const name = m?.[1]?.replace(/(?: (?:of|and|the))+$/, '');
      if (name) return canonical(name);
    }
  }
  for (const brand of OUTLET_BRANDS) {
    if (furniture.some((chunk) => brand.patterns.some((re) => re.test(chunk)))) return brand.name;
  }
  // Most texts name no asset: one case-insensitive search says so without lower-casing the text.
  // (Only U+212A and U+0130 lower-case to ASCII without matching it case-insensitively.)
  if (!ANY_ASSET.test(text) && !/[\u212A\u0130]/.test(text)) return null;
  const lower = text.toLowerCase();
  return OUTLET_BRANDS.find((b) => b.assets?.some((a) => lower.includes(a)))?.name ?? null;
}
