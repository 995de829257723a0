import { describe, expect, it } from 'vitest';
import { annotate, type Mark } from '../src/report/html/annotate.js';
import { escapeHtml } from '../src/report/html/escape.js';

const mark = (start: number, end: number, layer: number, cls: string, extra: Partial<Mark> = {}): Mark => ({ start, end, layer, tag: 'span', attrs: { class: cls }, ...extra });

/** The article text back out of the HTML: tags dropped, entities decoded. */
function textOf(html: string): string {
  return html.replace(/<[^>]*>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

/** Checks the tags are well nested. */
function wellNested(html: string): boolean {
  const stack: string[] = [];
  for (const [, close, name] of html.matchAll(/<(\/?)([a-z]+)[^>]*>/g)) {
    if (!close) stack.push(name);
    else if (stack.pop() !== name) return false;
  }
  return stack.length === 0;
}

describe('annotate', () => {
  const text = 'Al-Alam: “Takfiri terrorists attacked,” he said <b>.';
  it.each([
    ['no marks', []],
    ['nested quote > mention > term', [mark(10, 38, 1, 'q'), mark(10, 28, 2, 'm'), mark(10, 17, 3, 'l')]],
    ['crossing marks are split', [mark(0, 20, 1, 'a'), mark(15, 30, 2, 'b')]],
    ['same span, layers in order', [mark(10, 17, 3, 'l'), mark(10, 17, 2, 'm')]],
    ['mark at the very end', [mark(text.length - 4, text.length, 1, 'x')]],
    ['out-of-range marks are dropped', [mark(-1, 3, 1, 'bad'), mark(5, 999, 1, 'bad'), mark(4, 4, 1, 'empty')]],
  ])('%s: keeps the text exactly and nests the tags', (_what, marks) => {
    const html = annotate(text, marks);
    expect(textOf(html)).toBe(text);
    expect(wellNested(html)).toBe(true);
    expect(html).not.toContain('<b>');
  });

  it('gives each piece data offsets that cover exactly its text', () => {
    const html = annotate(text, [mark(0, 20, 1, 'a'), mark(15, 30, 2, 'b')]);
    const pieces = [...html.matchAll(/data-start="(\d+)" data-end="(\d+)"/g)].map(([, s, e]) => [Number(s), Number(e)]);
    expect(pieces).toEqual([[0, 20], [15, 20], [20, 30]]);
  });

  it('puts the "after" HTML right after the last piece, and first-piece attributes once', () => {
    const html = annotate(text, [mark(0, 20, 1, 'a'), mark(15, 30, 2, 'b', { after: '<i>tip</i>', firstAttrs: { id: 'b1' } })]);
    expect(html.match(/id="b1"/g)).toHaveLength(1);
    expect(html).toMatch(/<\/span><i>tip<\/i>/);
    expect(html.indexOf('<i>tip</i>')).toBeGreaterThan(html.lastIndexOf('data-start="20"'));
  });

  it('escapes attribute values', () => {
    const html = annotate('abc', [{ start: 0, end: 3, layer: 1, tag: 'span', attrs: { 'data-label': '"><img src=x onerror=alert(1)>' } }]);
    expect(html).not.toContain('<img');
    expect(html).toContain('&quot;&gt;&lt;img');
  });
});

describe('escapeHtml', () => {
  it.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['"><img onerror=x>', '&quot;&gt;&lt;img onerror=x&gt;'],
    ["a & b's", 'a &amp; b&#39;s'],
    ['“curly”', '“curly”'],
  ])('%j', (input, expected) => expect(escapeHtml(input)).toBe(expected));
});
