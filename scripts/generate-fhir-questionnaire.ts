/**
 * Writes what the site publishes under `/fhir/`: one FHIR R4 Questionnaire per language and voice
 * (`fhir/Questionnaire/<id>.json`) and the project's CodeSystems (`fhir/CodeSystem/<name>.json`),
 * so a clinic can load the Questionnaire a downloaded response cites (see
 * `src/export/fhir-published.ts`). Run by `npm run build` and `npm start`, into `public/fhir/`
 * (not kept in git: the canonical URLs inside follow the build setting `FHIR_BASE_URL`, see
 * `src/export/fhir-base.ts`). `--out DIR` writes into another folder.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import prettier from 'prettier';
import { FHIR_BASE } from '../src/export/fhir-base.ts';
import { publishedCodeSystems, publishedFhirQuestionnaires } from '../src/export/fhir-published.ts';

export const publicFhirDir = fileURLToPath(new URL('../public/fhir/', import.meta.url));

export type FhirFile = { readonly path: string; readonly text: string };

/** Every published resource as its path under `fhir/` and its text, formatted as Prettier would. */
export async function fhirFiles(): Promise<FhirFile[]> {
  const options = (await prettier.resolveConfig(path.join(publicFhirDir, 'x.json'))) ?? {};
  const resources = [...publishedFhirQuestionnaires(), ...publishedCodeSystems()];
  return Promise.all(
    resources.map(async (resource) => {
      const file = `${resource.resourceType}/${resource.id}.json`;
      return { path: file, text: await prettier.format(JSON.stringify(resource), { ...options, filepath: file }) };
    }),
  );
}

async function main(): Promise<void> {
  const outIndex = process.argv.indexOf('--out');
  const out = outIndex >= 0 ? path.resolve(process.argv[outIndex + 1] ?? '') : publicFhirDir;
  const files = await fhirFiles();
  await rm(out, { recursive: true, force: true });
  for (const file of files) {
    await mkdir(path.dirname(path.join(out, file.path)), { recursive: true });
    await writeFile(path.join(out, file.path), file.text);
  }
  const questionnaires = files.filter((file) => file.path.startsWith('Questionnaire/')).length;
  console.log(
    `FHIR: ${String(questionnaires)} Questionnaires and ${String(files.length - questionnaires)} CodeSystems ` +
      `under ${FHIR_BASE}, written to ${path.relative(process.cwd(), out) || '.'}`,
  );
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
