// A tiny document model rendered to Markdown or to a self-contained HTML page, so the worksheet
// is written once. Inline text is plain (escaped for each format).
import { escapeHtml } from './html/escape.js';
import { GENERATOR_META } from '../own-output-marks.js';
import { cell, document, MD_LINE_START, paragraph, table as mdTable } from './markdown.js';
import { wrapText } from './text.js';

export type Block =
  | { kind: 'h1' | 'h2' | 'h3' | 'p'; text: string; newPage?: boolean }
  | { kind: 'ul' | 'ol'; items: string[] }
  | { kind: 'table'; head: string[]; rows: string[][] };

/** Lexicon text keeps its `code` markup through the blocks between these marks; each format
 *  renders a pair as code (Markdown backticks, HTML <code>) and drops a lone mark. */
const CODE = /\uE000([^\uE000\uE001]*)\uE001/g;
const LONE = /[\uE000\uE001]/g;
export const codeSpans = (text: string) => text.replace(/`([^`]+)`/g, '\uE000$1\uE001');
const md = (text: string) => cell(text).replace(CODE, '`$1`').replace(LONE, '');
const html = (text: string) => escapeHtml(text).replace(CODE, '<code>$1</code>').replace(LONE, '');

const indentWrap = (text: string, indent: string) => wrapText(md(text), 100 - indent.length, MD_LINE_START).replace(/\n/g, `\n${indent}`);

export function blocksToMarkdown(blocks: Block[]): string {
  return document(
    blocks.map((b) => {
      switch (b.kind) {
        case 'h1':
          return `# ${md(b.text)}`;
        case 'h2':
          return `## ${md(b.text)}`;
        case 'h3':
          return `### ${md(b.text)}`;
        case 'p':
          return paragraph(md(b.text));
        case 'ul':
          return b.items.map((i) => `- ${indentWrap(i, '  ')}`).join('\n');
        case 'ol':
          return b.items.map((i, n) => `${n + 1}. ${indentWrap(i, ' '.repeat(`${n + 1}. `.length))}`).join('\n');
        case 'table':
          return mdTable(b.head.map(md), b.rows.map((r) => r.map((c) => md(c) || ' ')));
      }
    }),
  );
}

const WORKSHEET_STYLE = `body{font:16px/1.5 Georgia,serif;max-width:50rem;margin:1rem auto;padding:0 1rem;color:#111}
h1,h2,h3{font-family:system-ui,sans-serif}table{border-collapse:collapse;width:100%;margin:1rem 0}
.scroll{overflow-x:auto;max-width:100%}th,td{border:1px solid #555;padding:.3rem .5rem;vertical-align:top;text-align:left;overflow-wrap:break-word}td:empty::after{content:'\\00a0';display:inline-block;min-height:2.5rem}
@media print{body{max-width:none;font-size:11pt}.new-page{break-before:page}td:empty::after{min-height:5rem}}`;

/** The blocks as HTML elements (no page around them); a table inside a box that scrolls. */
export function blocksToHtmlBody(blocks: Block[]): string {
  return blocks.map((b) => {
    switch (b.kind) {
      case 'h1':
      case 'h2':
      case 'h3':
      case 'p':
        return `<${b.kind}${b.newPage ? ' class="new-page"' : ''}>${html(b.text)}</${b.kind}>`;
      case 'ul':
      case 'ol':
        return `<${b.kind}>${b.items.map((i) => `<li>${html(i)}</li>`).join('')}</${b.kind}>`;
      case 'table':
        return `<div class="scroll"><table><thead><tr>${b.head.map((h) => `<th scope="col">${html(h)}</th>`).join('')}</tr></thead><tbody>${b.rows
          .map((r) => `<tr>${r.map((c) => `<td>${html(c)}</td>`).join('')}</tr>`)
          .join('')}</tbody></table></div>`;
    }
  }).join('\n');
}

export function blocksToHtml(blocks: Block[], title: string, footer: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
${GENERATOR_META}
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(title)}</title>
<style>${WORKSHEET_STYLE}</style>
</head>
<body>
${blocksToHtmlBody(blocks)}
<footer><small>${escapeHtml(footer)}</small></footer>
</body>
</html>
`;
}
