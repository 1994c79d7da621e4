/**
 * Writes the decision table (docs/rules.md), the sources (docs/sources.md) and the recorded
 * versions with their fingerprint (docs/versions.json) from the rules as they are now.
 *
 *   npm run rules:doc
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generatedFiles } from './rules-doc/generated-files.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
for (const [file, content] of Object.entries(generatedFiles())) {
  writeFileSync(`${root}${file}`, content);
  process.stdout.write(`Wrote ${file}\n`);
}
