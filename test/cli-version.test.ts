// The readable lexicon version: lexicons/about.json's `updated` must be the date of the newest
// change to a built-in lexicon file, or later (checked against git where this is a checkout).
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lexiconVersion } from '../src/commands/version.js';
import { loadLexicons } from '../src/lexicon/load-lexicons.js';
import { ROOT } from './cli-run.js';

const about = JSON.parse(readFileSync(join(ROOT, 'lexicons/about.json'), 'utf8')) as { name: string; updated: string };
const git = (args: string[]) => spawnSync('git', args, { cwd: ROOT, encoding: 'utf8' });
const inCheckout = git(['rev-parse', '--is-inside-work-tree']).stdout.trim() === 'true';

describe('lexicon version', () => {
  it('names the built-in lexicons, their hash and the date in lexicons/about.json', () => {
    const lexicons = loadLexicons();
    expect(lexiconVersion(lexicons)).toEqual({ name: 'built-in', hash: lexicons.hash, updated: about.updated });
  });

  it.skipIf(!inCheckout)('lexicons/about.json is dated on or after the last change to each lexicon file', () => {
    for (const file of readdirSync(join(ROOT, 'lexicons')).filter((f) => f.endsWith('.yml'))) {
      const changed = git(['log', '-1', '--format=%as', '--', `lexicons/${file}`]).stdout.trim();
      expect(changed <= about.updated, `lexicons/${file} changed on ${changed}: set "updated" in lexicons/about.json to that date`).toBe(true);
    }
  });
});
