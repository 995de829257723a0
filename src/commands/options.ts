// Global options shared by every command, and the values derived from them.
import { availableParallelism } from 'node:os';
import { DEFAULT_STORY_OPTIONS } from '../stories/defaults.js';
import type { Severity } from '../types.js';
import { UsageError } from './errors.js';

export interface GlobalArgs {
  format?: string;
  out?: string;
  outlet?: string;
  lexicons?: string[];
  quiet?: boolean;
  color?: boolean;
  failOn?: string;
  /** CSV columns for article fields, as `field=NAME` (repeatable). */
  column?: string[];
  jobs?: number;
}

export const FAIL_ON_LEVELS = ['error', 'warning', 'info', 'none'] as const;
export type FailOn = (typeof FAIL_ON_LEVELS)[number];

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** True when a diagnostic of this severity makes the run exit with code 1. */
export function failsAt(severity: Severity, failOn: FailOn): boolean {
  return failOn !== 'none' && RANK[severity] >= RANK[failOn];
}

/** Whether a diagnostic is printed on stderr: always at or over --fail-on (it sets the exit code);
 * below it, errors and warnings unless --quiet. */
export function printsAt(severity: Severity, failOn: FailOn, quiet = false): boolean {
  return failsAt(severity, failOn) || (!quiet && severity !== 'info');
}

/**
 * Colour only on a terminal and never when NO_COLOR is set; an explicit --color / --no-color wins
 * over both (as no-color.org asks).
 */
export function useColour(args: GlobalArgs, stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  if (args.color !== undefined) return args.color;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return Boolean(stream.isTTY);
}

/** Options that may be given more than once; yargs collects the values of every other option
 * given twice into an array too, which no command expects. */
const REPEATABLE = new Set(['lexicons', 'column', 'kind', 'paths', '_', '$0']);

/** A single-valued option given twice is a usage error, not a silent choice of one value. */
export function refuseRepeats(argv: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(argv)) {
    // aliases (`f`) and camelCase copies (`failOn`) hold the same values as the name checked
    if (!Array.isArray(value) || REPEATABLE.has(key) || key.length === 1 || /[A-Z]/.test(key)) continue;
    throw new UsageError(`--${key} given ${value.length} times (${value.join(', ')})`, `give --${key} once`);
  }
}

/** Arguments after `--` are input paths even when they look like options (yargs leaves them out
 * of the positional `paths`). */
export function pathsAfterDoubleDash(argv: Record<string, unknown>): void {
  const rest = argv['--'];
  if (!Array.isArray(rest)) return;
  delete argv['--'];
  if (Array.isArray(argv.paths)) argv.paths = [...argv.paths, ...rest.map(String)];
  else if (rest.length > 0) throw new UsageError(`unexpected argument "${rest[0]}"`, 'this command takes no paths');
}

// yargs drops a bare `-` argument, so the CLI swaps it for this token before parsing and
// inputPaths() swaps it back.
export const STDIN_TOKEN = '\u0000stdin';

export function protectStdinArg(argv: string[]): string[] {
  return argv.map((a) => (a === '-' ? STDIN_TOKEN : a));
}

export function inputPaths(paths: string[] = []): string[] {
  const typed = paths.map((p) => (p === STDIN_TOKEN ? '-' : p));
  if (typed.indexOf('-') !== typed.lastIndexOf('-')) throw new UsageError('`-` given twice', 'standard input can be read once: give `-` once');
  return typed;
}

/** The input paths every analysing command takes. */
export const PATHS_POSITIONAL = { type: 'string', array: true, default: [] as string[], describe: 'text files, web pages (.html, .htm, .gz), WARC (.warc, .warc.gz), .csv, .json, .jsonl, folders, or - for stdin' } as const;

const COLUMN_FIELDS = ['text', 'id', 'outlet', 'title', 'date', 'url'] as const;

/** `--column text=body --column date=pubDate` to the CSV reader's column overrides. */
export function csvColumns(specs: string[] = []): Partial<Record<(typeof COLUMN_FIELDS)[number], string>> {
  const out: Partial<Record<(typeof COLUMN_FIELDS)[number], string>> = {};
  for (const spec of specs) {
    const eq = spec.indexOf('=');
    const field = spec.slice(0, eq) as (typeof COLUMN_FIELDS)[number];
    if (eq < 1 || !COLUMN_FIELDS.includes(field) || eq === spec.length - 1) {
      throw new UsageError(`bad --column ${spec}`, `write FIELD=COLUMN with FIELD one of ${COLUMN_FIELDS.join(', ')}, e.g. --column text=body`);
    }
    if (out[field] !== undefined) {
      throw new UsageError(`--column ${field}= given twice (${out[field]}, ${spec.slice(eq + 1)})`, `name one column for ${field}`);
    }
    out[field] = spec.slice(eq + 1);
  }
  return out;
}

/** What was typed after `--NAME` (yargs gives a number option that is no number as NaN). */
export function typedValue(name: string, argv = process.argv): string | undefined {
  const at = argv.lastIndexOf(`--${name}`);
  return at >= 0 ? argv[at + 1] : [...argv].reverse().find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
}

/** `--outlet NAME`: a name, not an empty string (that would be an outlet called nothing). */
export function outletName(name: string | string[]): string | string[] {
  if (typeof name === 'string' && name.trim() === '') throw new Error('--outlet needs a name, not an empty string');
  return name;
}

/** `--jobs N` for every command that analyses articles: worker threads, by default one per core. */
export const JOBS_OPTION = {
  type: 'number',
  default: availableParallelism(),
  defaultDescription: 'the number of cores',
  describe: 'analyse on N worker threads, at most twice the cores (output is the same for any N)',
  coerce: (n: number | number[]) => {
    if (Array.isArray(n)) return n; // given twice: refuseRepeats says so
    if (!Number.isInteger(n) || n < 1) throw new Error(`--jobs must be a whole number of at least 1, not ${Number.isNaN(n) ? `"${typedValue('jobs')}"` : n}`);
    return n;
  },
} as const;

/** `--from-results` for the corpus commands: the paths are saved `analyze --format jsonl` results. */
export const FROM_RESULTS_OPTION = {
  type: 'boolean',
  describe: 'read saved `analyze --format jsonl --with-text` results (one file per shard, in input order) instead of analysing articles',
} as const;

/** `--threshold` sets how stories are grouped: without --by-story nothing is, and it would be ignored. */
export function checkThreshold(args: { byStory?: boolean; threshold?: number }): void {
  if (args.threshold !== undefined && !args.byStory) throw new UsageError(`--threshold ${args.threshold} is used only with --by-story (it sets how articles are grouped into stories)`, 'add --by-story, or leave out --threshold');
}

/** `--threshold` for the commands that group stories. */
export const THRESHOLD_OPTION = {
  type: 'number',
  describe: `how similar articles must be to count as one story, 0 to 1 (default ${DEFAULT_STORY_OPTIONS.threshold}; higher splits more)`,
} as const;
