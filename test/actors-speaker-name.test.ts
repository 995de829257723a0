// Who is new to an article, read from a speaker's name: people and organisations, never
// descriptions or phrases that ran on past the name.
import { describe, expect, it } from 'vitest';
import { newSpeakerName } from '../src/actors/speaker-name.js';
import { loadLexicons } from '../src/lexicon/load-lexicons.js';

const { firstNames } = loadLexicons();

describe('new speakers', () => {
  it.each([
    { raw: 'Peter Lindqvist', want: { kind: 'person', name: 'Peter Lindqvist' } },
    { raw: 'Condoleezza Rice', want: { kind: 'person', name: 'Condoleezza Rice' } },
    { raw: 'C. Boyden Gray', want: { kind: 'person', name: 'C. Boyden Gray' } },
    { raw: 'Bill de Blasio', want: { kind: 'person', name: 'Bill de Blasio' } },
    { raw: 'Judge Andrew Napolitano', want: { kind: 'person', name: 'Andrew Napolitano' } },
    { raw: 'Adviser Susan Rice', want: { kind: 'person', name: 'Susan Rice' } },
    { raw: 'MSNBC’s Rachel Maddow', want: { kind: 'person', name: 'Rachel Maddow' } },
    { raw: 'Representative Louise M. Slaughter of New York', want: { kind: 'person', name: 'Louise M. Slaughter' } },
    { raw: 'Professor Alba', want: { kind: 'person', name: 'Professor Alba' } },
    { raw: 'The Tulsa Police Department', want: { kind: 'group', name: 'The Tulsa Police Department' } },
    { raw: 'Human Rights Watch', want: { kind: 'group', name: 'Human Rights Watch' } },
    { raw: 'Communications Workers of America', want: { kind: 'group', name: 'Communications Workers of America' } },
    { raw: 'Chuck Schumer of New York', want: { kind: 'person', name: 'Chuck Schumer' } },
    { raw: 'General Electric', want: { kind: 'group', name: 'General Electric' } },
    { raw: 'Harbour Bay Polls', want: { kind: 'group', name: 'Harbour Bay Polls' } },
    // a group's head word ends no person's name
    { raw: 'Senate Republicans', want: null },
    // descriptions, counts and run-on phrases are nobody new
    { raw: 'The Florida senator', want: null },
    { raw: 'The Islamic State', want: null },
    { raw: 'Nine in 10 Democratic registered voters', want: null },
    { raw: 'President Trump stood firm Friday', want: null },
    { raw: 'Flynn’s Life', want: null },
    { raw: 'John McCain’s', want: null },
    { raw: 'Cleveland’s Plain Dealer', want: null },
    { raw: 'Though Weiner', want: null },
    { raw: 'New York likewise', want: null },
    { raw: 'the Times', want: null },
    { raw: 'Asawitiri Media. Twitter', want: null },
    { raw: 'I', want: null },
    { raw: 'Department of Energy', want: { kind: 'group', name: 'Department of Energy' } },
    { raw: 'The Bank of England', want: { kind: 'group', name: 'The Bank of England' } },
    { raw: 'We', want: null },
  ])('$raw', ({ raw, want }) => {
    expect(newSpeakerName(raw, firstNames)).toEqual(want);
  });
});
