// Where a YAML syntax error is. The parser notices a `[`, `{` or quote left open only where the
// text can no longer continue it (the next key, lines later); the mistake is at the opening, so
// that is where the problem is reported.
import { CST, Parser, type YAMLError } from 'yaml';

const CLOSER: Record<string, string> = { '[': ']', '{': '}' };
const WHAT: Record<string, string> = { '[': 'list', '{': 'map', '"': 'text', "'": 'text' };

export function yamlSyntaxProblem(text: string, error: YAMLError): { offset: number; message: string } {
  const open = lastOpenBefore(text, error.pos[0]);
  if (open) return open;
  return { offset: error.pos[0], message: error.message.split('\n')[0] };
}

/** The last `[`, `{`, `"` or `'` before `offset` that is never closed, with what would close it. */
function lastOpenBefore(text: string, offset: number): { offset: number; message: string } | null {
  let found: { offset: number; message: string } | null = null;
  const consider = (at: number, opener: string, closer: string) => {
    if (at < offset && (!found || at > found.offset)) found = { offset: at, message: `the ${WHAT[opener]} opened here with \`${opener}\` is not closed: add \`${closer}\` at its end` };
  };
  for (const token of new Parser().parse(text)) {
    if (token.type !== 'document') continue;
    CST.visit(token, (item) => {
      for (const node of [item.key, item.value]) {
        if (!node) continue;
        if (node.type === 'flow-collection') {
          const closer = CLOSER[node.start.source];
          if (closer && !node.end.some((t) => t.source === closer)) consider(node.offset, node.start.source, closer);
        } else if (node.type === 'double-quoted-scalar' || node.type === 'single-quoted-scalar') {
          const quote = node.source[0];
          if (node.source.length < 2 || !node.source.endsWith(quote)) consider(node.offset, quote, quote);
        }
      }
    });
  }
  return found;
}
