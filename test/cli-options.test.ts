import { describe, expect, it } from 'vitest';
import { failsAt, useColour } from '../src/commands/options.js';

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
