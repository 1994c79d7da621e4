/**
 * The address every FHIR canonical URL of the project starts with: the Questionnaires, the
 * CodeSystems and so the `questionnaire` a response cites. A deployer sets it at build time with
 * the environment variable `FHIR_BASE_URL` (e.g. `https://selfcheck.example-clinic.org/fhir`);
 * `vite.config.ts` writes the checked value into the app and `scripts/generate-fhir-questionnaire.ts`
 * reads the same variable, so the published files and the downloads always agree. Without it the
 * placeholder below is used (`.example` is reserved and never resolves). Nothing is fetched from it.
 */

export const PLACEHOLDER_FHIR_BASE = 'https://treatment-self-check.example/fhir';

/** The checked base: an absolute http(s) URL with no query or fragment, kept without a trailing slash. */
export function fhirBaseUrl(configured: string | undefined): string {
  const value = configured?.trim();
  if (!value) return PLACEHOLDER_FHIR_BASE;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`FHIR_BASE_URL "${value}" is not an absolute URL`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`FHIR_BASE_URL "${value}" must start with https:// (or http://)`);
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new Error(`FHIR_BASE_URL "${value}" must have no query, fragment or credentials`);
  }
  return url.href.replace(/\/+$/, '');
}

// Replaced by the checked value at build (vite.config.ts `define`); read as is by node scripts.
export const FHIR_BASE = fhirBaseUrl(process.env.FHIR_BASE_URL);
