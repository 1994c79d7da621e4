/**
 * What "Download for a clinic's form tool" saves: a FHIR R4 `QuestionnaireResponse` to the
 * Questionnaire of the language and voice the person used (`fhir-codes.ts`), holding only the
 * questions on the person's journey that they answered, nested as the Questionnaire nests them
 * (section groups, and the PHQ-2 group with its total once both items are answered), each answer a
 * `valueCoding`. Every text is the one that Questionnaire has, so a form tool that matches answers
 * by code and display shows them all. Built in the browser; nothing is sent anywhere. It carries
 * the security labels of substance use information (`fhir-sdc.ts`).
 */
import type { Answers } from '../../questions/answers.ts';
import { answerLabels } from '../../questions/answer-labels.ts';
import { chosenValues } from '../../questions/chosen-values.ts';
import { journey } from '../../questions/journey.ts';
import type { WordedQuestion, WordedQuestionnaire } from '../../questions/schema.ts';
import type { Messages } from '../i18n/word-types.ts';
import { codingOfValue, questionnaireCanonical, type Coding, type FhirVariant } from './fhir-codes.ts';
import { panels, sectionLinkId, type FhirPanel } from './fhir-panels.ts';
import { securityLabels } from './fhir-sdc.ts';

export type ResponseItem = {
  linkId: string;
  text: string;
  answer?: ({ valueCoding: Coding } | { valueInteger: number })[];
  item?: ResponseItem[];
};

export type FhirQuestionnaireResponse = {
  resourceType: 'QuestionnaireResponse';
  meta: { security: Coding[] };
  language: string;
  questionnaire: string;
  status: 'completed';
  authored: string;
  item: ResponseItem[];
};

export type ResponseInput = {
  readonly questionnaire: WordedQuestionnaire;
  readonly answers: Answers;
  readonly date: Date;
  /** The interface words in the same language and voice (the PHQ-2 group's texts). */
  readonly messages: Messages;
  readonly variant: FhirVariant;
};

export type Answered = { question: WordedQuestion; codings: Coding[]; labels: string[] };

export function answered(questionnaire: WordedQuestionnaire, answers: Answers): Answered[] {
  return journey(questionnaire, answers).flatMap((question) => {
    const codings = chosenValues(answers[question.id]).map((value) => codingOfValue(question, value));
    return codings.length > 0 ? [{ question, codings, labels: answerLabels(question, answers[question.id]) }] : [];
  });
}

const answerItem = ({ question, codings }: Answered): ResponseItem => ({
  linkId: question.id,
  text: question.text,
  answer: codings.map((valueCoding) => ({ valueCoding })),
});

/** The panel's answered items, and its total once every item is answered. */
function panelItem(panel: FhirPanel, given: Answered[], answers: Answers, messages: Messages): ResponseItem {
  const items = given.filter(({ question }) => panel.questionIds.includes(question.id));
  const scores = items.map(
    ({ question }) => question.options.find((option) => option.value === answers[question.id])?.score,
  );
  const complete = items.length === panel.questionIds.length && scores.every((score) => score !== undefined);
  const total = scores.reduce<number>((sum, score) => sum + (score ?? 0), 0);
  return {
    linkId: panel.linkId,
    text: messages.exports.moodChecks.phq2,
    item: [
      ...items.map(answerItem),
      ...(complete
        ? [
            {
              linkId: panel.total.linkId,
              text: messages.exports.fhir.moodCheckCode.phq2,
              answer: [{ valueInteger: total }],
            },
          ]
        : []),
    ],
  };
}

export function responseItems(
  questionnaire: WordedQuestionnaire,
  answers: Answers,
  messages: Messages,
): ResponseItem[] {
  const given = answered(questionnaire, answers);
  return questionnaire.sections.flatMap((section) => {
    const inSection = given.filter(({ question }) =>
      section.questions.some((candidate) => candidate.id === question.id),
    );
    const items = inSection.flatMap((entry) => {
      const panel = panels.find((candidate) => candidate.questionIds.includes(entry.question.id));
      if (!panel) return [answerItem(entry)];
      const first = inSection.find(({ question }) => panel.questionIds.includes(question.id));
      return first === entry ? [panelItem(panel, inSection, answers, messages)] : [];
    });
    return items.length > 0 ? [{ linkId: sectionLinkId(section), text: section.title, item: items }] : [];
  });
}

export function fhirQuestionnaireResponse(input: ResponseInput): FhirQuestionnaireResponse {
  return {
    resourceType: 'QuestionnaireResponse',
    meta: { security: securityLabels },
    language: input.variant.language,
    questionnaire: questionnaireCanonical(input.questionnaire, input.variant),
    status: 'completed',
    authored: input.date.toISOString(),
    item: responseItems(input.questionnaire, input.answers, input.messages),
  };
}
