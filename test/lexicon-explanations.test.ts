// An entry's explanation is about every term it lists: a term is never explained with words
// written for another kind of term in the same entry.
import { describe, expect, it } from 'vitest';
import { loadLexicons } from '../src/lexicon/load-lexicons.js';

const lex = loadLexicons();
const explanationOf = (term: string) => lex.loaded.find((e) => e.terms.includes(term))?.explanation ?? '';

describe('the explanation shown for a term', () => {
  it.each([
    ['extra-regional countries', /^Casts unnamed foreign states/],
    ['hostile powers', /^Casts unnamed foreign states/],
    ['us-backed', /^'-backed' labels/],
    ['foreign-funded', /^'-backed' labels/],
    // Were explained as another word of their entry ('Controversial' tells…, 'Draconian' and
    // 'heavy-handed' condemn…, 'Hawkish' sums up…, 'Mercenaries' says…, A 'ploy' or 'stunt'…).
    ['provocation', /^These words say that a policy, a remark or an act is disputed, or that it stirs others up/],
    ['crackdown', /^These words condemn a measure, or the way it is enforced, as excessive/],
    ['dovish', /^Hawk and dove sum up a politician as eager for confrontation or for compromise/],
    ['militiamen', /^These words say that fighters kill for money, or only serve whoever arms them/],
    ['scam', /^These words present a plan or a business as manipulative, insincere or a fraud/],
    ['evil empire', /^These phrases cast a state, its allies or its opponents as a moral enemy/],
    ['turmoil', /^These words frame a person, an institution or a situation as failing/],
    ['militant', /^Style guides offer these words for armed fighters instead of 'terrorist'/],
  ])('%s', (term, explanation) => {
    expect(explanationOf(term)).toMatch(explanation);
  });
});
