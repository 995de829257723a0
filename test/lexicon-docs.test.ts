// docs/lexicons.md is generated from the lexicons; it must match what renderLexiconDocs produces now.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lint } from 'markdownlint/sync';
import { loadLexicons } from '../src/lexicon/load-lexicons.js';
import { renderLexiconDocs } from '../src/lexicon/render-docs.js';
import type { LexiconSet } from '../src/types.js';

const docsPath = new URL('../docs/lexicons.md', import.meta.url);

describe('lexicon docs', () => {
  it('docs/lexicons.md is current (regenerate with `framelens lexicon docs > docs/lexicons.md`)', () => {
    expect(readFileSync(docsPath, 'utf8')).toBe(renderLexiconDocs(loadLexicons()));
  });

  it('is markdownlint-clean apart from line length', () => {
    const result = lint({ strings: { docs: renderLexiconDocs(loadLexicons()) }, config: { default: true, MD013: false } });
    expect(result.docs).toEqual([]);
  });

  it('renders an entry with its terms, certainty, alternatives, exceptions and sources, URLs in <>', () => {
    const lex: LexiconSet = {
      loaded: [
        {
          id: 'regime',
          terms: ['regime', 'regimes'],
          category: 'delegitimising-label',
          certainty: 'medium',
          alternatives: ['government'],
          exceptions: ['sanctions regime'],
          explanation: 'Suggests rule\n without legitimacy.',
          sources: ['Words to watch, https://en.wikipedia.org/wiki/Wikipedia:Manual_of_Style/Words_to_watch'],
          examples: { match: [], noMatch: [] },
          names: true,
          placeBefore: true,
          literalWith: ['zoo'],
          file: '/somewhere/lexicons/loaded-x.yml',
        },
      ],
      attribution: [
        { id: 'claim', lemma: 'claim', forms: ['claim', 'claimed'], connotation: 'doubting', explanation: 'Distances | the writer.', examples: { match: [], noMatch: [] }, file: 'a.yml' },
      ],
      hedges: [],
      actors: [],
      hash: '0',
      files: [],
    };
    const md = renderLexiconDocs(lex);
    for (const expected of [
      '| delegitimising-label | `loaded-x.yml` | 1 | 2 |',
      '#### regime\n\nSuggests rule without legitimacy.\n',
      '- **Terms:** `regime`, `regimes`',
      '- **Certainty:** medium',
      '- **Neutral alternatives:** government',
      '- **Not matched in:** `sanctions regime`',
      '- **Names its own phrase:** tied to the actor its noun phrase names',
      '- **A state right before it is a place:** `the Paris terror attacks`',
      '- **Literal in a sentence with:** `zoo`',
      '- Words to watch, <https://en.wikipedia.org/wiki/Wikipedia:Manual_of_Style/Words_to_watch>',
      '### doubting\n\n| Verb | Forms | Why |',
      '| claim | `claim`, `claimed` | Distances \\| the writer. |',
    ]) {
      expect(md).toContain(expected);
    }
    expect(md).not.toContain('Hedges');
  });
});
