// The corpus view as plain JSON (Maps become objects and arrays), for compare --format json|jsonl.
import { mainActors, meanSd, tallyList, type CorpusView } from './corpus-view.js';

export interface OutletActorRecord {
  actor: string;
  name: string;
  kind: string;
  outlet: string;
  mentions: number;
  labels: { text: string; n: number }[];
  loaded: { narrator: { text: string; n: number }[]; quote: { text: string; n: number }[]; reported: { text: string; n: number }[] };
  quoted: number;
  verbs: { text: string; n: number }[];
  sentiment: { mean: number; sd: number; n: number };
}

export function outletActorRecords(view: CorpusView): OutletActorRecord[] {
  const out: OutletActorRecord[] = [];
  for (const [id, byOutlet] of view.cells) {
    const info = view.actorInfo.get(id);
    for (const outlet of view.outlets) {
      const c = byOutlet.get(outlet);
      if (!c) continue;
      out.push({
        actor: id,
        name: info?.name ?? id,
        kind: info?.kind ?? 'group',
        outlet,
        mentions: c.mentions,
        labels: tallyList(c.labels),
        loaded: { narrator: tallyList(c.loaded.narrator), quote: tallyList(c.loaded.quote), reported: tallyList(c.loaded.reported) },
        quoted: c.quotedBy,
        verbs: tallyList(c.verbs),
        sentiment: meanSd(c.sentiment),
      });
    }
  }
  return out;
}

export function viewToJson(view: CorpusView) {
  return {
    articles: view.articles,
    outlets: view.outlets,
    mainActors: mainActors(view),
    actors: outletActorRecords(view),
    quotes: view.ledger,
    voiceShare: Object.fromEntries([...view.voiceShare].map(([o, m]) => [o, Object.fromEntries(m)])),
    loadedTerms: [...view.loaded.values()].map((u) => ({ entry: u.entry, category: u.category, byOutlet: Object.fromEntries(u.byOutlet), evidence: u.evidence })),
  };
}
