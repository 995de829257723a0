// The pieces behind `--jobs` and the streamed `--format json`: in-order mapping with a bounded
// read-ahead, and the JSON document written in parts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mapInOrder } from '../src/commands/worker-pool.js';
import { jsonDocumentHead, jsonDocumentTail, serialized, serializeResult, type ResultWriting } from '../src/commands/serialize.js';
import type { ArticleResult } from '../src/types.js';

async function* source(n: number, read: { count: number }): AsyncGenerator<number> {
  for (let i = 0; i < n; i++) {
    read.count++;
    yield i;
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('mapInOrder', () => {
  it('yields in input order whatever order the work finishes in, never reading more than `limit` ahead', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 30 }), fc.integer({ min: 1, max: 5 }), async (delays, limit) => {
        const read = { count: 0 };
        const out: number[] = [];
        for await (const x of mapInOrder(source(delays.length, read), async (i) => (await sleep(delays[i]), i * 10), limit)) {
          // Read so far: the yielded ones plus at most `limit` ahead (this one included).
          expect(read.count - out.length).toBeLessThanOrEqual(limit);
          out.push(x);
        }
        expect(out).toEqual(delays.map((_, i) => i * 10));
      }),
      { numRuns: 30 },
    );
  });

  it('throws the first failure in input order and stops reading', async () => {
    const read = { count: 0 };
    const got: number[] = [];
    const run = async () => {
      for await (const x of mapInOrder(source(100, read), async (i) => (i === 3 ? Promise.reject(new Error('boom')) : i), 2)) got.push(x);
    };
    await expect(run()).rejects.toThrow('boom');
    expect(got).toEqual([0, 1, 2]);
    expect(read.count).toBeLessThan(10);
  });
});

describe('the streamed JSON document', () => {
  const article = (id: string) => ({ id, outlet: null, wire: null, length: 1, segments: [], quotes: [{ a: [1, { b: 'x\ny' }] }], actors: [], mentions: [], framing: [], sentiment: [], diagnostics: [] }) as unknown as ArticleResult;
  it.each([0, 1, 3])('with %i articles is byte for byte JSON.stringify(document, null, 2)', (n) => {
    const articles = Array.from({ length: n }, (_, i) => article(`a${i}`));
    const framelens = { version: '1.0.0', lexiconHash: 'abc' };
    const streamed = jsonDocumentHead(framelens) + articles.map((a, i) => `${i ? ',' : ''}\n${serializeResult(a, 'json')}`).join('') + jsonDocumentTail(n);
    expect(streamed).toBe(`${JSON.stringify({ framelens, articles }, null, 2)}\n`);
  });
});

describe('serialized', () => {
  // Non-ASCII of one, two, three and four UTF-8 bytes, an escaped control character and a lone
  // surrogate (JSON.stringify escapes it; TextEncoder would write U+FFFD).
  const odd = 'Zoë’s “café” 😀 \u0007 \ud800 end';
  const result = { id: odd, outlet: 'Le Monde', status: 'ok', length: odd.length, segments: [], quotes: [{ text: odd }], actors: [], mentions: [], framing: [], sentiment: [], diagnostics: [] } as unknown as ArticleResult;
  const tail = ',"framelens":{"version":"1.0.0","note":"ünïcode"}}';
  const utf8 = (s: string) => Buffer.from(new TextEncoder().encode(s));
  it.each<[string, ResultWriting, string]>([
    ['a JSON Lines row', { format: 'jsonl', jsonlTail: tail, withText: false }, `${JSON.stringify(result).slice(0, -1)}${tail}\n`],
    ['a JSON Lines row with its text', { format: 'jsonl', jsonlTail: tail, withText: true }, `${JSON.stringify(result).slice(0, -1)},"text":${JSON.stringify(odd)}${tail}\n`],
    ['an article of the JSON document', { format: 'json', jsonlTail: '', withText: false }, `\n${serializeResult(result, 'json')}`],
  ])('writes %s as the UTF-8 of the joined text, in a buffer of its own', (_, how, expected) => {
    const out = serialized(result, how, odd);
    expect(Buffer.from(out.bytes).equals(utf8(expected))).toBe(true);
    // A worker moves the whole buffer to the main thread: it must hold these bytes and no others.
    expect(out.bytes.byteOffset).toBe(0);
    expect(out.bytes.buffer.byteLength).toBe(out.bytes.length);
  });
});
