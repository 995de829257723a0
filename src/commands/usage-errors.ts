// yargs' argument errors ("Unknown argument: formt", "Invalid values: Argument: format, Given: …")
// turned into one plain line with a "did you mean" where a near name exists.
import { closest } from './did-you-mean.js';

export interface ArgContext {
  /** The arguments as typed. */
  argv: string[];
  /** Top-level command names. */
  commands: string[];
  /** Commands offered where parsing failed (the subcommands of `lexicon`, say). */
  subcommands: string[];
  /** Option names known where parsing failed, aliases included. */
  options: string[];
  choices: Record<string, readonly string[]>;
}

export interface Explained {
  message: string;
  hint: string;
}

const code = (text: string) => `\`${text}\``;
const flag = (name: string) => (name.length === 1 ? `-${name}` : `--${name}`);
const list = (items: readonly string[]) => items.join(', ');

/** The command words typed (`analyze`, or `lexicon check`), if the first word is a command. */
function commandOf(ctx: ArgContext): string[] {
  const [first, second] = ctx.argv;
  if (!first || !ctx.commands.includes(first)) return [];
  return second && ctx.subcommands.includes(second) ? [first, second] : [first];
}

function helpFor(words: string[]): string {
  return code(['framelens', ...words, '--help'].join(' '));
}

/** Whether the name appears in argv as an option (`--name`, `--name=x`, `-n`). */
function typedAsOption(name: string, argv: string[]): boolean {
  return argv.some((a) => a === flag(name) || a.startsWith(`${flag(name)}=`) || a === `--no-${name}` || (/^-[^-]/.test(a) && name.length === 1 && a.includes(name)));
}

export function explainArgError(raw: string, ctx: ArgContext): Explained {
  const words = commandOf(ctx);
  const where = words.length ? ` for ${words.join(' ')}` : '';
  const help = helpFor(words);

  const unknown = /^Unknown arguments?: (.+)$/s.exec(raw);
  if (unknown) {
    // yargs names `--with-text` twice, as `with-text` and `withText`
    const names = unknown[1].split(', ').filter((n, _, all) => !/[A-Z]/.test(n) || !all.includes(n.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)));
    const [name] = names;
    const more = names.length > 1 ? ` (and ${names.length - 1} more)` : '';
    if (words.length === 0 && ctx.argv[0] === name) {
      const guess = closest(name, ctx.commands);
      return { message: `unknown command "${name}"`, hint: guess ? `did you mean ${code(`framelens ${guess}`)}? ${helpFor([])} lists the commands` : `${helpFor([])} lists the commands` };
    }
    if (ctx.subcommands.length && words.length === 1 && ctx.argv[1] === name) {
      const guess = closest(name, ctx.subcommands);
      return { message: `unknown command "${words[0]} ${name}"`, hint: guess ? `did you mean ${code(`framelens ${words[0]} ${guess}`)}? ${help} lists them` : `${help} lists them` };
    }
    if (typedAsOption(name, ctx.argv)) {
      const guess = closest(name, ctx.options.filter((o) => o.length > 1));
      return { message: `unknown option ${flag(name)}${where}${more}`, hint: guess ? `did you mean --${guess}? ${help} lists the options` : `${help} lists the options` };
    }
    return { message: `unexpected argument "${name}"${where}${more}`, hint: `${help} shows what it takes` };
  }

  const invalid = /Argument: (\S+), Given: (.*), Choices: (.*)$/m.exec(raw);
  if (invalid) {
    const [, name, givenRaw] = invalid;
    const choices = ctx.choices[name] ?? invalid[3].split(', ').map((c) => c.replace(/^"|"$/g, ''));
    let given: string;
    try {
      given = String(JSON.parse(givenRaw));
    } catch {
      given = givenRaw;
    }
    if (given === '') return { message: `--${name} needs a value${where}`, hint: `choose one of ${list(choices)}` };
    const guess = closest(given, choices);
    const what = name === 'format' ? `format "${given}"${where}` : `value "${given}" for --${name}`;
    return { message: `unknown ${what}`, hint: `${guess ? `did you mean --${name} ${guess}? ` : ''}choose one of ${list(choices)}` };
  }

  const noValue = /^Not enough arguments following: (\S+)$/.exec(raw);
  if (noValue) return { message: `${flag(noValue[1])} needs a value${where}`, hint: `${help} shows what it takes` };

  const required = /^Missing required arguments?: (.+)$/.exec(raw);
  if (required) {
    const names = required[1].split(', ').map(flag);
    return { message: `${words.length ? `framelens ${words.join(' ')}` : 'this command'} needs ${names.join(' and ')}`, hint: `${help} shows an example` };
  }

  if (/^Not enough non-option arguments/.test(raw)) {
    return { message: `${words.length ? `framelens ${words.join(' ')}` : 'the command'} needs more arguments`, hint: `${help} shows an example` };
  }
  return { message: raw.replace(/\s+/g, ' ').trim(), hint: `${help} ${words.length ? 'shows the usage' : 'lists the commands'}` };
}
