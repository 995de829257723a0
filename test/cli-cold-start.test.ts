// What a command loads at start: the command definitions only, each command's run (pipeline,
// reporters, zod schemas) when that command runs, and a format's writer when that format is
// chosen. A static import of a heavy module from src/cli.ts or a command definition would put it
// back into every start, `--help` and usage errors included; these tests catch that.
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { framelens, ROOT, SEEDS } from './cli-run.js';

const HOOK = pathToFileURL(`${ROOT}/test/fixtures/imports/log-imports.mjs`).href;

/** The framelens modules (relative to dist/) and packages a run loads, and its exit code. */
function loaded(args: string[]): { code: number | null; modules: Set<string> } {
  const r = framelens(args, { env: { NODE_OPTIONS: `--import=${HOOK}` } });
  const modules = new Set<string>();
  for (const [, url] of r.stderr.matchAll(/^imported (\S+)$/gm)) {
    const local = /\/dist\/(.+)$/.exec(url);
    const pkg = /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url);
    if (pkg) modules.add(pkg[1]);
    else if (local) modules.add(local[1]);
  }
  return { code: r.code, modules };
}

const ANALYSIS = ['pipeline.js', 'commands/run-analysis.js'];
const RUNS = ['analyze', 'compare', 'report', 'views', 'stories', 'extract', 'lexicon', 'eval'].map((c) => `commands/${c}-run.js`);
const WRITERS = ['report/html/render-html.js', 'report/article-table.js', 'report/compare-tables.js', 'report/report-files.js', 'zod'];

describe('cold start: what each invocation loads', () => {
  it.each([
    [['--help']],
    [['analyze', '--help']],
    [['report', '--help']],
    [['analyze', '--format', 'nope', SEEDS]],
    [['no-such-command']],
  ])('framelens %j loads the definitions of every command and no run', (args) => {
    const { code, modules } = loaded(args);
    expect(code).toBe(args.includes('--help') ? 0 : 2);
    for (const c of ['analyze', 'compare', 'report', 'views', 'stories', 'extract', 'lexicon', 'eval']) expect(modules).toContain(`commands/${c}.js`);
    for (const m of [...ANALYSIS, ...RUNS, ...WRITERS]) expect(modules).not.toContain(m);
  });

  it('analyze --format jsonl loads the analysis and no renderer', () => {
    const { code, modules } = loaded(['analyze', '--format', 'jsonl', '--quiet', SEEDS]);
    expect(code).toBe(0);
    for (const m of [...ANALYSIS, 'commands/analyze-run.js']) expect(modules).toContain(m);
    for (const m of [...RUNS.filter((r) => r !== 'commands/analyze-run.js'), ...WRITERS]) expect(modules).not.toContain(m);
  });

  it('extract loads the segmenter but not the other stages', () => {
    const { code, modules } = loaded(['extract', SEEDS]);
    expect(code).toBe(0);
    expect(modules).toContain('segment/segment-article.js');
    for (const m of [...ANALYSIS, 'quotes/find-quotes.js', 'lexicon/lexicon-cache.js']) expect(modules).not.toContain(m);
  });

  it('analyze --format html loads the HTML renderer; compare loads its tables', () => {
    expect(loaded(['analyze', '--format', 'html', '--quiet', SEEDS]).modules).toContain('report/html/render-html.js');
    const compare = loaded(['compare', '--quiet', SEEDS]).modules;
    expect(compare).toContain('report/compare-tables.js');
    expect(compare).not.toContain('zod');
  });
});
