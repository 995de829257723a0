// Regenerates reports/ from the seed corpus (run by `npm run reports` after the build, from the
// repository root). test/report-current.test.ts fails when the committed files are out of date.
import { writeFileSync } from 'node:fs';
import { buildSeedReports } from '../dist/report/seed-reports.js';

const corpus = new URL('../../shared/corpus/seeds', import.meta.url);
process.chdir(new URL('..', import.meta.url).pathname);
for (const [name, text] of Object.entries(await buildSeedReports(corpus.pathname.replace(/\/$/, '')))) {
  writeFileSync(new URL(`../reports/${name}`, import.meta.url), text);
  console.log(`wrote reports/${name}`);
}
