// manifest.json entries: paths into subfolders apply (the nearest manifest naming a file wins), and
// every entry that cannot be used is a warning naming manifest.json and the entry's number.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInputs } from '../src/ingest/read-inputs.js';
import type { InputItem } from '../src/types.js';
import { tmpFiles } from './tmp-files.js';

const { dir: tmp, fixture } = tmpFiles('framelens-manifest-');
const STORY = 'TEHRAN - “We will talk,” Ali Shamkhani said.';

async function read(dir: string): Promise<InputItem[]> {
  const out: InputItem[] = [];
  for await (const item of readInputs([join(tmp, dir)])) out.push(item);
  return out;
}

const outlets = (items: InputItem[]) => items.map((i) => (i.kind === 'article' ? `${i.article.id} ${i.article.outlet ?? '-'} ${i.article.published ?? '-'}` : i.id));
const warnings = (items: InputItem[]) => items.flatMap((i) => i.diagnostics.map((d) => `${d.source?.path?.slice(tmp.length + 1)}: ${d.message}`));

describe('manifest.json entries', () => {
  it('a path into a subfolder applies; a manifest nearer the file wins', async () => {
    fixture('nested/manifest.json', JSON.stringify([{ file: 'a/one.txt', outlet: 'Top', published: '2020-02-02' }, { file: 'b/two.txt', outlet: 'Top' }]));
    fixture('nested/a/one.txt', STORY);
    fixture('nested/b/two.txt', STORY);
    fixture('nested/b/manifest.json', JSON.stringify([{ file: 'two.txt', outlet: 'Near' }]));
    const items = await read('nested');
    expect(outlets(items)).toEqual(['one Top 2020-02-02', 'two Near -']);
    expect(warnings(items)).toEqual([]);
  });

  it.each([
    ['a plain string', ['a.txt'], 'entry 1: "a.txt" is not an object like {"file": "a.txt", "outlet": "X"}; skipped', 'a - -'],
    ['no file', [{ outlet: 'X' }], 'entry 1: has no "file" naming the file it describes; skipped', 'a - -'],
    ['a date that is none', [{ file: 'a.txt', outlet: 'X', published: 'yesterday' }], 'entry 1: "published": "yesterday" is not a usable date: it is not a date framelens reads (give YYYY-MM-DD); left out', 'a X -'],
    ['a file named twice', [{ file: 'a.txt', outlet: 'First' }, { file: 'a.txt', outlet: 'Second' }], 'entry 2: names a.txt again (entry 1 did too); the last entry is used', 'a Second -'],
  ])('%s is a warning', async (name, manifest, message, article) => {
    const dir = name.replace(/ /g, '-');
    fixture(`${dir}/manifest.json`, JSON.stringify(manifest));
    fixture(`${dir}/a.txt`, STORY);
    const items = await read(dir);
    expect(outlets(items)).toEqual([article]);
    expect(warnings(items)).toEqual([`${dir}/manifest.json: ${message}`]);
    expect(items[0]?.diagnostics[0]).toMatchObject({ severity: 'warning', code: 'manifest-invalid' });
  });
});

describe('manifest.json entries written other ways, and files named one by one', () => {
  it('`./a.txt`, `sub/../b.txt` and an absolute path name the file; a path outside is a warning', async () => {
    fixture('ways/manifest.json', JSON.stringify([
      { file: './a.txt', outlet: 'DotSlash' },
      { file: 'sub/../b.txt', outlet: 'Dots' },
      { file: join(tmp, 'ways', 'c.txt'), outlet: 'Abs' },
      { file: '../d.txt', outlet: 'Out' },
    ]));
    for (const f of ['a', 'b', 'c']) fixture(`ways/${f}.txt`, STORY);
    const items = await read('ways');
    expect(outlets(items)).toEqual(['a DotSlash -', 'b Dots -', 'c Abs -']);
    expect(warnings(items)).toEqual(["ways/manifest.json: entry 4: names ../d.txt, which is outside the manifest's folder; skipped"]);
  });

  it('a file named by itself takes its entry from the manifest beside it', async () => {
    fixture('named/manifest.json', JSON.stringify([{ file: 'x.txt', outlet: 'Paper X', published: '2024-01-01' }, { file: 'gone.txt', outlet: 'G' }]));
    const paths = ['x', 'y'].map((f) => fixture(`named/${f}.txt`, STORY));
    const items: InputItem[] = [];
    for await (const item of readInputs(paths)) items.push(item);
    expect(outlets(items)).toEqual(['x Paper X 2024-01-01', 'y - -']);
    expect(warnings(items)).toEqual(['named/manifest.json: manifest names gone.txt, which is not a file in the folder']);
  });
});
