// The published JSON Schema files (schema/*.schema.json), rendered from the zod schemas.
import { z } from 'zod';
import { analyzeDocumentSchema, articleLineSchema } from './schema.js';

const FILES = {
  'article-result.schema.json': { schema: articleLineSchema, title: 'framelens ArticleResult (one line of analyze --format jsonl)' },
  'analyze-output.schema.json': { schema: analyzeDocumentSchema, title: 'framelens analyze --format json document' },
};

/** File name → file text. */
export function renderJsonSchemas(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(FILES).map(([name, { schema, title }]) => [
      name,
      `${JSON.stringify({ $id: `https://framelens.invalid/schema/${name}`, title, ...z.toJSONSchema(schema, { io: 'output' }) }, null, 2)}\n`,
    ]),
  );
}
