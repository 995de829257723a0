// One number, one computation: every quantity that appears in several views of the seed corpus
// (compare, the Markdown report, the worksheet, the HTML view, the actors table) has one value;
// and one speaker, one row, under whatever names the articles give them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../src/lexicon/load-lexicons.js';
import { collectCorpus } from '../src/commands/collect.js';
import { articleView, comparisonOf, emptyView, ledgerSpeaker, mergeViewInto, outletFigures } from '../src/report/corpus-view.js';
import { analyzeArticle } from '../src/pipeline.js';
import { reportFiles } from '../src/report/report-files.js';
import { summaryItems } from '../src/report/summary.js';
import { actorRows, renderActorRows } from '../src/report/article-views.js';
import { renderCompareTables } from '../src/report/compare-tables.js';
import { renderArticleTable } from '../src/report/article-table.js';
import { reportCharts } from '../src/report/report-charts.js';
import { countedOutlet, inArticleText, MIN_CLAUSES, outletLoadedByVoice } from '../src/aggregate/index.js';
import { joinedIds } from '../src/aggregate/join-people.js';
import { caveatsSection, SMALL_SAMPLE } from '../src/report/report-sections.js';
import { escapeHtml } from '../src/report/html/escape.js';
import { VOICE_SPLIT } from '../src/report/text.js';

const lex = loadLexicons();
const { view, annotated } = await collectCorpus(['../shared/corpus/seeds'], lex, { quiet: true, keepTexts: true });
const c = comparisonOf(view, lex);
const md = reportFiles(view, annotated, lex, { name: 'seeds', format: 'md', footer: '', chartFiles: false }).main;
const html = reportFiles(view, annotated, lex, { name: 'seeds', format: 'html', footer: '', chartFiles: false }).main;
const worksheet = reportFiles(view, annotated, lex, { name: 'w', format: 'md', teach: true, footer: '', chartFiles: false }).main;
const summary = summaryItems(view, c);
const tables = renderCompareTables(view, c, lex, { width: 400, colour: false });
const reEscape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('one number in every view', () => {
  it.each(view.outlets)('quotes of %s', (outlet) => {
    const n = outletFigures(c, outlet)!.quotes;
    expect(n).toBeGreaterThan(0);
    expect(view.ledger.filter((q) => q.outlet === outlet)).toHaveLength(n);
    expect(view.articles.filter((a) => countedOutlet(a.outlet, a.wire) === outlet).reduce((s, a) => s + a.quotes, 0)).toBe(n);
    expect(summary.find((s) => s.startsWith(`${outlet}:`))).toContain(`${n} quote`);
    const ids = new Set(view.articles.filter((a) => countedOutlet(a.outlet, a.wire) === outlet).map((a) => a.id));
    const inHtml = annotated.filter((a) => ids.has(a.result.id)).map((a) => html.match(new RegExp(`data-article="${a.result.id}"[\\s\\S]*?(\\d+) quotes? ·`))![1]);
    expect(inHtml.reduce((s, x) => s + Number(x), 0)).toBe(n);
  });

  it.each(annotated.map((a) => [a.result.id, a] as const))('quotes, actors and loaded terms of article %s: the analyze view and the HTML view agree', (id, a) => {
    const heading = renderArticleTable(a.result, { width: 1000, colour: false }).split('\n')[0];
    const article = html.slice(html.indexOf(`data-article="${id}"`));
    const inHtml = article.match(/(\d+) quotes? ·[\s\S]*?(\d+) loaded terms? in the article text/)!;
    expect(heading).toContain(` ${inHtml[1]} quote`);
    expect(heading).toMatch(new RegExp(` ${inHtml[2]} loaded terms?(?: \\(| ·|$)`));
    expect(heading).toContain(` ${actorRows(a.result).length} actor`);
  });

  it.each(view.outlets)('anonymous sources of %s', (outlet) => {
    const f = outletFigures(c, outlet)!;
    const line = summary.find((s) => s.startsWith(`${outlet}:`))!;
    if (f.anonymousQuotes + f.anonymousReported === 0) {
      expect(line).toContain('no anonymous sources');
      return;
    }
    expect(md).toContain(`${f.anonymousQuotes} quoted, ${f.anonymousReported} reported`);
    expect(f.sides.find((s) => s.side === 'anonymous')?.count ?? 0).toBe(f.anonymousQuotes);
    for (const s of f.anonymousSources) expect(line + tables + worksheet).toContain(s.source);
  });

  // A paraphrase is the outlet's wording of what a speaker said (the HTML legend, the README):
  // the summary counts it apart from both narration and quotes, as the HTML marks and compare do.
  it.each(view.outlets)('loaded terms of %s by voice: the summary, the HTML marks and compare agree', (outlet) => {
    const n = outletLoadedByVoice(c, outlet);
    const line = summary.find((s) => s.startsWith(`${outlet}:`))!;
    expect(line).toContain(`loaded terms: ${n.narrator} in its own narration, ${n.reported} in its paraphrase of speakers, ${n.quote} in quotes.`);
    const articles = annotated.filter((a) => countedOutlet(a.result.outlet ?? '', a.result.wire) === outlet);
    const inHtml = articles.map((a) => Number(html.slice(html.indexOf(`data-article="${a.result.id}"`)).match(/(\d+) loaded terms? in the article text/)![1]));
    expect(inHtml.reduce((s, x) => s + x, 0)).toBe(n.narrator + n.reported + n.quote);
    for (const voice of ['narrator', 'reported', 'quote'] as const) {
      // the HTML marks each of these with its voice (data-voice), and compare lists them under it
      expect(articles.flatMap((a) => a.result.framing).filter((f) => inArticleText(f.segment) && f.voice.kind === voice), voice).toHaveLength(n[voice]);
      if (n[voice]) expect(tables).toMatch(new RegExp(`${reEscape(outlet)}[^\\n]*${VOICE_SPLIT[voice]}`));
    }
    expect(html).toContain('are reported speech: the outlet’s own wording of what that speaker said');
  });

  it('a paraphrase is the outlet’s wording in the actor table, not the speaker’s (Al-Alam’s “Takfiri”, US officials say)', () => {
    const row = md.split('\n').find((l) => /^\| Al-Alam \|/.test(l) && /takfiri/i.test(l) && /US officials/.test(l))!;
    const cells = row.split(' | ');
    const own = cells.findIndex((x) => x.includes('in its paraphrase of US officials'));
    expect(own).toBeGreaterThan(0);
    expect(cells[own]).toMatch(/takfiri terrorists/);
    expect(md).toContain('| Loaded terms, outlet’s wording (narration or paraphrase) | Loaded terms in quotes (from whom) |');
    expect(md).toMatch(/\(quoted from [^)]+\)/);
  });

  it('Al-Alam’s anonymous sourcing is counted and shown with its sentences', () => {
    const f = outletFigures(c, 'Al-Alam')!;
    expect(f.anonymousReported).toBeGreaterThanOrEqual(2);
    expect(md).toMatch(/US officials say/);
    expect(worksheet).toMatch(/sources the article does not name/);
  });

  it('mentions and quotes per actor: the actors table and compare agree', () => {
    for (const row of c.rows.filter((r) => r.actor !== '-')) {
      const articles = annotated.filter((a) => countedOutlet(a.result.outlet ?? '', a.result.wire) === row.outlet);
      const own = articles.flatMap((a) => actorRows(a.result)).filter((a) => a.actor === row.actor);
      expect(own.reduce((s, a) => s + a.mentions, 0), `${row.outlet} ${row.actor} mentions`).toBe(row.mentions);
      expect(own.reduce((s, a) => s + a.quoted, 0), `${row.outlet} ${row.actor} quotes`).toBe(row.quoted.quotes);
    }
  });

  it('a speaker phrase is a mention: Al-Alam names Ali Shamkhani once and quotes “Iran’s top national security official”', () => {
    const alAlam = annotated.find((a) => a.result.outlet === 'Al-Alam')!;
    const row = actorRows(alAlam.result).find((a) => a.actor === 'ali-shamkhani')!;
    expect(row).toMatchObject({ mentions: 3, quoted: 4 });
    expect(html).toMatch(/<b>Ali Shamkhani<\/b> \([^)]*; 3 mentions\):[^<]*(<a [^>]*>[^<]*<\/a>[^<]*)*<a href="#a\d+-s\d+">Iran’s top national security official<\/a>/);
  });

  it('mentions per actor: the HTML actor index lists as many as compare counts', () => {
    for (const row of c.rows.filter((r) => r.actor !== '-')) {
      const inHtml = annotated
        .filter((a) => countedOutlet(a.result.outlet ?? '', a.result.wire) === row.outlet)
        .map((a) => {
          const block = html.slice(html.indexOf(`data-article="${a.result.id}"`)).split(/data-article="/)[1] ?? '';
          return Number(block.match(new RegExp(`<b>${reEscape(row.actorName.replace(/&/g, '&amp;'))}</b> \\([^)]*?; (\\d+) mentions?\\)`))?.[1] ?? 0);
        });
      expect(inHtml.reduce((s, n) => s + n, 0), `${row.outlet} ${row.actorName}`).toBe(row.mentions);
    }
  });

  it('a speaker’s quotes: the report table share uses the outlet total from the aggregate', () => {
    const row = c.rows.find((r) => r.outlet === 'Mehr News Agency' && r.actor === 'ali-shamkhani')!;
    const total = outletFigures(c, 'Mehr News Agency')!.quotes;
    expect(md).toContain(`${row.quoted.quotes}/${total}`);
    expect(view.ledger.filter((q) => q.outlet === 'Mehr News Agency' && q.speaker === 'Ali Shamkhani')).toHaveLength(row.quoted.quotes);
  });

  it('the corpus table names each article by its headline (or opening words) and the id the evidence cites', () => {
    for (const a of view.articles) expect(md).toMatch(new RegExp(`\\| ${reEscape((a.title ?? a.headline)!.slice(0, 30))}[^|]*\\| ${reEscape(a.id.replace(/_/g, '\\_'))} \\|`));
  });

  it('tone of narration: the report’s tables say too few wherever the chart does', () => {
    const cells = [...md.matchAll(/^\| ([^|\n]+) \|.*\| ([^|\n]*\(n=(\d+)\)) \|$/gm)].map((m) => ({ outlet: m[1], cell: m[2], n: Number(m[3]) }));
    const few = cells.filter((x) => x.n < MIN_CLAUSES);
    expect(few.length).toBeGreaterThan(0); // Iran Focus on one actor: n=1
    for (const x of few) expect(x.cell, x.outlet).toBe(`too few (n=${x.n})`);
    for (const x of cells.filter((y) => y.n >= MIN_CLAUSES)) expect(x.cell, x.outlet).toMatch(/^[+-]\d+\.\d\d ± \d+\.\d\d \(n=\d+\)$/);
    const chart = reportCharts(view, c).find((ch) => ch.slug === 'sentiment')!;
    for (const x of few) expect(chart.svg).toContain(`too few to compare (n=${x.n})`);
    expect(chart.caption).toContain('fewer than three clauses');
  });

  it('the HTML report carries the Markdown report’s caveats, actor tables and loaded terms', () => {
    for (const h of ['Method and caveats', 'How each outlet names and describes the main actors', 'Loaded terms']) {
      expect(md).toContain(`## ${h}`);
      expect(html).toContain(`<h2>${h}</h2>`);
    }
    const caveats = caveatsSection(view, SMALL_SAMPLE).flatMap((b) => (b.kind === 'ul' ? b.items : []));
    expect(caveats.some((i) => i.startsWith('Small samples:'))).toBe(true);
    expect(caveats.some((i) => i.includes('about three in four'))).toBe(true);
    for (const item of caveats) expect(html).toContain(`<li>${escapeHtml(item)}</li>`);
    const tones = [...md.matchAll(/^\| ([^|\n]+) \|.*\| ([^|\n]*\(n=\d+\)) \|$/gm)].map((m) => `<td>${reEscape(escapeHtml(m[1]))}</td>[\\s\\S]*?<td>${reEscape(m[2])}</td>`);
    expect(tones.length).toBeGreaterThan(0);
    for (const t of tones) expect(html).toMatch(new RegExp(t));
    for (const u of view.loaded.values()) expect(html).toContain(`<td>${escapeHtml(u.category)}</td>`);
  });

  it('site furniture never leads the findings', () => {
    const iranFocus = c.rows.filter((r) => r.outlet === 'Iran Focus (AFP copy)');
    expect(iranFocus.flatMap((r) => r.loaded).some((l) => l.text === 'regime')).toBe(false);
    expect(outletFigures(c, 'Iran Focus (AFP copy)')!.furniture.some((t) => t.text.includes('regime'))).toBe(true);
    expect(md).toMatch(/## Page furniture \(not counted\)[\s\S]*regime/);
  });
});

describe('one speaker, one row, whatever the article calls them', () => {
  // Donald Trump as `Donald Trump`, `Trump` and `Mr. Trump`; Marco Rubio with a title that gives an
  // affiliation in one article only.
  const texts = [
    'President Donald Trump spoke in Ohio on Monday. “We will build the wall,” Donald Trump said. Sen. Marco Rubio answered him. “The wall is a mistake,” Rubio said.',
    '“It will be great,” Trump said on Tuesday. “We are ready,” a senior official said. “The vote was close,” Marco Rubio said.',
    '“I am not worried,” Mr. Trump told reporters on Wednesday.',
  ];
  const small = emptyView();
  texts.forEach((text, i) => mergeViewInto(small, articleView(analyzeArticle({ id: `t${i}`, text, outlet: 'Outlet A' }, lex), text, lex)));
  const sc = comparisonOf(small, lex);
  const smallMd = reportFiles(small, [], lex, { name: 'small', format: 'md', footer: '', chartFiles: false }).main;
  const smallSheet = reportFiles(small, [], lex, { name: 'w', format: 'md', teach: true, footer: '', chartFiles: false }).main;
  const smallTables = renderCompareTables(small, sc, lex, { width: 400, colour: false });
  const figures = outletFigures(sc, 'Outlet A')!;

  it('compare: one row for Donald Trump with all three quotes, on the side the registry gives', () => {
    expect(figures.speakers.filter((s) => s.actor === 'donald-trump')).toEqual([expect.objectContaining({ speaker: 'Donald Trump', quotes: 3, side: 'united-states' })]);
    expect(smallTables.match(/│ Outlet A +│ Donald Trump +│ United States +│ 3 +│/g)).toHaveLength(1);
    expect(smallTables).not.toMatch(/│ (?:Mr\. )?Trump +│/);
  });

  it('report: the actor table counts the same three quotes', () => {
    const row = sc.rows.find((r) => r.actor === 'donald-trump')!;
    expect(row.quoted.quotes).toBe(3);
    expect(smallMd).toMatch(new RegExp(`### Donald Trump[\\s\\S]*?\\| Outlet A \\|[^\\n]*\\| 3/${figures.quotes} `));
  });

  it('quote ledger: every row of his quotes carries his actor and shows his name', () => {
    const his = small.ledger.filter((q) => q.actor === 'donald-trump');
    expect(his.map((q) => q.speaker).sort()).toEqual(['Donald Trump', 'Trump', 'Trump']);
    expect(new Set(his.map((q) => ledgerSpeaker(sc, q)))).toEqual(new Set(['Donald Trump']));
    expect(smallMd.match(/^\| Outlet A \| Donald Trump \|/gm)).toHaveLength(3);
    expect(smallMd).not.toMatch(/^\| Outlet A \| Trump \|/m);
  });

  it('a side is one per actor: a title in one article does not move a person to a state', () => {
    const rubio = figures.speakers.filter((s) => s.actor === 'marco-rubio');
    expect(rubio).toEqual([expect.objectContaining({ quotes: 2, side: 'unaffiliated' })]);
    expect(figures.sides).toEqual([
      { side: 'united-states', count: 3 },
      { side: 'unaffiliated', count: 2 },
      { side: 'anonymous', count: 1 },
    ]);
    expect(smallTables).toMatch(/│ Marco Rubio +│ no known affiliation +│ 2 +│/);
    expect(smallSheet.replace(/\s+/g, ' ')).toContain('Outlet A quotes Donald Trump (United States), Marco Rubio (no known affiliation), a senior official (anonymous).');
  });
});

describe('the actors table and compare agree on a state’s quotes and on sides (BASIL, 3 stories)', () => {
  // Three events × Fox News, HuffPost, New York Times: quotes of Trump in an article that never
  // names the United States count for it in compare, and must in `actors` too.
  const lines = readFileSync('../shared/eval/framing/basil_articles.dev.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string; outlet: string; text: string });
  const stories = [...new Set(lines.map((a) => a.id.split(':')[1]))].slice(0, 3);
  const articles = lines.filter((a) => stories.includes(a.id.split(':')[1]));
  const results = articles.map((a) => ({ result: analyzeArticle({ id: a.id, text: a.text, outlet: a.outlet }, lex), text: a.text }));
  const bv = emptyView();
  for (const { result, text } of results) mergeViewInto(bv, articleView(result, text, lex));
  const bc = comparisonOf(bv, lex);
  const rows = results.flatMap(({ result }) => actorRows(result, lex.actors));

  it('has the case: a state quoted through its people in an article that does not name it', () => {
    expect(articles).toHaveLength(9);
    const unnamed = results.filter(({ result }) => !result.actors.some((a) => a.id === 'united-states')).map(({ result }) => result.id);
    expect(rows.some((a) => a.actor === 'united-states' && unnamed.includes(a.article) && a.quoted > 0)).toBe(true);
  });

  // (compare counts a person under one id across articles, `Pence` with `Michael Richard Pence`:
  // each article's rows are summed under the id compare joins them into.)
  const joined = joinedIds(bv.profile, lex.nicknames, lex.firstNames);
  const counted = (outlet: string, id: string) => (joined ? joined(outlet, id) : id);

  it('has the case: a person counted in compare under the id of their fuller name', () => {
    expect(rows.some((a) => a.outlet && counted(a.outlet, a.actor) !== a.actor)).toBe(true);
  });

  it.each(bc.rows.filter((r) => r.actor !== '-').map((r) => [r.outlet, r.actor, r] as const))('%s, %s: mentions and quotes', (outlet, actor, row) => {
    const own = rows.filter((a) => a.outlet === outlet && counted(outlet, a.actor) === actor);
    expect(own.reduce((s, a) => s + a.quoted, 0)).toBe(row.quoted.quotes);
    expect(own.reduce((s, a) => s + a.mentions, 0)).toBe(row.mentions);
  });

  it('every quoted actor has the side compare gives its quotes (Schumer, Pelosi: no known affiliation)', () => {
    const sides = new Map(bc.outlets.flatMap((o) => o.speakers.filter((s) => s.actor).map((s) => [s.actor!, s.side] as const)));
    expect(sides.get('nancy-pelosi')).toBe('unaffiliated');
    for (const a of rows.filter((x) => sides.has(x.actor))) expect(a.side, `${a.article} ${a.actor}`).toBe(sides.get(a.actor));
    for (const id of ['charles-schumer', 'nancy-pelosi']) {
      expect(rows.filter((a) => a.actor === id).map((a) => a.affiliation)).toEqual(rows.filter((a) => a.actor === id).map(() => null));
      const line = renderActorRows(rows.filter((a) => a.actor === id), { width: 200, colour: false }).split('\n').find((l) => l.includes('│ person'))!;
      expect(line).toMatch(/│ no known affiliation +│/);
    }
  });
});

describe('the summary says when it names only some anonymous sources', () => {
  it('names the first three and counts the rest', () => {
    const text = 'The talks stalled, aides said. The talks stalled, trade experts said. The talks stalled, White House advisers said. The talks stalled, US officials said. The talks stalled, people familiar with the talks said.';
    const v = mergeViewInto(emptyView(), articleView(analyzeArticle({ id: 'a', text, outlet: 'Daily' }, lex), text, lex));
    const line = summaryItems(v, comparisonOf(v, lex)).find((s) => s.startsWith('Daily:'));
    expect(line).toMatch(/anonymous sources: 5 passages of reported speech \([^)]*; [^)]*; [^)]* and 2 more\)/);
  });
});
