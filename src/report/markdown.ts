// Markdown building blocks that stay markdownlint-clean: escaped table cells, one blank line
// between blocks, a single trailing newline.
import { wrapText } from './text.js';

/**
 * Text safe in a table cell or paragraph: line breaks flattened, Markdown characters and HTML
 * inert, bare URLs not turned into links, `#` not read as a heading.
 */
export function cell(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/([\\|*_`<>[\]#])/g, '\\$1')
    .replace(/(https?|ftp):\/\//gi, '$1:\\/\\/')
    .replace(/\bwww\./gi, 'www\\.');
}

/** A link to a web address (http or https only), its text escaped as `cell` does; else the text alone. */
export function link(text: string, url: string | undefined): string {
  if (!url || !/^https?:\/\/\S+$/i.test(url)) return cell(text);
  // Characters that would end the destination or the table cell are percent-encoded.
  const href = url.replace(/[()<>|\\[\]`]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  return `[${cell(text)}](${href})`;
}

export function table(head: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

/** Joins blocks with blank lines and ends the document with one newline. */
export function document(blocks: (string | null | undefined | false)[]): string {
  return `${blocks
    .filter((b): b is string => Boolean(b))
    .map((b) => b.trim())
    .join('\n\n')}\n`;
}

/** Words that would make a wrapped line a list item, quote, heading underline or HTML block. */
export const MD_LINE_START = /^([-+*>=~]|\d+[.)]|\\?[<#])/;

/** A paragraph wrapped to 100 columns. */
export function paragraph(text: string): string {
  return wrapText(text, 100, MD_LINE_START);
}

/** A bullet list, each item wrapped to 100 columns with its continuation lines indented. */
export function bullets(items: string[]): string {
  return items.map((i) => `- ${wrapText(i, 98, MD_LINE_START).replace(/\n/g, '\n  ')}`).join('\n');
}
