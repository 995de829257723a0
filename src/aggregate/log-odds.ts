// Words that set one outlet apart from the others: the weighted log-odds ratio with an informative
// Dirichlet prior (Monroe, Colaresi & Quinn 2008, "Fightin' Words", eq. 16 and 22). The prior is the
// whole corpus's word counts scaled by PRIOR_SCALE, so rare words are shrunk towards the corpus rate
// and the z-score accounts for how much evidence there is.
import type { DistinctiveWord } from './types.js';
import { addTo, table } from './tally.js';

export const PRIOR_SCALE = 0.1;

export interface LogOddsOptions {
  priorScale?: number;
  /** Words per outlet to return (highest z first; only words with a positive z). */
  top?: number;
  /** Ignore words seen fewer times than this in the outlet. */
  minCount?: number;
}

export function distinctiveWords(outletCounts: Record<string, Record<string, number>>, opts: LogOddsOptions = {}): { outlet: string; words: DistinctiveWord[] }[] {
  const scale = opts.priorScale ?? PRIOR_SCALE;
  const top = opts.top ?? 20;
  const minCount = opts.minCount ?? 1;
  const outlets = Object.keys(outletCounts).sort();
  if (outlets.length < 2) return outlets.map((outlet) => ({ outlet, words: [] }));
  const corpus = table<number>();
  for (const counts of Object.values(outletCounts)) for (const [w, n] of Object.entries(counts)) addTo(corpus, w, n);
  const total = Object.values(corpus).reduce((a, b) => a + b, 0);
  const a0 = total * scale;

  return outlets.map((outlet) => {
    const own = outletCounts[outlet];
    const nI = Object.values(own).reduce((a, b) => a + b, 0);
    const nJ = total - nI;
    const words: DistinctiveWord[] = [];
    for (const [word, yI] of Object.entries(own)) {
      if (yI < minCount) continue;
      const yJ = corpus[word] - yI;
      const alpha = corpus[word] * scale;
      // Only possible when the whole corpus is this one word.
      if (nI + a0 - yI - alpha <= 0 || nJ + a0 - yJ - alpha <= 0) continue;
      const delta = Math.log((yI + alpha) / (nI + a0 - yI - alpha)) - Math.log((yJ + alpha) / (nJ + a0 - yJ - alpha));
      const variance = 1 / (yI + alpha) + 1 / (yJ + alpha);
      // Only words the outlet uses more than the others (z > 0): a negative z is a word it avoids.
      if (delta > 0) words.push({ word, count: yI, otherCount: yJ, delta, z: delta / Math.sqrt(variance) });
    }
    words.sort((x, y) => y.z - x.z || x.word.localeCompare(y.word));
    return { outlet, words: words.slice(0, top) };
  });
}
