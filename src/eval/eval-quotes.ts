// `framelens eval quotes --gold FILE.jsonl`: analyses the gold texts with the full pipeline and
// scores the quotes (see score-quotes.ts for the rules).
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { analyzeArticle } from '../pipeline.js';
import type { LexiconSet, Quote } from '../types.js';
import { figures, scoreQuotes, type GoldArticle, type Miss, type QuoteScore, type Tally } from './score-quotes.js';

export class GoldFileError extends Error {
  constructor(readonly path: string, readonly line: number, reason: string) {
    super(`${path}:${line}: ${reason}`);
    this.name = 'GoldFileError';
  }
}

async function* readGold(path: string): AsyncGenerator<GoldArticle> {
  const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (!line.trim()) continue;
    let row: Record<string, unknown>;
    try {
      row = JSON.parse(line);
    } catch {
      throw new GoldFileError(path, n, 'not valid JSON');
    }
    if (typeof row.text !== 'string' || !Array.isArray(row.quotes)) throw new GoldFileError(path, n, 'expected an object with "text" and "quotes"');
    const outlet = [row.outlet, row.source].find((x): x is string => typeof x === 'string') ?? 'unknown';
    yield { id: String(row.id ?? n), text: row.text, outlet, quotes: row.quotes as GoldArticle['quotes'] };
  }
}

export async function runEvalQuotes(goldPath: string, lexicons: LexiconSet, kinds?: string[]): Promise<QuoteScore> {
  const scored: { gold: GoldArticle; quotes: Quote[] }[] = [];
  for await (const gold of readGold(goldPath)) {
    const result = analyzeArticle({ id: gold.id, text: gold.text, outlet: gold.outlet }, lexicons);
    scored.push({ gold, quotes: result.quotes });
  }
  const forms = new Set(lexicons.attribution.flatMap((v) => v.forms.flatMap((f) => f.toLowerCase().split(/\s+/))));
  return scoreQuotes(scored, kinds, (word) => forms.has(word));
}

const row = (name: string, t: Tally) => {
  const f = figures(t);
  const acc = f.speakerAccuracy === null ? '   -  ' : f.speakerAccuracy.toFixed(3);
  const nameAcc = f.nameAccuracy === null ? '   -  ' : f.nameAccuracy.toFixed(3);
  return `${name.padEnd(22).slice(0, 22)} ${String(f.gold).padStart(5)} ${String(f.predicted).padStart(5)}  ${f.precision.toFixed(3)}  ${f.recall.toFixed(3)}  ${f.f1.toFixed(3)}   ${f.strictF1.toFixed(3)}   ${acc}   ${nameAcc}   ${f.e2eF1.toFixed(3)}`;
};

const MISS_NAMES: Record<Miss['type'], string> = { FN: 'not found', FP: 'spurious', SPEAKER: 'wrong speaker', NAME: 'right mention, wrong name' };

export function formatQuoteScore(goldPath: string, score: QuoteScore, showMisses: boolean): string {
  const head = `${''.padEnd(22)}  gold  pred  P      R      F1      strictF1 speaker nameAcc e2eF1`;
  const lines = [`quotes scored against ${goldPath} (direct and partial; overlap = Jaccard ≥ 0.5, strict = identical trimmed spans)`, head, row('all', score.total), '', 'by outlet', head];
  for (const [outlet, t] of Object.entries(score.byOutlet).sort()) lines.push(row(outlet, t));
  lines.push('', 'by kind (gold and matched counted by the gold kind, predicted by the predicted kind)', head);
  for (const [kind, t] of Object.entries(score.byKind).sort()) lines.push(row(kind, t));
  const counts = { FN: 0, FP: 0, SPEAKER: 0, NAME: 0 };
  const byCause = new Map<string, Miss[]>();
  for (const m of score.misses) {
    counts[m.type]++;
    const key = `${MISS_NAMES[m.type]}: ${m.cause}`;
    byCause.set(key, [...(byCause.get(key) ?? []), m]);
  }
  lines.push('', `misses: ${counts.FN} not found, ${counts.FP} spurious, ${counts.SPEAKER} wrong speaker, ${counts.NAME} right mention but wrong name${showMisses ? '' : ' (--misses lists them)'}`);
  // Grouped by cause, largest first within each kind of miss.
  const groups = [...byCause].sort(([a, x], [b, y]) => a.split(':')[0].localeCompare(b.split(':')[0]) || y.length - x.length);
  for (const [key, list] of groups) {
    lines.push(`  ${String(list.length).padStart(5)}  ${key}`);
    if (showMisses) for (const m of list) lines.push(`         ${JSON.stringify(m)}`);
  }
  return `${lines.join('\n')}\n`;
}
