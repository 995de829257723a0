// The report's charts: voice share per outlet, narrator tone towards each main actor by outlet.
import { MIN_CLAUSES, type Comparison } from '../aggregate/index.js';
import { actorName, isPlacedName, mainActors, NO_SIDES, rowsByActor, SIDE_MEANS, voiceShare, type CorpusView } from './corpus-view.js';
import { divergingChart, stackedShareChart } from './svg-charts.js';
import { numberWord } from './text.js';

export interface Chart {
  /** File name suffix: `NAME-<slug>.svg` beside the report. */
  slug: string;
  caption: string;
  svg: string;
}

export function reportCharts(view: CorpusView, c: Comparison): Chart[] {
  const shares = voiceShare(view, c);
  // The eight sides quoted most across the corpus get their own colour; the rest are `other`.
  const totals = new Map<string, number>();
  for (const m of shares.values()) for (const [side, n] of m) totals.set(side, (totals.get(side) ?? 0) + n);
  // Quotes, but none from a side: the chart is one colour, and its caption says why.
  const placed = !totals.size || [...totals.keys()].some(isPlacedName);
  const order = [...totals].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([side]) => side);
  const shown = new Set(order);
  const rank = (key: string) => (shown.has(key) ? order.indexOf(key) : order.length);
  const voice = stackedShareChart(
    'Whose words each outlet quotes (by the speaker’s side)',
    view.outlets.map((outlet) => {
      const parts = new Map<string, number>();
      for (const [side, n] of shares.get(outlet) ?? []) {
        const key = shown.has(side) ? side : 'other';
        parts.set(key, (parts.get(key) ?? 0) + n);
      }
      return { label: outlet, parts: [...parts].sort((a, b) => rank(a[0]) - rank(b[0])).map(([key, value]) => ({ key, value })) };
    }),
  );
  const byActor = rowsByActor(c);
  const groups = mainActors(c)
    .map((id) => ({
      label: actorName(c, id),
      bars: view.outlets
        .map((outlet) => ({ key: outlet, s: byActor.get(id)?.get(outlet)?.sentiment.byVoice.narrator }))
        .filter((b) => b.s && b.s.n > 0 && b.s.mean !== null)
        .map((b) => ({ key: b.key, value: b.s!.mean!, n: b.s!.n })),
    }))
    .filter((g) => g.bars.length > 0);
  const domain = groups.reduce((d, g) => g.bars.reduce((e, b) => Math.max(e, Math.abs(b.value)), d), 1);
  const tone = divergingChart('Tone of each outlet’s own sentences about the main actors', groups, domain);
  return [
    { slug: 'voice-share', caption: `Voice share: whose words each outlet quotes, by the speaker’s side, ${SIDE_MEANS} (n = quotes).${placed ? '' : ` ${NO_SIDES}`}`, svg: voice },
    { slug: 'sentiment', caption: `Tone towards each main actor in the outlet’s own sentences: mean AFINN score of the clause around each mention (narration only; n = clauses; fewer than ${numberWord(MIN_CLAUSES)} clauses: too few to compare).`, svg: tone },
  ];
}
