// zod schemas for the lexicon files. Each file is one `kind` with a list of entries.
import { z } from 'zod';

const examples = z
  .object({ match: z.array(z.string()).default([]), noMatch: z.array(z.string()).default([]) })
  .strict();
const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'a lower-case id of letters, digits and hyphens');
const nonEmpty = z.string().trim().min(1);

export const loadedTermSchema = z
  .object({
    id,
    terms: z.array(nonEmpty).min(1),
    category: id,
    certainty: z.enum(['high', 'medium', 'low']),
    alternatives: z.array(nonEmpty).default([]),
    exceptions: z.array(nonEmpty).default([]),
    explanation: nonEmpty,
    sources: z.array(nonEmpty).default([]),
    examples: examples.default({ match: [], noMatch: [] }),
    // true: every term names its own phrase; a list: only those terms (`radicals`, not `radical`).
    names: z.union([z.boolean(), z.array(nonEmpty).min(1)]).default(false),
    // true: a state named right before a term is a place (`the Paris terror attacks`), not its actor.
    placeBefore: z.boolean().default(false),
    // Words that, in the term's sentence, make it literal (`animals` beside `elephants`).
    literalWith: z.array(nonEmpty).default([]),
  })
  .strict()
  .superRefine((entry, ctx) => {
    if (!Array.isArray(entry.names)) return;
    const terms = new Set(entry.terms.map((t) => t.toLowerCase()));
    entry.names.forEach((name, i) => {
      if (!terms.has(name.toLowerCase())) ctx.addIssue({ code: 'custom', path: ['names', i], message: 'a term of this entry (names lists the terms that name their own phrase)' });
    });
  });

export const attributionVerbSchema = z
  .object({
    id,
    lemma: nonEmpty,
    forms: z.array(nonEmpty).min(1),
    connotation: z.enum(['neutral', 'assertive', 'doubting', 'denying', 'conceding', 'emotive', 'reporting']),
    explanation: nonEmpty,
    examples: examples.default({ match: [], noMatch: [] }),
  })
  .strict();

export const hedgeSchema = z
  .object({
    id,
    terms: z.array(nonEmpty).min(1),
    exceptions: z.array(nonEmpty).default([]),
    explanation: nonEmpty,
    examples: examples.default({ match: [], noMatch: [] }),
  })
  .strict();

export const actorSchema = z
  .object({
    id,
    name: nonEmpty,
    kind: z.enum(['state', 'government-body', 'armed-group', 'party', 'person', 'international-body', 'media-outlet', 'group']),
    aliases: z.array(nonEmpty).default([]),
    labels: z.array(nonEmpty).default([]),
    affiliation: z.string().nullable().default(null),
    role: z.string().optional(),
  })
  .strict();

/** First names by the gender a reader assumes, for pronoun agreement (`lexicons/first-names.yml`). */
const firstName = z.string().regex(/^\p{Lu}[\p{L}'’-]+$/u, 'a capitalised first name');
export const nameGenderSchema = z
  .object({
    id,
    gender: z.enum(['female', 'male']),
    explanation: nonEmpty,
    names: z.array(firstName).min(1),
    /** A first name → the short forms it goes by (`William: [Bill, Will]`): one person's names. */
    nicknames: z.record(firstName, z.array(firstName).min(1)).optional(),
  })
  .strict();

/** The categories of the built-in loaded terms: the reports group and colour by them, so another
 *  one is either a typo or a category of the user's own (`lexicon check` says which it looks like). */
export const LOADED_CATEGORIES = ['delegitimising-label', 'euphemism', 'evaluative', 'hostility-conspiracy', 'ideological-label', 'partisan-label', 'terror-violence-label'];

/** Each kind's entry schema: a file with a broken entry still has its other entries checked. */
export const entrySchemaOf = {
  loaded: loadedTermSchema,
  attribution: attributionVerbSchema,
  hedge: hedgeSchema,
  intensifier: hedgeSchema,
  actors: actorSchema,
  names: nameGenderSchema,
} as const;

const header = { description: nonEmpty };
export const lexiconFileSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('loaded'), ...header, entries: z.array(loadedTermSchema) }).strict(),
  z.object({ kind: z.literal('attribution'), ...header, entries: z.array(attributionVerbSchema) }).strict(),
  z.object({ kind: z.enum(['hedge', 'intensifier']), ...header, entries: z.array(hedgeSchema) }).strict(),
  z.object({ kind: z.literal('actors'), ...header, entries: z.array(actorSchema) }).strict(),
  z.object({ kind: z.literal('names'), ...header, entries: z.array(nameGenderSchema) }).strict(),
]);

export type LexiconFile = z.infer<typeof lexiconFileSchema>;
