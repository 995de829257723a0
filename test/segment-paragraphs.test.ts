// Paragraphs: lines trimmed of white space (any /\s/, no-break space and carriage return included),
// blank lines between them, and a hard-wrapped line joined to the next.
import { describe, expect, it } from 'vitest';
import { findParagraphs } from '../src/segment/paragraphs.js';

describe('findParagraphs', () => {
  it.each([
    ['two paragraphs', 'One.\n\nTwo.', ['One.', 'Two.']],
    ['one per line', 'One.\nTwo.', ['One.', 'Two.']],
    ['trimmed, a line of no-break spaces is blank', '  One.\u00a0\n\u00a0\u2003\nTwo.\n', ['One.', 'Two.']],
    ['carriage returns', 'A line.\r\nB line.\r\n', ['A line.', 'B line.']],
    ['hard wrap joined', 'It would focus\non Iraq.\nNext.', ['It would focus\non Iraq.', 'Next.']],
    ['no wrap after a full stop', 'It ended.\non Iraq.', ['It ended.', 'on Iraq.']],
    ['empty text', '', []],
    ['only newlines', '\n\n', []],
  ])('%s', (_name, text, expected) => {
    const paragraphs = findParagraphs(text);
    expect(paragraphs.map((p) => p.text)).toEqual(expected);
    for (const p of paragraphs) expect(text.slice(p.start, p.end)).toBe(p.text);
  });
});
