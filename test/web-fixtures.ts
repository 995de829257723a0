// Test inputs built in code: WARC archives (record by record, as a crawler writes them) and small
// pages. Everything here is written for the tests, never copied from evaluation data.
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

export const WEB = fileURLToPath(new URL('./fixtures/web', import.meta.url));

export interface WarcRecordSpec {
  type: 'warcinfo' | 'request' | 'response' | 'metadata' | 'resource';
  uri?: string;
  id: string;
  /** The HTTP message for request/response records, the block itself otherwise. */
  block: Buffer;
  contentType?: string;
}

/** One WARC/1.1 record as bytes. */
export function warcRecord(r: WarcRecordSpec): Buffer {
  const headers = [
    'WARC/1.1',
    `WARC-Type: ${r.type}`,
    `WARC-Record-ID: <urn:uuid:${r.id}>`,
    'WARC-Date: 2031-05-01T00:00:00Z',
    ...(r.uri ? [`WARC-Target-URI: ${r.uri}`] : []),
    `Content-Type: ${r.contentType ?? (r.type === 'response' ? 'application/http; msgtype=response' : r.type === 'request' ? 'application/http; msgtype=request' : 'application/warc-fields')}`,
    `Content-Length: ${r.block.length}`,
  ];
  return Buffer.concat([Buffer.from(`${headers.join('\r\n')}\r\n\r\n`), r.block, Buffer.from('\r\n\r\n')]);
}

export function httpResponse(body: string | Buffer, contentType = 'text/html; charset=utf-8', extra: string[] = [], status = '200 OK'): Buffer {
  const bytes = typeof body === 'string' ? Buffer.from(body) : body;
  const head = [`HTTP/1.1 ${status}`, `Content-Type: ${contentType}`, `Content-Length: ${bytes.length}`, ...extra].join('\r\n');
  return Buffer.concat([Buffer.from(`${head}\r\n\r\n`), bytes]);
}

/** A `.warc.gz`: one gzip member per record. */
export const gzipMembers = (records: Buffer[]): Buffer => Buffer.concat(records.map((r) => gzipSync(r)));

/** A small article page with a headline, a byline, body paragraphs and site furniture. */
export function articlePage(opts: { title: string; site?: string; paragraphs: string[]; canonical?: string }): string {
  return [
    '<!doctype html><html lang="en"><head><meta charset="utf-8">',
    `<title>${opts.title}</title>`,
    opts.site ? `<meta property="og:site_name" content="${opts.site}">` : '',
    opts.canonical ? `<link rel="canonical" href="${opts.canonical}">` : '',
    '</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article>',
    `<h1>${opts.title}</h1>`,
    ...opts.paragraphs.map((p) => `<p>${p}</p>`),
    '</article><footer>© 2031 Example Media</footer></body></html>',
  ].join('\n');
}

export const LONG_PARAGRAPHS = [
  'The regional assembly voted on Monday to extend the night bus service to the outer villages, after a year of complaints from shift workers who said they had no way home.',
  '“People were walking for an hour after their shifts ended,” said the transport spokesperson, Lena Ostrova. “This changes that from next month.”',
  'The extension will cost about four hundred thousand a year, the assembly said, and will be reviewed after twelve months of operation.',
];
