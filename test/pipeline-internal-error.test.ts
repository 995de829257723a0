// One article that throws inside a stage becomes a result with an `internal-error` diagnostic
// naming it, instead of ending the run.
import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../src/lexicon/load-lexicons.js';
import { analyzeArticle } from '../src/pipeline.js';
import type { LexiconSet } from '../src/types.js';

const lexicons = loadLexicons();
const article = { id: 'art-7', text: 'TEHRAN - “We will talk,” Ali Shamkhani said.', outlet: 'Daily', source: { path: 'in.jsonl', line: 7 } };

describe('analyzeArticle never throws', () => {
  it('a stage that throws gives an internal-error diagnostic with the id, and empty findings', () => {
    const broken = new Proxy(lexicons, {
      get(target, key) {
        if (key === 'attribution') throw new TypeError('boom');
        return Reflect.get(target, key);
      },
    }) as LexiconSet;
    const input = [{ severity: 'warning' as const, code: 'duplicate-id', message: 'x' }];
    const r = analyzeArticle(article, broken, input);
    expect(r).toMatchObject({ id: 'art-7', outlet: 'Daily', length: 0, quotes: [], mentions: [], framing: [] });
    expect(r.diagnostics.map((d) => d.code)).toEqual(['duplicate-id', 'internal-error']);
    expect(r.diagnostics[1]).toMatchObject({ severity: 'error', source: { path: 'in.jsonl', line: 7 } });
    expect(r.diagnostics[1]?.message).toMatch(/art-7.*TypeError: boom/);
  });

  it('the next article is analysed as usual', () => {
    const r = analyzeArticle(article, lexicons);
    expect(r.diagnostics).toEqual([]);
    expect(r.quotes.map((q) => [q.text, q.speaker?.name])).toEqual([['We will talk,', 'Ali Shamkhani']]);
  });
});
