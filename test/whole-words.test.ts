// wholeWordOccurrences finds each form where it stands as a whole word, as a scan of the text would.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wholeWordOccurrences } from '../src/whole-words.js';

/** Every start of `form` with no letter or digit on either side (ASCII text). */
function byScan(text: string, form: string): number[] {
  const out: number[] = [];
  const word = (c: string | undefined) => c !== undefined && /[A-Za-z0-9]/.test(c);
  for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) if (!word(text[at - 1]) && !word(text[at + form.length])) out.push(at);
  return out;
}

describe('wholeWordOccurrences', () => {
  it('finds one-word and longer forms, a repeated form once, a form opening with a mark', () => {
    const text = 'Ann Lee met Lee Ann; Leeds and Ann Lee-Smith. -x';
    const found = wholeWordOccurrences(text, ['Lee', 'Ann Lee', 'Lee', 'Smith', 'Ed', '-x']);
    expect([...found]).toEqual([
      ['Lee', [4, 12, 35]],
      ['Ann Lee', [0, 31]],
      ['Smith', [39]],
      ['Ed', []],
      ['-x', [46]],
    ]);
  });
  it('matches a scan of the text on ASCII text', () => {
    const words = fc.constantFrom('a', 'ab', 'b', 'ba', 'a-b', 'ab a', '1');
    const text = fc.array(fc.oneof(words, fc.constantFrom(' ', '-', '.', ', ')), { maxLength: 40 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, fc.array(words, { maxLength: 6 }), (t, forms) => {
        const found = wholeWordOccurrences(t, forms);
        for (const form of forms) expect(found.get(form)).toEqual(byScan(t, form));
      }),
      { numRuns: 2000 },
    );
  });
});
