// What the analysis reads from any article before its stages: the segments, the outlet and the
// notes on its language. `analyze` (pipeline.ts) and `extract` both call it, so `extract` shows
// exactly what is analysed.
import type { Article, Diagnostic, Segmentation } from '../types.js';
import { segmentArticle } from '../segment/segment-article.js';
import { languageDiagnostic } from '../segment/language.js';

export interface ArticleReading {
  seg: Segmentation;
  /** The input's outlet, else the one the text names (a licence line, a wire credit). */
  outlet: string | null;
  diagnostics: Diagnostic[];
}

export function readArticle(article: Article): ArticleReading {
  const seg = segmentArticle(article);
  const language = languageDiagnostic(article);
  return { seg, outlet: article.outlet ?? seg.detectedOutlet, diagnostics: language ? [language] : [] };
}
