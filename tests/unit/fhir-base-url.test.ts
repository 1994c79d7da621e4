/**
 * The build setting `FHIR_BASE_URL`: checked, then used for every canonical URL both where the
 * files are published (the generator) and where the downloads are made (the app, through Vite's
 * `define`), so a response always cites the Questionnaire the site serves.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { fhirBaseUrl, PLACEHOLDER_FHIR_BASE } from '../../src/export/fhir-base.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const tsx = path.join(root, 'node_modules/.bin/tsx');
const work = mkdtempSync(path.join(tmpdir(), 'fhir-base-'));
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});
const withBase = (value: string) => ({ ...process.env, FHIR_BASE_URL: value });

describe('the FHIR base URL setting', () => {
  test('falls back to the placeholder when unset or empty, and drops a trailing slash', () => {
    expect(fhirBaseUrl(undefined)).toBe(PLACEHOLDER_FHIR_BASE);
    expect(fhirBaseUrl('  ')).toBe(PLACEHOLDER_FHIR_BASE);
    expect(fhirBaseUrl('https://selfcheck.clinic.test/fhir/')).toBe('https://selfcheck.clinic.test/fhir');
  });

  test.each([
    'selfcheck.clinic.test/fhir',
    'ftp://clinic.test/fhir',
    'https://clinic.test/fhir?x=1',
    'https://clinic.test/#f',
  ])('refuses %s', (value) => {
    expect(() => fhirBaseUrl(value)).toThrow(/FHIR_BASE_URL/);
  });

  test('is what the generator publishes under: every Questionnaire, CodeSystem and code system of the project', () => {
    const out = path.join(work, 'fhir');
    execFileSync(tsx, ['scripts/generate-fhir-questionnaire.ts', '--out', out], {
      cwd: root,
      env: withBase('https://selfcheck.clinic.test/fhir/'),
      stdio: 'pipe',
    });
    const read = (file: string) => JSON.parse(readFileSync(path.join(out, file), 'utf8')) as Record<string, unknown>;
    const spanish = read('Questionnaire/treatment-options-self-check-es-other.json');
    expect(spanish.url).toBe('https://selfcheck.clinic.test/fhir/Questionnaire/treatment-options-self-check-es-other');
    expect(read('CodeSystem/housing.json').url).toBe('https://selfcheck.clinic.test/fhir/CodeSystem/housing');
    const text = JSON.stringify(spanish);
    expect(text).toContain('"system":"https://selfcheck.clinic.test/fhir/CodeSystem/housing"');
    expect(text).not.toContain('treatment-self-check.example');
  }, 30_000);

  test('is written into the app by the Vite config, checked', () => {
    const script = "import('./vite.config.ts').then((m) => console.log(m.default.define['process.env.FHIR_BASE_URL']))";
    const defined = execFileSync(tsx, ['-e', script], {
      cwd: root,
      env: withBase('https://selfcheck.clinic.test/fhir/'),
      encoding: 'utf8',
    });
    expect(defined.trim()).toBe('"https://selfcheck.clinic.test/fhir"');
  }, 30_000);
});
