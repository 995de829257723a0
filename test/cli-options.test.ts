import { describe, expect, it } from 'vitest';
import { failsAt, useColour } from '../src/commands/options.js';
import { progressLine } from '../src/commands/progress.js';

describe('useColour', () => {
  it.each([
    [{}, true, {}, true],
    [{}, false, {}, false],
    [{}, true, { NO_COLOR: '1' }, false],
    [{}, true, { NO_COLOR: '' }, true],
    [{ color: false }, true, {}, false],
    [{ color: true }, false, { NO_COLOR: '1' }, true],
  ])('args %j, tty %s, env %j → %s', (args, isTTY, env, expected) => {
    expect(useColour(args, { isTTY }, env)).toBe(expected);
  });
});

describe('failsAt', () => {
  it.each([
    ['error', 'error', true],
    ['warning', 'error', false],
    ['warning', 'warning', true],
    ['error', 'warning', true],
    ['info', 'warning', false],
    ['info', 'info', true],
    ['error', 'none', false],
  ] as const)('%s with --fail-on %s → %s', (severity, failOn, expected) => {
    expect(failsAt(severity, failOn)).toBe(expected);
  });
});

describe('progressLine', () => {
  it.each([
    [3, 1_500_000, 1, null, /^analysed 3 articles · 1\.5 MB · 1\.5 MB\/s · id$/],
    [1, 500, 1, 1000, /^\[#{12}-{12}\] 50% · 1 article · /],
    [9, 2000, 1, 1000, /^\[#{24}\] 99% · 9 articles/], // never 100% before the end
  ] as const)('%i articles, %i chars, total %s', (n, chars, seconds, total, expected) => {
    expect(progressLine(n, chars, seconds, total, 'id')).toMatch(expected);
  });
});
