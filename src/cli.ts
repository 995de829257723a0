#!/usr/bin/env node
// The `framelens` command: global options and the command list; each command lives in
// src/commands/. Exit codes: 0 ok, 1 findings at or over --fail-on, 2 usage or fatal error.
// First, before any other module runs: V8 flags for the analysis (see jit-flags.ts).
import './jit-flags.js';
import yargs, { type CommandModule } from 'yargs';
import { hideBin } from 'yargs/helpers';
import { fsProblem } from './ingest/fs-problem.js';
import { analyzeCommand } from './commands/analyze.js';
import { compareCommand } from './commands/compare.js';
import { evalCommand } from './commands/eval.js';
import { extractCommand } from './commands/extract.js';
import { lexiconCommand } from './commands/lexicon.js';
import { reportCommand } from './commands/report.js';
import { storiesCommand } from './commands/stories.js';
import { actorsCommand, quotesCommand } from './commands/views.js';
import { RunError, UsageError } from './commands/errors.js';
import { withExamples } from './commands/examples.js';
import { say } from './commands/messages.js';
import { FAIL_ON_LEVELS, outletName, pathsAfterDoubleDash, protectStdinArg, refuseRepeats, STDIN_TOKEN } from './commands/options.js';
import { refuseOutputAsInput } from './commands/check-paths.js';
import { explainArgError } from './commands/usage-errors.js';
import { VERSION } from './commands/version.js';

const EXIT_CODES = [
  'Exit codes: 0 done, nothing at or over --fail-on;',
  '1 done, but a diagnostic at or over --fail-on (default: error, e.g. an unreadable input);',
  '2 usage error or fatal problem (bad option, missing file, broken lexicon).',
  'NO_COLOR=1 or --no-color turns colour off; colour and progress are shown only on a terminal.',
].join('\n');

function fatal(message: string, hint: string): void {
  say(`${message}; ${hint}`);
  process.exitCode = 2;
}

process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  // `framelens … | head` closes the pipe early: not an error of ours.
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  say(`cannot write to standard output: ${fsProblem(err)}; ${err.code === 'ENOSPC' ? 'free space on its disk or use --out' : 'use --out'}`);
  process.exit(2);
});

const argv = protectStdinArg(hideBin(process.argv));
const COMMANDS = [analyzeCommand, quotesCommand, actorsCommand, compareCommand, reportCommand, storiesCommand, extractCommand, lexiconCommand, evalCommand];

const parser = withExamples(yargs(argv), [
  ['$0 analyze ../shared/corpus/seeds', 'quotes with speakers, actors and loaded terms per article'],
  ['$0 analyze ../shared/corpus/seeds --format jsonl > seeds.jsonl', 'the same as JSON Lines, one object per article'],
  ['$0 quotes ../shared/corpus/seeds --format csv > quotes.csv', 'the quote ledger for a spreadsheet'],
  ['$0 actors ../shared/corpus/seeds', 'who each article mentions, and the labels it uses'],
  ['$0 compare ../shared/corpus/seeds', 'how each outlet names, describes and quotes the actors'],
  ['$0 report ../shared/corpus/seeds --out seeds.md', 'the Markdown report with SVG charts'],
  ['$0 report ../shared/corpus/seeds --teach --format html --out ws.html', 'a classroom worksheet'],
  ['$0 stories ../shared/corpus/seeds', 'which articles report the same event, by outlet'],
  ['$0 extract test/fixtures/web/pages/harbour-vote.html', 'the text and segments framelens reads from a web page'],
  ['$0 lexicon check --lexicons docs/example-lexicon', 'validate your own lexicon folder'],
  ['$0 eval quotes --gold ../shared/gold/seeds.quotes.jsonl', 'score quote attribution against gold'],
])
  .scriptName('framelens')
  .usage('$0 <command> [paths..] [options]\n\nWho is quoted, saying what, and how each outlet labels the actors it writes about.')
  .option('format', { alias: 'f', type: 'string', describe: 'output format (see each command)' })
  .option('out', { alias: 'o', type: 'string', describe: 'write to this file instead of stdout' })
  .option('outlet', { type: 'string', describe: 'treat every article as from this outlet', coerce: outletName })
  // nargs 1: each --lexicons or --column takes one value, so the paths after it stay paths
  .option('lexicons', { type: 'string', array: true, nargs: 1, describe: 'extra lexicon folder (repeatable)' })
  .option('quiet', { alias: 'q', type: 'boolean', describe: 'no progress, and no diagnostic below --fail-on, on stderr' })
  .option('color', { type: 'boolean', describe: 'colour output (--no-color turns it off)' })
  .option('column', { type: 'string', array: true, nargs: 1, describe: 'CSV column for an article field, as field=NAME (text, id, outlet, title, date, url)' })
  .option('fail-on', { choices: FAIL_ON_LEVELS, default: 'error', describe: 'exit 1 when a diagnostic is at or over this severity' })
  .middleware([pathsAfterDoubleDash, refuseRepeats, refuseOutputAsInput], true)
  .command(COMMANDS as CommandModule[])
  .demandCommand(1, 'no command given')
  .strict()
  .version(VERSION)
  .help()
  .alias('h', 'help')
  .alias('v', 'version')
  .epilogue(EXIT_CODES)
  .wrap(Math.min(100, process.stdout.columns || 100))
  .fail(false);

// Not in @types/yargs, but part of yargs 18 (pinned): the options and commands where parsing stopped.
const internals = parser as unknown as {
  getOptions(): { key: Record<string, unknown>; alias: Record<string, string[]>; choices: Record<string, string[]> };
  getInternalMethods(): { getCommandInstance(): { getCommands(): string[] }; getUsageInstance(): { cacheHelpMessage(): void } };
};
// yargs renders the whole help text after starting each command's handler, to print it should the
// handler fail; with .fail(false) it never prints it, and the rendering costs every run ~20 ms.
internals.getInternalMethods().getUsageInstance().cacheHelpMessage = () => {};

try {
  await parser.parseAsync();
} catch (err) {
  if (err instanceof UsageError) fatal(err.message, err.hint);
  else if (err instanceof RunError) {
    const original = err.original as NodeJS.ErrnoException | undefined;
    if (original?.code && original.path) fatal(`cannot use ${original.path}: ${fsProblem(original)}`, 'check the path and its permissions');
    else if (original?.code) fatal(err.message, 'check the paths and their permissions');
    else fatal(`internal error: ${err.message}`, 'please report it with the command you ran');
  } else {
    // Everything else comes from yargs rejecting the arguments; its context says what was expected.
    const options = internals.getOptions();
    const typed = argv.map((a) => (a === STDIN_TOKEN ? '-' : a));
    const explained = explainArgError(err instanceof Error ? err.message : String(err), {
      argv: typed,
      commands: COMMANDS.map((c) => String(c.command).split(' ')[0]),
      subcommands: internals.getInternalMethods().getCommandInstance().getCommands(),
      options: [...Object.keys(options.key), ...Object.values(options.alias).flat()],
      choices: options.choices,
    });
    fatal(explained.message, explained.hint);
  }
}
