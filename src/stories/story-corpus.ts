// The articles being grouped, kept compactly: a shared vocabulary, document frequencies, and per
// article its term ids and counts in typed arrays (a few kilobytes an article, never the text).
import { dayOf } from './days.js';
import { actorTerm, termCounts } from './story-doc.js';
import { preferredSpelling } from './terms.js';
import type { StoryInput } from './types.js';

export interface CompactDoc {
  id: string;
  outlet: string | null;
  published?: string;
  title?: string;
  day: number | null;
  termIds: Uint32Array;
  counts: Float32Array;
  /** The most mentioned actors (for labels), keyed as in the terms (people by surname). */
  actors: { key: string; name: string }[];
}

const ACTORS_KEPT = 6;

export class StoryCorpus {
  readonly docs: CompactDoc[] = [];
  readonly vocabulary = new Map<string, number>();
  /** Each term id's preferred spelling (for labels; see preferredSpelling). */
  readonly spellings: string[] = [];
  /** Articles each term id occurs in. */
  readonly df: number[] = [];

  add(input: StoryInput): void {
    const spelling = new Map<string, string>();
    const counts = termCounts(input, spelling);
    const ids = new Uint32Array(counts.size);
    const values = new Float32Array(counts.size);
    let i = 0;
    for (const [term, count] of counts) {
      let id = this.vocabulary.get(term);
      const shown = spelling.get(term) ?? term;
      if (id === undefined) {
        id = this.spellings.length;
        this.vocabulary.set(term, id);
        this.spellings.push(shown);
        this.df.push(0);
      } else if (shown !== this.spellings[id] && preferredSpelling(shown, this.spellings[id])) this.spellings[id] = shown;
      this.df[id]++;
      ids[i] = id;
      values[i++] = count;
    }
    const actors = [...(input.actors ?? [])]
      .sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name))
      .slice(0, ACTORS_KEPT)
      .map((a) => ({ key: actorTerm(a), name: a.name }));
    this.docs.push({ id: input.id, outlet: input.outlet, published: input.published, title: input.title, day: dayOf(input.published), termIds: ids, counts: values, actors });
  }
}
