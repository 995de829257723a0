// The report's charts, from the corpus view: voice share per outlet, narrator tone per actor.
import { mainActors, meanSd, type CorpusView } from './corpus-view.js';
import { divergingChart, stackedShareChart } from './svg-charts.js';

export interface Chart {
  /** File name suffix: `NAME-<slug>.svg` beside the report. */
  slug: string;
  caption: string;
  svg: string;
}

export function reportCharts(view: CorpusView): Chart[] {
  const voice = stackedShareChart(
    'Whose words each outlet quotes (by the speaker’s side)',
    view.outlets.map((outlet) => ({ label: outlet, parts: [...(view.voiceShare.get(outlet) ?? new Map<string, number>())].map(([key, value]) => ({ key, value })) })),
  );
  const groups = mainActors(view)
    .map((id) => ({
      label: view.actorInfo.get(id)?.name ?? id,
      bars: view.outlets
        .map((outlet) => ({ key: outlet, s: meanSd(view.cells.get(id)?.get(outlet)?.sentiment ?? { sum: 0, sumSq: 0, n: 0 }) }))
        .filter((b) => b.s.n > 0)
        .map((b) => ({ key: b.key, value: b.s.mean, n: b.s.n })),
    }))
    .filter((g) => g.bars.length > 0);
  const domain = Math.max(0.1, ...groups.flatMap((g) => g.bars.map((b) => Math.abs(b.value))));
  const tone = divergingChart('Tone of each outlet’s own sentences about the main actors', groups, domain);
  return [
    { slug: 'voice-share', caption: 'Voice share: whose words each outlet quotes, by the speaker’s side (n = quotes).', svg: voice },
    { slug: 'sentiment', caption: 'Tone towards each main actor in the outlet’s own sentences (narration only; n = mentions scored).', svg: tone },
  ];
}
