import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readLines } from '../src/ingest/read-lines.js';

async function lines(chunks: Buffer[]): Promise<[number, string][]> {
  const out: [number, string][] = [];
  for await (const { bytes, line } of readLines(Readable.from(chunks))) out.push([line, bytes.toString('utf8')]);
  return out;
}

describe('readLines', () => {
  const text = Buffer.from('{"a":"é"}\r\n\n{"b":"“q”"}\nlast', 'utf8');
  it.each([1, 2, 3, 5, 7, text.length])('chunks of %i bytes (split inside characters and CRLF) give the same lines', async (size) => {
    const chunks: Buffer[] = [];
    for (let i = 0; i < text.length; i += size) chunks.push(text.subarray(i, i + size));
    expect(await lines(chunks)).toEqual([
      [1, '{"a":"é"}\r'],
      [2, ''],
      [3, '{"b":"“q”"}'],
      [4, 'last'],
    ]);
  });

  it('a final newline adds no empty line', async () => {
    expect(await lines([Buffer.from('x\ny\n')])).toEqual([
      [1, 'x'],
      [2, 'y'],
    ]);
  });
});
