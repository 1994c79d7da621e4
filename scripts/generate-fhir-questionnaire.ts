/**
 * Writes the questionnaire as a FHIR R4 Questionnaire to `public/fhir/Questionnaire.json`, so the
 * built site serves it next to the app and a clinic can load it before reading a downloaded
 * response (in English, with the options of both voices: see `src/export/fhir-published.ts`).
 * Run by `npm run build`; a unit test fails when the committed file is stale.
 * `--check` only compares and exits 1 when the file differs.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import prettier from 'prettier';
import { publishedFhirQuestionnaire } from '../src/export/fhir-published.ts';

export const questionnaireFile = fileURLToPath(new URL('../public/fhir/Questionnaire.json', import.meta.url));

/** The file's text: the resource as JSON, formatted as `prettier --check` expects it. */
export async function questionnaireFileText(): Promise<string> {
  const options = (await prettier.resolveConfig(questionnaireFile)) ?? {};
  return prettier.format(JSON.stringify(publishedFhirQuestionnaire()), {
    ...options,
    filepath: questionnaireFile,
  });
}

async function main(): Promise<void> {
  const text = await questionnaireFileText();
  if (process.argv.includes('--check')) {
    const current = await readFile(questionnaireFile, 'utf8').catch(() => '');
    if (current !== text) {
      console.error(`${questionnaireFile} is stale: run \`tsx scripts/generate-fhir-questionnaire.ts\``);
      process.exit(1);
    }
    return;
  }
  await writeFile(questionnaireFile, text);
  console.log(`FHIR Questionnaire ${publishedFhirQuestionnaire().version} written to public/fhir/Questionnaire.json`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
