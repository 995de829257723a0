// JSON records without an `id` are named by their file and line (JSON Lines) or element (JSON),
// as CSV rows are, with an info note; `{"articles": […]}` is read as the array it wraps.
import { describe, expect, it } from 'vitest';
import { readInputs } from '../src/ingest/read-inputs.js';
import { tmpFiles } from './tmp-files.js';

const { fixture } = tmpFiles('framelens-json-ids-');

async function read(name: string, content: string): Promise<string[]> {
  const got: string[] = [];
  for await (const item of readInputs([fixture(name, content)])) {
    const notes = item.diagnostics.map((d) => ` [${d.severity} ${d.code}: ${d.message}]`).join('');
    got.push(item.kind === 'article' ? `${item.article.id}: ${item.article.text}${notes}` : `${item.id}${notes}`);
  }
  return got;
}

describe('records without an id', () => {
  it.each([
    ['JSON Lines', 'feed.jsonl', '{"id":"a","text":"One."}\n\n{"text":"Two."}\n{"id":null,"text":"Three."}\n{"id":[1],"text":"Four."}\n', [
      'a: One.',
      'feed:3: Two. [info made-up-id: line 3: the object has no `id`; it is named feed:3]',
      'feed:4: Three. [info made-up-id: line 4: the object has no `id`; it is named feed:4]',
      'feed:5 [error record-bad-id: line 5: `id` is neither a string nor a number]',
    ]],
    ['a JSON array', 'arr.json', '[{"text":"One."},{"id":2,"text":"Two."}]', [
      'arr:1: One. [info made-up-id: element 1 of the array: the object has no `id`; it is named arr:1]',
      '2: Two.',
    ]],
    ['a JSON object wrapping `articles`', 'wrap.json', '{"articles":[{"id":"a","text":"One."},{"id":"b","text":"Two."}],"count":2}', ['a: One.', 'b: Two.']],
    ['an empty `articles` array', 'none.json', '{"articles":[]}', ['none [error empty: the JSON array holds no articles]']],
  ])('%s', async (_name, file, content, expected) => {
    expect(await read(file, content)).toEqual(expected);
  });
});

describe('numeric ids', () => {
  // JSON.parse rounds integers past 2^53: tweet and database ids would collide.
  it.each([
    ['JSON Lines: the digits as written', 'tweets.jsonl', '{"id": 1330918402918285313, "text":"One."}\n{"id":1330918402918285312,"text":"Two."}\n{"id":1e5,"text":"Three."}\n{"id":7,"text":"Four."}\n', [
      '1330918402918285313: One.',
      '1330918402918285312: Two.',
      '1e5: Three.',
      '7: Four.',
    ]],
    ['a JSON array, one numeric id per record', 'tweets.json', '[{"id":1330918402918285313,"text":"One."},{"id":"x","text":"Two."},{"id":1330918402918285312,"text":"Three."}]', [
      '1330918402918285313: One.',
      'x: Two.',
      '1330918402918285312: Three.',
    ]],
    ['a nested id: ambiguous, so the parsed number and a warning', 'nested.json', '[{"id":1330918402918285313,"text":"One.","user":{"id":5}}]', [
      '1330918402918285300: One. [warning id-rounded: element 1 of the array: `id` 1330918402918285300 is a number too large for JSON readers to keep exactly (past 2^53), so ids that differ in their last digits may have become one; write ids as strings]',
    ]],
  ])('%s', async (_name, file, content, expected) => {
    expect(await read(file, content)).toEqual(expected);
  });
});

describe('blank fields', () => {
  it('a blank outlet or title is a missing one, as an empty CSV cell is', async () => {
    const items: string[] = [];
    for await (const item of readInputs([fixture('blank.jsonl', '{"id":"a","text":"One.","outlet":"  ","title":""}\n{"id":"b","text":"Two.","outlet":"Daily A"}\n')])) {
      if (item.kind === 'article') items.push(`${item.article.id} ${JSON.stringify(item.article.outlet)} ${JSON.stringify(item.article.title ?? null)}`);
    }
    expect(items).toEqual(['a null null', 'b "Daily A" null']);
  });

  it('a record with no text keeps its outlet, title and date for its place in the results', async () => {
    const got = [];
    for await (const item of readInputs([fixture('empty.jsonl', '{"id":"e","outlet":"Daily A","title":"T","date":"2024-03-01","text":" "}\n{"id":"n","text":""}\n')])) got.push(item);
    expect(got.map((i) => (i.kind === 'unreadable' ? [i.id, i.meta ?? null] : null))).toEqual([
      ['e', { outlet: 'Daily A', title: 'T', published: '2024-03-01' }],
      ['n', null],
    ]);
  });

  it('a number as the date is said to be no date, not dropped without a word', async () => {
    expect(await read('epoch.jsonl', '{"id":"a","text":"One.","published":1709600000}\n')).toEqual([
      'a: One. [warning unusable-date: line 1: `published` is a number (1709600000), not a date; write it as an ISO date (2024-03-05) to have it read]',
    ]);
  });
});
