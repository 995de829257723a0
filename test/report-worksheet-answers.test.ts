// Every statement in the worksheet's answer key is checked against the articles: each quoted
// passage is in an article's text, cut at a word boundary, and no claim of one story is made.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../src/lexicon/load-lexicons.js';
import { collectCorpus } from '../src/commands/collect.js';
import { reportFiles } from '../src/report/report-files.js';
import { blocksToHtmlBody, blocksToMarkdown, codeSpans, type Block } from '../src/report/blocks.js';
import { articleView, comparisonOf, emptyView, exampleQuote, mergeViewInto, type QuoteLedgerRow } from '../src/report/corpus-view.js';
import { analyzeArticle } from '../src/pipeline.js';
import { namingContrasts } from '../src/report/naming.js';
import { summaryItems } from '../src/report/summary.js';
import { HANDFUL, LISTED } from '../src/report/worksheet.js';
import { NO_SIDES } from '../src/report/corpus-view.js';
import { countedOutlet } from '../src/aggregate/index.js';

const lex = loadLexicons();
const { view, annotated } = await collectCorpus(['../shared/corpus/seeds'], lex, { quiet: true, keepTexts: true });
const worksheet = reportFiles(view, annotated, lex, { name: 'w', format: 'md', teach: true, footer: '', chartFiles: false }).main;
const key = worksheet.slice(worksheet.indexOf('## Answer key'));
// A quotation inside a quoted passage is in single marks (`“‘We will,’ he said.”`): any mark matches any.
const flat = (s: string) => s.replace(/\s+/g, ' ').replace(/[’'‘“”"]/g, "'");
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
      const words = flat(p.replace(/^…|…$/g, '')).trim();
      expect(texts.some((t) => t.includes(words)), words).toBe(true);
      if (p.startsWith('…')) expect(texts.some((t) => new RegExp(`[^\\p{L}]${words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u').test(t)), words).toBe(true);
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
    expect(worksheet).toMatch(/do not report\s+the\s+same\s+event:\s+they\s+were\s+published\s+12\s+years\s+apart/);
  });

  it('lists the names an outlet uses rather than claiming it uses only one', () => {
    expect(key).not.toMatch(/uses only its name/);
  });
});

describe('the example quote of an outlet', () => {
  const row = (kind: string, quote: string): QuoteLedgerRow => ({ article: 'a', outlet: 'X', speaker: 'S', actor: null, role: '', anonymous: false, side: 'unaffiliated', sideName: 'no known affiliation', verb: 'said', lemma: 'say', kind, quote });
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

const basilFile = '../shared/eval/framing/basil_articles.dev.jsonl';
const basil = await collectCorpus([basilFile], lex, { quiet: true, keepTexts: true });
const basilSheet = reportFiles(basil.view, basil.annotated, lex, { name: 'w', format: 'md', teach: true, footer: '', chartFiles: false }).main;
/** Each analysed article's text under the outlet its figures count under (wire copy apart). */
const counted = (list: { result: { outlet: string | null; wire: string | null }; text: string }[]) => list.map((a) => ({ outlet: countedOutlet(a.result.outlet ?? '', a.result.wire), text: a.text }));
// (The corpus keeps the first 100 articles' texts: BASIL's are read from its file, with the wire
// copy the analysis found.)
const basilWire = new Map(basil.view.wireArticles.map((a) => [a.id, a.wire]));
const basilArticles = readFileSync(basilFile, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string; outlet: string; text: string }).map((a) => ({ outlet: countedOutlet(a.outlet, basilWire.get(a.id)), text: a.text }));
const reEscape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('worksheet naming and unheard people', () => {
  it('asks about no actor that only one outlet names, nor a weak one (seeds, BASIL)', () => {
    // Seeds: Mehr and Al-Alam both give Shamkhani his office, in other words; an office tells a
    // class nothing of what the writer thinks (only Al-Alam's `hawkish` Lindsey Graham is loaded,
    // and only Al-Alam names him).
    expect(flat(worksheet)).toContain('No naming table to fill in: no two of the outlets describe a person or group in different loaded words (an office such as Sen. or GOP nominee does not count).');
    for (const sheet of [worksheet, basilSheet]) expect(sheet).not.toMatch(/\| (ISIL|Kurdish armed opposition groups|Safari Club International) \|/);
    // BASIL: each person asked about is named twice or more by two or more outlets, and one of
    // them labels the person with a loaded word (not only `Sen.` or `GOP nominee`).
    const c = comparisonOf(basil.view, lex);
    const asked = namingContrasts(c, 2);
    expect(asked.length).toBe(2);
    for (const id of asked) {
      const rows = c.rows.filter((r) => r.actor === id && r.mentions >= 2);
      expect(rows.length, id).toBeGreaterThanOrEqual(2);
      expect(rows.some((r) => r.labels.some((l) => l.loaded)), id).toBe(true);
      expect(basilSheet).toContain(`| ${rows[0].actorName} |`);
    }
  });

  it('gives as an outlet’s label of a person only words that outlet’s articles contain (BASIL)', () => {
    const rawKey = basilSheet.slice(basilSheet.indexOf('## Answer key')).replace(/\s+/g, ' ');
    let checked = 0;
    for (const o of basil.view.outlets) {
      const text = basilArticles.filter((a) => a.outlet === o).map((a) => flat(a.text)).join(' ');
      for (const m of rawKey.matchAll(new RegExp(`${reEscape(o)} calls [^“]+((?:“[^”]+”, )*“[^”]+”)`, 'g'))) {
        for (const label of m[1].matchAll(/“([^”]+)”/g)) {
          expect(text.includes(flat(label[1].replace(/…$/, ''))), `${o}: ${label[1]}`).toBe(true);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(5);
  });

  // Each person the key says an outlet mentions more than once without quoting: their surname is
  // in that outlet's articles (the other mentions may be pronouns), and no quote there is theirs.
  it.each([
    ['seeds', worksheet, view, counted(annotated)],
    ['BASIL', basilSheet, basil.view, basilArticles],
  ] as const)('answers who is mentioned but not quoted for every outlet (%s)', (_name, sheet, v, articles) => {
    const answer = flat(sheet.slice(sheet.indexOf('## Answer key')));
    for (const o of v.outlets) {
      const text = articles.filter((a) => a.outlet === o).map((a) => flat(a.text)).join(' ');
      const said = answer.match(new RegExp(`${reEscape(o)} quotes [^]*?\\. It (names (.+?) at least twice without quoting them directly|quotes directly every person it names at least twice)\\.`));
      expect(said, o).not.toBeNull();
      // (On a corpus the list ends `and N more`: the people it names are checked.)
      for (const person of said![2]?.replace(/ and \d+ more$/, '').split(', ') ?? []) {
        expect(text.split(flat(person.split(' ').at(-1)!)).length - 1, person).toBeGreaterThan(0);
        expect(v.ledger.some((r) => r.outlet === o && r.actor !== null && r.speaker.includes(person)), person).toBe(false);
      }
    }
  });

  it('opens every sentence of the verb answer with a capital (BASIL: no known affiliation)', () => {
    expect(flat(basilSheet)).toMatch(/Quotes by speakers of no known affiliation are introduced with/);
    expect(flat(basilSheet)).not.toMatch(/(^|[.] )no known affiliation:/m);
  });
});

describe('a worksheet on a corpus (BASIL dev, 180 articles) stays readable', () => {
  const basilKey = flat(basilSheet.slice(basilSheet.indexOf('## Answer key')));
  it('says at the top that it is meant for a handful of articles; the seeds worksheet does not', () => {
    const top = (sheet: string) => flat(sheet.slice(0, sheet.indexOf('## The articles')));
    expect(top(basilSheet)).toMatch(`meant for a handful of articles (up to ${HANDFUL})`);
    expect(top(basilSheet)).toContain('With 180 articles');
    expect(top(worksheet)).not.toMatch(/handful/);
  });

  // (The three outlets of 60 articles each; an outlet's one wire article lists fewer.)
  const large = basil.view.outlets.filter((o) => (basil.view.profile.outlets[o]?.articles ?? 0) >= 20);
  it('has three outlets of a corpus’s size', () => expect(large).toHaveLength(3));
  it.each(large)('lists %s’s most quoted speakers, people not quoted and anonymous sources, then counts the rest', (o) => {
    const speakers = basilKey.match(new RegExp(`${o} quotes (.+?) and (\\d+) more\\.`))!;
    expect(speakers[1].split(/\), /)).toHaveLength(LISTED);
    expect(speakers[1]).toMatch(/^Donald Trump \(United States\)/);
    const unheard = basilKey.match(new RegExp(`${o} quotes .+? It names (.+?) and (\\d+) more at least twice without quoting them directly\\.`))!;
    expect(unheard[1].split(', ')).toHaveLength(LISTED);
    const sources = basilKey.match(new RegExp(`${o} credits [^:]*? to (.+?) and (\\d+) more: `))!;
    expect(sources[1].split('; ')).toHaveLength(LISTED);
  });

  it('lists the verbs of the sides quoted most, at most eight verbs each', () => {
    const verbLists = [...basilKey.matchAll(/are introduced with (.+?) \(/g)].map((m) => m[1].replace(/ and \d+ more$/, '').split(', '));
    expect(verbLists.length).toBeLessThanOrEqual(LISTED);
    for (const verbs of verbLists) expect(verbs.length).toBeLessThanOrEqual(LISTED);
    expect(basilKey).toMatch(/Quotes from \d+ other sides are not listed here\./);
  });

  it('the whole answer key is a page or two, not tens of thousands of characters', () => {
    expect(basilKey.length).toBeLessThan(10_000);
  });
});

describe('the report summary on naming', () => {
  it('gives no naming example about an actor only one outlet labels (BASIL: Safari Club)', () => {
    const report = reportFiles(basil.view, basil.annotated, lex, { name: 'r', format: 'md', teach: false, footer: '', chartFiles: false }).main;
    const summary = report.slice(report.indexOf('## Summary'), report.indexOf('\n## ', report.indexOf('## Summary') + 5));
    expect(summary).not.toMatch(/Safari Club/);
    // The naming examples are the contrasts the worksheet also asks about, each outlet in turn.
    const c = comparisonOf(basil.view, lex);
    const contrasts = namingContrasts(c);
    expect(contrasts.length).toBeGreaterThan(0);
    for (const id of contrasts) expect(flat(summary)).toMatch(new RegExp(`(calls|mentions) ${c.rows.find((r) => r.actor === id)!.actorName}`));
    const seedsReport = reportFiles(view, annotated, lex, { name: 'r', format: 'md', teach: false, footer: '', chartFiles: false }).main;
    expect(flat(seedsReport)).toMatch(/No naming comparison to show: framelens looked for a person or group/);
    // said plainly, for a class of 15-year-olds (user test): no `qualifies`, `labelled`, `…`
    expect(flat(summary)).not.toMatch(/qualifies|labelled|…/);
  });
});

describe('a naming contrast', () => {
  // ISIL named by both outlets twice or more, labelled by one; Iraq by both, labelled by neither.
  const texts = [
    ['Outlet A', 'ISIL fighters took Mosul. Iraq asked for help. Meanwhile, the ISIL terrorists in Iraq declared Baghdad their objective.'],
    ['Outlet B', 'ISIL fighters took Mosul. Iraq asked for help. ISIL has declared Baghdad its objective, Iraq said.'],
  ];
  const small = emptyView();
  texts.forEach(([outlet, text], i) => mergeViewInto(small, articleView(analyzeArticle({ id: `n${i}`, text, outlet }, lex), text, lex)));
  const c = comparisonOf(small, lex);
  const sheet = reportFiles(small, [], lex, { name: 'w', format: 'md', teach: true, footer: '', chartFiles: false }).main;

  it('is an actor both outlets mention and label differently, not one neither labels', () => {
    expect(namingContrasts(c)).toEqual(['isil']);
    expect(sheet).toMatch(/\| ISIL \| +\| +\|\n/);
    expect(sheet).not.toMatch(/\| Iraq \|/);
    expect(summaryItems(small, c)).toContain('Outlet A calls ISIL “ISIL terrorists”; Outlet B mentions ISIL without a label.');
  });
});

describe('a worksheet on people the registry does not know (user test: protest sets)', () => {
  const sheetOf = (articles: { outlet: string; text: string }[], format: 'md' | 'teach' = 'teach') => {
    const v = articles.map((a, i) => articleView(analyzeArticle({ id: `p${i}`, text: a.text, outlet: a.outlet }, lex), a.text, lex)).reduce(mergeViewInto, emptyView());
    return flat(reportFiles(v, [], lex, { name: 'w', format: 'md', teach: format === 'teach', footer: '', chartFiles: format === 'md' }).main);
  };
  const quoting = { outlet: 'Daily', text: '“We will appeal the ruling,” Maria Lopez said. The mob fled. Lopez left.' };
  const quotingNobody = { outlet: 'Wire', text: 'Police arrested 31 people on Saturday. The crowd went home.' };
  const namingTwice = { outlet: 'Post', text: 'Maria Lopez led the march. Police said Lopez was arrested.' };
  it.each([
    { case: 'an outlet quoting nobody and naming nobody twice', articles: [quoting, quotingNobody], says: ['Wire quotes nobody directly and names no person twice or more.'], never: ['Wire quotes nobody directly. It quotes'] },
    { case: 'an outlet quoting nobody but naming a person twice', articles: [quoting, namingTwice], says: ['Post quotes nobody directly. It names Maria Lopez at least twice without quoting them directly.'], never: ['quotes every person'] },
    { case: 'the rule for mentioned but not quoted', articles: [quoting, namingTwice], says: ['mentioned but not quoted (named at least twice, never quoted directly)', '(Mentioned but not quoted: named at least twice, never quoted directly; a paraphrase does not count.)'], never: [] },
    { case: 'speakers of no known affiliation only', articles: [quoting, quotingNobody], says: [flat(NO_SIDES), 'Daily quotes Maria Lopez.', 'Quotes are introduced with'], never: ['Quotes by speakers of no known affiliation', 'Maria Lopez (no known affiliation)'] },
    { case: 'a pronoun framelens could not resolve is counted, not read out as a speaker', articles: [quoting, { outlet: 'Herald', text: 'The vote was close. “It is over,” they said.' }], says: ['Herald quotes one speaker framelens could not name (a pronoun it did not resolve).'], never: ['(unresolved)'] },
    { case: 'no loaded word inside a quote', articles: [quoting, quotingNobody], says: ['Find a loaded word that the outlet writes in its own voice. Who is responsible for it?', 'No loaded word from framelens' + "'" + 's lexicons was found inside a quote or a paraphrase in these articles.'], never: ['and one that appears only inside a quote'] },
  ])('$case', ({ articles, says, never }) => {
    const sheet = sheetOf(articles);
    for (const s of says) expect(sheet).toContain(s);
    for (const s of never) expect(sheet).not.toContain(s);
    expect(sheet.split(flat(NO_SIDES)).length - 1).toBeLessThanOrEqual(1);
  });

  it('the report’s voice-share chart says once why it cannot compare sides', () => {
    const report = sheetOf([quoting, quotingNobody], 'md');
    expect(report.split(flat(NO_SIDES)).length - 1).toBe(1);
  });
});

describe('the loaded-word examples of the answer key', () => {
  // Fox on Susan Rice (BASIL 2b9468af): the example was cut at `the already…`, before its word.
  const text =
    'National Security Adviser Susan Rice warned that Israeli Prime Minister Benjamin Netanyahu’s upcoming Capitol Hill address will be a “destructive” force in long-standing U.S.-Israel relations, adding more political acrimony to the already contentious visit. Rice spoke on Tuesday.';
  const fox = mergeViewInto(emptyView(), articleView(analyzeArticle({ id: 'fox', text, outlet: 'Fox News' }, lex), text, lex));
  const sheet = reportFiles(fox, [], lex, { name: 'w', format: 'md', teach: true, footer: '', chartFiles: false }).main;
  it.each([
    ['a long sentence (Fox)', sheet],
    ['the seeds', worksheet],
    ['BASIL dev', basilSheet],
  ])('each shows the word it illustrates: %s', (_name, s) => {
    const examples = [...s.slice(s.indexOf('## Answer key')).replace(/\s+/g, ' ').matchAll(/“([^“”]+)” \([^()]*\): “([^“”]+)”/g)];
    expect(examples.length).toBeGreaterThan(0);
    for (const [, term, passage] of examples) expect(passage.toLowerCase(), term).toContain(term.toLowerCase());
  });
  it('keeps the term of a long sentence, cut at word boundaries', () => {
    expect(sheet.replace(/\s+/g, ' ')).toMatch(/“contentious” \(Fox News, [^)]*\): “…Susan Rice warned .* the already contentious visit\.”/);
  });
});

describe('the verbs answer explains each loaded verb it lists, once (BASIL events, user test)', () => {
  const events = { bloomberg: '472158a1', emergency: '3ae35b16', immigration: '70c75d68', rice: '2b9468af' };
  const records = readFileSync(basilFile, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string; outlet: string; text: string; meta: { event_id: string } });
  const sheets = Object.entries(events).map(([name, ev]) => {
    const v = records.filter((r) => r.meta.event_id.startsWith(ev)).map((r) => articleView(analyzeArticle({ id: r.id, text: r.text, outlet: r.outlet }, lex), r.text, lex)).reduce(mergeViewInto, emptyView());
    const sheet = (format: 'md' | 'html') => reportFiles(v, [], lex, { name: 'w', format, teach: true, footer: '', chartFiles: false }).main;
    return { name, v, md: sheet('md'), html: sheet('html') };
  });
  const verbsAnswer = (md: string) => flat(md.slice(md.indexOf('## Answer key'))).match(/\d\. ((?:Framelens|Quotes)[^]*?are introduced with[^]*?)(?= \d\. |$)/)![1];

  it.each(sheets.map((s) => [s.name, s] as const))('%s', (_name, { v, md, html }) => {
    const lemmaOf = new Map(v.ledger.map((r) => [r.verb.toLowerCase(), r.lemma.toLowerCase()]));
    const explainedAll: string[] = [];
    for (const side of verbsAnswer(md).split(/(?=Quotes (?:from|by|with) )/).filter((p) => p.includes('are introduced with'))) {
      const list = side.slice(0, side.indexOf(' ('));
      const listed = [...list.matchAll(/'([^']+)'/g)].map((m) => m[1]);
      const explained = [...side.slice(side.indexOf(' (')).matchAll(/'([^']+)' is \w+: /g)].map((m) => m[1]);
      // one verb whatever its case or form: `Tells` and `told`, `According to` and `according to`
      expect(new Set(listed.map((f) => lemmaOf.get(f) ?? f)).size, list).toBe(listed.length);
      expect(listed.every((f) => f === f.toLowerCase()), list).toBe(true);
      for (const lemma of explained) expect(listed.map((f) => lemmaOf.get(f)), `${lemma} in ${list}`).toContain(lemma);
      explainedAll.push(...explained);
    }
    expect(new Set(explainedAll).size, explainedAll.join(', ')).toBe(explainedAll.length);
    // the lexicon's `code` markup: Markdown code in Markdown, <code> in HTML, never a literal backtick
    expect(md).not.toContain('\\`');
    expect(html).not.toContain('`');
  });

  // (The built-in explanations now quote plainly; a user's lexicon may still use backticks.)
  it('renders a lexicon explanation’s code markup as code', () => {
    const blocks: Block[] = [{ kind: 'p', text: codeSpans('usually `blamed … on` after the cause') }];
    expect(blocksToMarkdown(blocks)).toContain('usually `blamed … on` after the cause');
    const html = blocksToHtmlBody(blocks);
    expect(html).toContain('usually <code>blamed … on</code> after the cause');
    expect(html).not.toContain('`');
  });
});
