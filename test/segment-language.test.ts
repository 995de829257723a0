// framelens reads English: a page in another language gets a `not-english` warning.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../src/pipeline.js';
import { loadLexicons } from '../src/lexicon/load-lexicons.js';
import { languageDiagnostic } from '../src/segment/language.js';

const ENGLISH = 'The minister said on Sunday that the talks with the neighbouring states would resume next week, and that he was confident of an agreement before the end of the year. '.repeat(4);
const PORTUGUESE = 'A equipe do serviço registrou neste fim de semana um arrombamento em dois veículos estacionados na garagem do bairro, segundo a polícia local, que investiga o caso. '.repeat(4);

describe('languageDiagnostic', () => {
  it.each<[string, string | undefined, string, boolean]>([
    ['a page that declares English', 'en-US', PORTUGUESE, false],
    ['a page that declares German', 'de', ENGLISH, true],
    ['a page that declares Indonesian with a region', 'id-ID', ENGLISH, true],
    ['English text, no declared language', undefined, ENGLISH, false],
    ['Portuguese text, no declared language', undefined, PORTUGUESE, true],
    ['too short to tell', undefined, 'Calendário da Stock Car 2018: 10 de março, Interlagos.', false],
  ])('%s', (_name, language, text, warned) => {
    const d = languageDiagnostic({ id: 'x', text, outlet: null, ...(language ? { language } : {}) });
    expect(d === null ? null : [d.severity, d.code]).toEqual(warned ? ['warning', 'not-english'] : null);
  });

  it('reaches the article result, beside the findings', () => {
    const r = analyzeArticle({ id: 'pt', text: PORTUGUESE, outlet: null }, loadLexicons());
    expect(r.diagnostics.map((d) => d.code)).toEqual(['not-english']);
  });
});
