// A publication date that is none (`2024-13-45`) or could be two days (`05/03/2024`) is left out
// with a warning, never read as another day; in a manifest it is a manifest-invalid warning.
import { describe, expect, it } from 'vitest';
import { readInputs } from '../src/ingest/read-inputs.js';
import { dayOf, isoDay, isoPublished } from '../src/stories/days.js';
import { tmpFiles } from './tmp-files.js';

const { fixture } = tmpFiles('framelens-dates-');

describe('dayOf', () => {
  it.each([
    ['2024-03-05', '2024-03-05'],
    ['2024-03-05T23:10:00Z', '2024-03-05'],
    ['Tue, 05 Mar 2024 10:00:00 +0000', '2024-03-05'],
    ['March 5, 2024', '2024-03-05'],
    ['25/03/2024', '2024-03-25'],
    ['03/25/2024', '2024-03-25'],
    ['05.05.2024', '2024-05-05'],
    ['2024-13-45', null],
    ['2024-02-30', null],
    ['05/03/2024', null],
    ['31/31/2024', null],
    ['garbage', null],
  ])('%s → %s', (published, day) => {
    const d = dayOf(published);
    expect(d === null ? null : isoDay(d)).toBe(day);
  });
});

describe('isoPublished: one form for every date framelens reads', () => {
  it.each([
    ['March 5, 2024', '2024-03-05'],
    ['5 March 2024', '2024-03-05'],
    ['25/03/2024', '2024-03-25'],
    ['Tue, 05 Mar 2024 23:30:00 -0800', '2024-03-06T07:30:00.000Z'],
    // (As written: already ISO, or a year or a month that a made-up day would overstate.)
    ['2024-03-05', '2024-03-05'],
    ['2024-03-05T10:00:00+01:00', '2024-03-05T10:00:00+01:00'],
    ['2024', '2024'],
    ['March 2024', 'March 2024'],
  ])('%s → %s', (published, iso) => {
    expect(isoPublished(published)).toBe(iso);
  });

  it('is what an article read from JSON Lines carries', async () => {
    const path = fixture('iso.jsonl', JSON.stringify({ id: 'a', text: 'Words.', published: 'March 5, 2024' }));
    for await (const item of readInputs([path])) expect(item.kind === 'article' && item.article.published).toBe('2024-03-05');
  });
});

describe('articles with dates that cannot be used', () => {
  it('keep no date, and say why', async () => {
    const path = fixture('d.jsonl', ['2024-03-05', '2024-13-45', '05/03/2024', 'garbage'].map((p, i) => JSON.stringify({ id: `d${i}`, text: 'Words.', published: p })).join('\n'));
    const got: string[] = [];
    for await (const item of readInputs([path])) {
      if (item.kind === 'article') got.push(`${item.article.id} ${item.article.published ?? '-'} ${item.diagnostics.map((d) => `${d.code}@${d.source?.line}: ${d.message}`).join()}`);
    }
    expect(got).toEqual([
      'd0 2024-03-05 ',
      'd1 - unusable-date@2: the date "2024-13-45" is left out: there is no month 13',
      'd2 - unusable-date@3: the date "05/03/2024" is left out: it could be day 5 of month 3 or month 5, day 3; write it YYYY-MM-DD',
      'd3 - unusable-date@4: the date "garbage" is left out: it is not a date framelens reads (give YYYY-MM-DD)',
    ]);
  });

  it('in a manifest: a manifest-invalid warning', async () => {
    fixture('m/a.txt', 'The council met.\n');
    fixture('m/manifest.json', JSON.stringify([{ file: 'a.txt', outlet: 'X', published: '2024-13-45' }]));
    const items = [];
    for await (const item of readInputs([fixture('m/b.txt', 'More.\n').replace(/b\.txt$/, '')])) items.push(item);
    const first = items[0]!;
    expect(first.kind === 'article' && first.article.published).toBe(undefined);
    expect(first.diagnostics.map((d) => d.message)).toContain('entry 1: "published": "2024-13-45" is not a usable date: there is no month 13; left out');
  });
});
