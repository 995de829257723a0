// The reports committed in reports/, built from the seed corpus: what `npm run reports` writes
// and what test/report-current checks. Paths are as typed from the repository root.
import { loadLexicons } from '../lexicon/load-lexicons.js';
import { collectCorpus } from '../commands/collect.js';
import { footerLine } from '../commands/version.js';
import { reportFiles } from './report-files.js';

export const SEED_CORPUS = '../shared/corpus/seeds';

/** File name in reports/ → text. */
export async function buildSeedReports(corpus = SEED_CORPUS): Promise<Record<string, string>> {
  const lexicons = loadLexicons();
  const { view } = await collectCorpus([corpus], lexicons, { quiet: true, keepTexts: false });
  const report = reportFiles(view, [], lexicons, {
    name: 'seeds',
    format: 'md',
    footer: footerLine(lexicons, ['report', SEED_CORPUS, '--out', 'reports/seeds.md']),
    chartFiles: true,
  });
  const worksheet = reportFiles(view, [], lexicons, {
    name: 'seeds-worksheet',
    format: 'md',
    teach: true,
    footer: footerLine(lexicons, ['report', SEED_CORPUS, '--teach', '--out', 'reports/seeds-worksheet.md']),
    chartFiles: false,
  });
  return { 'seeds.md': report.main, ...report.beside, 'seeds-worksheet.md': worksheet.main };
}
