import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderJsonSchemas } from '../src/report/json-schema.js';
import { articleResultSchema } from '../src/report/schema.js';

describe('published JSON Schema', () => {
  it.each(Object.entries(renderJsonSchemas()))('schema/%s is current (npm run schema)', (name, text) => {
    expect(readFileSync(new URL(`../schema/${name}`, import.meta.url), 'utf8')).toBe(text);
  });

  it.each([
    ['a negative offset', { segments: [{ kind: 'body', start: -1, end: 3 }] }],
    ['an unknown quote kind', { quotes: [{ id: 'q1', start: 0, end: 1, text: 'x', contents: [], kind: 'shout', cue: null, speaker: null, segment: 'body' }] }],
    ['a missing diagnostics array', { diagnostics: undefined }],
  ])('rejects %s', (_what, patch) => {
    const ok = { id: 'a', outlet: null, wire: null, length: 3, segments: [], quotes: [], actors: [], mentions: [], framing: [], sentiment: [], diagnostics: [] };
    expect(articleResultSchema.safeParse(ok).success).toBe(true);
    expect(articleResultSchema.safeParse({ ...ok, ...patch }).success).toBe(false);
  });
});
