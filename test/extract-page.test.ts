import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractPage } from '../src/extract/extract-page.js';
import { bylineAuthors } from '../src/extract/metadata.js';
import { extractedArticle } from '../src/pipeline.js';
import { pageArticle } from '../src/ingest/html-input.js';
import { WEB, articlePage, LONG_PARAGRAPHS } from './web-fixtures.js';

const harbour = readFileSync(join(WEB, 'pages/harbour-vote.html'), 'utf8');
const page = extractPage(harbour, { id: 'harbour-vote' });
const textOf = (kind: string): string =>
  page.segments
    .filter((s) => s.kind === kind)
    .map((s) => page.text.slice(s.start, s.end))
    .join('\n');

describe('extractPage: a page with furniture and JSON-LD', () => {
  it('reads the metadata from meta tags and JSON-LD', () => {
    expect({
      url: page.url,
      outlet: page.outlet,
      title: page.title,
      published: page.published,
      authors: page.authors,
      language: page.language,
    }).toEqual({
      url: 'https://ledger.example.org/news/2031/harbour-wall-vote',
      outlet: 'The Coastal Ledger',
      title: 'Council approves harbour wall repairs',
      published: '2031-03-04T09:30:00Z',
      authors: ['Mara Quill', 'Tobias Renn'],
      language: 'en-GB',
    });
  });

  it.each<[string, string]>([
    ['headline', 'Council approves harbour wall repairs'],
    ['signoff', 'By Mara Quill and Tobias Renn'],
    ['body', '“We cannot wait for another storm to finish the job the last one started,” said Councillor Ada Frome'],
    ['body', 'Work is expected to take five months.'],
    ['related-headlines', 'Storm breaches harbour wall for second time'],
    ['related-headlines', 'Fishing fleet counts the cost of winter closures'],
    ['site-headlines', 'School roof repairs delayed again after funding row'],
    ['licence-footer', '© 2031 Coastal Ledger Media. All rights reserved.'],
  ])('%s holds %s', (kind, text) => {
    expect(textOf(kind)).toContain(text);
  });

  it.each(['Advertisement', 'Share on social media', 'The damaged wall after the January storm', 'He said', 'tracking', 'Home', 'Privacy', 'color: red'])(
    'leaves out %s',
    (text) => {
      expect(textOf('body')).not.toContain(text);
      expect(textOf('headline')).not.toContain(text);
    },
  );

  it('keeps the dateline for the segmenter: the analysed body starts with it', () => {
    const article = pageArticle(page, { path: 'harbour-vote.html' });
    const seg = extractedArticle(article).segments;
    const dateline = seg.find((s) => s.kind === 'dateline');
    expect(dateline && article.text.slice(dateline.start, dateline.end)).toBe('PORT ELLIS —');
    expect(seg.filter((s) => s.kind === 'related-headlines').length).toBeGreaterThan(0);
  });
});

/** A page with a site name, an address and, if given, a Twitter handle. */
const sitePage = (site: string, canonical?: string, handle?: string): string =>
  articlePage({ title: 'T', site, paragraphs: LONG_PARAGRAPHS, ...(canonical ? { canonical } : {}) }).replace('<head>', `<head>${handle ? `<meta name="twitter:site" content="${handle}">` : ''}`);

describe('extractPage: furniture lines inside the article element', () => {
  const furniture = articlePage({
    title: 'Council approves harbour wall repairs',
    paragraphs: [
      ...LONG_PARAGRAPHS,
      'The wall after the storm of March 2. (credit: Port Ellis Council/Ada Frome)',
      'Mara Quill’s book on harbours, "Walls" (Ledger Press, 2030), is out now. Follow her on Twitter @maraquill.',
      'Harbour news every morning. Sign up for our newsletter.',
      'Note: we are reviewing all comments before they appear, to keep spam out.',
      'Contributing: Niall Brack',
      'Copyright © 2031 Coastal Ledger. All rights reserved.',
    ],
  });
  const p = extractPage(furniture, { id: 'x' });
  const kindAt = (needle: string) => p.segments.find((s) => s.start <= p.text.indexOf(needle) && p.text.indexOf(needle) < s.end)?.kind;
  it.each<[string, string]>([
    ['(credit: Port Ellis', 'dropped'],
    ['is out now', 'dropped'],
    ['Sign up for our newsletter', 'dropped'],
    ['reviewing all comments', 'dropped'],
    ['Contributing: Niall Brack', 'signoff'],
    ['Copyright © 2031', 'licence-footer'],
    ['Lena Ostrova', 'body'],
  ])('%j: %s', (needle, kind) => {
    expect(p.text.includes(needle) ? kindAt(needle) : 'dropped').toBe(kind);
  });
});

describe('extractPage: metadata fallbacks', () => {
  it.each<[string, string, string | null]>([
    ['a section label on the site of a wire: the domain', sitePage('U.S.', 'https://www.wirenews.example/article/us-markets-id1'), 'wirenews.example'],
    ['a platform label on a subdomain: the domain', sitePage('Hosted', 'https://hosted.agency.example/paper/article/1'), 'hosted.agency.example'],
    ['a tagline as the site name: the domain', sitePage('Expert advice for riders', 'https://ridingmag.example/news/1'), 'ridingmag.example'],
    ['a name with a word of the domain', sitePage('Harbour Post', 'https://www.hpost.example/a/1'), 'Harbour Post'],
    ['a name the domain shortens', sitePage('Valley Chronicle', 'https://www.vchron.example/a/1'), 'Valley Chronicle'],
    ['a name whose initials are the domain', sitePage('Deutsche Rundfunk', 'https://www.dr.example/a/1'), 'Deutsche Rundfunk'],
    ['a name on a country second-level domain', sitePage('The Hill Gazette', 'https://www.hillgazette.co.uk/a/1'), 'The Hill Gazette'],
    ['a name on another site that its Twitter handle confirms', sitePage('GridironTalk', 'https://gridirontalk.sportsnet.example/a/1', '@GridironTalk'), 'GridironTalk'],
    ['a section label and the site’s own handle: the domain', sitePage('U.S.', 'https://www.wirenews.example/a/1', '@WireNews'), 'wirenews.example'],
    ['a name with no address to compare', sitePage('U.S.'), 'U.S.'],
    ['a name in another script', sitePage('ライトハウス', 'https://www.lhpat.example/a/1'), 'ライトハウス'],
    ['og:site_name', articlePage({ title: 'T', site: 'Hill Gazette', paragraphs: LONG_PARAGRAPHS, canonical: 'https://www.gazette.example/x' }), 'Hill Gazette'],
    ['a site name that is a URL', articlePage({ title: 'T', site: 'https://www.gazette.example', paragraphs: LONG_PARAGRAPHS }), 'gazette.example'],
    ['a tagline after |', articlePage({ title: 'T', site: 'Hill Gazette | News for the valley', paragraphs: LONG_PARAGRAPHS }), 'Hill Gazette'],
    ['the canonical domain', articlePage({ title: 'T', paragraphs: LONG_PARAGRAPHS, canonical: 'https://www.gazette.example/x' }), 'gazette.example'],
    ['nothing at all', articlePage({ title: 'T', paragraphs: LONG_PARAGRAPHS }), null],
    [
      'the JSON-LD publisher',
      `<html><head><script type="application/ld+json">{"@graph":[{"@type":"WebSite"},{"@type":"NewsArticle","publisher":{"name":"Valley Wire"}}]}</script></head><body><p>${LONG_PARAGRAPHS.join('</p><p>')}</p></body></html>`,
      'Valley Wire',
    ],
  ])('outlet from %s', (_, html, outlet) => {
    expect(extractPage(html, { id: 'x' }).outlet).toBe(outlet);
  });

  it('a URL given with the page (a WARC target) wins over the canonical link', () => {
    const html = articlePage({ title: 'T', paragraphs: LONG_PARAGRAPHS, canonical: 'https://gazette.example/canonical' });
    expect(extractPage(html, { id: 'x', url: 'https://gazette.example/fetched' }).url).toBe('https://gazette.example/fetched');
  });

  it('takes the JSON-LD articleBody when the page itself shows much less of the article', () => {
    const ld = JSON.stringify({ '@type': 'NewsArticle', articleBody: LONG_PARAGRAPHS.join('\n') });
    const html = `<html><head><script type="application/ld+json">${ld}</script></head><body><h1>Night buses</h1><p>Subscribe to read.</p></body></html>`;
    const p = extractPage(html, { id: 'x' });
    const body = p.segments.filter((s) => s.kind === 'body').map((s) => p.text.slice(s.start, s.end)).join('\n');
    expect(body).toContain('Lena Ostrova');
    expect(body).not.toContain('Subscribe');
  });

  it('a plea to subscribe after the article, and its heading, are left out', () => {
    const pitch = 'If you enjoyed this article, we have a proposition for you: Join LEDGERPLUS. Members get all of our content.';
    const html = articlePage({ title: 'Night buses', paragraphs: [...LONG_PARAGRAPHS, '<h3>Something to Consider</h3>', pitch] }).replace('<p><h3>', '<h3>').replace('</h3></p>', '</h3>');
    const p = extractPage(html, { id: 'x' });
    const body = p.segments.filter((s) => s.kind === 'body').map((s) => p.text.slice(s.start, s.end)).join('\n');
    expect(body).toContain('twelve months of operation');
    expect(body).not.toContain('LEDGERPLUS');
    expect(body).not.toContain('Something to Consider');
  });

  it.each(['tooltip', 'popover', 'hovercard', 'rollover-people-block'])('a name’s hover card (class %s) is left out, the name kept', (cls) => {
    const card = `<span class="${cls}"><a href="/people/lena-ostrova">Lena Maria Ostrova</a><a href="/news/1">Night buses extended to outer villages</a> MORE</span>`;
    const first = `Transport spokesperson <span class="rollover-people"><a href="/people/lena-ostrova">Lena Ostrova</a>${card}</span> said the service would start next month.`;
    const p = extractPage(articlePage({ title: 'Night buses', paragraphs: [first, ...LONG_PARAGRAPHS] }), { id: 'card' });
    const body = p.segments.filter((s) => s.kind === 'body').map((s) => p.text.slice(s.start, s.end)).join('\n');
    expect(body).toContain('Transport spokesperson Lena Ostrova said the service would start next month.');
    expect(body).not.toContain('Lena Maria Ostrova');
  });

  it.each(['<div>', '<div class="share">', '<div class="related">', '<section class="footer">'])('a page nested 3000 levels deep in %s is read whole (the article finder is quadratic there)', (open) => {
    const depth = 3000;
    const close = `</${open.slice(1).split(/[ >]/)[0]}>`;
    const html = `<html><body>${open.repeat(depth)}<p>${LONG_PARAGRAPHS[0]}</p>${close.repeat(depth)}<footer>© 2031 Deep Media</footer></body></html>`;
    const p = extractPage(html, { id: 'deep' });
    const body = p.segments.filter((s) => s.kind === 'body').map((s) => p.text.slice(s.start, s.end));
    expect(body).toEqual([LONG_PARAGRAPHS[0]]);
  });

  it('a page without an article gives an empty body, not an error', () => {
    const p = extractPage('<html><body><nav><a href="/">Home</a></nav></body></html>', { id: 'x' });
    expect(p.segments.filter((s) => s.kind === 'body')).toEqual([]);
  });
});

describe('extractPage: the headline appears once', () => {
  const body = LONG_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('');
  it.each<[string, string, string]>([
    ['a one-word <title> and a longer <h1>', `<html><head><title>Buses</title></head><body><article><h1>Buses run all night</h1>${body}</article></body></html>`, 'Buses run all night'],
    ['<title> equal to <h1>', `<html><head><title>Night buses</title></head><body><article><h1>Night buses</h1>${body}</article></body></html>`, 'Night buses'],
    ['a short non-Latin page', '<html><head><title>会議</title></head><body><article><h1>会議</h1><p>東京で会議が開かれた。</p></article></body></html>', '会議'],
    ['og:title and an <h1> in another case', `<html><head><meta property="og:title" content="Buses Run All Night"></head><body><article><h1>Buses run all night</h1>${body}</article></body></html>`, 'Buses run all night'],
  ])('%s', (_, html, headline) => {
    const p = extractPage(html, { id: 'x' });
    const copies = p.text.split('\n\n').filter((para) => para.toLowerCase() === headline.toLowerCase());
    expect(copies).toEqual([headline]);
    expect(p.segments.filter((s) => s.kind === 'headline').map((s) => p.text.slice(s.start, s.end))).toEqual([headline]);
  });
});

describe('extractPage: a page that is not one article says so', () => {
  const story = (h: string, a: string, b: string) => `<article><h2>${h}</h2><p>${a}</p><p>${b}</p></article>`;
  const card = (h: string, a: string) => `<article><h2><a href="/x">${h}</a></h2><p>${a}</p></article>`;
  it.each<[string, string, string[], string[]]>([
    [
      'two articles side by side: both read, in page order, with a warning',
      `<html><head><title>Live: vote night</title></head><body>${story('Hart wins the north', LONG_PARAGRAPHS[0]!, LONG_PARAGRAPHS[1]!)}${story('Moss concedes the south', LONG_PARAGRAPHS[2]!, 'Moss thanked her volunteers and said she would run again.')}</body></html>`,
      ['Hart wins the north', 'Moss concedes the south', 'Moss thanked her volunteers'],
      ['several-articles'],
    ],
    [
      'one article and teaser cards: the article alone, no note',
      `<html><head><title>Night buses</title></head><body><article><h1>Night buses</h1><p>${LONG_PARAGRAPHS.join('</p><p>')}</p></article>${card('Ferry fares rise', 'Fares rise by a tenth in May.')}${card('Bridge reopens', 'The bridge reopened on Friday.')}</body></html>`,
      ['Lena Ostrova'],
      [],
    ],
    ['a home page of headline links', '<html><head><title>Valley Post - Home</title></head><body><h1>Top stories</h1><ul class="headlines"><li><a href="/1">Bridge reopens after repairs</a></li><li><a href="/2">Council budget row deepens</a></li></ul></body></html>', ['Top stories'], ['no-article-body']],
    ['a login form', '<html><head><title>Sign in</title></head><body><form><label>Email <input name=e></label><label>Password <input type=password></label><button>Sign in</button></form></body></html>', ['Email Password'], ['no-article-body']],
    ['a one-sentence Chinese page is an article', '<html><head><title>新闻</title></head><body><article><h1>新闻</h1><p>市长说：“我们反对。”</p></article></body></html>', ['市长说'], []],
  ])('%s', (_, html, inText, codes) => {
    const p = extractPage(html, { id: 'x' });
    for (const t of inText) expect(p.text).toContain(t);
    if (inText.length > 1) expect(inText.map((t) => p.text.indexOf(t))).toEqual(inText.map((t) => p.text.indexOf(t)).sort((a, b) => a - b));
    expect(p.notes.map((n) => n.code)).toEqual(codes);
  });
});

const TAGS = ['p', 'div', 'span', 'a', 'h1', 'h2', 'li', 'ul', 'article', 'aside', 'nav', 'footer', 'figure', 'figcaption', 'script', 'style', 'br', 'table', 'td'];
const CLASSES = ['', 'byline', 'related', 'share', 'story', 'content', 'most-read', 'footer', 'caption'];
const htmlArb = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.oneof(fc.string({ maxLength: 60 }), fc.constantFrom('“Quote,” he said.', '&amp; &#169; &nbsp;', '<', '</p>', '<!--', '\ud83d', '\u2028')),
    fc
      .tuple(fc.constantFrom(...TAGS), fc.constantFrom(...CLASSES), fc.array(tie('node'), { maxLength: 5 }))
      .map(([tag, cls, kids]) => `<${tag}${cls ? ` class="${cls}"` : ''}>${(kids as string[]).join('')}</${tag}>`),
  ),
})).node as fc.Arbitrary<string>;

describe('extractPage on random HTML (property)', () => {
  it('never throws; segments are sorted, non-empty and inside the text', () => {
    fc.assert(
      fc.property(htmlArb, fc.boolean(), (body, withHead) => {
        const html = withHead ? `<html><head><title>t</title><script type="application/ld+json">{"@type":"Article"</script></head><body>${body}</body></html>` : body;
        const p = extractPage(html, { id: 'r' });
        let last = 0;
        for (const s of p.segments) {
          expect(s.start).toBeGreaterThanOrEqual(last);
          expect(s.end).toBeGreaterThan(s.start);
          expect(s.end).toBeLessThanOrEqual(p.text.length);
          last = s.end;
        }
        const analysed = extractedArticle(pageArticle(p, { path: 'r.html' })).segments;
        for (const s of analysed) expect(s.end).toBeLessThanOrEqual(p.text.length);
      }),
      { numRuns: 150, seed: 10 },
    );
  });
});

describe('furniture named in camelCase class names', () => {
  it.each<[string, string]>([
    ['InlineImage-imageEmbedCredit', 'Jane Roe | Valley Wire | Example Images'],
    ['storyShareBar', 'Share this with friends now'],
    ['relatedLinks', 'More about the night buses here'],
  ])('%s is left out of the body', (cls, text) => {
    const html = `<html><head><title>Night buses</title></head><body><article><h1>Night buses</h1><div class="${cls}">${text}</div><p>${LONG_PARAGRAPHS.join('</p><p>')}</p></article></body></html>`;
    const p = extractPage(html, { id: 'x' });
    const body = p.segments.filter((s) => s.kind === 'body').map((s) => p.text.slice(s.start, s.end)).join('\n');
    expect(body).toContain('Lena Ostrova');
    expect(body).not.toContain(text);
  });
});

describe('authors', () => {
  const page = (head: string, byline: string) =>
    `<html><head>${head}</head><body><article><h1>Night buses</h1>${byline}<p>${LONG_PARAGRAPHS.join('</p><p>')}</p></article></body></html>`;
  it.each<[string, string, string, string[]]>([
    ['microdata name inside an author element', '', '<p itemprop="author" itemscope itemtype="http://schema.org/Person">By <span itemprop="name">Lena Ostrova</span></p>', ['Lena Ostrova']],
    ['microdata author element with a link', '', '<span itemprop="author" itemscope><a rel="author" href="/a/m">Mara Quill</a></span>', ['Mara Quill']],
    ['a labelled microdata author', '<meta itemprop="author" content="Text: Mara Quill">', '', ['Mara Quill']],
    ['a commenter is not the author', '', '<div itemscope itemtype="http://schema.org/Comment"><span itemprop="author">Troll Person</span></div>', []],
    ['meta author wins over microdata', '<meta name="author" content="Tobias Renn">', '<span itemprop="author">Mara Quill</span>', ['Tobias Renn']],
    ['a byline only in the text', '', '<div class="byline">by <a href="/author/sam">Sam Reporter</a></div>', ['Sam Reporter']],
  ])('%s', (_, head, byline, authors) => {
    expect(extractPage(page(head, byline), { id: 'x' }).authors).toEqual(authors);
  });

  it.each<[string, string[]]>([
    ['By Sam Reporter', ['Sam Reporter']],
    ['by Kevin McCoy and Mary O’Neil', ['Kevin McCoy', 'Mary O’Neil']],
    ['By Ann Lee, Jean-Luc Picard and Tom Hardy', ['Ann Lee', 'Jean-Luc Picard', 'Tom Hardy']],
    ['By Jane Doe, Political Correspondent', ['Jane Doe']],
    ['by Jeff FoustMonday, November 18, 2019', []],
    ['By LISA MASCARO and ERIC TUCKERAssociated Press', []],
    ['Kevin Johnson and Kevin McCoy USA TODAY', []],
    ['Name *', []],
  ])('byline %s', (byline, names) => {
    expect(bylineAuthors(byline)).toEqual(names);
  });
});

describe('publication date', () => {
  const withDates = (head: string) => articlePage({ title: 'Night buses extended', paragraphs: LONG_PARAGRAPHS }).replace('</head>', `${head}</head>`);
  const ld = (date: string) => `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Night buses extended","datePublished":"${date}"}</script>`;
  it.each<[string, string, string | null]>([
    ['a CMS placeholder gives way to the next source', `${ld('0001-01-01T00:00:00Z')}<meta property="article:published_time" content="2019-11-19T19:07:00-05:00">`, '2019-11-19T19:07:00-05:00'],
    ['a placeholder alone is no date', ld('0001-01-01T00:00:00Z'), null],
    ['a real date in JSON-LD wins', `${ld('2019-11-18T08:55:39-05:00')}<meta property="article:published_time" content="2019-11-19T00:00:00Z">`, '2019-11-18T08:55:39-05:00'],
    ['a date without a four-digit year is kept as written', '<meta name="date" content="Nov. 19">', 'Nov. 19'],
    ['itemprop naming two properties', '<meta itemprop="datePublished dateCreated" content="2019-11-19T11:00:09.000Z">', '2019-11-19T11:00:09.000Z'],
    ['a <time itemprop> in the page', '</head><body><time itemprop="datePublished" datetime="2019-11-20T10:03:33+01:00">20 Nov</time><p>x</p></body><head>', '2019-11-20T10:03:33+01:00'],
    ['an RFC 2822 date, offset kept', '<meta name="date" content="Mon, 18 Nov 2019 16:07:38 -0600">', '2019-11-18T16:07:38-06:00'],
    ['a month name, day and year', '<meta name="date" content="November 19, 2019">', '2019-11-19'],
    ['a local time stays without offset', '<meta name="date" content="November 20, 2019 12:32">', '2019-11-20T12:32'],
    ['an afternoon time', '<meta name="date" content="Nov. 20, 2019, 4:05 p.m.">', '2019-11-20T16:05'],
    ['a day before the month, GMT', '<meta name="date" content="20 November 2019 09:30 GMT">', '2019-11-20T09:30Z'],
    ['a space for T and an offset without colon', '<meta name="date" content="2019-11-20 13:42:06+0800">', '2019-11-20T13:42:06+08:00'],
    ['day and month that could be swapped are kept as written', '<meta name="date" content="11/12/2019">', '11/12/2019'],
    ['an impossible day is kept as written', '<meta name="date" content="February 30, 2019">', 'February 30, 2019'],
  ])('%s', (_name, head, published) => {
    expect(extractPage(withDates(head), { id: 'dates' }).published).toBe(published);
  });
});
