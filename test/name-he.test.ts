// The Chinese name He (`Liu He`, `He Jianxiong`) is told from the pronoun in both stages.
import { describe, expect, it } from 'vitest';
import { heIsName } from '../src/name-he.js';
import { analyzeArticle } from '../src/pipeline.js';
import { lexicons } from './quotes-helpers.js';

describe('heIsName', () => {
  it.each([
    ['Liu He said the talks went well.', 'Liu He', true],
    ['He Jianxiong, the former IMF director, said so.', 'He Jianxiong', true],
    ['He said the talks went well.', 'He said', false],
    ['Trump spoke. He Said It First was the title.', 'He Said', false],
    ['Why He Won', 'He Won', false],
    ['“Not now,” He added.', 'He added', false],
    ['Then he left.', 'he left', false],
    ['Hello there.', 'Hello', false],
    ['Media Tell You He ‘Won’ By Finishing Third', 'He ‘Won’', false],
    ['Mark Cuban Revealed Who He’d Pick', 'He’d', false],
    ['The 1 Thing He Thinks The GOP Will Do', 'He Thinks', false],
    ["Paul LePage Says He Won't Resign After All", 'He Won', false],
  ])('%s', (text, around, expected) => {
    const at = text.indexOf(around) + around.indexOf(/He/.test(around) ? 'He' : 'he');
    expect(heIsName(text, at)).toBe(expected);
  });
});

describe('a speaker named He', () => {
  const run = (text: string) => analyzeArticle({ id: 't', text, outlet: 'T' }, lexicons);
  it('`Liu He said` is Liu He, not the pronoun pointing at Trump', () => {
    const r = run('President Donald Trump met Liu He on Friday. “We made progress,” Liu He said after the meeting.');
    const [q] = r.quotes;
    expect(q.speaker?.name).toBe('Liu He');
    expect(q.speaker?.actor).toBe('liu-he');
    expect(r.mentions.filter((m) => m.actor === 'donald-trump').map((m) => m.text)).toEqual(['Donald Trump']);
  });
  it('`He Jianxiong, …, said` is no pronoun mention of the person named before', () => {
    const r = run('President Donald Trump said on Monday that China wanted a deal. “They want a deal,” Mr. Trump said.\n\nChinese officials want the tariffs rolled back. “What is the incentive?” He Jianxiong, the former executive director for China at the International Monetary Fund, said at an event in Washington.');
    const quote = r.quotes.find((q) => q.text.startsWith('What'));
    expect(quote?.speaker?.name).toBe('He Jianxiong');
    expect(quote?.speaker?.actor).toBe('he-jianxiong');
    expect(r.mentions.some((m) => m.resolvedBy === 'pronoun')).toBe(false);
  });
});
