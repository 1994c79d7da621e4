/**
 * What "Download for a clinic's FHIR server" saves: a FHIR R4 `Bundle` of type `transaction`
 * holding the `QuestionnaireResponse` (`fhir-response.ts`), one `Observation` per PHQ-2 and GAD-2
 * item answered (with the LOINC item and answer codes, for systems that read Observations rather
 * than responses) and the result `Observation` (`fhir-result.ts`), each derived from the response.
 * A transaction, not a collection: POSTed to a server's base it stores every resource at once and
 * points each `derivedFrom` at the response's new id, where a collection would be kept as one
 * opaque Bundle. Every resource carries the language and the security labels of the response.
 */
import type { Recommendation } from '../rules/recommendation.ts';
import { surveyCategory, type Coding } from './fhir-codes.ts';
import { answered, fhirQuestionnaireResponse, type ResponseInput } from './fhir-response.ts';
import { resultObservation } from './fhir-result.ts';
import { securityLabels } from './fhir-sdc.ts';
import { moodChecksOf } from './mood-checks.ts';

type Resource = { resourceType: string; language?: string; meta?: { security: Coding[] } };

export type FhirBundle = {
  resourceType: 'Bundle';
  type: 'transaction';
  meta: { security: Coding[] };
  timestamp: string;
  entry: { fullUrl: string; resource: Resource; request: { method: 'POST'; url: string } }[];
};

export type BundleInput = ResponseInput & {
  readonly recommendation: Recommendation;
  /** Makes the bundle's entry ids (random UUIDs by default). */
  readonly newId?: () => string;
};

function codedItemObservations(input: BundleInput, authored: string, reference: string): Resource[] {
  return answered(input.questionnaire, input.answers).flatMap(({ question, codings, labels }) => {
    const [value] = codings;
    if (!question.code || !value) return [];
    return [
      {
        resourceType: 'Observation',
        status: 'final',
        category: [surveyCategory],
        code: { coding: [{ ...question.code }], text: question.summary },
        effectiveDateTime: authored,
        valueCodeableConcept: { coding: [value], text: labels[0] ?? value.display },
        derivedFrom: [{ reference }],
      },
    ];
  });
}

export function fhirResponseBundle(input: BundleInput): FhirBundle {
  const { questionnaire, answers, recommendation, messages } = input;
  const newId = input.newId ?? (() => crypto.randomUUID());
  const labelled = (resource: Resource): Resource => ({
    ...resource,
    meta: { security: securityLabels },
    language: input.variant.language,
  });
  const authored = input.date.toISOString();
  const responseUrl = `urn:uuid:${newId()}`;
  const observations = [
    ...codedItemObservations(input, authored, responseUrl),
    resultObservation(
      recommendation,
      messages,
      authored,
      responseUrl,
      moodChecksOf(questionnaire, answers, recommendation),
    ),
  ];
  const entry = (fullUrl: string, resource: Resource) => ({
    fullUrl,
    resource,
    request: { method: 'POST' as const, url: resource.resourceType },
  });
  return {
    resourceType: 'Bundle',
    type: 'transaction',
    meta: { security: securityLabels },
    timestamp: authored,
    entry: [
      entry(responseUrl, fhirQuestionnaireResponse(input)),
      ...observations.map((resource) => entry(`urn:uuid:${newId()}`, labelled(resource))),
    ],
  };
}
