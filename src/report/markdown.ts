// Markdown building blocks that stay markdownlint-clean: escaped table cells, one blank line
// between blocks, a single trailing newline.

/** Text safe inside a table cell: pipes escaped, line breaks flattened, emphasis characters inert. */
export function cell(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/([\\|*_`<>[\]])/g, '\\$1');
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

export function bullets(items: string[]): string {
  return items.map((i) => `- ${i}`).join('\n');
}
