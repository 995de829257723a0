import type { Article, InputItem } from '../types.js';
import { decodeText } from './decode-text.js';
import { canonicalWire } from '../segment/known-sources.js';
import { normaliseExportRecord } from './export-fields.js';

/**
 * One JSON Lines record to an article: `text` required, `id` too or the record is named FILE:LINE; `outlet` (or, when `outlet` is
 * absent, a string `source`, as in PolNeAR), `title`, `published` (or `date`), `url`, `wire`
 * (spelled as in the wire table; `NA` is none) optional; other fields ignored. Anything wrong becomes an `unreadable` item naming the line.
 */
export function jsonlRecord(bytes: Uint8Array, path: string, line: number, fileId: string): InputItem {
  const source = { path, line };
  const fallbackId = `${fileId}:${line}`;
  const unreadable = (code: string, message: string): InputItem => ({
    kind: 'unreadable',
    id: fallbackId,
    source,
    diagnostics: [{ severity: 'error', code, message: `line ${line}: ${message}`, source }],
  });
  const decoded = decodeText(bytes, path, line);
  if (!decoded.ok) return { kind: 'unreadable', id: fallbackId, source, diagnostics: [decoded.diagnostic] };
  let value: unknown;
  try {
    value = JSON.parse(decoded.text);
  } catch (e) {
    return unreadable('jsonl-parse', `not valid JSON (${(e as Error).message})`);
  }
  return recordItem(normaliseExportRecord(withIdsAsWritten([value], decoded.text)[0], fallbackId), source, fallbackId);
}

// `"id": 1330918402918285313`: a number token after an `id` key (a JSON string cannot hold an
// unescaped `"id"` followed by a colon, so this matches keys only).
const NUMERIC_ID = /"id"\s*:\s*(-?\d[\d.eE+-]*)/g;

/** The records with each numeric `id` as the JSON text writes it: JSON.parse rounds ids past 2^53
 *  (`1330918402918285313` and `…312` both become `…300`) and rewrites `1e5` as `100000`. Only
 *  when the text holds one such key per record with a numeric id, in order (an `id` inside a
 *  nested object would make it ambiguous: then the parsed numbers stay). */
export function withIdsAsWritten(records: unknown[], json: string): unknown[] {
  const numeric = (r: unknown): r is { id: number } => typeof r === 'object' && r !== null && typeof (r as { id?: unknown }).id === 'number';
  if (!records.some(numeric)) return records;
  const tokens = [...json.matchAll(NUMERIC_ID)].map((m) => m[1]);
  if (tokens.length !== records.filter(numeric).length) return records;
  let k = 0;
  return records.map((r) => (numeric(r) ? { ...r, id: tokens[k++] } : r));
}

/** A parsed JSON value to an article, or an `unreadable` item saying what is missing (and where:
 * its line, else `element N` of a JSON array). */
export function recordItem(value: unknown, source: { path: string; line?: number }, fallbackId: string, element?: number): InputItem {
  const where = source.line !== undefined ? `line ${source.line}: ` : element !== undefined ? `element ${element} of the array: ` : '';
  const unreadable = (code: string, message: string, id = fallbackId): InputItem => ({
    kind: 'unreadable',
    id,
    source,
    diagnostics: [{ severity: 'error', code, message: where + message, source }],
  });
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return unreadable('record-not-object', 'expected one JSON object');
  const rec = value as Record<string, unknown>;
  const rawId = rec['id'];
  // Without an id a record is named by its file and line (or element), as a CSV row is.
  const madeUp = typeof rawId !== 'string' && typeof rawId !== 'number';
  if (madeUp && rawId !== undefined && rawId !== null) return unreadable('record-bad-id', '`id` is neither a string nor a number');
  const id = madeUp ? fallbackId : String(rawId);
  const text = rec['text'];
  // (A blank field is a missing one: `"outlet": ""` is no outlet, as an empty CSV cell is.)
  const str = (key: string): string | undefined => (typeof rec[key] === 'string' && (rec[key] as string).trim() ? (rec[key] as string) : undefined);
  const outlet = str('outlet') ?? (rec['outlet'] === undefined ? str('source') : undefined) ?? null;
  const title = str('title');
  const published = str('published') ?? str('date');
  // An article with no text still counts under its outlet, title and date.
  const withMeta = (item: InputItem): InputItem => (item.kind === 'unreadable' && (outlet || title || published) ? { ...item, meta: { ...(outlet ? { outlet } : {}), ...(title ? { title } : {}), ...(published ? { published } : {}) } } : item);
  if (typeof text !== 'string') return withMeta(unreadable('record-missing-text', 'the object has no `text` string', id));
  if (text.trim().length === 0) return withMeta(unreadable('empty', '`text` is empty', id));
  const article: Article = { id, text, outlet, source };
  const url = str('url');
  const rawWire = str('wire');
  const wire = rawWire === undefined ? undefined : canonicalWire(rawWire);
  if (title) article.title = title;
  if (published) article.published = published;
  if (url) article.url = url;
  if (wire !== undefined) article.wire = wire;
  const diagnostics: InputItem['diagnostics'] = [];
  // (`"published": 1709600000`: seconds or milliseconds since 1970 are not read as a date.)
  const numericDate = typeof rec['published'] === 'number' ? 'published' : typeof rec['date'] === 'number' && !published ? 'date' : null;
  if (numericDate) diagnostics.push({ severity: 'warning', code: 'unusable-date', message: `${where}\`${numericDate}\` is a number (${rec[numericDate]}), not a date; write it as an ISO date (2024-03-05) to have it read`, source });
  if (madeUp) diagnostics.push({ severity: 'info', code: 'made-up-id', message: `${where}the object has no \`id\`; it is named ${id}`, source });
  // (Left a number only where its digits could not be told apart: see withIdsAsWritten.)
  else if (typeof rawId === 'number' && Number.isInteger(rawId) && !Number.isSafeInteger(rawId)) {
    const message = `${where}\`id\` ${id} is a number too large for JSON readers to keep exactly (past 2^53), so ids that differ in their last digits may have become one; write ids as strings`;
    diagnostics.push({ severity: 'warning', code: 'id-rounded', message, source });
  }
  return { kind: 'article', article, diagnostics };
}
