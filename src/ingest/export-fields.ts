// Column and field names that exports from news databases and scrapers use for each article field.

export type ArticleField = 'text' | 'id' | 'outlet' | 'title' | 'date' | 'url';
const ARTICLE_FIELDS: readonly ArticleField[] = ['text', 'id', 'outlet', 'title', 'date', 'url'];

/** Known names, best first, compared lower-cased with anything but letters and digits removed. */
const KNOWN: Record<ArticleField, string[]> = {
  text: ['text', 'maintext', 'body', 'articlebody', 'content', 'articletext', 'fulltext', 'article', 'story', 'bodytext'],
  id: ['id', 'articleid', 'docid', 'documentid', 'uid', 'guid', 'key'],
  outlet: ['outlet', 'source', 'sourcedomain', 'sourcename', 'publication', 'publisher', 'site', 'sitename', 'domain', 'media', 'newspaper'],
  title: ['title', 'headline', 'heading'],
  date: ['published', 'date', 'datepublish', 'publishdate', 'pubdate', 'publishedat', 'datepublished', 'publicationdate', 'datetime', 'timestamp'],
  url: ['url', 'link', 'sourceurl', 'articleurl', 'canonicalurl', 'permalink'],
};

const key = (name: string): string => name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * Which column holds each field: a name given by the user (`overrides`, exact column name) wins;
 * otherwise the first known name present in `columns`.
 */
export function mapColumns(columns: string[], overrides: Partial<Record<ArticleField, string>> = {}): Partial<Record<ArticleField, string>> {
  const byKey = new Map<string, string>();
  for (const c of columns) if (!byKey.has(key(c))) byKey.set(key(c), c);
  const out: Partial<Record<ArticleField, string>> = {};
  for (const field of ARTICLE_FIELDS) {
    const given = overrides[field];
    if (given !== undefined) {
      if (columns.includes(given)) out[field] = given;
      continue;
    }
    const hit = KNOWN[field].find((k) => byKey.has(k));
    if (hit) out[field] = byKey.get(hit)!;
  }
  return out;
}

/**
 * A scraper's record (news-please: `maintext`, `title`, `date_publish`, `source_domain`, `url`)
 * in the reader's own field names (`id`, `text`, `outlet`, `title`, `published`, `url`). A record
 * that already has `text` is returned as it is; one without an id takes `fallbackId`.
 */
export function normaliseExportRecord(value: unknown, fallbackId: string): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const rec = value as Record<string, unknown>;
  if (typeof rec['text'] === 'string') return value;
  const map = mapColumns(Object.keys(rec));
  if (!map.text || typeof rec[map.text] !== 'string') return value;
  const pick = (f: ArticleField): unknown => (map[f] ? rec[map[f]!] : undefined);
  const out: Record<string, unknown> = { id: pick('id') ?? fallbackId, text: pick('text') };
  for (const [field, name] of [['outlet', 'outlet'], ['title', 'title'], ['date', 'published'], ['url', 'url']] as const) {
    const v = pick(field);
    if (typeof v === 'string' && v.trim()) out[name] = v;
  }
  return out;
}
