// Pathological articles for `npm run bench`: inputs that once took minutes or crashed the run.
// Each generator returns the text of one article of at least `bytes` bytes of UTF-8; the
// benchmark times them at two sizes and checks that time grows linearly (not in a timed test).
import { readFileSync } from 'node:fs';

/** Repeats `unit(i)` until the text reaches `bytes` bytes of UTF-8. */
function repeatTo(bytes, unit, sep = '') {
  const parts = [];
  let n = 0;
  for (let i = 0; n < bytes; i++) {
    const u = unit(i) + sep;
    parts.push(u);
    n += Buffer.byteLength(u);
  }
  return parts.join('');
}

const NAMES = ['Ali Shamkhani', 'John Kerry', 'Hassan Rouhani', 'Federica Mogherini', 'Lindsey Graham'];
const surname = (i) => NAMES[i % NAMES.length].split(' ')[1];

export const PATHOLOGICAL = {
  /** Paragraphs of attributed quotes, cue after and before, with surnames and pronouns. */
  'said-quotes': (bytes) =>
    repeatTo(bytes, (i) => `“We will not accept item ${i},” ${NAMES[i % NAMES.length]} said. He added: “It is over.” ${surname(i + 1)} told reporters “no.”`, '\n\n'),
  /** One paragraph of nothing but short quotes (the stack overflow at 125,000 quotes). */
  'quote-paragraph': (bytes) => repeatTo(bytes, (i) => `“q${i}” `),
  /** One line of `said said said …`. */
  'said-said': (bytes) => repeatTo(bytes, () => 'said '),
  /** Quotes glued together without spaces, straight and curly, with apostrophes. */
  'quotes-without-spaces': (bytes) => repeatTo(bytes, (i) => (i % 2 ? `"a${i}"` : `“b'${i}’”‘c’`)),
  /** Chinese text with CJK and curly quotes and no spaces at all. */
  'cjk-quotes': (bytes) => repeatTo(bytes, (i) => `外交部发言人${i}说：“我们坚决反对。”他还表示「这是错误的」。`),
  /** One sentence of short quotes each followed by a cue, and nothing that ends it. */
  'quote-cue-sentence': (bytes) => repeatTo(bytes, (i) => `“q${i}” ${i % 3 ? 'said' : 'according to'} ${surname(i)}, `),
  /** Brackets and relative clauses never closed, before a quote. */
  'open-brackets': (bytes) => repeatTo(bytes, (i) => (i % 2 ? '( ' : ', which ')) + '“We will not,” he said.',
  /** One sentence without a comma: reported speech joined by `and said`, each with a loaded word
   * (every loaded word once searched the whole text for a comma). */
  'and-said-no-commas': (bytes) => repeatTo(bytes, (i) => `${surname(i)} said the plan was reckless and said `),
  /** Headline-like lines in title case, each naming someone new by a first name (each surname is looked up in the prose). */
  'title-case-names': (bytes) => repeatTo(bytes, (i) => `Roger Vance${i.toString(36).replace(/\d/g, (d) => 'abcdefghij'[d])} Says It Again`, '\n'),
  /** Sentences in title case in one paragraph: one run of capitalised words across every full
   * stop (each cut at its first full stop was once searched again to the end). */
  'title-case-sentences': (bytes) => repeatTo(bytes, (i) => `Trump Says Vance${i.toString(36).replace(/\d/g, (d) => 'abcdefghij'[d])} Never Pledged To Kill Them. `),
  /** One sentence with no comma, opening with a phrase, full of pronouns after a name: every
   * pronoun once looked for its phrase's comma to the end of the text. */
  'pronoun-sentence': (bytes) => `During his visit ${NAMES[0]} ` + repeatTo(bytes, () => 'said he saw his aides and told him ', ''),
  /** One line of a person's surname after other capitalised words (`Election Day` beside Kristen
   * Day): each such surname once looked for its line's ends across the whole text. */
  'surname-after-capital': (bytes) => 'Maria Vance spoke on Monday. ' + repeatTo(bytes, (i) => `Many went to the polls on Election Vance and Sam Vance voted ${i}, `),
  /** One sentence of a registry surname right after a namesake outside the registry, with no
   * pronoun after it: each surname once read for a pronoun to its sentence's end. */
  'namesake-surname': (bytes) => 'Hillary Clinton spoke on Monday. ' + repeatTo(bytes, (i) => `then Bill Clinton met Clinton aides ${i}, `),
  /** Words of one attributed sentence in random order (a fixed seed), with no pronoun anywhere:
   * each surname shared by two people once searched the rest of the text for a pronoun. */
  'word-salad': (bytes) => {
    const words = 'the minister said that "we will win" Bob Smith told reporters on Monday.'.split(' ');
    let seed = 1;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % words.length;
    return repeatTo(bytes, () => words[next()], ' ');
  },
  /** One sentence of one speaker's name said again and again (`Tom Kell said when …`): each
   * mention once read every occurrence of the name to see whether `the` came before it. */
  'one-name-said': (bytes) => 'Ann Lee said when ' + repeatTo(bytes, () => 'Tom Kell said when '),
  /** Descriptions of people again and again, each pointing back at many described before
   * (`the billionaire`): the earlier descriptions weighed per definite description are bounded. */
  'described-people': (bytes) => {
    const first = ['Tom', 'Ann', 'Maria', 'James', 'Linda', 'Paul', 'Grace'];
    const last = ['Kell', 'Lee', 'Marsh', 'Reyes', 'Brandt', 'Nolan', 'Price', 'Dunn', 'Hale', 'Ford', 'Stone'];
    const name = (i) => `${first[i % 7]} ${last[i % 11]}`;
    return repeatTo(bytes, (i) => `Billionaire ${name(i)} met the former mayor, ${name(i + 3)}, and the billionaire left. `);
  },
  /** Real news texts joined into one article. */
  'long-news': (bytes, corpusPath) => {
    const texts = readFileSync(corpusPath, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).text);
    return repeatTo(bytes, (i) => texts[i % texts.length], '\n\n');
  },
};
