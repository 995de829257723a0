// Who a pronoun is not: the people named after it in its own clause. `He called Cruz “anointed”`
// is not about Cruz, nor is `he said of Trump` or `he told Rubio` (a pronoun never refers to a
// name it commands). A pronoun opening a clause of its own (`Though she called it “outrageous,”
// Clinton …`, `In what he called a news conference, Trump …`) may be the name after it.
import { firstStartingAt, spanIndexAt } from '../spans.js';
import type { ArticleContext } from './resolve-speaker.js';

const SUBORDINATOR_BEFORE = /\b(?:though|although|when|whenever|as|if|after|before|while|because|since|once|until|unless|how|why|where|whether|what|which|whom)\s+$/i;
const CLAUSE_END = /[,;:(—–]/;

/** The full names of the people a pronoun at pos cannot refer to. */
export function notTheReferent(ctx: ArticleContext, pos: number): Set<string> {
  const out = new Set<string>();
  if (SUBORDINATOR_BEFORE.test(ctx.text.slice(Math.max(0, pos - 12), pos))) return out;
  const si = firstStartingAt(ctx.sentences, pos + 1) - 1;
  const end = clauseEnd(ctx, pos, si >= 0 ? ctx.sentences[si].end : pos);
  for (let k = firstStartingAt(ctx.mentions, pos); k < ctx.mentions.length && ctx.mentions[k].start < end; k++) {
    // A name in a quote inside the clause is the quote's (`He says it is “not Bernie Sanders”`).
    if (spanIndexAt(ctx.quoted, ctx.mentions[k].start) < 0) out.add(ctx.mentions[k].person.name);
  }
  return out;
}

/** A clause is read this far at most: a text with no punctuation stays linear. */
const LONGEST_CLAUSE = 300;

/** Where the pronoun's clause ends: the first comma, colon, dash or parenthesis outside quotes. */
function clauseEnd(ctx: ArticleContext, pos: number, sentenceEnd: number): number {
  const end = Math.min(sentenceEnd, pos + LONGEST_CLAUSE);
  for (let i = pos; i < end; i++) {
    if (!CLAUSE_END.test(ctx.text[i])) continue;
    const q = spanIndexAt(ctx.quoted, i);
    if (q < 0) return i;
    i = ctx.quoted[q].end;
  }
  return end;
}
