// Every statement in the worksheet's answer key is checked against the articles: each quoted
// passage is in an article's text, cut at a word boundary, and no claim of one story is made.
import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../src/lexicon/load-lexicons.js';
import { collectCorpus } from '../src/commands/collect.js';
import { reportFiles } from '../src/report/report-files.js';
import { exampleQuote, type QuoteLedgerRow } from '../src/report/corpus-view.js';

const lex = loadLexicons();
const { view, annotated } = await collectCorpus(['../shared/corpus/seeds'], lex, { quiet: true, keepTexts: true });
const worksheet = reportFiles(view, annotated, lex, { name: 'w', format: 'md', teach: true, footer: '', chartFiles: false }).main;
const key = worksheet.slice(worksheet.indexOf('## Answer key'));
const flat = (s: string) => s.replace(/\s+/g, ' ').replace(/[’']/g, "'");
const texts = annotated.map((a) => flat(a.text));
const answers = key.split('\n').filter((l) => /^\d+\. /.test(l));
const quotedIn = (line: string) => [...line.matchAll(/“([^“”]+)”/g)].map((m) => m[1]);

describe('worksheet answer key', () => {
  it('has an answer per question, anonymous sourcing among them', () => {
    expect(answers.length).toBeGreaterThanOrEqual(5);
    expect(key).toMatch(/US officials/);
  });

  it.each(answers.map((a, i) => [i + 1, a]))('answer %i quotes only words the articles contain', (_n, line) => {
    const passages = quotedIn(String(line));
    for (const p of passages) {
      const words = flat(p.replace(/…$/, '')).trim();
      expect(texts.some((t) => t.includes(words)), words).toBe(true);
      // cut at a word boundary: the word before the ellipsis is whole in the text
      if (p.endsWith('…')) expect(texts.some((t) => new RegExp(`${words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[^\\p{L}]`, 'u').test(t)), words).toBe(true);
    }
  });

  it('never opens a quotation twice', () => {
    expect(worksheet).not.toMatch(/““|””/);
  });

  it('names each article by outlet, date and headline, not a hash id', () => {
    for (const a of view.articles) expect(worksheet).not.toContain(`| ${a.id} |`);
    expect(worksheet).toMatch(/Mehr News Agency \| .*Shamkhani/);
    expect(worksheet).toMatch(/Al-Alam \| US seeks Iran’s help/);
  });

  it('does not claim the articles report the same story (2005, 2014, 2018)', () => {
    expect(worksheet).not.toMatch(/report the same story|report on the same actors/);
    expect(worksheet).toMatch(/do not report the same\s+event: they were published 12 years apart/);
  });

  it('lists the names an outlet uses rather than claiming it uses only one', () => {
    expect(key).not.toMatch(/uses only its name/);
  });
});

describe('the example quote of an outlet', () => {
  const row = (kind: string, quote: string): QuoteLedgerRow => ({ article: 'a', outlet: 'X', speaker: 'S', actor: null, role: '', anonymous: false, side: 'S', verb: 'said', lemma: 'say', kind, quote });
  const word = row('partial', 'tolerate');
  const whole = row('direct', 'We will not tolerate attacks on our citizens,');
  const short = row('direct', 'No comment.');
  const later = row('direct', 'The talks will go on for as long as they take.');
  it.each<[string, QuoteLedgerRow[], QuoteLedgerRow]>([
    ['the first whole utterance over an earlier single word', [word, whole], whole],
    ['the first whole utterance, not a later one', [whole, later], whole],
    ['the first quote when none is whole', [word, short], word],
    ['a short direct quote is not whole', [short, word, later], later],
  ])('%s', (_name, rows, want) => {
    expect(rows.reduce<QuoteLedgerRow | undefined>((had, r) => exampleQuote(had, r), undefined)).toBe(want);
  });

  it('the seed worksheet shows each outlet a whole sentence of speech', () => {
    for (const o of view.outlets) expect(view.exampleQuote.get(o)?.kind, o).toBe('direct');
  });
});
