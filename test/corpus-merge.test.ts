// The corpus view is a merge of per-article views: split the articles into shards anywhere, merge
// each shard, merge the shards in order, and the view (so every report) is the one a single pass
// gives; in any shard order every count is the same. The lists a report shows stay bounded.
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../src/lexicon/load-lexicons.js';
import { analyzeArticle } from '../src/pipeline.js';
import { ARTICLES_KEPT, articleView, comparisonOf, emptyView, LEDGER_KEPT, mergeViewInto, mergeViews, type CorpusView } from '../src/report/corpus-view.js';
import { reportFiles } from '../src/report/report-files.js';
import { loadedTermsSection } from '../src/report/report-sections.js';
import { renderCompareTables } from '../src/report/compare-tables.js';
import { STORY_INPUTS } from '../src/report/merge-views.js';
import { detached, ownString } from '../src/aggregate/bounded.js';
import type { Article } from '../src/types.js';

const lex = loadLexicons();
const SEEDS = '../shared/corpus/seeds';
const seedTexts = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(SEEDS, f), 'utf8'));

// Nine articles over four or more outlets (no outlet: the one the page names): each seed whole,
// its first and its second half of paragraphs.
const OUTLETS = ['Outlet A', 'Outlet B', 'Outlet C', null];
const articles: Article[] = seedTexts.flatMap((text, i) => {
  const paras = text.split(/\n\n/);
  const half = Math.ceil(paras.length / 2);
  return [text, paras.slice(0, half).join('\n\n'), paras.slice(half).join('\n\n')].map((t, j) => ({ id: `a${i}-${j}`, text: t, outlet: OUTLETS[(i + j) % OUTLETS.length], wire: j === 2 ? 'AFP' : null }));
});
const analysed = articles.map((a) => ({ result: analyzeArticle(a, lex), text: a.text }));

/** Article views, the first STORY_INPUTS with their story input as a single pass would give them. */
const views = (): CorpusView[] => analysed.map((a, i) => articleView(a.result, a.text, lex, { storyInput: i < STORY_INPUTS }));

const fold = (vs: CorpusView[]) => vs.reduce((acc, v) => mergeViewInto(acc, v), emptyView());

/** Maps and Sets as arrays, in their order: two views are equal when this is. */
const plain = (v: CorpusView) => JSON.parse(JSON.stringify(v, (_k, x) => (x instanceof Map ? [...x] : x instanceof Set ? [...x] : x)));

/** Split points → consecutive shards. */
function shards<T>(items: T[], cuts: number[]): T[][] {
  const at = [...new Set(cuts.map((c) => c % (items.length + 1)))].sort((a, b) => a - b);
  const out: T[][] = [];
  let from = 0;
  for (const c of [...at, items.length]) {
    out.push(items.slice(from, c));
    from = c;
  }
  return out;
}

const whole = fold(views());

describe('corpus view: merge of per-article views', () => {
  it('has something to compare (outlets, quotes, loaded terms)', () => {
    expect(whole.articleCount).toBe(articles.length);
    expect(whole.outlets.length).toBeGreaterThanOrEqual(4);
    expect(whole.quoteCount).toBeGreaterThan(10);
    expect(whole.loaded.size).toBeGreaterThan(2);
  });

  it('shards merged in order give the single-pass view, wherever the corpus is split', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(articles.length), { maxLength: 6 }), (cuts) => {
        const merged = shards(views(), cuts).map(fold).reduce((acc, s) => mergeViewInto(acc, s), emptyView());
        expect(plain(merged)).toEqual(plain(whole));
      }),
      { numRuns: 60 },
    );
  });

  it('is associative: (a + b) + c = a + (b + c)', () => {
    fc.assert(
      fc.property(fc.nat(articles.length), fc.nat(articles.length), (i, j) => {
        const [x, y] = [Math.min(i, j), Math.max(i, j)];
        const vs = views();
        const [a, b, c] = [fold(vs.slice(0, x)), fold(vs.slice(x, y)), fold(vs.slice(y))];
        expect(plain(mergeViews(mergeViews(a, b), c))).toEqual(plain(mergeViews(a, mergeViews(b, c))));
      }),
      { numRuns: 40 },
    );
  });

  it('gives every count the same in any shard order', () => {
    const counts = (v: CorpusView) => {
      const c = comparisonOf(v, lex);
      const rows = c.rows.map((r) => ({ ...r, evidence: null, labels: [...r.labels].sort((x, y) => x.text.localeCompare(y.text)) })).sort((x, y) => `${x.outlet}|${x.actor}`.localeCompare(`${y.outlet}|${y.actor}`));
      const outlets = c.outlets.map((o) => ({ ...o, anonymousEvidence: null, furnitureEvidence: null })).sort((x, y) => x.outlet.localeCompare(y.outlet));
      return { articles: v.articleCount, quotes: v.quoteCount, wire: v.wireCount, rows, outlets, words: c.distinctiveWords };
    };
    fc.assert(
      fc.property(fc.array(fc.nat(articles.length), { maxLength: 5 }), fc.infiniteStream(fc.nat()), (cuts, keys) => {
        const parts = shards(views(), cuts).map(fold);
        const order = parts.map((p) => ({ p, k: keys.next().value as number })).sort((x, y) => x.k - y.k).map((x) => x.p);
        expect(counts(order.reduce((acc, s) => mergeViewInto(acc, s), emptyView()))).toEqual(counts(whole));
      }),
      { numRuns: 40 },
    );
  });

  it('leaves the views it merges unchanged', () => {
    const vs = views();
    const before = vs.map(plain);
    fold(vs);
    mergeViews(vs[0], vs[1]);
    expect(vs.map(plain)).toEqual(before);
  });
});

describe('bounded selections', () => {
  // The articles again and again under new ids: 180 articles.
  const N = 20 * articles.length;
  const many = Array.from({ length: 20 }, (_, r) => analysed.map((a, i) => articleView({ ...a.result, id: `${a.result.id}#${r}` }, a.text, lex, { storyInput: r * analysed.length + i < STORY_INPUTS }))).flat();
  const big = fold(many);

  it('counts every article and quote but keeps the first ones only', () => {
    expect(big.articleCount).toBe(N);
    expect(big.quoteCount).toBe(20 * whole.quoteCount);
    expect(big.articles).toHaveLength(ARTICLES_KEPT);
    expect(big.articles.map((a) => a.id)).toEqual(many.slice(0, ARTICLES_KEPT).map((v) => v.articles[0].id));
    expect(big.ledger.length).toBe(Math.min(LEDGER_KEPT, big.quoteCount));
    expect(big.ledger).toEqual(many.flatMap((v) => v.ledger).slice(0, LEDGER_KEPT));
    expect(big.storyInputs).toHaveLength(STORY_INPUTS);
    for (const use of big.loaded.values()) expect(use.evidence.length).toBeLessThanOrEqual(3);
  });

  it('keeps who is quoted as counts: 20 times the quotes, the same speakers', () => {
    for (const [outlet, o] of Object.entries(whole.profile.outlets)) {
      const again = big.profile.outlets[outlet].speakers;
      expect(Object.keys(again)).toEqual(Object.keys(o.speakers));
      for (const [key, t] of Object.entries(o.speakers)) {
        expect(again[key].quotes).toBe(20 * t.quotes);
        expect(again[key].side).toBe(t.side);
      }
    }
  });

  it('says in the report how many articles and quotes it lists of how many', () => {
    const md = reportFiles(big, [], lex, { name: 'big', format: 'md', footer: '', chartFiles: false }).main;
    expect(md).toContain(`The first ${ARTICLES_KEPT} of ${N} articles are listed; every figure in this report counts all ${N}.`);
    if (big.quoteCount > LEDGER_KEPT) expect(md).toContain(`The first ${LEDGER_KEPT} of ${big.quoteCount} quotes are shown`);
    expect(renderCompareTables(big, comparisonOf(big, lex), lex, { width: 200, colour: false })).toContain(`${N} articles from ${whole.outlets.length} outlets`);
  });

  it('says in the HTML report how many articles it annotates', () => {
    const html = reportFiles(big, analysed.slice(0, 5), lex, { name: 'big', format: 'html', footer: '', chartFiles: false }).main;
    expect(html).toContain(`The first 5 of ${N} articles are shown annotated below; the summary and the charts count all ${N}.`);
  });
});

describe('what a merge keeps is copied', () => {
  it.each([[''], ['short'], ['a sentence long enough to be sliced from its article'], ['“curly” and emoji 🙂 kept']])('ownString(%j) is equal', (s) => {
    const text = `before ${s} after`;
    expect(ownString(text.slice(7, 7 + s.length))).toBe(s);
  });

  it('detached copies objects and arrays deeply, equal and unshared', () => {
    const row = { article: 'a1', spans: [{ text: 'x'.repeat(40), start: 1 }], n: 3, none: null };
    const copy = detached(row);
    expect(copy).toEqual(row);
    expect(copy).not.toBe(row);
    expect(copy.spans[0]).not.toBe(row.spans[0]);
  });

  it('merged lists hold copies of the article view’s rows, not the rows themselves', () => {
    const one = views()[0];
    const merged = mergeViewInto(emptyView(), one);
    expect(merged.ledger).toEqual(one.ledger);
    expect(merged.ledger[0]).not.toBe(one.ledger[0]);
  });
});

describe('an actor outside the registry', () => {
  // `Senator` places John Smith in the United States in one article only: the corpus must not
  // take that article's affiliation when it comes first and drop it when it comes second.
  const smith = [
    { id: 'a1', outlet: 'Daily A', text: 'John Smith spoke to reporters on Tuesday. “The budget is a disaster,” John Smith said.' },
    { id: 'b1', outlet: 'Daily A', text: 'Senator John Smith criticised the plan. “We will fight this,” said Senator John Smith.' },
  ].map((a) => ({ result: analyzeArticle(a, lex), text: a.text }));
  const compared = (order: typeof smith) => comparisonOf(order.map((a) => articleView(a.result, a.text, lex)).reduce((acc, v) => mergeViewInto(acc, v), emptyView()), lex);

  it('has no affiliation in compare whichever article comes first, as its side says', () => {
    const [ab, ba] = [compared(smith), compared([...smith].reverse())];
    expect(smith[1].result.actors.find((a) => a.id === 'john-smith')?.affiliation).toBe('united-states');
    for (const c of [ab, ba]) {
      expect(c.actors.find((a) => a.id === 'john-smith')).toMatchObject({ affiliation: null });
      expect(c.rows.find((r) => r.actor === 'john-smith')).toMatchObject({ affiliation: null });
      expect(c.outlets[0].speakers.find((s) => s.actor === 'john-smith')).toMatchObject({ side: 'unaffiliated' });
    }
    expect(ab.actors).toEqual(ba.actors);
  });
});

describe('the loaded terms table of the report', () => {
  // Each form of an entry is counted, so the Term column lists the most used forms first in any
  // article order (it was built from the example sentences kept, the first ones read).
  const texts = ['The senator called it open borders.', 'Critics said the bill was amnesty.', 'Amnesty again, he wrote: amnesty for all.', 'He warned of an anchor baby industry and amnesty.'];
  const views = texts.map((text, i) => {
    const a = { id: `t${i}`, text, outlet: 'Daily A' };
    return articleView(analyzeArticle(a, lex), text, lex);
  });
  const termCell = (vs: CorpusView[]) => {
    const table = loadedTermsSection(vs.reduce((acc, v) => mergeViewInto(acc, v), emptyView()), lex).find((b) => b.kind === 'table');
    return table && table.kind === 'table' ? table.rows.find((r) => r[0].includes('amnesty'))?.[0] : undefined;
  };

  it('lists every form found, most used first, whatever the order', () => {
    expect(termCell(views)).toBe('amnesty, anchor baby, open borders');
    expect(termCell([...views].reverse())).toBe('amnesty, anchor baby, open borders');
  });
});
