// Renders the lexicons as a Markdown reference (docs/lexicons.md): loaded terms per file and category,
// attribution verbs by connotation, hedges and intensifiers. Output is markdownlint-clean: headings go
// down one level at a time, lists and headings have blank lines around them, URLs are in <>.
import { basename } from 'node:path';
import type { AttributionVerb, Connotation, HedgeEntry, LexiconSet, LoadedTermEntry } from '../types.js';

const CONNOTATIONS: Connotation[] = ['neutral', 'reporting', 'assertive', 'conceding', 'doubting', 'denying', 'emotive'];

/** Wraps bare URLs in <> (markdownlint MD034) and keeps the text on one line. */
function inline(s: string): string {
  return s.replace(/\s+/g, ' ').trim().replace(/(?<!<)(https?:\/\/[^\s<>]+[^\s<>.,;:)])/g, '<$1>');
}

function cell(s: string): string {
  return inline(s).replace(/\|/g, '\\|');
}

function code(terms: string[]): string {
  return terms.map((t) => `\`${t}\``).join(', ');
}

function groupBy<T>(items: T[], key: (t: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) map.set(key(item), [...(map.get(key(item)) ?? []), item]);
  return map;
}

function loadedEntry(e: LoadedTermEntry): string[] {
  const items = [
    `- **Terms:** ${code(e.terms)}`,
    `- **Certainty:** ${e.certainty}`,
    ...(e.alternatives.length ? [`- **Neutral alternatives:** ${e.alternatives.map(inline).join('; ')}`] : []),
    ...(e.exceptions.length ? [`- **Not matched in:** ${code(e.exceptions)}`] : []),
    ...(e.names === true ? ['- **Names its own phrase:** tied to the actor its noun phrase names, not to the clause’s subject'] : []),
    ...(e.literalWith.length ? [`- **Literal in a sentence with:** ${code(e.literalWith)}`] : []),
    ...(e.placeBefore ? ['- **A state right before it is a place:** `the Paris terror attacks`, `Iraqi insurgents` are about no actor, not France or Iraq'] : []),
    ...(Array.isArray(e.names) ? [`- **Names its own phrase:** ${code(e.names)} (not the entry’s other terms): tied to the actor its noun phrase names, not to the clause’s subject`] : []),
  ];
  const sources = e.sources.length ? ['**Sources:**', '', ...e.sources.map((s) => `- ${inline(s)}`), ''] : [];
  return [`#### ${e.id}`, '', inline(e.explanation), '', ...items, '', ...sources];
}

function loadedSection(entries: LoadedTermEntry[]): string[] {
  const out = ['## Loaded terms', ''];
  out.push(
    'Matched case-insensitively on whole words (a hyphenated word is one word); an occurrence inside one of',
    "an entry's exception phrases is skipped. Certainty says how sure we are that the loaded sense is meant.",
    '',
    '| Category | File | Entries | Terms |',
    '| --- | --- | --- | --- |',
  );
  // File names without folders, so the page does not depend on where it was generated.
  const byFileCategory = groupBy(entries, (e) => `${basename(e.file)}\u0000${e.category}`);
  for (const [key, list] of byFileCategory) {
    const [file, category] = key.split('\u0000');
    out.push(`| ${category} | \`${file}\` | ${list.length} | ${list.reduce((n, e) => n + e.terms.length, 0)} |`);
  }
  out.push('');
  for (const [key, list] of byFileCategory) {
    const [file, category] = key.split('\u0000');
    out.push(`### ${category}`, '', `From \`${file}\`: ${list.length} entries.`, '');
    for (const e of list) out.push(...loadedEntry(e));
  }
  return out;
}

function attributionSection(verbs: AttributionVerb[]): string[] {
  if (!verbs.length) return [];
  const out = ['## Attribution verbs', '', 'Verbs that introduce reported words, grouped by the connotation they lend them.', ''];
  const byConnotation = groupBy(verbs, (v) => v.connotation);
  for (const connotation of CONNOTATIONS) {
    const list = byConnotation.get(connotation);
    if (!list) continue;
    out.push(`### ${connotation}`, '', '| Verb | Forms | Why |', '| --- | --- | --- |');
    for (const v of list) out.push(`| ${cell(v.lemma)} | ${code(v.forms)} | ${cell(v.explanation)} |`);
    out.push('');
  }
  return out;
}

function hedgeSection(hedges: HedgeEntry[]): string[] {
  if (!hedges.length) return [];
  const out = ['## Hedges and intensifiers', ''];
  for (const [kind, title] of [['hedge', 'Hedges'], ['intensifier', 'Intensifiers']] as const) {
    const list = hedges.filter((h) => h.kind === kind);
    if (!list.length) continue;
    out.push(`### ${title}`, '', '| Entry | Terms | Why |', '| --- | --- | --- |');
    for (const h of list) out.push(`| ${h.id} | ${code(h.terms)} | ${cell(h.explanation)} |`);
    out.push('');
  }
  return out;
}

export function renderLexiconDocs(lex: LexiconSet): string {
  const lines = [
    '# Lexicons',
    '',
    'Generated from `lexicons/*.yml` by `framelens lexicon docs`; edit the YAML files, not this page.',
    `${lex.loaded.length} loaded-term entries, ${lex.attribution.length} attribution verbs, ${lex.hedges.length} hedge and intensifier entries.`,
    '',
    ...loadedSection(lex.loaded),
    ...attributionSection(lex.attribution),
    ...hedgeSection(lex.hedges),
  ];
  while (lines[lines.length - 1] === '') lines.pop();
  return lines.join('\n') + '\n';
}
