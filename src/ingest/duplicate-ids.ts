// Ids key every result downstream (JSONL rows, the quote ledger, the HTML anchors): two articles
// with one id would be confused there. Each repeat gets a warning; both are still analysed.
import type { InputItem } from '../types.js';

export async function* flagDuplicateIds(items: AsyncIterable<InputItem>): AsyncGenerator<InputItem> {
  const seen = new Set<string>();
  for await (const item of items) {
    if (item.kind === 'article') {
      const { id, source } = item.article;
      if (seen.has(id)) {
        item.diagnostics.push({
          severity: 'warning',
          code: 'duplicate-id',
          message: `id "${id}" is used by an earlier article too; give each article its own id`,
          ...(source ? { source } : {}),
        });
      } else seen.add(id);
    }
    yield item;
  }
}
