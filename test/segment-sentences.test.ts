import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { segmentArticle } from '../src/segment/segment-article.js';
import { sentencesOf } from '../src/segment/sentences-of.js';
import { splitSentences } from '../src/segment/split-sentences.js';

const split = (text: string): string[] => splitSentences(text, 0, text.length).map((s) => s.text);

describe('splitSentences', () => {
  it.each([
    ['U.S. in the middle', 'Officials in the U.S. capital met. They left.', ['Officials in the U.S. capital met.', 'They left.']],
    ['an emoji opens a sentence', 'The plan was rampant. 😀 Later he said the talks failed.', ['The plan was rampant.', '😀 Later he said the talks failed.']],
    ['so does a symbol', 'Markets fell. ★ Oil rose. • Gold held.', ['Markets fell.', '★ Oil rose.', '• Gold held.']],
    ['a hashtag after a tweet', 'No good option there for America. #Election2016', ['No good option there for America.', '#Election2016']],
    ['a lower-case word does not', 'Talks in the U.S. and abroad went on.', ['Talks in the U.S. and abroad went on.']],
    ['U.S. followed by an opener', 'He flew to the U.S. The talks began.', ['He flew to the U.S.', 'The talks began.']],
    ['U.N. before a name', 'The U.N. Security Council voted.', ['The U.N. Security Council voted.']],
    ['month before a day', 'The referendum on Sept. 25 angered Baghdad. Then came war.', ['The referendum on Sept. 25 angered Baghdad.', 'Then came war.']],
    ['Jan. and Nov.', 'It began Jan. 3 and ended Nov. 28.', ['It began Jan. 3 and ended Nov. 28.']],
    ['titles before names', 'Sen. Graham met Rep. Smith and Gov. Brown. Dr. Lee and Mrs. Lee came.', ['Sen. Graham met Rep. Smith and Gov. Brown.', 'Dr. Lee and Mrs. Lee came.']],
    ['ranks', 'Lt. Col. John Doe said so. Gen. Smith agreed.', ['Lt. Col. John Doe said so.', 'Gen. Smith agreed.']],
    ['middle initial', 'President George W. Bush famously spoke. Others did not.', ['President George W. Bush famously spoke.', 'Others did not.']],
    ['No. 2', 'The No. 2 US diplomat will go. He said so.', ['The No. 2 US diplomat will go.', 'He said so.']],
    ['Jr. and St.', 'Martin Luther King Jr. spoke on St. Patrick Street.', ['Martin Luther King Jr. spoke on St. Patrick Street.']],
    ['decimal', 'Growth was 3.5 percent. Prices rose.', ['Growth was 3.5 percent.', 'Prices rose.']],
    ['curly closing quote', 'He called it an “axis of evil.” The label stuck.', ['He called it an “axis of evil.”', 'The label stuck.']],
    ['straight closing quote', 'She said "no." Then she left.', ['She said "no."', 'Then she left.']],
    ['two apostrophes as quote', "He said ''we will win.'' The crowd cheered.", ["He said ''we will win.''", 'The crowd cheered.']],
    ['comma inside quote: no split', '“We are ready,” he said. “Go.”', ['“We are ready,” he said.', '“Go.”']],
    ['question then attribution', '“Who is the loser?” he asked. Nobody knew.', ['“Who is the loser?” he asked.', 'Nobody knew.']],
    ['ellipsis inside a quote', '“We are not seeking this … I think we will talk,” he said.', ['“We are not seeking this … I think we will talk,” he said.']],
    ['three dots', 'to investigate the... More follows.', ['to investigate the... More follows.']],
    ['next sentence opens a quote', 'Barzani spoke. “Relations are good.”', ['Barzani spoke.', '“Relations are good.”']],
    ['lower case after period', 'It cost 5 p.m. prices and e.g. more.', ['It cost 5 p.m. prices and e.g. more.']],
    ['exclamation', 'Stop! Go now.', ['Stop!', 'Go now.']],
    ['state abbreviation in a dateline', 'LOUISVILLE, Ky. (AP) — The vote was close. It ended.', ['LOUISVILLE, Ky. (AP) — The vote was close.', 'It ended.']],
    ['state abbreviation ending a sentence', 'He lives in Tampa, Fla. He votes there.', ['He lives in Tampa, Fla.', 'He votes there.']],
    ['state abbreviation before a title', 'Republicans call for Ariz. Gov. Jan Brewer to veto it.', ['Republicans call for Ariz. Gov. Jan Brewer to veto it.']],
    ['dotted acronym before an adverb', 'It reached the U.S. Initially, nobody noticed.', ['It reached the U.S.', 'Initially, nobody noticed.']],
    ['no terminator', 'A headline without a period', ['A headline without a period']],
    ['capital outside ASCII opens a sentence', 'Il est parti. École fermée.', ['Il est parti.', 'École fermée.']],
    ['initial outside ASCII', 'Jean Ö. Zola wrote. He left.', ['Jean Ö. Zola wrote.', 'He left.']],
    ['guillemets', 'He spoke. «We will go.» Then quiet.', ['He spoke.', '«We will go.»', 'Then quiet.']],
    ['dash opens a sentence', 'It ended. — Then more.', ['It ended.', '— Then more.']],
    ['ellipsis character before a period', 'He trailed off…. Then left.', ['He trailed off…. Then left.']],
    ['title before a no-break space', 'Mr.\u00a0Smith came. He left.', ['Mr.\u00a0Smith came.', 'He left.']],
  ])('%s', (_name, text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  it('returns offsets into the original text, trimmed, within the range', () => {
    const text = 'xx  First one. Second one.  yy';
    const spans = splitSentences(text, 2, 28);
    expect(spans.map((s) => [s.start, s.end])).toEqual([
      [4, 14],
      [15, 26],
    ]);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('sentencesOf', () => {
  // Views rebuild an article's sentences from its text and result segments: they must be the
  // segment stage's own, on every article of two real corpora.
  const shared = (p: string): string => fileURLToPath(new URL(`../../shared/${p}`, import.meta.url));
  const basil = readFileSync(shared('eval/framing/basil_articles.dev.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { id: string; text: string });
  const seeds = readdirSync(shared('corpus/seeds'))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => ({ id: f, text: readFileSync(shared(`corpus/seeds/${f}`), 'utf8') }));

  it.each([
    ['BASIL dev', basil],
    ['seeds', seeds],
  ])('%s: the segment stage’s sentences', (_name, articles) => {
    for (const a of articles) {
      const seg = segmentArticle({ ...a, outlet: null });
      expect(sentencesOf(a.text, seg.segments), a.id).toEqual(seg.sentences);
    }
  });

  it('reads a paragraph of 300,000 sentences (too many to spread into one call)', () => {
    const text = 'He left. '.repeat(300_000);
    expect(sentencesOf(text, [{ kind: 'body', start: 0, end: text.length }]).length).toBe(300_000);
  });

  it('keeps an abbreviation inside its sentence', () => {
    const text = 'At one point, he said Ms. Pelosi had erred. A second official agreed.';
    expect(sentencesOf(text, [{ kind: 'body', start: 0, end: text.length }]).map((s) => s.text)).toEqual([
      'At one point, he said Ms. Pelosi had erred.',
      'A second official agreed.',
    ]);
  });
});
