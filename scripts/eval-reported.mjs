#!/usr/bin/env node
// Reported (indirect) speech against PolNeAR's attributions: framelens's own measure, since the
// official quote scorer counts direct and partial quotes only. Each piece of a reported span is
// scored on its own. Usage:
//   node scripts/eval-reported.mjs GOLD.jsonl PRED.jsonl [--misses=N]
// A predicted `reported` span is right when its span and an attribution's content overlap with
// Jaccard >= 0.5 (the quote scorer's rule); its speaker is right when its speaker mention overlaps
// that attribution's source. PolNeAR annotates every source–cue–content relation, beliefs and
// plans included (`are focused on …`), so recall is against all contents outside quotation
// marks and is a floor, not what a reader should expect.
import { readFileSync } from 'node:fs';

const [goldPath, predPath, ...flags] = process.argv.slice(2);
if (!goldPath || !predPath) {
  console.error('usage: node scripts/eval-reported.mjs GOLD.jsonl PRED.jsonl [--misses=N]');
  process.exit(2);
}
const showMisses = Number(flags.find((f) => f.startsWith('--misses='))?.slice(9) ?? 0);
const readJsonl = (p) => readFileSync(p, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const overlap = (a, b) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
const jaccard = (a, b) => overlap(a, b) / (Math.max(a.end, b.end) - Math.min(a.start, b.start));
const pred = new Map(readJsonl(predPath).map((r) => [String(r.id), r]));

let predicted = 0, right = 0, speakerRight = 0, contents = 0, recalled = 0;
const misses = [];
for (const g of readJsonl(goldPath)) {
  const r = pred.get(String(g.id));
  if (!r) continue;
  const ignored = (s) => (g.ignoreRegions ?? []).some((x) => overlap(x, s) > 0);
  const gold = g.attributions.flatMap((a) => a.content.map((c) => ({ start: c.start, end: c.end, source: a.source[0] ?? null })));
  // Each piece of a reported span on its own (`A, Rubio said, B` is two pieces), as the quote scorer does.
  const reported = r.quotes.filter((q) => q.kind === 'reported' && !ignored(q)).flatMap((q) => (q.contents ?? [q]).map((c) => ({ start: c.start, end: c.end, text: c.text ?? q.text, cue: q.cue, speaker: q.speaker })));
  const best = (span, among) => among.reduce((b, x) => (jaccard(x, span) > (b ? jaccard(b, span) : 0) ? x : b), null);
  for (const q of reported) {
    predicted++;
    const g1 = best(q, gold);
    if (g1 && jaccard(g1, q) >= 0.5) {
      right++;
      if (q.speaker && g1.source && overlap(q.speaker, g1.source) > 0) speakerRight++;
    } else if (misses.length < showMisses) misses.push(`${g.id} [${q.cue?.text ?? ''}] ${q.text.slice(0, 160)}`);
  }
  // Recall: contents the quote scorer does not already count (not inside quotation marks).
  const quoted = r.quotes.filter((q) => q.kind === 'direct' || q.kind === 'partial');
  for (const c of gold) {
    if (ignored(c) || quoted.some((q) => overlap(q, c) > (c.end - c.start) / 2)) continue;
    contents++;
    const p = best(c, reported);
    if (p && jaccard(p, c) >= 0.5) recalled++;
  }
}
const ratio = (a, b) => (a / (b || 1)).toFixed(4);
console.log(`reported predicted=${predicted} P=${ratio(right, predicted)} speakerAcc=${ratio(speakerRight, right)} (n=${right}) recall=${ratio(recalled, contents)} (of ${contents} attributions outside quotation marks)`);
for (const m of misses) console.log(`  ${m}`);
