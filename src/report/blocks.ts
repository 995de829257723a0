// A tiny document model rendered to Markdown or to a self-contained HTML page, so the worksheet
// is written once. Inline text is plain (escaped for each format).
import { escapeHtml } from './html/escape.js';
import { cell, document, MD_LINE_START, paragraph, table as mdTable } from './markdown.js';
import { wrapText } from './text.js';

export type Block =
  | { kind: 'h1' | 'h2' | 'h3' | 'p'; text: string }
  | { kind: 'ul' | 'ol'; items: string[] }
  | { kind: 'table'; head: string[]; rows: string[][] };

const indentWrap = (text: string, indent: string) => wrapText(cell(text), 100 - indent.length, MD_LINE_START).replace(/\n/g, `\n${indent}`);

export function blocksToMarkdown(blocks: Block[]): string {
  return document(
    blocks.map((b) => {
      switch (b.kind) {
        case 'h1':
          return `# ${cell(b.text)}`;
        case 'h2':
          return `## ${cell(b.text)}`;
        case 'h3':
          return `### ${cell(b.text)}`;
        case 'p':
          return paragraph(cell(b.text));
        case 'ul':
          return b.items.map((i) => `- ${indentWrap(i, '  ')}`).join('\n');
        case 'ol':
          return b.items.map((i, n) => `${n + 1}. ${indentWrap(i, ' '.repeat(`${n + 1}. `.length))}`).join('\n');
        case 'table':
          return mdTable(b.head.map(cell), b.rows.map((r) => r.map((c) => cell(c) || ' ')));
      }
    }),
  );
}

const WORKSHEET_STYLE = `body{font:16px/1.5 Georgia,serif;max-width:50rem;margin:1rem auto;padding:0 1rem;color:#111}
h1,h2,h3{font-family:system-ui,sans-serif}table{border-collapse:collapse;width:100%;margin:1rem 0}
th,td{border:1px solid #555;padding:.3rem .5rem;vertical-align:top;text-align:left}td:empty::after{content:'\\00a0';display:inline-block;min-height:2.5rem}
@media print{body{max-width:none;font-size:11pt}h2{break-before:page}}`;

/** The blocks as HTML elements (no page around them); a table inside a box that scrolls. */
export function blocksToHtmlBody(blocks: Block[]): string {
  return blocks.map((b) => {
    switch (b.kind) {
      case 'h1':
      case 'h2':
      case 'h3':
      case 'p':
        return `<${b.kind}>${escapeHtml(b.text)}</${b.kind}>`;
      case 'ul':
      case 'ol':
        return `<${b.kind}>${b.items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</${b.kind}>`;
      case 'table':
        return `<div class="scroll"><table><thead><tr>${b.head.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>${b.rows
          .map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`)
          .join('')}</tbody></table></div>`;
    }
  }).join('\n');
}

export function blocksToHtml(blocks: Block[], title: string, footer: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
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
