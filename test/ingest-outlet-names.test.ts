// Outlet names as scrapes write them: white space trimmed, and a spelling that differs only in
// letter case warned about once (it is still its own outlet).
import { describe, expect, it } from 'vitest';
import { tidyOutletNames } from '../src/ingest/outlet-names.js';
import type { InputItem } from '../src/types.js';

const article = (id: string, outlet: string | null): InputItem => ({ kind: 'article', article: { id, text: 'Text.', outlet, source: { path: 'in.jsonl', line: Number(id) } }, diagnostics: [] });
async function tidied(items: InputItem[]): Promise<InputItem[]> {
  const out: InputItem[] = [];
  async function* source() {
    yield* items;
  }
  for await (const item of tidyOutletNames(source())) out.push(item);
  return out;
}
const outletOf = (item: InputItem) => (item.kind === 'article' ? item.article.outlet : item.meta?.outlet);

describe('tidyOutletNames', () => {
  it('trims white space and makes runs of it one space', async () => {
    const out = await tidied([article('1', 'Fox News '), article('2', ' Fox\u00a0 News'), article('3', null)]);
    expect(out.map(outletOf)).toEqual(['Fox News', 'Fox News', null]);
    expect(out.flatMap((i) => i.diagnostics)).toEqual([]);
  });

  it('warns once about a spelling that differs only in letter case, on its first article', async () => {
    const out = await tidied([article('1', 'Fox News'), article('2', 'fox news'), article('3', 'fox news'), article('4', 'FOX NEWS')]);
    expect(out.map(outletOf)).toEqual(['Fox News', 'fox news', 'fox news', 'FOX NEWS']);
    expect(out.map((i) => i.diagnostics.map((d) => d.code))).toEqual([[], ['outlet-case'], [], ['outlet-case']]);
    expect(out[1].diagnostics[0]).toMatchObject({ severity: 'warning', source: { path: 'in.jsonl', line: 2 } });
    expect(out[1].diagnostics[0].message).toContain('"fox news" differs from "Fox News"');
  });

  it('reads the outlet an unreadable record named', async () => {
    const bad: InputItem = { kind: 'unreadable', id: 'x', source: { path: 'in.jsonl', line: 9 }, diagnostics: [], meta: { outlet: 'Daily A  ' } };
    expect((await tidied([bad])).map(outletOf)).toEqual(['Daily A']);
  });
});
