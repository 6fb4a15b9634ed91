/**
 * `npm run data`: regenerates lib/generated/ from the data files in public/data. The generated files are
 * committed, and a unit test fails when they no longer match their source.
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generatedData } from './lib/generated-data';

const root = resolve(import.meta.dirname, '..');
for (const [path, content] of Object.entries(generatedData())) {
  writeFileSync(join(root, path), content);
  console.log(`wrote ${path} (${Math.round(content.length / 1024)} KB)`);
}
