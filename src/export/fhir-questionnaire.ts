/**
 * The questionnaire as a FHIR R4 `Questionnaire`, so a clinic's system can read a response
 * against it. One `group` item per section (linkId `section-<id>`), one `choice` item per question
 * (linkId = question id, `repeats` for checkboxes, LOINC `code` on PHQ-2 and GAD-2 items), the
 * options as `answerOption.valueCoding`, and `showWhen` as `enableWhen` (see
 * `fhir-enable-when.ts`). `scripts/generate-fhir-questionnaire.ts` writes it to
 * `public/fhir/Questionnaire.json` at build.
 */
import type { WordedQuestion, WordedQuestionnaire, WordedSection } from '../../questions/schema.ts';
import { answerCoding, questionnaireUrl, type Coding } from './fhir-codes.ts';
import { enableRule, type EnableRule } from './fhir-enable-when.ts';

export type QuestionnaireItem = {
  linkId: string;
  text: string;
  type: 'group' | 'choice';
  code?: Coding[];
  required?: boolean;
  repeats?: boolean;
  answerOption?: { valueCoding: Coding }[];
  item?: QuestionnaireItem[];
} & EnableRule;

export type FhirQuestionnaire = {
  resourceType: 'Questionnaire';
  id: string;
  url: string;
  version: string;
  name: string;
  title: string;
  status: 'active';
  subjectType: ['Patient'];
  item: QuestionnaireItem[];
};

export const sectionLinkId = (section: WordedSection) => `section-${section.id}`;

/** A computer-friendly name (FHIR `name`): the id in PascalCase. */
const pascalCase = (id: string) =>
  id
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');

function questionItem(questionnaire: WordedQuestionnaire, question: WordedQuestion): QuestionnaireItem {
  return {
    linkId: question.id,
    text: question.text,
    type: 'choice',
    ...(question.code
      ? { code: [{ system: question.code.system, code: question.code.code, display: question.code.display }] }
      : {}),
    // Continue asks for an answer to every question the person is shown.
    required: true,
    ...(question.kind === 'multiple' ? { repeats: true } : {}),
    answerOption: question.options.map((option) => ({ valueCoding: answerCoding(question, option) })),
    ...(question.showWhen ? enableRule(questionnaire, question.showWhen) : {}),
  };
}

/** `title` is the service's name in the questionnaire's language. */
export function fhirQuestionnaire(questionnaire: WordedQuestionnaire, title: string): FhirQuestionnaire {
  return {
    resourceType: 'Questionnaire',
    id: questionnaire.id,
    url: questionnaireUrl(questionnaire),
    version: questionnaire.version,
    name: pascalCase(questionnaire.id),
    title,
    status: 'active',
    subjectType: ['Patient'],
    item: questionnaire.sections.map((section) => ({
      linkId: sectionLinkId(section),
      text: section.title,
      type: 'group',
      item: section.questions.map((question) => questionItem(questionnaire, question)),
    })),
  };
}
