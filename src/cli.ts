#!/usr/bin/env node
// The `framelens` command: global options and the command list; each command lives in
// src/commands/. Exit codes: 0 ok, 1 findings at or over --fail-on, 2 usage or fatal error.
import yargs, { type CommandModule } from 'yargs';
import { hideBin } from 'yargs/helpers';
import { analyzeCommand } from './commands/analyze.js';
import { compareCommand } from './commands/compare.js';
import { evalCommand } from './commands/eval.js';
import { extractCommand } from './commands/extract.js';
import { lexiconCommand } from './commands/lexicon.js';
import { reportCommand } from './commands/report.js';
import { storiesCommand } from './commands/stories.js';
import { actorsCommand, quotesCommand } from './commands/views.js';
import { RunError, UsageError } from './commands/errors.js';
import { FAIL_ON_LEVELS, protectStdinArg } from './commands/options.js';
import { VERSION } from './commands/version.js';

const EXIT_CODES = [
  'Exit codes: 0 done, nothing at or over --fail-on;',
  '1 done, but a diagnostic at or over --fail-on (default: error, e.g. an unreadable input);',
  '2 usage error or fatal problem (bad option, missing file, broken lexicon).',
  'NO_COLOR=1 or --no-color turns colour off; colour and progress are shown only on a terminal.',
].join('\n');

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function fatal(message: string, hint: string): void {
  process.stderr.write(`framelens: ${oneLine(message)}; ${hint}\n`);
  process.exitCode = 2;
}

process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  // `framelens … | head` closes the pipe early: not an error of ours.
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

const argv = protectStdinArg(hideBin(process.argv));
const COMMANDS = [analyzeCommand, quotesCommand, actorsCommand, compareCommand, reportCommand, storiesCommand, extractCommand, lexiconCommand, evalCommand];

const parser = yargs(argv)
  .scriptName('framelens')
  .usage('$0 <command> [paths..] [options]\n\nWho is quoted, saying what, and how each outlet labels the actors it writes about.')
  .option('format', { alias: 'f', type: 'string', describe: 'output format (see each command)' })
  .option('out', { alias: 'o', type: 'string', describe: 'write to this file instead of stdout' })
  .option('outlet', { type: 'string', describe: 'treat every article as from this outlet' })
  .option('lexicons', { type: 'string', array: true, describe: 'extra lexicon folder (repeatable)' })
  .option('quiet', { alias: 'q', type: 'boolean', describe: 'no progress on stderr' })
  .option('color', { type: 'boolean', describe: 'colour output (--no-color turns it off)' })
  .option('column', { type: 'string', array: true, describe: 'CSV column for an article field, as field=NAME (text, id, outlet, title, date, url)' })
  .option('fail-on', { choices: FAIL_ON_LEVELS, default: 'error', describe: 'exit 1 when a diagnostic is at or over this severity' })
  .command(COMMANDS as CommandModule[])
  .example('$0 analyze ../shared/corpus/seeds --format jsonl', 'quotes, speakers, actors and loaded terms per article')
  .example('$0 quotes ../shared/corpus/seeds --format csv', 'the quote ledger for a spreadsheet')
  .example('$0 actors ../shared/corpus/seeds', 'who each article mentions, and the labels it uses')
  .example('$0 compare ../shared/corpus/seeds', 'how each outlet names, describes and quotes the actors')
  .example('$0 report ../shared/corpus/seeds --out reports/seeds.md', 'the Markdown report with SVG charts')
  .example('$0 report ../shared/corpus/seeds --teach --format html --out ws.html', 'a classroom worksheet')
  .example('$0 stories articles.jsonl', 'which articles report the same event, by outlet')
  .example('$0 extract saved-pages/ --format jsonl', 'the text and segments framelens reads from web pages, WARCs and exports')
  .example('$0 lexicon check --lexicons my-lexicons/', 'validate your own lexicon folder')
  .example('$0 eval quotes --gold ../shared/gold/seeds.quotes.jsonl', 'score quote attribution against gold')
  .demandCommand(1, 'no command given')
  .strict()
  .version(VERSION)
  .help()
  .alias('h', 'help')
  .alias('v', 'version')
  .epilogue(EXIT_CODES)
  .wrap(Math.min(100, process.stdout.columns || 100))
  .fail(false);

try {
  await parser.parseAsync();
} catch (err) {
  if (err instanceof UsageError) fatal(err.message, err.hint);
  else if (err instanceof RunError) {
    const code = (err.original as NodeJS.ErrnoException | undefined)?.code;
    if (code) fatal(err.message, 'check the path and its permissions');
    else fatal(`internal error: ${err.message}`, 'please report it with the command you ran');
  } else {
    // Everything else comes from yargs rejecting the arguments.
    const command = COMMANDS.map((c) => String(c.command).split(' ')[0]).find((name) => name === argv[0]);
    fatal(err instanceof Error ? err.message : String(err), command ? `run \`framelens ${command} --help\`` : 'run `framelens --help`');
  }
}
