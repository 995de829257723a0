// The V8 flag the CLI sets when it starts (src/jit-flags.ts): it must take effect (optimised
// `map` then returns the PACKED arrays the builtin returns, so array shapes do not flip when a
// function is optimised), and this Node's V8 must know it (an unknown flag is printed to stderr).
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { framelens } from './cli-run.js';

// Optimises a function that maps an array and prints the elements kind of what it returns.
const PROBE = `
await import(process.argv[1]);
function f(a) { return a.map((x) => ({ x })); }
%PrepareFunctionForOptimization(f); f([1, 2]); f([1, 2]);
%OptimizeFunctionOnNextCall(f);
console.log(%HasHoleyElements(f([1, 2, 3])) ? 'HOLEY' : 'PACKED');
`;
const probe = (module: string) => {
  const r = spawnSync(process.execPath, ['--allow-natives-syntax', '--input-type=module', '-e', PROBE, module], { encoding: 'utf8' });
  return { out: r.stdout.trim(), err: r.stderr };
};

describe('jit-flags', () => {
  it('makes optimised code return the same array shape as the builtins', () => {
    // Without the flag (node:os sets nothing) the optimised map's array is HOLEY: the probe can tell.
    expect(probe('node:os').out).toBe('HOLEY');
    const withFlag = probe(new URL('../dist/jit-flags.js', import.meta.url).href);
    expect(withFlag).toEqual({ out: 'PACKED', err: '' });
  });

  it('compiles a regex to machine code only, with no bytecode first', () => {
    const regexProbe = (module: string) => {
      const code = `await import(process.argv[1]); const re = /a\\p{L}/u; re.test('ab'); console.log(%RegexpHasBytecode(re, true) ? 'BYTECODE' : 'NATIVE');`;
      return spawnSync(process.execPath, ['--allow-natives-syntax', '--input-type=module', '-e', code, module], { encoding: 'utf8' }).stdout.trim();
    };
    expect(regexProbe('node:os')).toBe('BYTECODE');
    expect(regexProbe(new URL('../dist/jit-flags.js', import.meta.url).href)).toBe('NATIVE');
  });

  it('prints nothing on stderr when the CLI starts', () => {
    const r = framelens(['--version']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });
});
