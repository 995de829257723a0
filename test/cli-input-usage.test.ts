// Input options that cannot mean anything are usage errors (exit 2) saying what was given.
import { describe, expect, it } from 'vitest';
import { framelens } from './cli-run.js';
import { tmpFiles } from './tmp-files.js';

const { fixture } = tmpFiles('framelens-input-usage-');
const csv = fixture('a.csv', 'id,a,b\n1,The council met.,The mayor spoke.\n');
const text = fixture('a.txt', 'The council met on Monday.\n');

describe('input options that cannot mean anything', () => {
  it.each([
    [['analyze', '-', '-'], '`-` given twice; standard input can be read once: give `-` once'],
    [['extract', csv, '--column', 'text=a', '--column', 'text=b'], '--column text= given twice (a, b); name one column for text'],
    [['analyze', text, '--outlet', ''], '--outlet needs a name, not an empty string; `framelens analyze --help` shows the usage'],
    [['compare', text, '--by-story', '--threshold', 'abc'], '--threshold "abc" is not a number; try the default, 0.15'],
    [['stories', text, '--threshold', '2'], '--threshold 2 is not between 0 and 1; try the default, 0.15'],
  ])('framelens %j', (args, message) => {
    const r = framelens(args, { input: 'The council met.\n' });
    expect(r.stderr).toBe(`framelens: ${message}\n`);
    expect(r.code).toBe(2);
  });
});
