/**
 * What "Download for your clinic (FHIR)" saves: a FHIR R4 `Bundle` (type `collection`) holding
 * the `QuestionnaireResponse` (only the questions on the person's journey that they answered,
 * nested in their section groups, each answer a `valueCoding`), one `Observation` per PHQ-2 and
 * GAD-2 item (QuestionnaireResponse items cannot carry a code, so these carry the LOINC item and
 * answer codes), and the result `Observation` (`fhir-result.ts`). Built in the browser; nothing is
 * sent anywhere. The texts are those of the questionnaire and messages passed in; `language` (a
 * BCP 47 tag) marks every resource with it, so a clinic's system knows which language they are in.
 */
import type { Answers } from '../../questions/answers.ts';
import { answerLabels } from '../../questions/answer-labels.ts';
import { chosenValues } from '../../questions/chosen-values.ts';
import { journey } from '../../questions/journey.ts';
import type { WordedQuestion, WordedQuestionnaire } from '../../questions/schema.ts';
import type { Recommendation } from '../rules/recommendation.ts';
import type { Messages } from '../i18n/word-types.ts';
import { codingOfValue, questionnaireCanonical, surveyCategory, type Coding } from './fhir-codes.ts';
import { sectionLinkId } from './fhir-questionnaire.ts';
import { resultObservation } from './fhir-result.ts';
import { moodChecksOf } from './mood-checks.ts';

export type ResponseItem = { linkId: string; text: string; answer?: { valueCoding: Coding }[]; item?: ResponseItem[] };
type Resource = { resourceType: string; language?: string };
export type FhirBundle = {
  resourceType: 'Bundle';
  type: 'collection';
  timestamp: string;
  entry: { fullUrl: string; resource: Resource }[];
};

export type ResponseInput = {
  readonly questionnaire: WordedQuestionnaire;
  readonly answers: Answers;
  readonly recommendation: Recommendation;
  readonly date: Date;
  readonly messages: Messages;
  /** The language of the texts, e.g. `es`. */
  readonly language?: string;
  /** Makes the bundle's entry ids (random UUIDs by default). */
  readonly newId?: () => string;
};

type Answered = { question: WordedQuestion; codings: Coding[]; labels: string[] };

function answered(questionnaire: WordedQuestionnaire, answers: Answers): Answered[] {
  return journey(questionnaire, answers).flatMap((question) => {
    const codings = chosenValues(answers[question.id]).map((value) => codingOfValue(question, value));
    return codings.length > 0 ? [{ question, codings, labels: answerLabels(question, answers[question.id]) }] : [];
  });
}

export function responseItems(questionnaire: WordedQuestionnaire, answers: Answers): ResponseItem[] {
  const given = answered(questionnaire, answers);
  return questionnaire.sections.flatMap((section) => {
    const items = given
      .filter(({ question }) => section.questions.some((candidate) => candidate.id === question.id))
      .map(({ question, codings }) => ({
        linkId: question.id,
        text: question.text,
        answer: codings.map((valueCoding) => ({ valueCoding })),
      }));
    return items.length > 0 ? [{ linkId: sectionLinkId(section), text: section.title, item: items }] : [];
  });
}

function codedItemObservations(given: Answered[], authored: string, reference: string): Resource[] {
  return given.flatMap(({ question, codings, labels }) => {
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

export function fhirResponseBundle(input: ResponseInput): FhirBundle {
  const { questionnaire, answers, recommendation, messages } = input;
  const newId = input.newId ?? (() => crypto.randomUUID());
  const inLanguage = (resource: Resource): Resource =>
    input.language ? { ...resource, language: input.language } : resource;
  const authored = input.date.toISOString();
  const responseUrl = `urn:uuid:${newId()}`;
  const response = {
    resourceType: 'QuestionnaireResponse',
    questionnaire: questionnaireCanonical(questionnaire),
    status: 'completed',
    authored,
    item: responseItems(questionnaire, answers),
  };
  const others = [
    ...codedItemObservations(answered(questionnaire, answers), authored, responseUrl),
    resultObservation(
      recommendation,
      messages,
      authored,
      responseUrl,
      moodChecksOf(questionnaire, answers, recommendation),
    ),
  ];
  return {
    resourceType: 'Bundle',
    type: 'collection',
    timestamp: authored,
    entry: [
      { fullUrl: responseUrl, resource: inLanguage(response) },
      ...others.map((resource) => ({ fullUrl: `urn:uuid:${newId()}`, resource: inLanguage(resource) })),
    ],
  };
}
