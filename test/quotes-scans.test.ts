// The quote stage's char-code scans find exactly what the regexes they stand for match: the
// tokenizer (and the kinds and hashes it gives words), the word count, the blank-text checks, the
// pronoun regexes; and the surname search finds a surname only as a whole word, whatever other
// surnames it looks for.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isBlank, isBlankOrOpeners } from '../src/quotes/blank.js';
import { wordCount } from '../src/quotes/classify.js';
import { PRONOUN_RE } from '../src/quotes/gender.js';
import { narrationPronouns } from '../src/quotes/narration-pronouns.js';
import { CAP_RUN_RE, indexPeople, nextRunStart, splitAtSpaces, type Person } from '../src/quotes/people.js';
import { LETTER, UPPER } from '../src/letters.js';
import { indexMentions } from '../src/quotes/resolve-speaker.js';
import { tokenBounds, tokenize } from '../src/quotes/tokens.js';
import { wordHash } from '../src/word-runs.js';
import { isTitleCaseLine } from '../src/quotes/title-case-cues.js';
import { SINGLE_OPEN_RE } from '../src/quotes/marks.js';
import { adversarialText, anyText, RUNS } from './property-helpers.js';

/** The tokenizer's definition as regexes: spaces skipped (tab, LF, CR, space, and /\s/ above
 * ASCII), words with inner joiners, the marks '' and ``, any other character (a high surrogate
 * with the unit after it) on its own. */
function byRegex(text: string): [number, number, 'word' | 'punct'][] {
  const out: [number, number, 'word' | 'punct'][] = [];
  const word = /[\p{L}\p{N}]+(?:[’'\-.&][\p{L}\p{N}]+)*/uy;
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 13 || c === 9 || (c > 127 && /\s/.test(text[i]))) {
      i++;
      continue;
    }
    word.lastIndex = i;
    const w = word.exec(text);
    const len = w ? w[0].length : /^(?:''|``)/.test(text.slice(i, i + 2)) ? 2 : c >= 0xd800 && c <= 0xdbff ? 2 : 1;
    out.push([i, i + len, w ? 'word' : 'punct']);
    i += len;
  }
  return out;
}

const shown = (toks: { start: number; end: number; kind: string }[]) => toks.map((t) => [t.start, t.end, t.kind]);

describe('tokenize', () => {
  it('splits as the regex definition does', () => {
    const sample = "Iran’s U.S. al-Abadi said: ``no'' 3.5 — “ok”";
    expect(shown(tokenize(sample, 0, sample.length))).toEqual(byRegex(sample));
    expect(byRegex(sample).map(([s, e]) => sample.slice(s, e))).toEqual(["Iran’s", "U.S", ".", "al-Abadi", "said", ":", "``", "no", "''", "3.5", "—", "“", "ok", "”"]);
    fc.assert(fc.property(anyText, (text) => void expect(shown(tokenize(text, 0, text.length + 2))).toEqual(byRegex(text))), RUNS);
  });

  it('gives the tokens lying wholly inside a window, the same object for the same token', () => {
    fc.assert(
      fc.property(adversarialText, fc.nat(), fc.nat(), (text, a, b) => {
        const from = a % (text.length + 1), to = from + (b % (text.length + 1 - from));
        const all = tokenize(text, 0, text.length + 2);
        const inside = all.filter((t) => t.start >= from && t.end <= to);
        const window = tokenize(text, from, to);
        expect(window.length).toBe(inside.length);
        window.forEach((t, i) => expect(t).toBe(inside[i]));
        for (const t of window) expect([t.text, t.lower, t.upper]).toEqual([text.slice(t.start, t.end), text.slice(t.start, t.end).toLowerCase(), /^\p{Lu}/u.test(text.slice(t.start, t.end))]);
      }),
      RUNS,
    );
  });

  it('tells words of ASCII letters and digits from other words, and hashes their lower case', () => {
    const kinds = (text: string) => {
      const b = tokenBounds(text);
      return Array.from({ length: b.n }, (_, k) => [text.slice(b.starts[k], b.ends[k]), b.words[k], b.words[k] === 1 ? b.hashes[k] : null]);
    };
    expect(kinds('Said U.S. 3M été')).toEqual([['Said', 1, wordHash('said')], ['U.S', 2, null], ['.', 0, null], ['3M', 1, wordHash('3m')], ['été', 2, null]]);
    fc.assert(
      fc.property(anyText, (text) => {
        for (const [word, kind, hash] of kinds(text)) {
          if (kind !== 0) expect(kind).toBe(/^[A-Za-z0-9]+$/.test(word as string) ? 1 : 2);
          if (kind === 1) expect(hash).toBe(wordHash((word as string).toLowerCase()));
        }
      }),
      RUNS,
    );
  });
});

/** Words as the regexes count them: space-separated pieces holding a letter or digit. */
const wordsByRegex = (s: string, max: number) => Math.min(max + 1, (s.match(/\S+/g) ?? []).filter((w) => /[\p{L}\p{N}]/u.test(w)).length);

describe('wordCount', () => {
  it('counts the pieces with a letter or digit, up to max + 1', () => {
    expect(wordCount('“Four more years!” — he said 😀 𝐀 , ok', 100)).toBe(7); // 𝐀 is a letter, 😀 and the dash are not
    expect(wordCount('a b c d e f g', 3)).toBe(4);
    fc.assert(fc.property(anyText, fc.integer({ min: 0, max: 12 }), (t, max) => void expect(wordCount(t, max)).toBe(wordsByRegex(t, max))), RUNS);
  });
});

describe('isBlank, isBlankOrOpeners', () => {
  it('answer what the anchored regexes answer on the slice', () => {
    const piece = fc.constantFrom(' ', '\t', '\n', '\u00a0', '\u2028', '\uFEFF', '\u200b', '"', '“', '‘', "'", '”', 'a', '\uD800', '\v');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }).map((p) => p.join('')), fc.nat(), fc.nat(), (s, a, b) => {
        const from = a % (s.length + 1), to = b % (s.length + 2);
        const slice = s.slice(from, to);
        expect(isBlank(s, from, to)).toBe(/^\s*$/.test(slice));
        expect(isBlankOrOpeners(s, from, to)).toBe(/^[\s"“‘']*$/.test(slice));
      }),
      RUNS,
    );
  });
});

describe('indexMentions', () => {
  const piece = fc.constantFrom('Ali Shamkhani', 'Shamkhani', 'Shamkhanis', 'Jean-Luc Picard', 'Picard', 'Luc', 'Martin O’Malley', 'O’Malley', 'Malley', 'Haider al-Abadi', 'al-Abadi', 'Émile Zola', 'Zola', 'Zola2', 'said', 'the', '-', '’', ' ', ' ', '. ', '\n', '😀', '𝐀', '\uD800', 'x');
  const text = fc.array(piece, { maxLength: 40 }).map((ps) => ps.join(''));
  // People whose surnames the text never holds, placed after it: they change nothing but the
  // number of surnames looked for.
  const unused = (text: string): Person[] =>
    Array.from({ length: 70 }, (_, i) => ({ name: `Absent Qx${i}`, surname: `qx${i}`, start: text.length + 10 + 20 * i, end: text.length + 21 + 20 * i }));

  it('finds whole-word surnames, the same whether few or many surnames are looked for', () => {
    fc.assert(
      fc.property(text, (t) => {
        const people = indexPeople(t);
        const few = indexMentions(t, people);
        const many = indexMentions(t, [...people, ...unused(t)]).filter((m) => !m.person.name.startsWith('Absent '));
        expect(many).toEqual(few);
      }),
      RUNS,
    );
    const t = 'Ali Shamkhani spoke. Shamkhani said Shamkhanis, al-Shamkhani and Shamkhani-like are not him.';
    expect(indexMentions(t, indexPeople(t)).map((m) => [m.start, m.person.name])).toEqual([[0, 'Ali Shamkhani'], [21, 'Ali Shamkhani']]);
  });
});

describe('the capitalised-run regex', () => {
  const piece = fc.constantFrom('Ali', 'Shamkhani', 'al-Abadi', 'al-', 'bal-Abadi', 'Al', 'al', 'a', 'W.', 'U.S.', 'J.J.', 'J.', 'J', 'de', 'der', 'del', 'den', 'bin', 'of', 'the', 'theory', 'The', 'Émile', 'éAli', 'Ωmega', 'Жуков', '1Ali', '1Ali Lee', 'éAli Lee', 'bal-Abadi Lee', '_Ali', 'McCain', 'O’Malley', "O'", '-', 'x', ' ', ' ', '  ', '\u00a0', '.', ',', '\n', '𝐀', '\uD800');
  const text = fc.array(piece, { maxLength: 30 }).map((ps) => ps.join(''));
  it('finds what the look-behind-first definition finds, from any start', () => {
    const word = `(?:[${UPPER}](?:\\.[${UPPER}])+\\.|[${UPPER}][${LETTER}'’\\-]*\\.?|al-[${UPPER}][${LETTER}\\-]*)`;
    const lookBehindFirst = new RegExp(`(?<![${LETTER}0-9])(?<![${UPPER}]\\.)${word}(?:[ \\u00a0]+(?:${word}|(?:bin|ibn|de|la|del|van|von|der|den|da|di|of|the)(?![${LETTER}])))+`, 'g');
    const found = (re: RegExp, t: string, from: number) => {
      re.lastIndex = from;
      const out: [number, string][] = [];
      for (let m = re.exec(t); m; m = re.exec(t)) out.push([m.index, m[0]]);
      return out;
    };
    expect(found(CAP_RUN_RE, 'Then Ali al-Abadi met bal-Abadi Lee and W. Bush of the US', 0)).toEqual([[0, 'Then Ali al-Abadi'], [26, 'Abadi Lee'], [40, 'W. Bush of the US']]);
    expect(found(CAP_RUN_RE, '1Ali Lee, éAli Lee, _Ali Lee', 0)).toEqual([[21, 'Ali Lee']]);
    fc.assert(
      fc.property(fc.oneof(text, anyText), fc.nat(), (t, n) => {
        const from = n % (t.length + 1);
        expect(found(CAP_RUN_RE, t, from)).toEqual(found(lookBehindFirst, t, from));
      }),
      RUNS,
    );
  });
});

describe('nextRunStart', () => {
  // indexPeople reads the sentences of one long run from the run itself (a paragraph of title-case
  // lines was quadratic when each piece was searched for again to the end of the text): where the
  // next piece starts must be where the regex would have matched again.
  const piece = fc.constantFrom('Ali', 'Shamkhani', 'al-Abadi', 'W.', 'U.S.', 'de', 'of', 'the', 'Émile', 'McCain', 'O’Malley', 'Says', 'Never', 'Them.', 'Calif.', 'Capt.', 'Sen.', ' ', ' ', ' ', '. ', '-');
  const text = fc.array(piece, { maxLength: 30 }).map((ps) => ps.join(''));
  it('is where the capitalised-run regex matches next inside the run', () => {
    expect(nextRunStart('Trump Says Them. Ali Lee Met Him', 16)).toBe(17);
    expect(nextRunStart('Trump Says Them. of the Ali Lee', 16)).toBe(24);
    expect(nextRunStart('Trump Says Them. Ali', 16)).toBe(-1);
    fc.assert(
      fc.property(text, (t) => {
        CAP_RUN_RE.lastIndex = 0;
        const m = CAP_RUN_RE.exec(t);
        if (!m) return;
        const run = m[0];
        for (let stop = 1; stop < run.length; stop++) {
          CAP_RUN_RE.lastIndex = stop;
          const again = CAP_RUN_RE.exec(run);
          expect(nextRunStart(run, stop)).toBe(again ? again.index : -1);
        }
      }),
      RUNS,
    );
  });
});

describe('splitAtSpaces', () => {
  it('splits as /[ \\u00a0]+/ does', () => {
    const piece = fc.constantFrom(' ', '  ', '\u00a0', '\t', '\n', 'Ali', 'a', '.', '\u2009', '😀');
    expect(splitAtSpaces(' Ali \u00a0Lee  ')).toEqual(['', 'Ali', 'Lee', '']);
    fc.assert(fc.property(fc.oneof(fc.array(piece, { maxLength: 20 }).map((p) => p.join('')), anyText), (t) => void expect(splitAtSpaces(t)).toEqual(t.split(/[ \u00a0]+/))), RUNS);
  });
});

describe('the single opening mark regex', () => {
  const piece = fc.constantFrom('‘', "'", '`', '’', 'a', 'Ab', '1', '$', ' ', '\n', '(', '[', '\u2014', ':', '.', ',', '-', '😀', '\uD800', 'é', ' ‘a', '\u2014‘a', "(`a", "x'a");
  const text = fc.array(piece, { maxLength: 30 }).map((ps) => ps.join(''));
  it('finds the marks the look-behind-first definition finds, from the start and after any closing mark', () => {
    const definition = /(^|[\s(\[\u2014:])([‘'`])(?=[\p{L}\p{N}$])/gu;
    const first = (re: RegExp, t: string, from: number, at: (m: RegExpExecArray) => number) => {
      re.lastIndex = from;
      const m = re.exec(t);
      return m ? at(m) : -1;
    };
    fc.assert(
      fc.property(fc.oneof(text, anyText), (t) => {
        // Searches start at 0, after a closing ’ or ', or after a match (marks.ts resumes there).
        const starts = [0, ...[...t.matchAll(/['’‘`]/g)].map((m) => m.index + 1)];
        for (const from of starts) expect(first(SINGLE_OPEN_RE, t, from, (m) => m.index)).toBe(first(definition, t, from, (m) => m.index + m[1].length));
      }),
      RUNS,
    );
  });
});

describe('isTitleCaseLine', () => {
  const piece = fc.constantFrom('Trump Says', ' He Never', ' Émile Zola', 'Trump', 'Says', 'He', 'he', 'of', 'the', 'Of', 'É', 'Émile', 'Ωmega', 'ωmega', 'said', '’s', "'", '-', ' ', ' ', '  ', '\n', '\u00a0', '\u2003', '“', '.', ',', '1', '𝐀', '\uD800', 'x');
  const text = fc.array(piece, { maxLength: 30 }).map((ps) => ps.join(''));
  it('answers what the title-case regex answers on the slice, without it where too few capitals follow a space', () => {
    const line = /(?:\p{Lu}[\p{L}’'-]*\s+(?:(?:a|an|the|of|to|in|on|at|for|and|or|by|with)\s+)?){3}\p{Lu}/u;
    expect(isTitleCaseLine('“Trump Says He Never Pledged', 0, 28)).toBe(true);
    expect(isTitleCaseLine('Trump says he never pledged', 0, 27)).toBe(false);
    // Exactly three capitals after a space, one of them not ASCII.
    expect(isTitleCaseLine('Trump Says He Never', 0, 19)).toBe(true);
    expect(isTitleCaseLine('Ann Lee of Émile Zola', 0, 21)).toBe(true);
    fc.assert(
      fc.property(fc.oneof(text, anyText), fc.nat(), fc.nat(), (t, a, b) => {
        const from = a % (t.length + 1), to = from + (b % (t.length + 1 - from));
        expect(isTitleCaseLine(t, from, to)).toBe(line.test(t.slice(from, to)));
      }),
      RUNS,
    );
  });
});

describe('pronoun regexes', () => {
  const piece = fc.constantFrom('he', 'He', 'HE', 'she', 'She', 'ſhe', 'his', 'His', 'HER', 'Him', 'her', 'hers', 'Herself', 'himself', 'him', 'the', 'shed', 'h', 's', 'e', '’', "'", '-', '1', 'é', '𝐀', '\uD835', ' ', ' ', '.', 'x');
  const text = fc.array(piece, { maxLength: 30 }).map((ps) => ps.join(''));
  const found = (re: RegExp, t: string) => [...t.matchAll(re)].map((m) => [m.index, m[0]]);
  it('find what the look-behind-first regexes find (the narration pronouns among the matches)', () => {
    const pronoun = /(?<![\p{L}\p{N}])(?:he|she|his|her|hers|him|himself|herself)(?![\p{L}\p{N}])/giu;
    const subject = /(?<![\p{L}\p{N}’'])(?:he|she)(?![\p{L}\p{N}])/giu;
    expect(found(PRONOUN_RE, 'She said his, not hers; ſhe’s himself. the he’s')).toEqual(found(pronoun, 'She said his, not hers; ſhe’s himself. the he’s'));
    fc.assert(
      fc.property(fc.oneof(text, anyText), (t) => {
        expect(found(PRONOUN_RE, t)).toEqual(found(pronoun, t));
        expect(narrationPronouns(t, []).map((p) => [p.start, t.slice(p.start, p.start + (p.gender === 'male' ? 2 : 3))])).toEqual(found(subject, t));
      }),
      RUNS,
    );
  });
});
