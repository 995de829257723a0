// The HTML report's anonymous sources: the same figures and sentences as the Markdown report's
// section, from the aggregate comparison.
import type { Comparison } from '../../aggregate/index.js';
import { outletFigures, type CorpusView } from '../corpus-view.js';
import { excerpt, inQuotes } from '../text.js';
import { escapeHtml } from './escape.js';

export function anonymousSourcesHtml(view: CorpusView, c: Comparison): string {
  const rows = view.outlets.flatMap((outlet) => {
    const f = outletFigures(c, outlet);
    if (!f || (!f.anonymousQuotes && !f.anonymousReported)) return [];
    const sources = f.anonymousSources.map((s) => s.source);
    const sentences = f.anonymousEvidence.map((e) => `<li>${escapeHtml(inQuotes(excerpt(e.text, sources, 300)))} <span class="meta">(${escapeHtml(e.article)})</span></li>`);
    const cells = [outlet, `${f.anonymousQuotes} quoted, ${f.anonymousReported} reported`, sources.join('; ')].map((t) => `<td>${escapeHtml(t)}</td>`);
    return [`<tr>${cells.join('')}<td><ul>${sentences.join('')}</ul></td></tr>`];
  });
  const body = rows.length
    ? `<p>Speech credited to sources the article does not name, quoted (direct or partial) or reported (the outlet’s paraphrase, such as “US officials say”), with the sentences.</p>
<div class="scroll"><table><thead><tr><th>Outlet</th><th>Anonymous speech</th><th>Sources as described</th><th>Sentences</th></tr></thead><tbody>${rows.join('\n')}</tbody></table></div>`
    : '<p>No outlet quotes or paraphrases an anonymous source.</p>';
  return `<section class="anonymous"><h2>Anonymous sources</h2>\n${body}</section>`;
}
