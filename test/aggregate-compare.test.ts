// The corpus model: associative merging in bounded memory, the outlet × actor comparison on the
// seeds, and weighted log-odds with an informative Dirichlet prior.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { accumulateProfile, compareOutlets, distinctiveWords, emptyProfile, EVIDENCE_CAP, mergeProfiles, profileArticle, termCounts } from '../src/aggregate/index.js';
import type { ComparisonRow, CorpusProfile, LoadedCount } from '../src/aggregate/index.js';
import { analyzeArticle } from '../src/pipeline.js';
import { loadLexicons } from '../src/lexicon/load-lexicons.js';
import { addTo, table } from '../src/aggregate/tally.js';
import { lowerFirst } from '../src/aggregate/sentence-case.js';
import { quoteRows } from '../src/report/article-views.js';

const shared = (p: string): string => fileURLToPath(new URL(`../../shared/${p}`, import.meta.url));
const lex = loadLexicons();
const manifest = JSON.parse(readFileSync(shared('corpus/seeds/manifest.json'), 'utf8')) as { file: string; outlet: string; wire: string | null }[];
const seedProfiles: CorpusProfile[] = manifest.map((m) => {
  const text = readFileSync(shared(`corpus/seeds/${m.file}`), 'utf8');
  return profileArticle(analyzeArticle({ id: m.file, text, outlet: m.outlet, wire: m.wire }, lex), { text });
});
const extra = (() => {
  const text = 'Tehran rejected the claims. “The Iranian regime is reckless,” Senator Tom Brandt said. Unnamed officials said talks would go on.';
  return profileArticle(analyzeArticle({ id: 'extra', text, outlet: 'Al-Alam' }, lex), { text });
})();

describe('mergeProfiles', () => {
  const [a, b, c] = seedProfiles;
  it('is associative', () => {
    expect(mergeProfiles(mergeProfiles(a, b), c)).toEqual(mergeProfiles(a, mergeProfiles(b, c)));
    expect(mergeProfiles(mergeProfiles(a, extra), b)).toEqual(mergeProfiles(a, mergeProfiles(extra, b)));
  });

  it('has the empty profile as identity and leaves its inputs alone', () => {
    const before = JSON.stringify(a);
    expect(mergeProfiles(emptyProfile(), a)).toEqual(a);
    expect(mergeProfiles(a, emptyProfile())).toEqual(a);
    mergeProfiles(a, a);
    expect(JSON.stringify(a)).toBe(before);
  });

  it('accumulating equals merging, and counts add', () => {
    const acc = seedProfiles.reduce((x, p) => accumulateProfile(x, p), emptyProfile());
    expect(acc).toEqual(seedProfiles.reduce(mergeProfiles));
    const twice = mergeProfiles(acc, acc);
    expect(twice.articles).toBe(2 * acc.articles);
    const mehr = (p: CorpusProfile) => p.outlets['Mehr News Agency'];
    expect(mehr(twice).actors.iran.mentions).toBe(2 * mehr(acc).actors.iran.mentions);
    expect(mehr(twice).words.referendum).toBe(2 * mehr(acc).words.referendum);
  });

  it('keeps evidence lists capped', () => {
    let p = emptyProfile();
    for (let i = 0; i < 4; i++) p = accumulateProfile(p, seedProfiles[2]);
    for (const o of Object.values(p.outlets)) for (const s of Object.values(o.actors)) for (const list of Object.values(s.evidence)) expect(list.length).toBeLessThanOrEqual(EVIDENCE_CAP);
  });
});

describe('one person under the names several outlets give them', () => {
  const profile = (id: string, outlet: string, text: string) => profileArticle(analyzeArticle({ id, text, outlet }, lex), { text });
  const withInitial = profile('nyt', 'Times', 'F.B.I. Director James B. Comey testified on Monday. Mr. Comey said little.');
  const without = profile('ap', 'Wire', 'FBI Director James Comey testified on Monday. Comey said little.');

  it('counts `James B. Comey` and `James Comey` as one actor, shown by the shorter name in either order', () => {
    for (const merged of [mergeProfiles(withInitial, without), mergeProfiles(without, withInitial)]) {
      expect(merged.actors['james-comey']?.name).toBe('James Comey');
      expect(merged.outlets.Times.actors['james-comey']?.names).toMatchObject({ 'James B. Comey': 1 });
      expect(merged.outlets.Wire.actors['james-comey']?.mentions).toBe(2);
    }
  });
});

describe('compareOutlets joins the ids one person outside the registry gets', () => {
  const profile = (id: string, outlet: string, text: string) => profileArticle(analyzeArticle({ id, text, outlet }, lex), { text });
  // [first article (outlet A), second article (outlet B), the ids left as rows; a name from the
  // first article is said to be one person with a name from the second, or not]
  const rows: [string, string, string[]][] = [
    ['Press secretary Sarah Huckabee Sanders spoke. Sanders said little.', 'Press secretary Sarah Sanders spoke. Sanders said little.', ['sarah-sanders']],
    ['Treasury Secretary Jack Lew spoke. Lew said little.', 'Treasury Secretary Jacob Lew spoke. Lew said little.', ['jack-lew']],
    ['Chief Justice John G. Roberts Jr. wrote the opinion.', 'Chief Justice John Roberts wrote the opinion.', ['john-roberts']],
    ['Vice President Mike Pence spoke. Pence said little.', 'Vice President Michael Richard Pence spoke. Pence said little.', ['michael-pence']],
    ['Spokesman Zack Barth said the group would sue.', 'Spokesman Zachary Barth said the group would sue.', ['zachary-barth']],
    // A surname alone joins the one person of that name: here the other outlet's.
    ['“No comment,” Gen. Petraeus said.', 'Gen. David H. Petraeus testified on Monday.', ['david-petraeus']],
    ['Rep. Debbie Wasserman Schultz spoke.', '“No,” Wasserman Schultz said.', ['deborah-wasserman-schultz']],
    // Two people: a son and his father (`Jr.` with no middle initial), two given names, a surname two people have.
    ['The Rev. Jesse Jackson spoke.', 'Rep. Jesse Jackson Jr. spoke.', ['jesse-jackson', 'jesse-jackson-jr']],
    ['Treasury Secretary Jack Lew spoke.', 'Treasury Secretary Tim Lew spoke.', ['jack-lew', 'timothy-lew']],
    ['Rep. Ann Kell and Rep. Tom Kell spoke.', 'Rep. Kell said no.', ['ann-kell', 'kell', 'thomas-kell']],
    ['Sen. Patrick Leahy spoke.', 'The writer Michael Patrick Leahy said no.', ['michael-patrick-leahy', 'patrick-leahy']],
  ];
  it.each(rows)('%s | %s', (a, b, ids) => {
    for (const merged of [mergeProfiles(profile('a', 'A', a), profile('b', 'B', b)), mergeProfiles(profile('b', 'B', b), profile('a', 'A', a))]) {
      const cmp = compareOutlets(merged, { nicknames: lex.nicknames, firstNames: lex.firstNames });
      const people = new Set(cmp.rows.filter((r) => r.kind === 'person').map((r) => r.actor));
      expect([...people].sort()).toEqual(ids);
    }
  });

  it('says which ids it counted under another, so a quote ledger kept by article ids adds up to its rows', () => {
    const a = profile('a', 'A', 'Treasury Secretary Jack Lew spoke. “We are fine,” Lew said.');
    const b = profile('b', 'A', 'Treasury Secretary Jacob Lew spoke. “We are fine,” Lew said. “Rates will rise,” Lew added.');
    const cmp = compareOutlets(mergeProfiles(a, b), { nicknames: lex.nicknames, firstNames: lex.firstNames });
    const outlet = cmp.outlets.find((o) => o.outlet === 'A')!;
    expect(outlet.joined).toEqual([{ id: 'jacob-lew', countedAs: 'jack-lew' }]);
    const countedAs = new Map(outlet.joined.map((j) => [j.id, j.countedAs]));
    const ledger = [a, b].flatMap((p) => Object.entries(p.outlets.A.speakers).flatMap(([id, s]) => Array<string>(s.quotes).fill(countedAs.get(id) ?? id)));
    expect(ledger.filter((id) => id === 'jack-lew')).toHaveLength(outlet.speakers.find((s) => s.actor === 'jack-lew')!.quotes);
  });
});

describe('labels are the outlet’s own words', () => {
  const text = 'The Islamic State claimed the attack. “We will destroy the terrorist group,” Tom Brandt said. Later the militant group denied it.';
  const p = profileArticle(analyzeArticle({ id: 'l', text, outlet: 'Wire' }, lex), { text });
  it('counts a label in narration, not one inside a quote (the speaker’s word)', () => {
    expect(Object.keys(p.outlets.Wire.actors.isil.labels)).toEqual(['the militant group']);
    expect(p.outlets.Wire.actors.isil.mentions).toBe(3);
  });
});

describe('a person’s descriptions are the outlet’s labels; those holding a loaded term characterise', () => {
  const text = 'Our reporter was there. The embattled Springfield mayor Lena Kellner spoke, and Senator Ann Rudd replied. “The corrupt senator Lena Kellner lied,” Rudd said.';
  const p = profileArticle(analyzeArticle({ id: 'd', text, outlet: 'Wire' }, lex), { text });
  const rows = compareOutlets(p).rows;
  const labels = (id: string) => rows.find((r) => r.actor === id)?.labels;
  it('a loaded word (`embattled`) makes the label characterise; an office alone (`Senator`) does not; a quote’s words are the speaker’s', () => {
    expect(labels('lena-kellner')).toEqual([{ text: 'embattled Springfield mayor', count: 1, loaded: true }]);
    expect(labels('ann-rudd')).toEqual([{ text: 'Senator', count: 1, loaded: false }]);
  });
  it('an office named bare is one way of naming, with or without its article', () => {
    const t = 'Our reporter was there. President Ann Rudd spoke. Later the president left, and critics said the president was tired. The president denied it.';
    const rows2 = compareOutlets(profileArticle(analyzeArticle({ id: 'n', text: t, outlet: 'Wire' }, lex), { text: t })).rows;
    expect(rows2.find((r) => r.actor === 'ann-rudd')?.names).toEqual([{ text: 'president', count: 3 }, { text: 'Ann Rudd', count: 1 }]);
  });
});

describe('termCounts: loaded terms as a view lists them', () => {
  const l = (text: string, voice: LoadedCount['voice'], speaker: string | null, count: number, entry = text): LoadedCount => ({ entry, category: 'evaluative', text, voice, speaker, count });
  const row = { loaded: [l('careless', 'quote', 'Ann Lee', 2), l('clearly', 'quote', 'Ann Lee', 2), l('careless', 'quote', 'Tom Brandt', 1), l('careless', 'narrator', null, 1), l('terrorist', 'narrator', null, 1, 'terror-a'), l('terrorist', 'narrator', null, 2, 'terror-b')] } as ComparisonRow;
  it('adds up the same words from two speakers when the view shows no speaker', () => {
    expect(termCounts(row, ['quote'], false).map((t) => [t.text, t.count])).toEqual([['careless', 3], ['clearly', 2]]);
  });
  it('keeps them apart when it does', () => {
    expect(termCounts(row, ['quote', 'reported'], true).map((t) => [t.text, t.speaker, t.count])).toEqual([['careless', 'Ann Lee', 2], ['clearly', 'Ann Lee', 2], ['careless', 'Tom Brandt', 1]]);
  });
  it('adds up the same words from two lexicon entries', () => {
    expect(termCounts(row, ['narrator'], false).map((t) => [t.text, t.count])).toEqual([['terrorist', 3], ['careless', 1]]);
  });
});

describe('compareOutlets on the seeds', () => {
  const cmp = compareOutlets(seedProfiles.reduce(mergeProfiles), { attribution: lex.attribution });
  const row = (outlet: string, actor: string) => cmp.rows.find((r) => r.outlet === outlet && r.actor === actor)!;

  it('lists the labels each outlet uses for an actor, verbatim', () => {
    expect(row('Al-Alam', 'isil').labels.map((l) => l.text)).toContain('Takfiri terrorists');
    expect(row('Mehr News Agency', 'kurdish-armed-opposition').labels.map((l) => l.text)).toContain('anti-revolutionary groups');
    // Iran Focus's `Iranian regime` is in the site's own headline lists: furniture, not the article.
    expect(row('Iran Focus (AFP copy)', 'iran').labels.some((l) => /regime/i.test(l.text))).toBe(false);
    expect(cmp.outlets.find((o) => o.outlet === 'Iran Focus (AFP copy)')!.furniture.some((t) => /regime/.test(t.text))).toBe(true);
  });

  it('gives loaded terms about an actor by voice', () => {
    const graham = row('Al-Alam', 'lindsey-graham');
    expect(graham.loaded.find((l) => l.entry === 'hawkish')?.voice).toBe('narrator');
    const opposition = row('Mehr News Agency', 'kurdish-armed-opposition');
    // `anti-revolutionary` is Mehr's wording in its paraphrase of Shamkhani; `brazenly` is his own.
    expect(opposition.loadedByVoice.reported).toBeGreaterThan(0);
    expect(opposition.loadedByVoice.quote).toBeGreaterThan(0);
  });

  it('counts quotes by an actor’s people with verbs and connotations', () => {
    const shamkhani = row('Mehr News Agency', 'ali-shamkhani');
    expect(shamkhani.quoted.verbs).toContainEqual({ lemma: 'assert', connotation: 'assertive', count: 1 });
    const iran = row('Mehr News Agency', 'iran');
    expect(iran.quoted.quotes).toBeGreaterThanOrEqual(shamkhani.quoted.quotes);
    expect(iran.quoted.share).toBeGreaterThan(0);
    expect(iran.quoted.share).toBeLessThanOrEqual(1);
  });

  it('gives sentiment as mean, spread and count; no mean or spread of no clause (null, not a neutral 0)', () => {
    for (const r of cmp.rows) {
      expect(r.sentiment.n).toBe(r.sentiment.byVoice.narrator.n + r.sentiment.byVoice.quote.n + r.sentiment.byVoice.reported.n);
      if (r.sentiment.n) expect(r.sentiment.std).toBeGreaterThanOrEqual(0);
      else expect(r.sentiment).toMatchObject({ mean: null, std: null });
    }
    expect(cmp.rows.some((r) => r.sentiment.n === 0)).toBe(true);
    expect(row('Iran Focus (AFP copy)', 'iran').sentiment.n).toBeGreaterThan(0);
  });

  it('evidence links back to an article and a sentence', () => {
    const e = row('Al-Alam', 'isil').evidence.labels[0];
    const text = readFileSync(shared(`corpus/seeds/${e.article}`), 'utf8');
    expect(text.slice(e.start, e.end).trim()).toBe(e.text);
    expect(e.text).toMatch(/Takfiri|ISIL/);
  });

  it('counts anonymous sources per outlet', () => {
    const withAnon = compareOutlets(mergeProfiles(seedProfiles[1], extra));
    const alAlam = withAnon.outlets.find((o) => o.outlet === 'Al-Alam')!;
    // `US officials say` and `Unnamed senior US officials … as saying` are reported speech;
    // the made-up article adds one more (`Unnamed officials said …`).
    expect(alAlam.anonymousReported).toBe(3);
    expect(alAlam.anonymousQuotes + alAlam.anonymousReported).toBe(alAlam.anonymousEvidence.length);
    expect(alAlam.anonymousSources.map((s) => s.source)).toContain('US officials');
  });

  it('counts an unnamed source’s passage that quotes its words once, as the quote', () => {
    const r = analyzeArticle({ id: 'p', outlet: 'Post', text: 'The report came out on Monday. A spokesperson for the governor said the plan was “dead on arrival” in the legislature.' }, loadLexicons());
    const post = compareOutlets(profileArticle(r)).outlets[0];
    expect([post.anonymousQuotes, post.anonymousReported, post.anonymousSources]).toEqual([1, 0, [{ source: 'A spokesperson for the governor', count: 1 }]]);
  });
});

describe('distinctive words (weighted log-odds, informative Dirichlet prior)', () => {
  const base = { the: 0, talks: 40, iran: 50, said: 0, government: 30 };
  const counts = {
    A: { ...base, zebra: 30 },
    B: { ...base },
    C: { ...base, talks: 45 },
  };
  const result = distinctiveWords(counts);
  const words = (o: string) => result.find((r) => r.outlet === o)!.words;

  it.each([
    { case: 'a word only one outlet uses gets a large positive z', outlet: 'A', word: 'zebra', min: 3 },
    { case: 'a word all use alike is not significant', outlet: 'B', word: 'iran', max: 1.96 },
    { case: 'a word used a little more is mildly distinctive', outlet: 'C', word: 'talks', max: 1.96 },
  ])('$case', ({ outlet, word, min, max }) => {
    const w = words(outlet).find((x) => x.word === word)!;
    expect(w).toBeDefined();
    if (min !== undefined) expect(w.z).toBeGreaterThan(min);
    if (max !== undefined) expect(Math.abs(w.z)).toBeLessThan(max);
  });

  it('ranks the distinctive word first', () => {
    expect(words('A')[0].word).toBe('zebra');
    expect(words('A')[0].otherCount).toBe(0);
  });

  it.each(['A', 'B', 'C'])('lists only words %s uses more than the others (z > 0)', (outlet) => {
    expect(words(outlet).length).toBeGreaterThan(0);
    for (const w of words(outlet)) expect(w.z, w.word).toBeGreaterThan(0);
  });

  it('needs two outlets', () => {
    expect(distinctiveWords({ A: { zebra: 3 } })).toEqual([{ outlet: 'A', words: [] }]);
  });
});

describe('a headline printed twice', () => {
  const text = 'US seeks help with Iraq terror threat\n\nUS seeks help with Iraq terror threat\n\nWASHINGTON - Officials met on Monday. The talks went on for hours.';
  const r = analyzeArticle({ id: 'twice', text, outlet: 'Al-Alam' }, lex);
  it('counts its words once: the second copy is read by no stage', () => {
    expect(r.segments.map((s) => s.kind)).toEqual(['headline', 'headline-duplicate', 'dateline', 'body']);
    expect(r.framing.map((h) => [h.text, h.start])).toEqual([['terror threat', text.indexOf('terror threat')]]);
    const profile = profileArticle(r, { text });
    const iraq = compareOutlets(profile).rows.find((row) => row.actorName === 'Iraq');
    expect(iraq?.mentions).toBe(1);
  });
});

describe('words that plain objects inherit', () => {
  it.each([
    ['a table', () => table<number>()],
    ['a plain object read back from JSON', () => JSON.parse('{}') as Record<string, number>],
  ])('addTo counts `constructor` and `toString` from 0 in %s', (_name, make) => {
    const t = make();
    addTo(t, 'constructor', 2);
    addTo(t, 'toString', 1);
    addTo(t, 'constructor', 1);
    expect({ ...t }).toEqual({ constructor: 3, toString: 1 });
  });

  it('a table keeps `__proto__` as a key', () => {
    const t = table<number>();
    addTo(t, '__proto__', 1);
    expect(Object.keys(t)).toEqual(['__proto__']);
    expect(t.__proto__).toBe(1);
  });

  it('`constructor` in an article is a word like any other, through profile, merge and log-odds', () => {
    const text = 'The constructor said the constructor of the bridge was late. The constructor apologised.';
    const a = profileArticle(analyzeArticle({ id: 'c1', text, outlet: 'X' }, lex), { text });
    const b = profileArticle(analyzeArticle({ id: 'c2', text: 'Roads and bridges were built late again.', outlet: 'Y' }, lex), { text: 'Roads and bridges were built late again.' });
    const merged = mergeProfiles(a, b);
    expect(merged.outlets.X.words.constructor).toBe(3);
    const x = distinctiveWords({ X: merged.outlets.X.words, Y: merged.outlets.Y.words }).find((o) => o.outlet === 'X')!;
    const word = x.words.find((w) => w.word === 'constructor');
    expect(word?.count).toBe(3);
    expect(Number.isFinite(word?.z)).toBe(true);
  });
});

describe('a description capitalised only because it opens a sentence', () => {
  it.each([
    ['Officials', 'officials'],
    ['Administration officials', 'administration officials'],
    ['“They” (unresolved)', '“they” (unresolved)'],
    ['The crowd', 'the crowd'],
    ['U.S. officials', 'U.S. officials'],
    ['CIA officials', 'CIA officials'],
    ['officials', 'officials'],
  ])('%s → %s', (name, lower) => expect(lowerFirst(name)).toBe(lower));

  it('is counted with the same words written lower case; a capital is kept where no lower case is written', () => {
    const text = 'Officials said the talks failed. Later, officials said they would resume. Pentagon officials said the base was safe. Aides said the plan was dead. “It is over,” the crowd chanted. “Go home,” The crowd chanted.';
    const one = profileArticle(analyzeArticle({ id: 'a', text, outlet: 'Daily A' }, lex), { text });
    const c = compareOutlets(one);
    const daily = c.outlets.find((o) => o.outlet === 'Daily A')!;
    expect(daily.anonymousSources).toEqual(expect.arrayContaining([{ source: 'officials', count: 2 }, { source: 'Pentagon officials', count: 1 }, { source: 'Aides', count: 1 }]));
    expect(daily.anonymousSources.map((s) => s.source)).not.toContain('Officials');
    expect(daily.speakers.filter((s) => /crowd/i.test(s.speaker))).toEqual([expect.objectContaining({ speaker: 'the crowd', quotes: 2 })]);
  });
});

describe('names written with other white space', () => {
  it('give mentions whose text is the span, counted as one name', () => {
    const text = 'The House voted on Tuesday. Speaker Newt\u00a0Gingrich said the bill would pass. Newt Gingrich later left.';
    const r = analyzeArticle({ id: 'n', text, outlet: 'Daily A' }, lex);
    for (const m of r.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(r.mentions.filter((m) => m.actor === 'newt-gingrich').map((m) => m.text)).toEqual(['Newt\u00a0Gingrich', 'Newt Gingrich']);
    const row = compareOutlets(profileArticle(r, { text })).rows.find((x) => x.actor === 'newt-gingrich')!;
    expect(row.names).toEqual([{ text: 'Newt Gingrich', count: 2 }]);
  });
});

describe('one description, quoted both as an unnamed source and as someone the article names', () => {
  it('is two speaker rows, each on its own side, so the sides count every unnamed source', () => {
    const text = 'A spokesperson for Acme says the company "cares deeply" about users.\n\n"We follow the law," the spokesperson said.\n\nA Zenith spokesperson said that the company only obeys orders.\n\n"We comply with orders for specific accounts," the spokesperson said.';
    const one = profileArticle(analyzeArticle({ id: 'a', text, outlet: 'Daily A' }, lex), { text });
    const daily = compareOutlets(one).outlets.find((o) => o.outlet === 'Daily A')!;
    const anonymousSide = daily.sides.find((s) => s.side === 'anonymous')?.count ?? 0;
    expect(daily.anonymousQuotes).toBeGreaterThan(0);
    expect(anonymousSide).toBe(daily.anonymousQuotes);
    expect(daily.speakers.reduce((n, s) => n + s.quotes, 0)).toBe(daily.quotes);
  });
});

describe('wire copy counts apart from the outlet’s own articles', () => {
  const own = 'Lena Kellner spoke on Monday. The radical plan failed, the paper wrote.';
  const wire = 'SPRINGFIELD (AP) — Ann Rudd said, “We will not give up on this plan at all.”';
  const a = analyzeArticle({ id: 'own', text: own, outlet: 'Daily' }, lex);
  const b = analyzeArticle({ id: 'wire', text: wire, outlet: 'Daily' }, lex);

  it('under the outlet and the agency, in the aggregate and in the quote rows', () => {
    expect(b.wire).toBe('AP');
    const cmp = compareOutlets(mergeProfiles(profileArticle(a, { text: own }), profileArticle(b, { text: wire })));
    expect(cmp.outlets.map((o) => [o.outlet, o.articles, o.quotes])).toEqual([
      ['Daily', 1, 0],
      ['Daily (AP copy)', 1, 1],
    ]);
    expect(quoteRows(b).map((r) => r.outlet)).toEqual(['Daily (AP copy)']);
    expect(b.outlet).toBe('Daily');
  });
});
