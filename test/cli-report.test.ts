import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { framelens, SEEDS } from './cli-run.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'framelens-report-'));

describe('framelens report', () => {
  it('writes the Markdown report with its SVG charts beside it', () => {
    const dir = tmp();
    const r = framelens(['report', SEEDS, '--out', join(dir, 'seeds.md')]);
    expect(r.code).toBe(0);
    const md = readFileSync(join(dir, 'seeds.md'), 'utf8');
    for (const section of ['## Summary', '## The corpus', '## Quote ledger', '## Loaded terms', '## Method and caveats', '## Reproducibility']) expect(md).toContain(section);
    for (const chart of ['seeds-voice-share.svg', 'seeds-sentiment.svg']) {
      expect(md).toContain(`](${chart})`);
      expect(existsSync(join(dir, chart))).toBe(true);
    }
  });

  it('a report written into the article folder is not read back as an article on the next run', () => {
    const dir = tmp();
    cpSync(SEEDS, dir, { recursive: true });
    for (const out of ['worksheet.md', 'worksheet.html', 'report.html']) {
      expect(framelens(['report', dir, ...(out.startsWith('worksheet') ? ['--teach'] : []), '--out', join(dir, out), '--quiet']).code).toBe(0);
    }
    const r = framelens(['analyze', dir, '--format', 'jsonl', '--jobs', '1']);
    expect(r.code).toBe(0);
    // (Diagnostics after the last article ride on a row of their own, marked unreadable.)
    const articles = r.stdout.trim().split('\n').map((l) => JSON.parse(l)).filter((a) => a.status !== 'unreadable');
    expect(articles).toHaveLength(3);
    for (const out of ['worksheet.md', 'worksheet.html', 'report.html']) expect(r.stderr).toContain(`${join(dir, out)}: skipped: a report framelens wrote`);
  });

  it('--format html writes one self-contained page with charts inline', () => {
    const dir = tmp();
    const r = framelens(['report', SEEDS, '--format', 'html', '--out', join(dir, 'seeds.html')]);
    expect(r.code).toBe(0);
    const html = readFileSync(join(dir, 'seeds.html'), 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<svg');
    expect(html).not.toMatch(/<script|<link |src="http/);
    expect(html.match(/<article /g)).toHaveLength(3);
  });

  it('titles the report by its file, or plainly when written to stdout', () => {
    const dir = tmp();
    expect(framelens(['report', SEEDS, '--out', join(dir, 'seeds.md')]).code).toBe(0);
    expect(readFileSync(join(dir, 'seeds.md'), 'utf8')).toMatch(/^# framelens report: seeds\n/);
    const r = framelens(['report', SEEDS, '--format', 'md']);
    expect(r.stdout).toMatch(/^# framelens report\n/);
  });

  it('takes the format from the --out extension', () => {
    const dir = tmp();
    expect(framelens(['report', SEEDS, '--out', join(dir, 'seeds.html')]).code).toBe(0);
    expect(readFileSync(join(dir, 'seeds.html'), 'utf8')).toMatch(/^<!doctype html>/);
  });

  it('--teach writes a worksheet with questions and an answer key citing sentences', () => {
    const r = framelens(['report', SEEDS, '--teach']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('## Questions for discussion');
    expect(r.stdout).toContain('## Answer key');
    // no actor two seed outlets mention is labelled differently: the key cites ISIL's label in the
    // loaded-words answer instead (src/report/naming.ts; test/report-worksheet-answers.test.ts)
    expect(r.stdout.replace(/\s+/g, ' ')).toMatch(/“terrorists” \(Al-Alam, the outlet’s own words; framelens ties it to ISIL\): “Meanwhile, the ISIL terrorists/);
    const html = framelens(['report', SEEDS, '--teach', '--format', 'html']).stdout;
    expect(html).toContain('<p>No naming table to fill in: no two of the outlets describe a person or group in different loaded words (an office such as Sen. or GOP nominee does not count).</p>');
    expect(html).not.toContain('Fill in: what each outlet calls the main actors');
    expect(html).toMatch(/<ol><li>Who is quoted directly \(in quotation marks\) in each article\?/);
  });

  it.each([
    [['report', SEEDS, '--out', join(tmpdir(), 'x.txt')], /does not end in \.md/],
    [['report', SEEDS, '--format', 'md', '--out', join(tmpdir(), 'x.html')], /does not end in \.md/],
    [['report', SEEDS, '--format', 'pdf'], /unknown format "pdf" for report; choose one of md, html/],
    [['report', '/no/such/path'], /no such file or folder: \/no\/such\/path/],
    // A conflict names the option given, never one that was not (`drop --teach` without --teach).
    [['report', SEEDS, '--by-story', '--format', 'html', '--out', join(tmpdir(), 'x.html')], /--by-story writes the Markdown report only, not HTML \(--format html\); use --format md and an --out file NAME\.md$/],
    [['report', SEEDS, '--by-story', '--out', join(tmpdir(), 'x.html')], /--by-story writes the Markdown report only, not HTML \(--out \S*x\.html\); name the --out file NAME\.md$/],
    [['report', SEEDS, '--by-story', '--teach'], /--by-story writes the Markdown report only, not a worksheet \(--teach\); drop --teach/],
    // --threshold groups stories: without --by-story it would be ignored.
    [['report', SEEDS, '--threshold', '0.3'], /--threshold 0\.3 is used only with --by-story .*; add --by-story, or leave out --threshold$/],
    [['compare', SEEDS, '--threshold', '0.3'], /--threshold 0\.3 is used only with --by-story/],
    // An empty title would print an empty heading (`# `).
    [['report', SEEDS, '--teach', '--title'], /--title needs a value; give the title in quotes/],
    [['report', SEEDS, '--teach', '--title', ''], /--title needs a value/],
    [['report', SEEDS, '--title', '  '], /--title needs a value/],
  ])('bad input %j: one line, exit 2', (args, message) => {
    const r = framelens(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^framelens: /);
    expect(lines[0]).toMatch(message);
    if (!args.includes('--teach')) expect(lines[0]).not.toMatch(/--teach/);
  });

  it('--threshold with --by-story and a --title with words are taken', () => {
    const r = framelens(['report', SEEDS, '--by-story', '--threshold', '0.3', '--title', 'Week 3']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# Week 3\n/);
  });
});
