import { describe, expect, it } from 'vitest';
import { segmentArticle } from '../src/segment/segment-article.js';
import type { SegmentKind } from '../src/types.js';

const seg = (text: string) => segmentArticle({ id: 't', text, outlet: null });

/** The kind of the segment that holds the first occurrence of `needle`. */
function kindOf(text: string, needle: string): SegmentKind | undefined {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`fixture lacks ${needle}`);
  return seg(text).segments.find((s) => s.start <= at && at + needle.length <= s.end)?.kind;
}

const BODY = 'The minister said the talks would resume next week. Officials declined to comment further on the plan.';

describe('segment kinds', () => {
  it.each<[string, string, string, SegmentKind]>([
    ['headline', `Iran rejects talks offer\n\n${BODY}`, 'Iran rejects talks offer', 'headline'],
    ['headline printed twice', `Iran rejects talks offer\n\nIran rejects talks offer\n${BODY}`, `\nIran rejects talks offer\n${BODY}`.slice(1, 25), 'headline'],
    ['site header glued to headline', `Daily WorldIran rejects talks offer\n\nIran rejects talks offer\n\n${BODY}`, 'Daily World', 'site-header'],
    ['navigation bar', `Home | World | Middle East\nIran rejects talks offer\n\n${BODY}`, 'Home | World', 'site-header'],
    ['timestamp', `Iran rejects talks offer\nMon Jun 16, 2014 11:38:46\n\n${BODY}`, 'Mon Jun 16', 'timestamp'],
    ['ISO timestamp with label', `Iran rejects talks offer\nPublished: 2014-06-16 11:38\n\n${BODY}`, 'Published', 'timestamp'],
    ['caps dateline', `TEHRAN - ${BODY}`, 'TEHRAN -', 'dateline'],
    ['caps dateline with a horizontal bar', `WASHINGTON ― ${BODY}`, 'WASHINGTON ―', 'dateline'],
    ['dateline with wire', `BEIRUT, Lebanon (AP) — ${BODY}`, 'BEIRUT, Lebanon (AP) —', 'dateline'],
    ['mixed-case city with wire', `Washington (Reuters) - ${BODY}`, 'Washington (Reuters) -', 'dateline'],
    ['wire credit', `AFP: ${BODY}`, 'AFP:', 'wire-credit'],
    ['wire dateline with no place', `(Reuters) — ${BODY}`, '(Reuters) —', 'wire-credit'],
    ['body', `TEHRAN - ${BODY}`, 'The minister said', 'body'],
    ['signoff initials', `${BODY} NA/PA\n`, 'NA/PA', 'signoff'],
    ['reporting credit', `${BODY}\n(Reporting by Jane Roe; Editing by John Doe)`, 'Reporting by', 'signoff'],
    ['creative commons footer', `${BODY}\n All Content by Example News is licensed under a Creative Commons Attribution 4.0 International License.`, 'All Content', 'licence-footer'],
    ['copyright footer', `${BODY}\n© 2020 Example Media. All rights reserved.`, '© 2020', 'licence-footer'],
    ['latest news block to the end', `${BODY}\n\nLatest news\n\nSome other story\n\nA teaser of it that runs on...`, 'A teaser', 'site-headlines'],
    ['must read heading', `${BODY}\n\nMust read\n\nU.S. forces arrest 8 “terrorists” in Baghdad`, '“terrorists”', 'site-headlines'],
    ['glued headings', `${BODY}\n\nYou might also likeRELATED\nRecommended to you`, 'Recommended', 'site-headlines'],
    ['related block', `${BODY}\n\nRelated articles\n\nIran and US hold talks`, 'Iran and US', 'related-headlines'],
    ['json dump', `${BODY}\n\n[{"id":"1","title":"A story"},{"id":"2","title":"Another story"}]`, '"title"', 'data-dump'],
    ['var_dump dump', `${BODY}\n\nstring(99) "[{"id":"1","sort":"3","pic":"/a.jpg","title":"A"}]"`, 'string(99)', 'data-dump'],
  ])('%s', (_name, text, needle, kind) => {
    expect(kindOf(text, needle)).toBe(kind);
  });

  it.each<[string, string, SegmentKind[]]>([
    ['printed twice', `Iran rejects talks offer\n\nIran rejects talks offer\n\n${BODY}`, ['headline', 'headline-duplicate', 'body']],
    ['page title glued to the site name', `Daily WorldIran rejects talks offer\n\nIran rejects talks offer\n\n${BODY}`, ['site-header', 'headline', 'headline-duplicate', 'body']],
    ['page title with the site name after it', `Iran rejects talks offer - Daily World\n\nIran rejects talks offer\n\n${BODY}`, ['headline', 'site-header', 'headline-duplicate', 'body']],
    ['a deck is no copy', `Obama Poised to Back Plan to Curb Gun Violence\n\nThe President Will Meet Senators on Monday\n\n${BODY}`, ['headline', 'headline', 'body']],
  ])('a headline %s: the second copy is headline-duplicate', (_name, text, kinds) => {
    expect(seg(text).segments.map((s) => s.kind)).toEqual(kinds);
    expect(seg(text).headline?.text).toMatch(/^(?:Iran rejects talks offer|Obama Poised to Back Plan to Curb Gun Violence)$/);
  });

  it('body resumes after a headline list when prose follows', () => {
    const text = `${BODY} ${BODY}\n\nRelated\n\nIran and US hold talks\n\n${BODY} ${BODY}`;
    expect(seg(text).segments.map((s) => s.kind)).toEqual(['body', 'related-headlines', 'body']);
  });

  it('an inline related link is furniture for its own line only', () => {
    const text = `${BODY} ${BODY}\n\nRELATED: Iran and US hold talks in Geneva\n\nHe said more.\n\n${BODY}`;
    expect(seg(text).segments.map((s) => s.kind)).toEqual(['body', 'related-headlines', 'body']);
  });

  it('marks the first copy of a lead printed before and after the dateline', () => {
    const lead = 'The State Department sought Monday to play down plans for contact with Iran, saying it would focus';
    const text = `AFP: ${lead}\non Iraq. WASHINGTON, Nov 28 (AFP) – ${lead} on Iraq.\n\n${BODY}`;
    const s = seg(text);
    expect(s.segments.map((x) => x.kind)).toEqual(['wire-credit', 'lead-duplicate', 'dateline', 'body']);
    expect(s.wire).toBe('AFP');
    expect(s.dateline?.text).toBe('WASHINGTON, Nov 28 (AFP)');
  });

  it('does not take a mid-sentence capitalised word with a dash for a dateline', () => {
    const s = seg(`The deal - signed by NATO - holds. US - Iran talks resume. ${BODY}`);
    expect(s.dateline).toBeNull();
    expect(s.segments.map((x) => x.kind)).toEqual(['body']);
  });

  it.each<[string, string, string | undefined, string | null]>([
    ['title case with a final period', `Paris Attacks Highlight Threat Posed by Guns.\n\n${BODY}`, undefined, 'Paris Attacks Highlight Threat Posed by Guns.'],
    ['sentence case matching the title field', `AP: Trump chair routed money to lobbyists.\n\n${BODY}`, 'AP: Trump chair routed money to lobbyists', 'AP: Trump chair routed money to lobbyists.'],
    ['two sentences in title case', `Bernie Sanders Suffered A Big Blow. Here’s His Plan.\n\n${BODY}`, undefined, 'Bernie Sanders Suffered A Big Blow. Here’s His Plan.'],
    ['over two lines, spelled by the title field', `Jobs report gives Democrats a lift; \nSolid upturn could blunt claims.\n\n${BODY}`, 'Jobs report gives Democrats a lift; Solid upturn could blunt claims', 'Jobs report gives Democrats a lift; \nSolid upturn could blunt claims.'],
    ['below a timestamp', `June 16, 2014\nIran rejects talks offer\n\n${BODY}`, undefined, 'Iran rejects talks offer'],
    ['a byline is no headline', `By Jane Roe and John Doe\n\n${BODY}`, undefined, null],
    ['sentence case without a title field', `The minister said the talks would resume.\n\n${BODY}`, undefined, null],
  ])('headline: %s', (_name, text, title, headline) => {
    const s = segmentArticle({ id: 't', text, outlet: null, ...(title ? { title } : {}) });
    expect(s.headline?.text ?? null).toBe(headline);
    expect(s.wire).toBeNull();
  });

  it('a deck right after the headline is a headline too', () => {
    const text = `Obama Poised to Back Plan to Curb Gun Violence\n\nObama Willing to Use Executive Orders on Guns\n\nWASHINGTON — ${BODY}`;
    const s = seg(text);
    expect(s.segments.map((x) => x.kind)).toEqual(['headline', 'headline', 'dateline', 'body']);
    expect(s.headline?.text).toBe('Obama Poised to Back Plan to Curb Gun Violence');
  });

  it('a list heading at the top of a newsletter is its content, not furniture', () => {
    const text = `Morning Email: The Last Address\n\nTOP STORIES.\n\nTHE LAST ADDRESS “The president will frame the choice,” an aide said. [AP.]\n\n${BODY}`;
    expect(seg(text).segments.map((x) => x.kind)).toEqual(['headline', 'body']);
  });

  it.each(['EXCLUSIVE', 'BREAKING NEWS', 'UPDATE'])('%s – is a kicker, not a dateline', (kicker) => {
    expect(seg(`${kicker} – ${BODY}`).dateline).toBeNull();
  });

  it('does not take a long first paragraph for a headline', () => {
    expect(seg(`${BODY}\n\n${BODY}`).headline).toBeNull();
  });
});

describe('wire', () => {
  it.each([
    [`WASHINGTON, Nov 28 (AFP) – ${BODY}`, 'AFP'],
    [`LONDON (Reuters) - ${BODY}`, 'Reuters'],
    [`Washington (Reuters) - ${BODY}`, 'Reuters'],
    [`BEIRUT (AP) — ${BODY}`, 'AP'],
    [`AFP: ${BODY}`, 'AFP'],
    [`Xinhua: ${BODY}`, 'Xinhua'],
    [`(Reuters) — ${BODY}`, 'Reuters'],
    [`(Reuters) - ${BODY}`, 'Reuters'],
    [`Attorney general probes WeWork\n\n(AP) -- ${BODY}`, 'AP'],
    [`(FNA) - ${BODY}`, null],
    [`(Reuters) ${BODY}`, null],
    [`TEHRAN (IRNA) - ${BODY}`, 'IRNA'],
    [`TEHRAN (FNA)- ${BODY}`, null],
    [`TEHRAN - ${BODY}`, null],
    [`${BODY}\n\n(Reporting by Jane Roe; Editing by John Doe.)`, 'Reuters'],
    [`${BODY}\n\n(Reporting by Jane Roe)`, null],
  ])('%s', (text, wire) => {
    expect(seg(text).wire).toBe(wire);
  });
});

describe('wire named as the page’s author', () => {
  it.each<[string[], string | null]>([
    [['Reuters'], 'Reuters'],
    [['Associated Press'], 'AP'],
    [['Jane Roe', 'The Associated Press'], 'AP'],
    [['By AFP'], 'AFP'],
    [['Reuters Staff'], 'Reuters'],
    [['AP staff'], 'AP'],
    [['Staff'], null],
    [['Jane Roe'], null],
    [['Reuters Breakingviews columnist Jane Roe'], null],
    [[], null],
  ])('%j', (authors, wire) => {
    expect(segmentArticle({ id: 't', text: BODY, outlet: null, authors }).wire).toBe(wire);
  });
});

describe('detected outlet', () => {
  it.each([
    ['licence footer', `${BODY}\n All Content by Mehr News Agency is licensed under a Creative Commons Attribution 4.0 International License.`, 'Mehr News Agency'],
    ['generic licence footer', `${BODY}\nAll Content by Example Daily is licensed under a Creative Commons licence.`, 'Example Daily'],
    ['copyright line', `${BODY}\nCopyright © 2019 Example Daily. All rights reserved.`, 'Example Daily'],
    ['brand in headline list', `${BODY}\n\nMust read\n\nOvercrowding in prison\n\nIran Focus: Karaj, Iran, May 27 – Overcrowding in...`, 'Iran Focus'],
    ['asset path in a dump', `${BODY}\n\n[{"id":"1","pic":"/2014/06/07/alalam_635377687611180745_25f_4x3.jpg","title":"A"}]`, 'Al-Alam'],
    ['brand named in the story is a source, not the outlet', `Mehr News Agency reported that ${BODY}`, null],
  ])('%s', (_name, text, outlet) => {
    expect(seg(text).detectedOutlet).toBe(outlet);
  });
});

describe('segment invariants', () => {
  it.each([
    ['CRLF text', `Iran rejects talks offer\r\n\r\nTEHRAN - ${BODY}\r\n\r\n© 2020 Example Media\r\n`],
    ['soft-wrapped paragraph', `${BODY} It would focus\non Iraq.\n \n${BODY}`],
    ['empty-ish', '  \n\n '],
  ])('%s: sorted, disjoint, covering all non-space text', (_name, text) => {
    const s = seg(text);
    let at = 0;
    for (const g of s.segments) {
      expect(g.start).toBeGreaterThanOrEqual(at);
      expect(text.slice(at, g.start).trim()).toBe('');
      expect(g.end).toBeGreaterThan(g.start);
      at = g.end;
    }
    expect(text.slice(at).trim()).toBe('');
    for (const p of s.sentences) expect(text.slice(p.start, p.end)).toBe(p.text);
  });

  it('joins a hard-wrapped line to its paragraph and keeps sentences inside paragraphs', () => {
    const text = `He said it would focus\non Iraq. Then he left.\nA new paragraph. Two`;
    const s = seg(text);
    expect(s.paragraphs.map((p) => p.text)).toEqual(['He said it would focus\non Iraq. Then he left.', 'A new paragraph. Two']);
    expect(s.sentences.map((p) => p.text)).toEqual(['He said it would focus\non Iraq.', 'Then he left.', 'A new paragraph.', 'Two']);
  });
});
