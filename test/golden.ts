// Golden files: UPDATE_GOLDEN=1 rewrites them (review the diff like code); otherwise the actual
// output must equal the file.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { expect } from 'vitest';

export function expectGolden(dir: string, id: string, actual: unknown): void {
  const file = `${dir}${id}.json`;
  if (process.env.UPDATE_GOLDEN) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, `${JSON.stringify(actual, null, 1)}\n`);
  }
  expect(existsSync(file), `missing ${file}: run with UPDATE_GOLDEN=1`).toBe(true);
  expect(actual).toEqual(JSON.parse(readFileSync(file, 'utf8')));
}
