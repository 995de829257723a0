#!/usr/bin/env node
// Sentiment towards a named person on NewsMTSC (a JSON Lines file of sentences with target spans
// labelled positive / neutral / negative): runs the built segment, quote, actor and sentiment
// stages with the target (and its coreferent spans) as the mention, and prints 3-class macro-F1
// against the always-neutral baseline.
// usage: npm run build && node scripts/eval-newsmtsc.mjs ../shared/eval/framing/newsmtsc.dev.jsonl [--threshold=N]
import { readFileSync } from 'node:fs';
import { segmentArticle } from '../dist/segment/segment-article.js';
import { findQuotes } from '../dist/quotes/find-quotes.js';
import { findActors } from '../dist/actors/find-actors.js';
import { scoreSentiment } from '../dist/framing/sentiment.js';
import { buildVoiceIndex } from '../dist/quotes/voice-index.js';
import { loadLexicons } from '../dist/lexicon/load-lexicons.js';

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--'));
const threshold = Number(args.find((a) => a.startsWith('--threshold='))?.split('=')[1] ?? 1);
if (!file) {
  console.error('usage: eval-newsmtsc.mjs NEWSMTSC.jsonl [--threshold=N]');
  process.exit(2);
}
const CLASSES = ['negative', 'neutral', 'positive'];
const lex = loadLexicons();

function predict(text, target) {
  const seg = segmentArticle({ id: 'x', text, outlet: null });
  const { quotes, genders } = findQuotes(text, seg, lex);
  const spans = [target, ...(target.coref ?? [])];
  const overlaps = (m) => spans.some((s) => m.start < s.end && s.start < m.end);
  const others = findActors(text, seg, quotes, lex, genders).mentions.filter((m) => !overlaps(m));
  const own = spans.map((s) => ({ start: s.start, end: s.end, text: s.text, actor: '@target', resolvedBy: 'name', isLabel: false, segment: 'body' }));
  const mentions = [...others, ...own].sort((a, b) => a.start - b.start);
  // One clause counts once even when several mentions of the target share it.
  const clauses = new Map();
  for (const s of scoreSentiment(text, seg, quotes, buildVoiceIndex(quotes), mentions)) if (s.actor === '@target') clauses.set(`${s.start}:${s.end}`, s.score);
  const score = [...clauses.values()].reduce((a, b) => a + b, 0);
  return score >= threshold ? 'positive' : score <= -threshold ? 'negative' : 'neutral';
}

function macroF1(pairs) {
  const f1s = CLASSES.map((c) => {
    const tp = pairs.filter(([g, p]) => g === c && p === c).length;
    const fp = pairs.filter(([g, p]) => g !== c && p === c).length;
    const fn = pairs.filter(([g, p]) => g === c && p !== c).length;
    const P = tp + fp ? tp / (tp + fp) : 0;
    const R = tp + fn ? tp / (tp + fn) : 0;
    return P + R ? (2 * P * R) / (P + R) : 0;
  });
  return f1s.reduce((a, b) => a + b, 0) / CLASSES.length;
}

const pairs = [];
for (const line of readFileSync(file, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const item = JSON.parse(line);
  for (const span of item.spans) pairs.push([span.label, predict(item.text, span)]);
}
const acc = pairs.filter(([g, p]) => g === p).length / pairs.length;
console.log(
  `newsmtsc targets=${pairs.length} threshold=${threshold} macroF1=${macroF1(pairs).toFixed(4)} accuracy=${acc.toFixed(4)} ` +
    `always-neutral macroF1=${macroF1(pairs.map(([g]) => [g, 'neutral'])).toFixed(4)}`,
);
