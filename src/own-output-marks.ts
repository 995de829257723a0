// How a report says framelens wrote it, written by the reporters and read back by ingest (which
// skips such files in an article folder): HTML in its generator tag, Markdown and text in the
// reproducibility line that ends it (`framelens 0.1.0 · lexicons … · framelens report …`).

/** The tag every HTML page framelens writes carries in its head. */
export const GENERATOR_META = '<meta name="generator" content="framelens">';
// (Markdown wraps the line anywhere between its words.)
const FOOTER = /(?:^|\n)framelens \d+\.\d+\.\d+\S*\s+·\s+lexicons\s[\s\S]{0,300}?·\s+framelens\s+[a-z]/;

/** Whether the start or the end of a file's text marks it as written by framelens. */
export function marksOwnOutput(head: string, tail: string): boolean {
  return head.includes(GENERATOR_META) || FOOTER.test(tail);
}
