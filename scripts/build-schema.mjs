// Writes schema/*.schema.json from the zod schemas (run after `npm run build`); test/report-schema
// checks the committed files are current.
import { writeFileSync } from 'node:fs';
import { renderJsonSchemas } from '../dist/report/json-schema.js';

for (const [name, text] of Object.entries(renderJsonSchemas())) {
  writeFileSync(new URL(`../schema/${name}`, import.meta.url), text);
  console.log(`wrote schema/${name}`);
}
