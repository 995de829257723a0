import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { framelens } from './cli-run.js';
import { WEB, articlePage, gzipMembers, httpResponse, LONG_PARAGRAPHS, warcRecord } from './web-fixtures.js';
import type { ExtractedPage } from '../src/extract/extract-page.js';

const tmp = mkdtempSync(join(tmpdir(), 'framelens-cli-web-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const lines = (stdout: string): ExtractedPage[] => stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as ExtractedPage);

/** Two outlets' pages about the same vote, packed as a crawler would. */
const PAGES = [
  { uri: 'https://north.example/vote', site: 'North Courier', title: 'Assembly extends night buses' },
  { uri: 'https://south.example/buses', site: 'South Herald', title: 'Night buses to reach the villages' },
];
const warc = join(tmp, 'crawl.warc.gz');
writeFileSync(
  warc,
  gzipMembers(
    PAGES.flatMap((p, i) => [
      warcRecord({ type: 'request', id: `00000000-0000-4000-8000-00000000000${i}`, uri: p.uri, block: Buffer.from('GET / HTTP/1.1\r\n\r\n') }),
      warcRecord({ type: 'response', id: `00000000-0000-4000-8000-00000000001${i}`, uri: p.uri, block: httpResponse(articlePage({ title: p.title, site: p.site, paragraphs: LONG_PARAGRAPHS })) }),
    ]),
  ),
);

describe('framelens extract', () => {
  it('prints {id, url, outlet, title, published, authors, language, text, segments} per page, offsets into text', () => {
    const r = framelens(['extract', join(WEB, 'pages/harbour-vote.html'), '--format', 'jsonl']);
    expect(r.code).toBe(0);
    const [page] = lines(r.stdout);
    expect(Object.keys(page!)).toEqual(['id', 'url', 'outlet', 'title', 'published', 'authors', 'language', 'text', 'segments']);
    expect(page).toMatchObject({ id: 'harbour-vote', outlet: 'The Coastal Ledger', authors: ['Mara Quill', 'Tobias Renn'] });
    for (const s of page!.segments) expect(s.end).toBeLessThanOrEqual(page!.text.length);
    const headline = page!.segments.find((s) => s.kind === 'headline')!;
    expect(page!.text.slice(headline.start, headline.end)).toBe('Council approves harbour wall repairs');
  });

  it('reads a page from stdin when it starts with <', () => {
    const r = framelens(['extract', '-'], { input: readFileSync(join(WEB, 'pages/harbour-vote.html'), 'utf8') });
    expect(r.code).toBe(0);
    expect(lines(r.stdout).map((p) => [p.id, p.outlet])).toEqual([['stdin', 'The Coastal Ledger']]);
  });

  it('on a folder: names the skipped file on stderr, reads the page and the text file', () => {
    const r = framelens(['extract', join(WEB, 'pages')]);
    expect(r.code).toBe(0);
    expect(lines(r.stdout).map((p) => p.id)).toEqual(['harbour-vote', 'manifest-note']);
    expect(r.stderr).toMatch(/scan\.pdf.*\.pdf is not a format framelens reads/);
  });

  it('on a WARC: one record per page with its url; --fail-on warning is not tripped', () => {
    const r = framelens(['extract', warc, '--fail-on', 'warning']);
    expect(r.code).toBe(0);
    expect(lines(r.stdout).map((p) => [p.id, p.url, p.outlet])).toEqual([
      ['00000000-0000-4000-8000-000000000010', 'https://north.example/vote', 'North Courier'],
      ['00000000-0000-4000-8000-000000000011', 'https://south.example/buses', 'South Herald'],
    ]);
  });

  it('on CSV with --column, and a bad --column is a usage error', () => {
    const csv = join(tmp, 'export.csv');
    writeFileSync(csv, 'key,words\nk1,"The pass reopened,\nthe agency said."\n');
    const r = framelens(['extract', csv, '--column', 'text=words', '--column', 'id=key']);
    expect(r.code).toBe(0);
    expect(lines(r.stdout).map((p) => [p.id, p.text])).toEqual([['k1', 'The pass reopened,\nthe agency said.']]);
    const bad = framelens(['extract', csv, '--column', 'body']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--column body');
  });

  it('an empty CSV row fails the run (exit 1), the other rows still printed', () => {
    const r = framelens(['extract', join(WEB, 'export.csv')]);
    expect(r.code).toBe(1);
    expect(lines(r.stdout).map((p) => p.id)).toEqual(['c-1', 'c-2']);
    expect(r.stderr).toContain('row 3: the text column is empty');
  });
});

describe('extract shows what analyze reads', () => {
  const english = 'The council said on Monday that the new bridge would open in the spring, after two years of work and a long row over its cost.';
  const spanish = 'El consejo dijo el lunes que el nuevo puente se abrirá en la primavera, después de dos años de obras y una larga disputa por su coste. '.repeat(4);
  it.each<[string, string, string, string | null, string[]]>([
    ['an outlet named by the licence line', 'licensed.txt', `${english}\n\nAll Content by Valley Wire is licensed under a Creative Commons Attribution 4.0 International License.`, 'Valley Wire', []],
    ['a text not in English', 'spanish.txt', spanish, null, ['not-english']],
    ['two inputs with one id', 'dup.jsonl', `${JSON.stringify({ id: 'a', text: english })}\n${JSON.stringify({ id: 'a', text: english })}`, null, ['duplicate-id']],
  ])('%s', (_, name, content, outlet, codes) => {
    const path = join(tmp, name);
    writeFileSync(path, content);
    const extracted = framelens(['extract', path]);
    const analysed = framelens(['analyze', path, '--format', 'jsonl']);
    const results = analysed.stdout.trim().split('\n').map((l) => JSON.parse(l) as { outlet: string | null; diagnostics: Array<{ code: string }> });
    expect(lines(extracted.stdout).map((p) => p.outlet)).toEqual(results.map((r) => r.outlet));
    expect(lines(extracted.stdout)[0]!.outlet).toBe(outlet);
    const analysedCodes = results.flatMap((r) => r.diagnostics.map((d) => d.code)).filter((c) => codes.includes(c));
    expect(analysedCodes).toEqual(codes);
    for (const code of codes) expect(extracted.stderr).toContain(code === 'not-english' ? 'English' : 'is used by an earlier article');
  });
});

describe('compare and report on pages and archives', () => {
  it('compare on a WARC takes each outlet from its page', () => {
    const r = framelens(['compare', warc, '--format', 'json', '--quiet']);
    expect(r.code).toBe(0);
    const outlets = (JSON.parse(r.stdout) as { outlets: Array<{ outlet?: string; name?: string } | string> }).outlets.map((o) => (typeof o === 'string' ? o : (o.outlet ?? o.name)));
    expect(outlets.sort()).toEqual(['North Courier', 'South Herald']);
  });

  it('compare on a folder of saved pages names the page’s outlet and finds its quotes', () => {
    const r = framelens(['compare', join(WEB, 'pages'), '--format', 'json', '--quiet']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as { quotes?: Array<{ speaker?: string | null; outlet?: string }> };
    expect(r.stdout).toContain('The Coastal Ledger');
    expect(JSON.stringify(doc.quotes ?? [])).toContain('Ada Frome');
  });

  it('report on a WARC writes the report with both outlets', () => {
    const out = join(tmp, 'crawl.md');
    const r = framelens(['report', warc, '--out', out, '--quiet']);
    expect(r.code).toBe(0);
    const md = readFileSync(out, 'utf8');
    expect(md).toContain('North Courier');
    expect(md).toContain('South Herald');
  });

  // Each output names the page a figure comes from by the record's WARC-Target-URI, not only its id.
  it.each([
    ['analyze jsonl', ['analyze', '--format', 'jsonl'], (s: string) => s.split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { url?: string }).url).join(' ')],
    ['quotes csv', ['quotes', '--format', 'csv'], (s: string) => s],
    ['compare json ledger', ['compare', '--format', 'json'], (s: string) => JSON.stringify((JSON.parse(s) as { quotes: unknown[] }).quotes)],
    ['report md corpus table', ['report'], (s: string) => s.slice(s.indexOf('## The corpus'))],
    ['report html headings', ['report', '--format', 'html'], (s: string) => (s.match(/<h3>.*?<\/h3>/g) ?? []).join(' ')],
  ] as const)('%s on a WARC shows each page’s url', (_, args, part) => {
    const r = framelens([...args, warc, '--quiet']);
    expect(r.code).toBe(0);
    for (const p of PAGES) expect(part(r.stdout)).toContain(p.uri);
  });
});
