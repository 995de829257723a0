// The one place that knows the stage order. Analysing an article is a pure function of
// (article, lexicons); corpus results are merged from these per-article results elsewhere.
import type { Article, ArticleResult, Diagnostic, LexiconSet } from './types.js';
import { readArticle } from './extract/article-reading.js';
import { findQuotes } from './quotes/find-quotes.js';
import { buildVoiceIndex } from './quotes/voice-index.js';
import { findActors } from './actors/find-actors.js';
import { linkSpeakers } from './actors/speaker-actors.js';
import { findFraming } from './framing/find-framing.js';
import { scoreSentiment } from './framing/sentiment.js';
import { indexWords } from './word-runs.js';

// What `framelens extract` prints, apart so that `extract` runs without loading the stages.
export { extractedArticle, type ExtractedArticle } from './extract/extracted-article.js';

/** One article's result. An article the stages fail on (a bug) becomes a result with an
 * `internal-error` diagnostic and empty findings, so one article never ends a corpus run. */
export function analyzeArticle(article: Article, lexicons: LexiconSet, inputDiagnostics: Diagnostic[] = [], time: StageTimer = untimed): ArticleResult {
  try {
    return runStages(article, lexicons, inputDiagnostics, time);
  } catch (err) {
    return failedResult(article, inputDiagnostics, err);
  }
}

function failedResult(article: Article, inputDiagnostics: Diagnostic[], err: unknown): ArticleResult {
  const why = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  const diagnostic: Diagnostic = {
    severity: 'error',
    code: 'internal-error',
    message: `internal error analysing article ${article.id} (${why}); it was skipped, the run went on; please report it with the article`,
    ...(article.source ? { source: article.source } : {}),
  };
  return emptyResult(article.id, article.outlet, article.wire ?? null, [...inputDiagnostics, diagnostic]);
}

/** A result with no findings, for an input that was not analysed: only its diagnostics. */
export function emptyResult(id: string, outlet: string | null, wire: string | null, diagnostics: Diagnostic[]): ArticleResult {
  return { id, outlet, wire, length: 0, segments: [], quotes: [], actors: [], mentions: [], descriptions: [], framing: [], sentiment: [], diagnostics };
}

/** The stages by name, for `npm run bench`'s per-stage times. */
export type StageName = 'segment' | 'quotes' | 'actors' | 'framing' | 'sentiment';
/** Runs one stage and returns its value; the bench passes one that also times it. */
export type StageTimer = <T>(stage: StageName, run: () => T) => T;
const untimed: StageTimer = (_stage, run) => run();

function runStages(article: Article, lexicons: LexiconSet, inputDiagnostics: Diagnostic[], time: StageTimer): ArticleResult {
  const { seg, outlet, diagnostics } = time('segment', () => readArticle(article));
  const { quoteStage, voices, words } = time('quotes', () => {
    // The article's words, indexed once for the quote and actor stages' whole-word lookups.
    const words = indexWords(article.text);
    const quoteStage = findQuotes(article.text, seg, lexicons, words);
    // The voice of any offset is a lookup in the quote stage's speech spans, for every later stage.
    return { quoteStage, voices: buildVoiceIndex(quoteStage.quotes), words };
  });
  const actorStage = time('actors', () => {
    const found = findActors(article.text, seg, quoteStage.quotes, lexicons, quoteStage.genders, words, voices);
    return { ...found, quotes: linkSpeakers(quoteStage.quotes, found.actors, found.mentions, article.text) };
  });
  // The same speech spans, with the speakers the actor stage named (`the group` → Secure America
  // Now), so a word's voice names its speaker as the quote ledger does.
  const namedVoices = actorStage.quotes.some((q, i) => q.speaker?.name !== quoteStage.quotes[i].speaker?.name) ? buildVoiceIndex(actorStage.quotes) : voices;
  const framing = time('framing', () => findFraming(article.text, seg, actorStage.quotes, namedVoices, actorStage.mentions, actorStage.actors, lexicons));
  const sentiment = time('sentiment', () => scoreSentiment(article.text, seg, actorStage.quotes, namedVoices, actorStage.mentions));
  return {
    id: article.id,
    outlet,
    ...(article.published ? { published: article.published } : {}),
    ...(article.title ? { title: article.title } : {}),
    ...(article.url ? { url: article.url } : {}),
    wire: article.wire ?? seg.wire,
    length: article.text.length,
    segments: seg.segments,
    quotes: actorStage.quotes,
    actors: actorStage.actors,
    mentions: actorStage.mentions,
    descriptions: actorStage.descriptions,
    framing,
    sentiment,
    diagnostics: [...inputDiagnostics, ...diagnostics, ...quoteStage.diagnostics],
  };
}
