// The output contract as a zod schema: validates `analyze --format json|jsonl` and is published as
// JSON Schema in schema/ (scripts/build-schema.mjs). Typed against ArticleResult so the two
// cannot drift apart silently.
import { z } from 'zod';
import type { ArticleResult } from '../types.js';

const offsets = { start: z.number().int().nonnegative(), end: z.number().int().nonnegative() };
const span = z.object({ ...offsets, text: z.string() });
const severity = z.enum(['error', 'warning', 'info']);
const segmentKind = z.enum([
  'site-header', 'headline', 'timestamp', 'dateline', 'wire-credit', 'lead-duplicate', 'headline-duplicate', 'body',
  'signoff', 'licence-footer', 'site-headlines', 'related-headlines', 'data-dump',
]);
const voice = z.object({
  kind: z.enum(['narrator', 'quote', 'reported']),
  speaker: z.object({ name: z.string() }).nullable(),
  quoteId: z.string().optional(),
});
const actorKind = z.enum(['state', 'government-body', 'armed-group', 'party', 'person', 'international-body', 'media-outlet', 'group']);
const certainty = z.enum(['high', 'medium', 'low']);

export const diagnosticSchema = z.object({
  severity,
  code: z.string().describe('stable machine-readable code, e.g. invalid-utf8, jsonl-parse'),
  message: z.string(),
  source: z.object({ path: z.string(), line: z.number().int().positive().optional() }).optional(),
  span: z.object(offsets).optional(),
});

const speaker = z.object({
  name: z.string().describe('resolved full name, or the description of an anonymous source'),
  ...offsets,
  role: z.string().optional(),
  anonymous: z.boolean(),
  resolvedBy: z.enum(['name', 'surname', 'pronoun', 'description', 'title', 'alias']),
  actor: z.string().nullable().optional().describe('id of the actor in `actors` the speaker is (null: none); every view counts the quote under it'),
});

export const quoteSchema = z.object({
  id: z.string(),
  ...offsets,
  text: z.string(),
  contents: z.array(span),
  kind: z.enum(['direct', 'partial', 'scare', 'title', 'term', 'reported']),
  cue: z.object({ text: z.string(), ...offsets, lemma: z.string() }).nullable(),
  speaker: speaker.nullable(),
  segment: segmentKind,
  coSpeakers: z
    .array(speaker)
    .optional()
    .describe('the people named with the speaker as saying it together (`Pelosi and Schumer said`), in text order; every view counts the quote for each of them, and once per side'),
});

const articleResultObject = z.object({
    id: z.string(),
    status: z.literal('unreadable').optional().describe('present only when the input could not be read: the record keeps its place, with empty arrays and the diagnostics saying why'),
    outlet: z.string().nullable(),
    published: z.string().optional(),
    title: z.string().optional(),
    url: z.string().optional(),
    wire: z.string().nullable(),
    length: z.number().int().nonnegative().describe('UTF-16 code units of the article text'),
    segments: z.array(z.object({ kind: segmentKind, ...offsets })),
    quotes: z.array(quoteSchema),
    actors: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        kind: actorKind,
        affiliation: z.string().nullable(),
        role: z.string().optional(),
        known: z.boolean(),
      }),
    ),
    mentions: z.array(
      z.object({
        ...offsets,
        text: z.string(),
        actor: z.string(),
        resolvedBy: z.enum(['name', 'alias', 'surname', 'pronoun', 'title', 'label', 'description']),
        isLabel: z.boolean(),
        segment: segmentKind,
      }),
    ),
    descriptions: z
      .array(
        z.object({
          ...offsets,
          text: z.string(),
          actor: z.string(),
          form: z.enum(['before', 'appositive']),
          segment: segmentKind,
          voice: z.enum(['narrator', 'quote', 'reported']),
        }),
      )
      .optional()
      .describe('How the article describes a person beside the name: the words before it (`billionaire Michael Bloomberg`) or an appositive after it. Missing in results saved by versions before it.'),
    framing: z.array(
      z.object({
        ...offsets,
        text: z.string(),
        entry: z.string(),
        category: z.string(),
        certainty,
        actor: z.string().nullable(),
        segment: segmentKind,
        voice,
        sentence: z.object(offsets),
      }),
    ),
    sentiment: z.array(
      z.object({
        actor: z.string(),
        mention: z.object(offsets),
        ...offsets,
        score: z.number(),
        comparative: z.number(),
        voice,
      }),
    ),
    diagnostics: z.array(diagnosticSchema),
    text: z.string().optional().describe('the article text as analysed, only with `analyze --with-text` (so `compare --from-results` can quote sentences and count words)'),
  });

const ABOUT = 'framelens analysis of one article; offsets are UTF-16 indices into the text as read, end exclusive';
export const articleResultSchema: z.ZodType<ArticleResult> = articleResultObject.describe(ABOUT);

/** Which framelens and which lexicons produced an output. */
export const provenanceSchema = z.object({
  version: z.string(),
  lexiconHash: z.string(),
  lexicons: z.object({
    name: z.string().describe('built-in, plus each --lexicons folder'),
    hash: z.string().describe('sha256 over the lexicon files'),
    updated: z.string().nullable().describe('date of the newest lexicon entry, YYYY-MM-DD'),
  }),
});

/** One line of `analyze --format jsonl`: the article's result and what produced it. */
export const articleLineSchema = articleResultObject.extend({ framelens: provenanceSchema }).describe(ABOUT);

/** `analyze --format json`: one document with every article. */
export const analyzeDocumentSchema = z.object({
  framelens: provenanceSchema,
  articles: z.array(articleResultSchema),
});
