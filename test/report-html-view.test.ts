// The annotated view and its charts, as a class sees them: reported speech marked with its speaker,
// one colour key per chart with a legend, and no bar drawn from fewer than three clauses.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/pipeline.js';
import { loadLexicons } from '../src/lexicon/load-lexicons.js';
import { articleMarks } from '../src/report/html/article-marks.js';
import { renderHtml } from '../src/report/html/render-html.js';
import type { CorpusView } from '../src/report/corpus-view.js';
import { articleView, mergeViews } from '../src/report/merge-views.js';
import { reportFiles } from '../src/report/report-files.js';
import { divergingChart, MIN_CLAUSES, stackedShareChart } from '../src/report/svg-charts.js';

const lex = loadLexicons();

describe('reported speech in the annotated view', () => {
  it('is a quiet mark naming whose paraphrase it is', () => {
    const text = 'Washington is considering talks with Tehran on Iraq, US officials say.';
    const r = analyzeArticle({ id: 't', text, outlet: 'X' }, lex);
    const reported = articleMarks(r, lex, 'a0').filter((m) => m.attrs.class === 'reported');
    expect(reported).toHaveLength(1);
    expect(reported[0].attrs['data-label']).toBe('paraphrase of US officials (anonymous) · say');
    expect(text.slice(reported[0].start, reported[0].end)).toBe('Washington is considering talks with Tehran on Iraq');
  });

  it('marks each piece around a parenthetical cue, not the cue itself', () => {
    const text = 'If the law conflicts with his faith, Rubio said, Christians must ignore the law.';
    const r = analyzeArticle({ id: 't', text, outlet: 'X' }, lex);
    const reported = articleMarks(r, lex, 'a0').filter((m) => m.attrs.class === 'reported');
    expect(reported.map((m) => text.slice(m.start, m.end))).toEqual(['If the law conflicts with his faith', 'Christians must ignore the law']);
    expect(new Set(reported.map((m) => m.attrs['data-quote'])).size).toBe(1);
  });
});

describe('charts', () => {
  const tone = divergingChart('Tone', [
    { label: 'Iran', bars: [{ key: 'Outlet A', value: -0.5, n: 7 }, { key: 'Outlet B', value: 1.5, n: MIN_CLAUSES - 1 }] },
  ]);

  it('does not draw a bar resting on fewer than three clauses', () => {
    expect(tone).toContain(`too few to compare (n=${MIN_CLAUSES - 1})`);
    expect(tone.match(/<rect [^>]*height="14"/g)).toHaveLength(1);
  });

  it('keys each chart with a legend, and never gives an outlet a side’s colour', () => {
    expect(tone).toMatch(/<rect[^>]*width="12"[^>]*\/><text[^>]*>Outlet A<\/text>/);
    const share = stackedShareChart('Voice', [{ label: 'Outlet A', parts: [{ key: 'Iran', value: 3 }] }]);
    const fill = (svg: string, key: string) => svg.match(new RegExp(`fill="(#[0-9a-f]{6})"/><text[^>]*>${key}<`))?.[1];
    expect(fill(share, 'Iran')).toBeDefined();
    expect(fill(tone, 'Outlet A')).toBeDefined();
    expect(fill(tone, 'Outlet A')).not.toBe(fill(share, 'Iran'));
  });
});

describe('findings about an article', () => {
  it('are one line per kind, however often it occurs', () => {
    const text = 'The deal” was off.” Talks” ended.” The envoy” left.';
    const r = analyzeArticle({ id: 't', text, outlet: 'X' }, lex);
    const unbalanced = r.diagnostics.filter((d) => d.code === 'unbalanced-quote').length;
    expect(unbalanced).toBeGreaterThan(2);
    const html = renderHtml([{ result: r, text }], lex, { title: 'T', footer: '' });
    const lines = html.match(/<li class="info">[^<]*\(unbalanced-quote\)<\/li>/g) ?? [];
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`(and ${unbalanced - 1} more like it)`);
  });
});

describe('an article’s heading in the HTML view', () => {
  it.each([
    { text: '“We will appeal,” Maria Lopez said. The regime fell.', quotes: '1 quote ·', loaded: '1 loaded term in the article text' },
    { text: '“We will appeal,” Maria Lopez said. “Today,” she added. The regime and the thugs fell.', quotes: '2 quotes ·', loaded: '2 loaded terms in the article text' },
    { text: 'Maria Lopez spoke.', quotes: '0 quotes ·', loaded: '0 loaded terms in the article text' },
  ])('counts in words: $quotes $loaded', ({ text, quotes, loaded }) => {
    const r = analyzeArticle({ id: 't', text, outlet: 'X' }, lex);
    const html = renderHtml([{ result: r, text }], lex, { title: 'T', footer: '' });
    const meta = html.match(/<p class="meta">([^<]*)<\/p>/)![1];
    expect(meta).toContain(quotes);
    expect(meta).toContain(loaded);
  });
});

describe('a pronoun speaker no name was found for', () => {
  it('is shown as unresolved, never as someone called `it`', () => {
    const text = '“We will appeal the ruling today,” it said.';
    const r = analyzeArticle({ id: 't', text, outlet: 'X' }, lex);
    expect(r.quotes[0].speaker?.name).toBe('it');
    const label = articleMarks(r, lex, 'a0').find((m) => m.attrs.class === 'quote kind-direct')?.attrs['data-label'];
    expect(label).toContain('“it” (unresolved)');
  });
});

describe('the actors listed under an article', () => {
  const text = 'Kurdistan Region Prime Minister Nechirvan Barzani met Ali Shamkhani, secretary of Iran’s Supreme National Security Council, in Tehran.';
  const html = renderHtml([{ result: analyzeArticle({ id: 't', text, outlet: 'X' }, lex), text }], lex, { title: 'T', footer: '' });
  const line = (name: string) => html.match(new RegExp(`<li><b>${name}</b> \\(([^;]*);`))?.[1];

  it.each([
    ['Nechirvan Barzani', 'person of Kurdistan Region'],
    ['Supreme National Security Council', 'government body of Iran'],
    ['Iran', 'state'],
  ])('%s: kind and side by name, never an id', (name, what) => {
    expect(line(name)).toBe(what);
  });
});

describe('the HTML report’s anonymous sources', () => {
  const text = 'The talks stalled. At one point, he said Ms. Pelosi should back the wall, according to one of the officials familiar with the discussion.';
  const view = articleView(analyzeArticle({ id: 'anon', text, outlet: 'Daily' }, lex), text, lex);
  const page = (v: CorpusView) => reportFiles(v, [], lex, { name: 'x', format: 'html', footer: '', chartFiles: false }).main;
  const markdown = reportFiles(view, [], lex, { name: 'x', format: 'md', footer: '', chartFiles: false }).main;

  it.each([
    ['the section', /<section class="anonymous"><h2>Anonymous sources<\/h2>/],
    ['the counts and sources', /<td>Daily<\/td><td>0 quoted, 1 reported<\/td><td>one of the officials familiar with the discussion<\/td>/],
    ['the whole sentence, as the Markdown report has it', /<li>“At one point, he said Ms\. Pelosi should back the wall, according to one of the officials familiar with the discussion\.” <span class="meta">\(anon\)<\/span><\/li>/],
  ])('%s', (_name, pattern) => {
    expect(page(view)).toMatch(pattern);
  });

  it('is the Markdown report’s sentence', () => {
    expect(markdown).toContain('“At one point, he said Ms. Pelosi should back the wall, according to one of the officials familiar with the discussion.”');
  });

  it('says when there are none', () => {
    const plain = 'The talks stalled on Monday.';
    expect(page(articleView(analyzeArticle({ id: 'p', text: plain, outlet: 'Daily' }, lex), plain, lex))).toContain('No outlet quotes or paraphrases an anonymous source.');
  });
});

describe('what the report says it analysed', () => {
  const body = 'Police arrested 31 people on Saturday. “It was calm,” Maria Lopez said.';
  const report = (articles: { title?: string; text: string }[], format: 'md' | 'html') => {
    const views = articles.map((a, i) => {
      const r = analyzeArticle({ id: `t${i}`, text: a.text, outlet: 'Daily', ...(a.title ? { title: a.title } : {}) }, lex);
      return articleView(r, a.text, lex);
    });
    return reportFiles(mergeViews(views[0], views[1]), [], lex, { name: 'x', format, footer: '', chartFiles: false }).main;
  };
  it.each([
    { case: 'titles beside the text', articles: [{ title: 'Riot in Marston', text: body }, { title: 'Arrests', text: body }], says: 'All 2 articles came with a title that is not in their text' },
    { case: 'one title beside the text', articles: [{ title: 'Riot in Marston', text: body }, { text: body }], says: '1 article came with a title that is not in its text' },
    { case: 'a title that opens the text', articles: [{ title: 'Riot  in “Marston”', text: `Riot in "Marston"\n\n${body}` }, { text: body }], says: null },
    { case: 'no titles', articles: [{ text: body }, { text: body }], says: null },
  ])('$case', ({ articles, says }) => {
    for (const format of ['md', 'html'] as const) {
      const out = report(articles, format).replace(/\s+/g, ' ');
      expect(out).toContain('its headline only where the headline is part of the text');
      expect(out).not.toContain('its headline and body');
      if (says) expect(out).toContain(says);
      else expect(out).not.toContain('came with a title');
    }
  });
});
