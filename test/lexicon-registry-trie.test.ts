// The actor registry is matched by a trie of its forms walked from each word start. It must find
// exactly what one regex alternative per form (longest first) found: checked on the seed corpus
// and on random text built from the registry's own forms, their case variants, white space,
// apostrophes and hyphens, and on a made-up registry whose forms open with marks and non-ASCII
// letters, or hold characters that fit several atoms (`ſ`, `σ`/`ς`, a literal `‐`).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caseFits, normForm, registryMatcher, surnamesOf, type RegistryForm, type RegistryMatch } from '../src/actors/registry-matcher.js';
import { loadLexicons } from '../src/lexicon/load-lexicons.js';
import type { ActorEntry } from '../src/types.js';
import { SEEDS, SEED_GOLD } from './cli-run.js';

const lex = loadLexicons();

/** The matcher as it was: every form its own alternative, longest first. */
function flatFind(actors: ActorEntry[]): (text: string) => RegistryMatch[] {
  const bySurface = new Map<string, RegistryForm[]>();
  const add = (form: string, actor: ActorEntry, resolvedBy: RegistryForm['resolvedBy']) => {
    const list = bySurface.get(normForm(form)) ?? [];
    if (!list.some((f) => f.actor === actor && f.form === form)) list.push({ form, actor, resolvedBy });
    bySurface.set(normForm(form), list);
  };
  for (const actor of actors) {
    add(actor.name, actor, 'name');
    for (const a of actor.aliases) add(a, actor, 'alias');
    for (const l of actor.labels) add(l, actor, 'label');
    if (actor.kind === 'person') for (const s of surnamesOf(actor.name)) add(s, actor, 'surname');
  }
  const escape = (s: string) =>
    s.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+').replace(/['’‘]/g, "['’‘]").replace(/-/g, '[-‐‑]');
  const surfaces = [...new Set([...bySurface.values()].flatMap((fs) => fs.map((f) => f.form)))].sort((a, b) => b.length - a.length);
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${surfaces.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  return (text) => {
    const out: RegistryMatch[] = [];
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const forms = (bySurface.get(normForm(m[0])) ?? []).filter((f) => caseFits(f.form, m![0]));
      if (forms.length) out.push({ start: m.index, end: m.index + m[0].length, text: m[0], forms });
      // Past the whole first character: inside an astral one, a `u` regex starts again at the
      // same place (the regex matcher looped there for ever on a form opening with one).
      else re.lastIndex = m.index + (m[0].codePointAt(0)! > 0xffff ? 2 : 1);
    }
    return out;
  };
}

const flat = flatFind(lex.actors);
const trie = registryMatcher(lex.actors);
const shape = (ms: RegistryMatch[]) => ms.map((m) => ({ ...m, forms: m.forms.map((f) => `${f.actor.id}/${f.resolvedBy}/${f.form}`) }));

const forms = lex.actors.flatMap((a) => [a.name, ...a.aliases, ...a.labels, ...surnamesOf(a.name)]);

describe('the registry trie', () => {
  const texts = [
    ...readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(SEEDS, f), 'utf8')),
    ...readFileSync(SEED_GOLD, 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { text: string }).text),
  ];

  it('finds what the flat regex found in the seed articles', () => {
    let n = 0;
    for (const text of texts) {
      const found = trie.find(text);
      n += found.length;
      expect(shape(found)).toEqual(shape(flat(text)));
    }
    expect(n).toBeGreaterThan(50);
  });

  it('finds what the flat regex found in random text made of registry forms', () => {
    const variant = fc.constantFrom(...forms).chain((f) =>
      fc.constantFrom(f, f.toLowerCase(), f.toUpperCase(), f.replace(/ /g, '  '), f.replace(/ /g, '\n'), f.replace(/-/g, '‐'), f.replace(/'/g, '’'), f.slice(0, Math.ceil(f.length / 2))),
    );
    const glue = fc.constantFrom(' ', ' ', '\u00a0', '\n\n', '-', '‐', "'", '’', "'s ", ', ', '.', 'x', 'ſ', 'İ', 'ı', 'K', 'ß', '1', '“', 'the ', 'us ', 'US ');
    const text = fc.array(fc.oneof(variant, glue, fc.string({ maxLength: 4 })), { maxLength: 40 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (t) => {
        expect(shape(trie.find(t))).toEqual(shape(flat(t)));
      }),
      { numRuns: 1500 },
    );
  });
});

describe('the registry trie on forms outside ASCII', () => {
  const actor = (id: string, name: string, aliases: string[], kind: ActorEntry['kind'] = 'group'): ActorEntry => ({ id, name, kind, aliases, labels: [], affiliation: null, file: 'test.yml' });
  const actors = [
    actor('a', 'Ševčenko Group', ['ŠG', 'Šev']),
    actor('b', 'Σωκράτης Σ', ['σος', 'Σας', 'ſam ſon']),
    actor('c', '‐Dash Corp', ['-Dash', '‐D‐x', "'Abd Ali"]),
    actor('d', '𝐀lpha Unit', ['Kelvin K', 'İstanbul Office']),
    actor('e', 'Sam Son', ['Sam', 'D-x'], 'person'),
  ];
  const flatOf = flatFind(actors);
  const trieOf = registryMatcher(actors);
  const forms2 = actors.flatMap((a) => [a.name, ...a.aliases]);
  it('finds what the flat regex found', () => {
    const variant = fc.constantFrom(...forms2).chain((f) => fc.constantFrom(f, f.toLowerCase(), f.toUpperCase(), f.replace(/ /g, '\u2003'), f.replace(/s/g, 'ſ'), f.replace(/σ/g, 'ς'), f.replace(/‐/g, '-'), f.replace(/-/g, '‑')));
    const glue = fc.constantFrom(' ', '\n', '-', '‐', "'", 'x', 'ſ', 'K', '𝐀', '\uD835', '1', 'ς', 'İ');
    const text = fc.array(fc.oneof(variant, glue, fc.string({ maxLength: 3 })), { maxLength: 30 }).map((parts) => parts.join(''));
    let n = 0;
    fc.assert(
      fc.property(text, (t) => {
        const found = trieOf.find(t);
        n += found.length;
        expect(shape(found)).toEqual(shape(flatOf(t)));
      }),
      { numRuns: 2000 },
    );
    expect(n).toBeGreaterThan(500);
  });
});

describe('normForm', () => {
  // As it was written before its ASCII fast path.
  const slow = (s: string) => s.toLowerCase().replace(/[’‘]/g, "'").replace(/[‐‑–]/g, '-').replace(/\s+/g, ' ').trim();
  it.each(['Ali Shamkhani', ' Ali  Shamkhani ', 'Ali\tShamkhani', 'al‑Abadi’s', 'US', '', ' ', 'Ali  ', 'O\u00a0Malley'])('%j as before', (s) => {
    expect(normForm(s)).toBe(slow(s));
  });
  it('matches the regex version on random text', () => {
    const unit = fc.constantFrom('A', 'b', ' ', '  ', '\t', '\n', '’', '‘', '‐', '‑', '–', '-', "'", '\u00a0', 'İ', 'Σ', '~', '\u007f');
    fc.assert(
      fc.property(fc.oneof(fc.array(unit, { maxLength: 12 }).map((u) => u.join('')), fc.string({ maxLength: 20 })), (s) => {
        expect(normForm(s)).toBe(slow(s));
      }),
      { numRuns: 3000 },
    );
  });
});
