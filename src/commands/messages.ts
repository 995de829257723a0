// Messages on stderr: one line each, `framelens: WHERE: WHAT HAPPENED; WHAT TO DO`, with the path as
// the user typed it and input text made terminal-safe. Input problems go to stderr whatever the
// output format (they are also kept in the results' diagnostics).
import type { ArticleResult, Diagnostic } from '../types.js';
import { terminalSafe } from '../report/terminal-table.js';
import { failsAt, printsAt, type FailOn } from './options.js';
import { clearProgress } from './progress.js';

/** Writes one message line to stderr, erasing the progress line first. */
export function say(line: string): void {
  clearProgress();
  process.stderr.write(`framelens: ${terminalSafe(line.replace(/\s+/g, ' ').trim(), true)}\n`);
}

/** What to do about an input problem, by diagnostic code. */
const HINTS: Record<string, string> = {
  'unreadable-path': 'check the path and that you may read it',
  'invalid-utf8': 'save the file as UTF-8 (e.g. `iconv -f WINDOWS-1252 -t UTF-8 FILE`)',
  binary: 'give text, .jsonl or .json files',
  empty: 'add the article text or leave the file out',
  'jsonl-parse': 'make each line one JSON object like {"id": "a1", "text": "…"}',
  'json-parse': 'fix the JSON, or give one article object or an array of them',
  'record-not-object': 'make each record a JSON object like {"id": "a1", "text": "…"}',
  'record-bad-id': 'give each record an "id" that is a string or number',
  'record-missing-text': 'give each record a "text" string with the article',
  'manifest-invalid': 'fix manifest.json: an array of {"file", "outlet", "published"}',
  'warc-duplicate': 'each page is analysed once, so its quotes and terms are counted once',
  'warc-http-status': 'a redirect or error page holds no article',
  'duplicate-id': 'both are counted, in every figure (the report says how many)',
};
const DEFAULT_HINT = 'the other inputs were analysed as usual';

/** `corpus/a.jsonl:3: not valid UTF-8 at byte 17 of the line; save the file as UTF-8 …` */
export function problemLine(d: Diagnostic, id: string): string {
  const where = d.source ? `${d.source.path}${d.source.line ? `:${d.source.line}` : ''}` : id;
  const message = d.source?.line ? d.message.replace(/^line \d+: /, '') : d.message;
  const severity = d.severity === 'error' ? '' : `${d.severity}: `;
  return `${severity}${where}: ${message}; ${HINTS[d.code] ?? DEFAULT_HINT}`;
}

/** At most this many problems are listed; the rest are counted in the closing line. */
const SHOWN = 20;

/**
 * Reports each result's input problems (see printsAt; notes below --fail-on stay in the output) and
 * decides the exit code: 1 when a diagnostic is at or over --fail-on.
 */
export class ProblemReporter {
  private shown = 0;
  private hidden = 0;
  private failing = 0;
  private seen = 0;
  failed = false;

  constructor(
    private readonly failOn: FailOn = 'error',
    private readonly quiet = false,
  ) {}

  check<R extends Pick<ArticleResult, 'id' | 'diagnostics'>>(result: R): R {
    this.seen++;
    if (result.diagnostics.some((d) => failsAt(d.severity, this.failOn))) {
      this.failed = true;
      this.failing++;
    }
    for (const d of result.diagnostics) {
      if (!printsAt(d.severity, this.failOn, this.quiet)) continue;
      if (this.shown < SHOWN) {
        say(problemLine(d, result.id));
        this.shown++;
      } else this.hidden++;
    }
    return result;
  }

  /** The closing line (when there were problems) and the exit code. */
  finish(): void {
    if (this.hidden) say(`${this.hidden} more problem${this.hidden === 1 ? '' : 's'} not listed; every diagnostic is in the output (--format jsonl)`);
    if (this.failed) {
      say(`${this.failing} of ${this.seen} input${this.seen === 1 ? '' : 's'} had a problem at or over --fail-on ${this.failOn} (exit code 1); fix ${this.failing === 1 ? 'it' : 'them'}, or set --fail-on none to exit 0`);
      process.exitCode = 1;
    }
  }
}
