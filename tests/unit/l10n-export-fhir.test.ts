/** The FHIR download in Spanish: still valid FHIR R4, marked `es`, with Spanish texts and LOINC codes as they are. */
import { describe, expect, test } from 'vitest';
import { catalogIn, inWords, questionnaire } from '../support/words.ts';
import { walkedAnswers } from './support/export-journeys.ts';
import { expectValid, exportsIn } from './support/fhir.ts';

type Item = { linkId: string; text: string; item?: Item[] };
type Resource = {
  resourceType: string;
  language?: string;
  item?: Item[];
  code?: { coding: { display: string }[]; text?: string };
};

const es = inWords('es', 'self');
const { bundle } = exportsIn('es', 'self', walkedAnswers(3));
const resources = bundle.entry.map((entry) => entry.resource as Resource);

describe('the FHIR download in Spanish', () => {
  test('is valid FHIR R4 and marks every resource with the language es', () => {
    expectValid(bundle);
    expect(resources.map((resource) => resource.language)).toEqual(resources.map(() => 'es'));
  });

  test('gives each section and question its Spanish text', () => {
    const [response] = resources;
    const sections = response?.item ?? [];
    expect(sections.length).toBeGreaterThan(0);
    const words = catalogIn('es', 'self').questions as {
      sections: Record<string, string>;
      questions: Record<string, { text: string }>;
    };
    for (const section of sections) {
      expect(section.text).toBe(words.sections[section.linkId.replace(/^section-/, '')]);
      for (const item of section.item ?? []) {
        const text = item.linkId === 'phq-2' ? es.messages.exports.moodChecks.phq2 : words.questions[item.linkId]?.text;
        expect(item.text).toBe(text);
      }
    }
  });

  test('keeps the LOINC display of PHQ-2 and GAD-2 items as LOINC writes it, with the Spanish summary as text', () => {
    const coded = resources.filter(
      (resource) => resource.code?.coding[0]?.display && resource.resourceType === 'Observation',
    );
    const phq = coded.find(
      (resource) => resource.code?.text === catalogIn('es', 'self').questions.questions['phq-interest'].summary,
    );
    const english = questionnaire.sections.flatMap((section) => section.questions).find((q) => q.id === 'phq-interest');
    expect(phq?.code?.coding[0]?.display).toBe(english?.code?.display);
  });

  test('titles the result in Spanish', () => {
    const result = resources.at(-1);
    expect(result?.code?.text).toBe(es.messages.exports.fhir.resultTitle);
  });
});
