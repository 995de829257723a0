// `--format html`: one self-contained page (no scripts, no network: a CSP forbids both) showing
// every article with its quotes, mentions and loaded terms marked, the outlets side by side, and
// the charts inline.
import { plural, truncate } from '../text.js';
import { countedMentions, countedOutlet, countedQuotes, inArticleText, speakerMentions } from '../../aggregate/index.js';
import type { ArticleResult, Diagnostic, LexiconSet } from '../../types.js';
import { annotate } from './annotate.js';
import { articleMarks } from './article-marks.js';
import { escapeHtml } from './escape.js';
import { GENERATOR_META } from '../../own-output-marks.js';
import { STYLE } from './style.js';

export interface AnnotatedArticle {
  result: ArticleResult;
  text: string;
}

export interface HtmlOptions {
  title: string;
  /** Trusted SVG markup (built by our own chart code), shown under the summary. */
  charts?: { caption: string; svg: string }[];
  /** Trusted HTML inserted after the charts (e.g. a rendered summary). */
  intro?: string;
  footer: string;
}

const registryNamesOf = new WeakMap<LexiconSet['actors'], Map<string, string>>();
function registryNames(lexicons: LexiconSet): Map<string, string> {
  let names = registryNamesOf.get(lexicons.actors);
  if (!names) registryNamesOf.set(lexicons.actors, (names = new Map(lexicons.actors.map((a) => [a.id, a.name]))));
  return names;
}

/** Each actor with links to its mentions in the article text, speaker phrases among them (see
 * speakerMentions): as many as the tables count (page furniture and printed-twice copies are
 * marked in the text, but not counted or listed here). An actor's side is shown by name (`person
 * of Kurdistan Region`), never by its id. */
function actorIndex(r: ArticleResult, text: string, prefix: string, lexicons: LexiconSet): string {
  const counted = new Set(countedMentions(r));
  // Each actor's links, gathered in one pass over the mentions and speaker phrases.
  const linksOf = new Map<string, string[]>();
  const add = (actor: string, link: string) => {
    const list = linksOf.get(actor);
    if (list) list.push(link);
    else linksOf.set(actor, [link]);
  };
  r.mentions.forEach((m, i) => counted.has(m) && add(m.actor, `<a href="#${prefix}-m${i}">${escapeHtml(m.text)}</a>`));
  for (const m of speakerMentions(r)) add(m.actor, `<a href="#${prefix}-s${m.start}">${escapeHtml(text.slice(m.start, m.end))}</a>`);
  const registryName = registryNames(lexicons);
  const nameOf = (id: string) => registryName.get(id) ?? r.actors.find((a) => a.id === id)?.name ?? id;
  const items = r.actors.flatMap((a) => {
    const links = linksOf.get(a.id) ?? [];
    if (!links.length) return [];
    const what = escapeHtml(`${a.kind.replace(/-/g, ' ')}${a.affiliation ? ` of ${nameOf(a.affiliation)}` : ''}`);
    return [`<li><b>${escapeHtml(a.name)}</b> (${what}; ${links.length} mention${links.length === 1 ? '' : 's'}): ${links.join(', ')}</li>`];
  });
  return items.length ? `<details class="actors"><summary>Actors mentioned in the article text (${items.length})</summary><ul>${items.join('')}</ul></details>` : '';
}

/** One line per severity and code, in order of first appearance: six unbalanced quote marks are
 * one finding to a reader, not six. */
function groupedDiagnostics(diagnostics: Diagnostic[]): { first: Diagnostic; more: number }[] {
  const groups = new Map<string, { first: Diagnostic; more: number }>();
  for (const d of diagnostics) {
    const key = `${d.severity}\u0000${d.code}`;
    const g = groups.get(key);
    if (g) g.more++;
    else groups.set(key, { first: d, more: 0 });
  }
  return [...groups.values()];
}

/** The headline found in the text, else the body's opening words: never a hash id for a reader. */
function headlineOf(r: ArticleResult, text: string): string | undefined {
  const h = r.segments.find((s) => s.kind === 'headline') ?? r.segments.find((s) => s.kind === 'body');
  return h ? truncate(text.slice(h.start, Math.min(h.end, h.start + 400)), 90) : undefined;
}

/** The article's heading, linked to its page when the input gave an http(s) address. */
function headingLink(html: string, url: string | undefined): string {
  return url && /^https?:\/\//i.test(url) ? `<a href="${escapeHtml(url)}">${html}</a>` : html;
}

function renderArticle({ result: r, text }: AnnotatedArticle, index: number, lexicons: LexiconSet): string {
  const prefix = `a${index}`;
  const meta = [r.outlet ?? 'outlet unknown', r.published, r.wire ? `wire copy: ${r.wire}` : null, plural(countedQuotes(r).length, 'quote'), `${plural(r.framing.filter((f) => inArticleText(f.segment)).length, 'loaded term')} in the article text`]
    .filter(Boolean)
    .map((s) => escapeHtml(String(s)))
    .join(' · ');
  const diagnostics = r.diagnostics.length
    ? `<ul class="diagnostics">${groupedDiagnostics(r.diagnostics)
        .map(({ first, more }) => `<li class="${escapeHtml(first.severity)}">${escapeHtml(first.severity)}: ${escapeHtml(first.message)}${more ? ` (and ${more} more like it)` : ''} (${escapeHtml(first.code)})</li>`)
        .join('')}</ul>`
    : '';
  return `<article id="${prefix}" data-article="${escapeHtml(r.id)}">
<h3>${headingLink(escapeHtml(r.title ?? headlineOf(r, text) ?? r.id), r.url)}</h3>
<p class="meta">${meta}</p>
${diagnostics}${actorIndex(r, text, prefix, lexicons)}
<div class="text" data-text-of="${escapeHtml(r.id)}">${annotate(text, articleMarks(r, lexicons, prefix))}</div>
</article>`;
}

const LEGEND = `<p class="legend">How to read this page: <span class="quote" data-label="speaker · verb">quoted words</span> are labelled with who said them and the verb that introduced them;
<span class="reported" data-label="paraphrase of speaker · verb">dotted stretches</span> are reported speech: the outlet’s own wording of what that speaker said, and every loaded word inside is in that voice;
<mark class="loaded" data-label="category">loaded terms</mark> carry their category as a text label; hover over or tab to one for its explanation and neutral alternatives;
<span class="mention">dashed underlines</span> are mentions of actors (a <span class="mention is-label">double underline</span> marks a mention that is itself a label);
grey <span class="furniture" data-label="not article text">page furniture</span> is not part of the article.</p>`;

export function renderHtml(articles: AnnotatedArticle[], lexicons: LexiconSet, opts: HtmlOptions): string {
  const byOutlet = new Map<string, { a: AnnotatedArticle; i: number }[]>();
  articles.forEach((a, i) => {
    // (Grouped as the figures count them: wire copy under its outlet and agency.)
    const key = countedOutlet(a.result.outlet ?? 'Outlet unknown', a.result.wire);
    const list = byOutlet.get(key);
    if (list) list.push({ a, i });
    else byOutlet.set(key, [{ a, i }]);
  });
  const columns = [...byOutlet].map(
    ([outlet, list]) => `<section class="outlet"><h2>${escapeHtml(outlet)}</h2>${list.map(({ a, i }) => renderArticle(a, i, lexicons)).join('\n')}</section>`,
  );
  const figures = (opts.charts ?? []).map((c) => `<figure>${c.svg}<figcaption>${escapeHtml(c.caption)}</figcaption></figure>`);
  const charts = figures.length ? `<div class="charts">${figures.join('\n')}</div>` : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
${GENERATOR_META}
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(opts.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header><h1>${escapeHtml(opts.title)}</h1>
${LEGEND}
${opts.intro ?? ''}
${charts}
</header>
<main class="outlets">
${columns.join('\n')}
</main>
<footer class="meta">${escapeHtml(opts.footer)}</footer>
</body>
</html>
`;
}
