// A file whose name does not say what it holds is read by its content: a web page saved without
// `.html` (wget mirrors) as a page, with an info note; gzip data (`x.jsonl.gz` named directly, or
// on stdin) unpacked and read as the name inside says (stdin: as its content says).
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readInputs } from '../src/ingest/read-inputs.js';
import { tmpFiles } from './tmp-files.js';

const { fixture } = tmpFiles('framelens-sniff-');
const PAGE = '<!DOCTYPE html>\n<html><head><title>Ferry plan</title></head><body><article><h1>Ferry plan</h1>'
  + '<p>The council voted on Tuesday to reject the ferry plan after a long debate in the town hall.</p>'
  + '<p>“This is a victory,” said Maria Lopez, who chairs the residents association.</p></article></body></html>\n';
const JSONL = '{"id":"a","text":"The first article."}\n{"id":"b","text":"The second article."}\n';
const CSV = 'id,outlet,text\n1,Gazette,The third article.\n';

async function read(paths: string[], stdin?: Buffer): Promise<string[]> {
  const got: string[] = [];
  for await (const item of readInputs(paths, stdin ? { stdin: Readable.from([stdin]) } : {})) {
    const notes = item.diagnostics.map((d) => ` [${d.severity} ${d.code}: ${d.message}]`).join('');
    got.push(item.kind === 'article' ? `${item.article.id}: ${item.article.text.split('\n')[0]}${notes}` : `${item.id}${notes}`);
  }
  return got;
}

const NOTE = ' [info read-as-html: read as a web page: it holds HTML]';

describe('inputs read by their content', () => {
  it.each([
    ['a page without an extension', 'noext', PAGE, [`noext: Ferry plan${NOTE}`]],
    ['a page saved as .txt', 'page.txt', PAGE, [`page: Ferry plan${NOTE}`]],
    ['a wget name', 'story.php?id=3', `<!-- saved -->\n${PAGE}`, [`story: Ferry plan${NOTE}`]],
    ['text that mentions a tag', 'note.txt', 'The <html> tag opens a page.\n', ['note: The <html> tag opens a page.']],
    ['gzipped JSON Lines', 'x.jsonl.gz', gzipSync(JSONL), ['a: The first article.', 'b: The second article.']],
    ['gzipped CSV', 'y.csv.gz', gzipSync(CSV), ['1: The third article.']],
    ['gzipped text', 'z.txt.gz', gzipSync('Plain words.\n'), ['z: Plain words.']],
    ['damaged gzip', 'w.txt.gz', gzipSync('Plain words.\n').subarray(0, 12), ['w.txt [error invalid-gzip: gzip data that does not unpack (unexpected end of file)]']],
  ])('%s', async (_name, file, content, expected) => {
    expect(await read([fixture(file, content)])).toEqual(expected);
  });

  it.each([
    ['gzipped JSON Lines', gzipSync(JSONL), ['a: The first article.', 'b: The second article.']],
    ['gzipped CSV', gzipSync(CSV), ['1: The third article.']],
  ])('stdin: %s', async (_name, bytes, expected) => {
    expect(await read(['-'], bytes)).toEqual(expected);
  });
});
