// A capitalised lexicon word right after a first name is part of a person's name, not a loaded term;
// so is one inside a body's name.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/pipeline.js';
import { loadLexicons } from '../src/lexicon/load-lexicons.js';

const lex = loadLexicons();
const loaded = (text: string) => analyzeArticle({ id: 'x', text, outlet: null }, lex).framing.map((f) => f.text);

describe('loaded words inside names', () => {
  it.each<[string, string, string[]]>([
    ['a middle name', 'The director put Kathleen Hawk Sawyer in charge of the prisons.', []],
    ['the same word as a label', 'The Hawk senator was hawkish on trade.', ['Hawk', 'hawkish']],
    ['the last words of a person’s full name', 'The director put Kathleen Hawk Sawyer in charge. Later, the senator told Hawk Sawyer the bureau was short of staff.', []],
    ['a surname of a name found after a title (`Representative Louise M. Slaughter`)', 'The vote was close, said Representative Ann M. Slaughter of Ohio.', []],
    ['after a word that is no first name', 'The agency called the group Radical Voices.', ['Radical']],
    ['a word inside a body’s name', 'Andrew was the patron of the National Society for the Prevention of Cruelty to Children, the charity said.', []],
  ])('%s', (_name, text, want) => {
    expect(loaded(text)).toEqual(want);
  });
});

describe('a word the entry lists in `literalWith` makes a term in its sentence literal', () => {
  it.each<[string, string, string[]]>([
    ['real animals', 'We must protect these amazing animals from trophy hunters.', []],
    ['… only in their own sentence', 'Hunters shot elephants last year. The governor called the migrants animals.', ['animals']],
    ['people called animals', 'The governor called the migrants animals.', ['animals']],
  ])('%s', (_name, text, want) => {
    expect(loaded(text)).toEqual(want);
  });
});
