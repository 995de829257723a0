import { gunzipSync } from 'node:zlib';
import type { Article, Diagnostic, InputItem } from '../types.js';
import { extractPage, type ExtractedPage } from '../extract/extract-page.js';
import { decodeHtml } from './html-charset.js';
import type { ManifestEntry } from './manifest.js';

const HTML_NAME = /\.html?(?:\.gz)?$/i;
/** `page.html.gz` → `page`. */
export const htmlId = (name: string): string => name.replace(/^.*[\\/]/, '').replace(HTML_NAME, '');

/** A gzipped page's bytes, unpacked; or a diagnostic when they are not gzip. */
function gunzipPage(bytes: Uint8Array, path: string): { ok: true; bytes: Uint8Array } | { ok: false; diagnostic: Diagnostic } {
  try {
    return { ok: true, bytes: gunzipSync(bytes) };
  } catch (e) {
    return { ok: false, diagnostic: { severity: 'error', code: 'invalid-gzip', message: `not valid gzip (${(e as Error).message})`, source: { path } } };
  }
}

/**
 * An HTML page to an article: the extracted text with its typed segments, and the page's own
 * metadata (a manifest entry wins over it). A page where no text is found is `unreadable`.
 */
export function htmlItem(
  bytes: Uint8Array,
  opts: { id: string; path: string; gzipped?: boolean; url?: string; contentType?: string | null; meta?: ManifestEntry },
): InputItem {
  const source = { path: opts.path };
  let raw = bytes;
  if (opts.gzipped) {
    const unpacked = gunzipPage(bytes, opts.path);
    if (!unpacked.ok) return { kind: 'unreadable', id: opts.id, source, diagnostics: [unpacked.diagnostic] };
    raw = unpacked.bytes;
  }
  const { text: html, diagnostics } = decodeHtml(raw, opts.path, opts.contentType);
  const page = extractPage(html, { id: opts.id, ...(opts.url ? { url: opts.url } : {}) });
  if (page.text.trim().length === 0) {
    diagnostics.push({ severity: 'error', code: 'empty', message: 'no text found in the page', source });
    return { kind: 'unreadable', id: opts.id, source, diagnostics };
  }
  for (const note of page.notes) diagnostics.push({ ...note, source });
  if (!page.segments.some((s) => s.kind === 'body')) {
    diagnostics.push({ severity: 'warning', code: 'no-article-body', message: 'no article body found in the page (only its headline or furniture)', source });
  }
  return { kind: 'article', article: pageArticle(page, source, opts.meta), diagnostics };
}

export function pageArticle(page: ExtractedPage, source: { path: string }, meta?: ManifestEntry): Article {
  const article: Article = { id: page.id, text: page.text, outlet: meta?.outlet ?? page.outlet, source, segments: page.segments };
  const title = meta?.title ?? page.title;
  const published = meta?.published ?? page.published;
  const url = meta?.url ?? page.url;
  if (title) article.title = title;
  if (published) article.published = published;
  if (url) article.url = url;
  if (meta?.wire !== undefined) article.wire = meta.wire;
  if (page.authors.length > 0) article.authors = page.authors;
  if (page.language) article.language = page.language;
  return article;
}
