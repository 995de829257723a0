// The verbs columns: a cue verb in its base form, and a cue that is no verb in a named group.
import { describe, expect, it } from 'vitest';
import { profileArticle } from '../src/aggregate/index.js';
import { verbBase } from '../src/quotes/base-form.js';
import { analyzeArticle } from '../src/pipeline.js';
import { loadLexicons } from '../src/lexicon/load-lexicons.js';
import { articleView } from '../src/report/merge-views.js';
import { renderMarkdownReport } from '../src/report/markdown-report.js';
import { comparisonOf } from '../src/report/corpus-view.js';

const lex = loadLexicons();

describe('verbBase', () => {
  it.each([
    ['tweaked', 'tweak'], ['outlined', 'outline'], ['got', 'get'], ['invoked', 'invoke'], ['accepted', 'accept'],
    ['produced', 'produce'], ['decided', 'decide'], ['changed', 'change'], ['posited', 'posit'], ['signaled', 'signal'],
    ['delivered', 'deliver'], ['stopped', 'stop'], ['called', 'call'], ['denied', 'deny'], ['agreed', 'agree'],
    ['argued', 'argue'], ['judged', 'judge'], ['raised', 'raise'], ['quoted', 'quote'], ['lied', 'lie'],
    ['added', 'add'], ['banged', 'bang'], ['focused', 'focus'], ['saying', 'say'], ['lecturing', 'lecture'],
    ['getting', 'get'], ['mocks', 'mock'], ['pushes', 'push'], ['replies', 'reply'], ['address', 'address'],
    ['drew', 'draw'], ['made', 'make'], ['began', 'begin'], ['cited', 'cite'], ['say', 'say'],
    ['proceed', 'proceed'], ['need', 'need'], ['succeeded', 'succeed'], ['freed', 'free'],
  ])('%s → %s', (word, base) => {
    expect(verbBase(word)).toBe(base);
  });
});

const verbsOf = (text: string) => {
  const r = analyzeArticle({ id: 'x', text, outlet: 'D' }, lex);
  return Object.values(profileArticle(r, { text }).outlets.D.actors)[0]?.verbs;
};

describe('a quote’s verb as the views count it', () => {
  it.each([
    ['a verb the lexicon does not list', 'Senator Tom Brandt outlined, “The plan is dead and we know it.”', 'outline'],
    ['an irregular one', 'Mayor Ann Lee got started, “The city is ours and always will be.”', 'get'],
    ['a form the lexicon lists, by its lemma there (so its connotation is found)', 'Senator Tom Brandt accused, “The plan is dead and we know it.”', 'accuse'],
    ['a colon', 'Senator Tom Brandt: “We will never negotiate with them on this.”', 'no verb (colon)'],
    ['a dash signature', '“We will never negotiate with them on this,” – Senator Tom Brandt', 'no verb (dash)'],
  ])('%s', (_name, text, verb) => {
    expect(verbsOf(text)).toEqual({ [verb]: 1 });
  });

  it('the report’s ledger names a colon cue, not `:`', () => {
    const text = 'Senator Tom Brandt: “We will never negotiate with them on this.”';
    const view = articleView(analyzeArticle({ id: 'x', text, outlet: 'D' }, lex), text, lex);
    const md = renderMarkdownReport(view, comparisonOf(view, lex), lex, { title: 'T', footer: '' });
    expect(md).toContain('| D | Tom Brandt | Senator | no verb (colon) | direct |');
  });
});
