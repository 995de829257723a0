// The outlet is the unit every comparison counts by: `Fox News ` (a trailing space from a scrape)
// and `Fox News` are one outlet, so white space is trimmed and runs of it made one space. Names
// that differ only in letter case (`fox news`) are still two outlets, but the first article of
// each other spelling gets a warning, since a split outlet splits every figure silently.
import type { InputItem } from '../types.js';

const tidy = (outlet: string) => outlet.replace(/\s+/g, ' ').trim();

export async function* tidyOutletNames(items: AsyncIterable<InputItem>): AsyncGenerator<InputItem> {
  // Each spelling seen, under its lower case: the first seen of that lower case.
  const firsts = new Map<string, string>();
  const warned = new Set<string>();
  for await (const item of items) {
    const raw = item.kind === 'article' ? item.article.outlet : item.meta?.outlet;
    if (!raw) {
      yield item;
      continue;
    }
    const outlet = tidy(raw);
    if (item.kind === 'article') item.article.outlet = outlet;
    else item.meta!.outlet = outlet;
    const first = firsts.get(outlet.toLowerCase());
    if (first === undefined) firsts.set(outlet.toLowerCase(), outlet);
    else if (first !== outlet && !warned.has(outlet)) {
      warned.add(outlet);
      const source = item.kind === 'article' ? item.article.source : item.source;
      item.diagnostics.push({
        severity: 'warning',
        code: 'outlet-case',
        message: `outlet "${outlet}" differs from "${first}", named earlier, only in letter case; they are counted as two outlets: write one the way the other is written`,
        ...(source ? { source } : {}),
      });
    }
    yield item;
  }
}
