// The actor registry's names, aliases, labels and people's surnames, matched as whole words by a
// trie of their atoms built once per lexicon set (registry-trie.ts). Capitalised words of a
// registry form must be capitalised in the text and all-capital abbreviations must match exactly,
// so `US` never matches the pronoun `us`.
import type { ActorEntry, MentionResolution } from '../types.js';
import { indexWords, type WordIndex } from '../word-runs.js';
import { APOSTROPHE, HYPHEN, RegistryTrie, SPACE } from './registry-trie.js';
import { generationWord } from '../generations.js';

export interface RegistryForm {
  form: string;
  actor: ActorEntry;
  resolvedBy: Extract<MentionResolution, 'name' | 'alias' | 'label' | 'surname'>;
}

export interface RegistryMatch {
  start: number;
  end: number;
  text: string;
  /** Every registry form with this surface (one surface can be an alias and a surname). */
  forms: RegistryForm[];
}

export interface RegistryMatcher {
  /** `words` is the text's word index, when the caller has it already. */
  find(text: string, words?: WordIndex): RegistryMatch[];
  byId: Map<string, ActorEntry>;
  /** Normalised full name → actor. */
  byName: Map<string, ActorEntry>;
  /** Normalised surname → the registry people who have it. */
  surnameOwners: Map<string, ActorEntry[]>;
}


export function normForm(s: string): string {
  return plainForm(s) ? s.toLowerCase() : s.toLowerCase().replace(/[’‘]/g, "'").replace(/[‐‑–]/g, '-').replace(/\s+/g, ' ').trim();
}

/** True when normForm has only the lower-casing to do: ASCII with single spaces between words and
 *  none at either end (nearly every name). */
function plainForm(s: string): boolean {
  const n = s.length;
  if (n === 0) return true;
  if (s.charCodeAt(0) === 32 || s.charCodeAt(n - 1) === 32) return false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c > 126 || (c < 32) || (c === 32 && s.charCodeAt(i + 1) === 32)) return false;
  }
  return true;
}

/** A form as atoms: white space runs, apostrophes and `-` as their classes; other characters in
 *  lower case (matched case-insensitively), so `Al-Qaeda` and `al-Qaeda` share a trie path. */
function formAtoms(s: string): number[] {
  const atoms: number[] = [];
  for (const token of s.trim().match(/\s+|[^\s]/gu) ?? []) {
    if (/^\s/.test(token)) atoms.push(SPACE);
    else if (/['’‘]/.test(token)) atoms.push(APOSTROPHE);
    else if (token === '-') atoms.push(HYPHEN);
    else {
      const lower = token.toLowerCase();
      atoms.push((lower.length === token.length ? lower : token).codePointAt(0)!);
    }
  }
  return atoms;
}

/** Registry forms that fit a matched text, memoised: the same few surfaces recur in every article. */
const MEMO_LIMIT = 10_000;

/** Surnames a person can be called by once named in full: `al-Abadi` and `Abadi` for Haider al-Abadi. */
export function surnamesOf(name: string): string[] {
  const tokens = name.trim().split(/\s+/);
  // A generational suffix is not a surname: `Roger J. Stone Jr.` is `Stone`.
  if (tokens.length > 2 && generationWord(tokens[tokens.length - 1]) !== null) tokens.pop();
  if (tokens.length < 2) return [];
  const last = tokens[tokens.length - 1];
  // `Tamim bin Hamad Al Thani` is `Al Thani` too: the family name with its article.
  // So is a double surname after two given names: `Andrés Manuel López Obrador` is `López Obrador`.
  const double = (tokens.length > 2 && /^(?:Al|El)$/.test(tokens[tokens.length - 2])) || (tokens.length === 4 && tokens.every((t) => /^\p{Lu}\p{Ll}/u.test(t)));
  const out = double ? [`${tokens[tokens.length - 2]} ${last}`, last] : [last];
  const bare = /^(?:al|el|bin|ibn)-(.+)$/i.exec(last);
  if (bare) out.push(bare[1]);
  return out.filter((s) => s.length >= 3 && /^\p{Lu}/u.test(s.replace(/^(?:al|el)-/i, 'X')));
}

/** True when the text's capitalisation is compatible with the registry form's. */
export function caseFits(form: string, found: string): boolean {
  const fw = form.trim().split(/\s+/);
  const tw = found.trim().split(/\s+/);
  if (fw.length !== tw.length) return false;
  for (let i = 0; i < fw.length; i++) {
    const f = fw[i];
    const t = tw[i];
    const letters = f.replace(/[^\p{L}]/gu, '');
    if (letters.length >= 2 && letters === letters.toUpperCase()) {
      if (normForm(f) !== normForm(t) || t.replace(/[^\p{L}]/gu, '') !== letters) return false;
    } else if (/^\p{Lu}/u.test(f) && !/^\p{Lu}/u.test(t)) return false;
  }
  return true;
}

const cache = new WeakMap<ActorEntry[], RegistryMatcher>();

export function registryMatcher(actors: ActorEntry[]): RegistryMatcher {
  const cached = cache.get(actors);
  if (cached) return cached;
  const bySurface = new Map<string, RegistryForm[]>();
  const add = (form: string, actor: ActorEntry, resolvedBy: RegistryForm['resolvedBy']) => {
    const key = normForm(form);
    const list = bySurface.get(key) ?? [];
    if (!list.some((f) => f.actor === actor && f.form === form)) list.push({ form, actor, resolvedBy });
    bySurface.set(key, list);
  };
  const byId = new Map<string, ActorEntry>();
  const byName = new Map<string, ActorEntry>();
  const surnameOwners = new Map<string, ActorEntry[]>();
  for (const actor of actors) {
    byId.set(actor.id, actor);
    if (!byName.has(normForm(actor.name))) byName.set(normForm(actor.name), actor);
    if (actor.kind === 'person') for (const s of surnamesOf(actor.name)) surnameOwners.set(normForm(s), [...(surnameOwners.get(normForm(s)) ?? []), actor]);
    add(actor.name, actor, 'name');
    for (const a of actor.aliases) add(a, actor, 'alias');
    for (const l of actor.labels) add(l, actor, 'label');
    if (actor.kind === 'person') for (const s of surnamesOf(actor.name)) add(s, actor, 'surname');
  }
  const surfaces = [...new Set([...bySurface.values()].flatMap((fs) => fs.map((f) => f.form)))];
  const trie = new RegistryTrie(surfaces.map(formAtoms));
  const memo = new Map<string, RegistryForm[]>();
  const formsFitting = (found: string): RegistryForm[] => {
    let forms = memo.get(found);
    if (!forms) {
      forms = (bySurface.get(normForm(found)) ?? []).filter((f) => caseFits(f.form, found));
      if (memo.size >= MEMO_LIMIT) memo.clear();
      memo.set(found, forms);
    }
    return forms;
  };
  const matcher: RegistryMatcher = {
    byId,
    byName,
    surnameOwners,
    find(text: string, words = indexWords(text)): RegistryMatch[] {
      const out: RegistryMatch[] = [];
      trie.scan(text, words, (start, end) => {
        const found = text.slice(start, end);
        const forms = formsFitting(found);
        if (forms.length) {
          out.push({ start, end, text: found, forms });
          return end;
        }
        // A case mismatch (`us` for `US`) must not hide a shorter match starting later inside it.
        return start + 1;
      });
      return out;
    },
  };
  cache.set(actors, matcher);
  return matcher;
}
