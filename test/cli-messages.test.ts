// Every message of the command line, with its exact text and exit code: one line each, what
// happened, to which path (as typed), and what to do.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleLineSchema } from '../src/report/schema.js';
import { framelens, ROOT, SEEDS } from './cli-run.js';

const dir = mkdtempSync(join(tmpdir(), 'framelens-messages-'));
writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b]));
writeFileSync(join(dir, 'lines.jsonl'), Buffer.concat([Buffer.from('{"id":"a","text":"Officials said talks would resume."}\n{"id":"b","text":"caf'), Buffer.from([0xe9]), Buffer.from('"}\n')]));
writeFileSync(join(dir, 'empty.txt'), '');
writeFileSync(join(dir, 'gold.txt'), 'not a gold file\n');
writeFileSync(join(dir, 'export.csv'), 'story_id,body\ns1,Officials said talks would resume.\n');
writeFileSync(join(dir, 'array.json'), '[{"id":"a","text":"Officials said talks would resume."},{"id":"b","body":7}]');

const ONE_FAILED = 'framelens: 1 of 1 input had a problem at or over --fail-on error (exit code 1); fix it, or set --fail-on none to exit 0';

describe('usage errors: one line, exit 2, nothing on stdout', () => {
  it.each([
    [['analyz', SEEDS], 'framelens: unknown command "analyz"; did you mean `framelens analyze`? `framelens --help` lists the commands'],
    [['frobnicate'], 'framelens: unknown command "frobnicate"; `framelens --help` lists the commands'],
    [['lexicon', 'chek'], 'framelens: unknown command "lexicon chek"; did you mean `framelens lexicon check`? `framelens lexicon --help` lists them'],
    [['analyze', '--formt', 'jsonl', SEEDS], 'framelens: unknown option --formt for analyze; did you mean --format? `framelens analyze --help` lists the options'],
    [['quotes', '--outlt', 'X', SEEDS], 'framelens: unknown option --outlt for quotes; did you mean --outlet? `framelens quotes --help` lists the options'],
    [['analyze', SEEDS, '--format', 'html2'], 'framelens: unknown format "html2" for analyze; did you mean --format html? choose one of table, jsonl, json, csv, html'],
    [['analyze', SEEDS, '--format', 'xml'], 'framelens: unknown format "xml" for analyze; choose one of table, jsonl, json, csv, html'],
    [['compare', SEEDS, '--format', 'jsnl'], 'framelens: unknown format "jsnl" for compare; did you mean --format jsonl? choose one of table, json, jsonl'],
    [['analyze', SEEDS, '--fail-on', 'warn'], 'framelens: unknown value "warn" for --fail-on; did you mean --fail-on warning? choose one of error, warning, info, none'],
    [['analyze', SEEDS, '--table', 'mentions'], 'framelens: --table applies only to --format csv (the format is table); add --format csv, or leave out --table mentions'],
    [['analyze', SEEDS, '--format', 'jsonl', '--table', 'framing'], 'framelens: --table applies only to --format csv (the format is jsonl); add --format csv, or leave out --table framing'],
    [['eval', 'quotes'], 'framelens: framelens eval needs --gold; `framelens eval --help` shows an example'],
    [['eval', 'foo'], 'framelens: unknown evaluation "foo"; the one there is: `framelens eval quotes --gold FILE.jsonl`'],
    [['eval', 'quotes', '--gold', join(dir, 'gold.txt')], `framelens: ${join(dir, 'gold.txt')}:1: not valid JSON; make each line {"id", "text", "quotes": [{start, end, kind, speaker}]}`],
    [['analyze', SEEDS, '--jobs', 'abc'], 'framelens: --jobs must be a whole number of at least 1, not "abc"; `framelens analyze --help` shows the usage'],
    [['quotes', '--with-text', SEEDS], 'framelens: unknown option --with-text for quotes; `framelens quotes --help` lists the options'],
    [['lexicon'], 'framelens: lexicon needs `check` or `docs`; `framelens lexicon --help` shows the usage'],
    [[], 'framelens: no command given; `framelens --help` lists the commands'],
    [['analyze'], 'framelens: no input given; name text files, JSONL files or folders, or `-` to read stdin'],
    [['compare', 'nope'], 'framelens: no such file or folder: nope; check the path (or quote it if it holds spaces)'],
  ])('framelens %j', (args, line) => {
    const r = framelens(args);
    expect(r.stderr).toBe(`${line}\n`);
    expect(r.stdout).toBe('');
    expect(r.code).toBe(2);
  });
});

describe('input problems: on stderr in every format, the run goes on, exit 1', () => {
  // A path that does not exist is found before anything is written: a usage error (exit 2).
  it.each(['table', 'jsonl', 'json', 'csv', 'html'])('a missing file with --format %s', (format) => {
    const r = framelens(['analyze', 'nope.txt', '--format', format]);
    expect(r.stderr).toBe('framelens: no such file or folder: nope.txt; check the path (or quote it if it holds spaces)\n');
    expect(r.stdout).toBe('');
    expect(r.code).toBe(2);
  });

  it('the path as typed, for quotes and actors too', () => {
    for (const command of ['quotes', 'actors']) {
      const r = framelens([command, './missing/a.txt']);
      expect(r.stderr.split('\n')[0]).toBe('framelens: no such file or folder: ./missing/a.txt; check the path (or quote it if it holds spaces)');
      expect(r.code).toBe(2);
    }
  });

  it('invalid UTF-8 with its byte offset, in a file and in a JSON Lines line', () => {
    const file = join(dir, 'latin1.txt');
    const r = framelens(['analyze', file, '--format', 'jsonl']);
    expect(r.stderr).toBe(`framelens: ${file}: not valid UTF-8 at byte offset 3 (0xe9); save the file as UTF-8 (e.g. \`iconv -f WINDOWS-1252 -t UTF-8 FILE\`)\n${ONE_FAILED}\n`);
    expect(r.code).toBe(1);
    const lines = join(dir, 'lines.jsonl');
    const j = framelens(['analyze', lines, '--format', 'jsonl']);
    expect(j.stderr.split('\n')[0]).toBe(`framelens: ${lines}:2: not valid UTF-8 at byte offset 21 of the line (0xe9); save the file as UTF-8 (e.g. \`iconv -f WINDOWS-1252 -t UTF-8 FILE\`)`);
    expect(j.stderr.split('\n')[1]).toBe('framelens: 1 of 2 inputs had a problem at or over --fail-on error (exit code 1); fix it, or set --fail-on none to exit 0');
    expect(j.code).toBe(1);
  });

  it.each([
    [['export.csv', '--column', 'text=NOPE'], 'export.csv: --column text=NOPE: the file has no column "NOPE"; its columns are "story_id", "body"; the other inputs were analysed as usual'],
    [['array.json'], 'array.json: element 2 of the array: the object has no `text` string; give each record a "text" string with the article'],
  ])('%j', ([file, ...args], line) => {
    const r = framelens(['analyze', join(dir, file!), ...args, '--format', 'jsonl']);
    expect(r.stderr.split('\n')[0]).toBe(`framelens: ${join(dir, line)}`);
    expect(r.code).toBe(1);
  });

  it('an empty file, and --fail-on none', () => {
    const file = join(dir, 'empty.txt');
    const r = framelens(['analyze', file, '--format', 'jsonl', '--fail-on', 'none']);
    expect(r.stderr).toBe(`framelens: ${file}: empty input; add the article text or leave the file out\n`);
    expect(r.code).toBe(0);
  });

  it('an unreadable input keeps its place in JSON Lines, marked status "unreadable"', () => {
    const file = join(dir, 'latin1.txt');
    const r = framelens(['analyze', file, `${SEEDS}/000_57b81a7a0a24d8a2.txt`, '--format', 'jsonl']);
    const [missing, good] = r.stdout.trim().split('\n').map((l) => articleLineSchema.parse(JSON.parse(l)));
    expect(missing).toMatchObject({ id: 'latin1', status: 'unreadable', quotes: [], diagnostics: [{ code: 'invalid-utf8', source: { path: file } }] });
    expect(good.status).toBeUndefined();
    expect(good.quotes.length).toBeGreaterThan(0);
  });

  it('control characters in a path are shown, never sent to the terminal', () => {
    const r = framelens(['analyze', 'no\u001b[31mpe.txt', '--format', 'jsonl']);
    expect(r.stderr.split('\n')[0]).toBe('framelens: no such file or folder: no\\x1b[31mpe.txt; check the path (or quote it if it holds spaces)');
  });
});

describe('which framelens and which lexicons produced each output', () => {
  const version = { version: expect.stringMatching(/^\d+\.\d+\.\d+/), lexiconHash: expect.stringMatching(/^[0-9a-f]{16}$/), lexicons: { name: 'built-in', hash: expect.stringMatching(/^[0-9a-f]{16}$/), updated: expect.stringMatching(/^\d{4}-\d\d-\d\d$/) } };

  it.each(['analyze', 'quotes', 'actors', 'compare'])('%s: a framelens field on every JSON Lines record and in the JSON document', (command) => {
    const records = framelens([command, SEEDS, '--format', 'jsonl']).stdout.trim().split('\n').map((l) => JSON.parse(l));
    for (const record of records) expect(record.framelens).toEqual(version);
    expect(JSON.parse(framelens([command, SEEDS, '--format', 'json']).stdout).framelens).toEqual(version);
  });

  it('two columns in CSV, plain RFC 4180', () => {
    const lines = framelens(['analyze', SEEDS, '--format', 'csv']).stdout.split('\r\n');
    expect(lines[0]).toMatch(/,text,url,co_speakers,co_actors,framelens_version,lexicons$/);
    expect(lines[1]).toMatch(/,\d+\.\d+\.\d+,"built-in \(\d{4}-\d\d-\d\d\), sha256 [0-9a-f]{16}"$/);
  });

  it('the name of each --lexicons folder, and its date when it has an about.json', () => {
    const first = JSON.parse(framelens(['analyze', SEEDS, '--format', 'jsonl', '--lexicons', 'docs/example-lexicon']).stdout.split('\n')[0]);
    expect(first.framelens.lexicons.name).toBe('built-in + example-lexicon');
    // the newest date of the built-in and the added folder (the example folder is the older one)
    const dateOf = (dir: string) => (JSON.parse(readFileSync(join(ROOT, dir, 'about.json'), 'utf8')) as { updated: string }).updated;
    expect(dateOf('docs/example-lexicon') < dateOf('lexicons')).toBe(true);
    expect(first.framelens.lexicons.updated).toBe(dateOf('lexicons'));
  });
});
