// `framelens lexicon check`: every problem in the built-in lexicons plus --lexicons folders. A
// broken file or entry is reported and left out, and everything else is still checked: the other
// files, the ids across files, the terms, the examples (through the matcher), the references.
import { buildSet } from '../load-lexicons.js';
import { BUILTIN_LEXICONS, readSources } from '../lexicon-sources.js';
import type { LexiconSet } from '../../types.js';
import { exampleProblems } from './check-examples.js';
import { referenceProblems } from './check-references.js';
import { termProblems } from './check-terms.js';
import { error, note, type Finding } from './finding.js';

export interface CheckResult {
  set: LexiconSet;
  /** In file order (built-in files first), then by line and column. */
  findings: Finding[];
}

export function checkLexicons(dirs: string[], builtin = BUILTIN_LEXICONS): CheckResult {
  const unreadable: string[] = [];
  const sources = readSources([builtin, ...dirs], unreadable);
  const built = buildSet(sources, true);
  const findings = [
    ...unreadable.map(error),
    ...built.problems.map(error),
    ...built.notes.map(note),
    ...termProblems(built),
    ...exampleProblems(built),
    ...referenceProblems(built),
  ];
  const order = new Map(sources.map((s, i) => [s.shown, i]));
  const key = (f: Finding): [number, number, number] => {
    const m = /^(.*?):(\d+):(\d+): /.exec(f.text);
    return m ? [order.get(m[1]) ?? -1, Number(m[2]), Number(m[3])] : [-1, 0, 0];
  };
  findings.sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
  });
  return { set: built.set, findings };
}
