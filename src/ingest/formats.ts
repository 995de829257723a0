import { extname } from 'node:path';

/** The input formats, by file name. */
export type InputFormat = 'text' | 'jsonl' | 'json' | 'html' | 'warc' | 'csv';

const TEXT_EXTENSIONS = new Set(['', '.txt', '.text', '.md']);

export function formatOf(name: string): InputFormat | null {
  const lower = name.toLowerCase();
  if (/\.warc(?:\.gz)?$/.test(lower)) return 'warc';
  if (/\.html?(?:\.gz)?$/.test(lower)) return 'html';
  const ext = extname(lower);
  if (ext === '.jsonl') return 'jsonl';
  if (ext === '.json') return 'json';
  if (ext === '.csv' || ext === '.tsv') return 'csv';
  return TEXT_EXTENSIONS.has(ext) ? 'text' : null;
}

/** Why a file in a folder is not read, or null when it is (a path given by name is always read). */
export function unreadFormat(name: string): string | null {
  if (formatOf(name) !== null) return null;
  return `${extname(name) || 'this kind of file'} is not a format framelens reads (text, .html, .htm, .warc, .warc.gz, .csv, .tsv, .json, .jsonl; .gz of a page)`;
}
