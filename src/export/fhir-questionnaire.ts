/**
 * The questionnaire as a FHIR R4 `Questionnaire` (SDC profile) in one language and voice, so a
 * clinic's form tool can show a response exactly as the person answered it. One `group` item per
 * section (linkId `section-<id>`), the PHQ-2 as a coded group with its total inside it (see
 * `fhir-panels.ts`), one `choice` item per question (linkId = question id; radio buttons, or
 * check boxes that `repeat`; LOINC `code` on PHQ-2 and GAD-2 items), the options the app offers
 * in this voice as `answerOption.valueCoding` (with their score as `ordinalValue` and "None of
 * these" as `optionExclusive`), and `showWhen` as `enableWhen` (see `fhir-enable-when.ts`).
 * `scripts/generate-fhir-questionnaire.ts` writes one per variant to `public/fhir/` at build.
 */
import type { WordedQuestion, WordedQuestionnaire, WordedSection } from '../../questions/schema.ts';
import type { Messages } from '../i18n/word-types.ts';
import {
  answerCoding,
  FHIR_PUBLISHER,
  questionnaireId,
  questionnaireUrl,
  type Coding,
  type FhirVariant,
} from './fhir-codes.ts';
import { enableRule, type EnableRule } from './fhir-enable-when.ts';
import { panels, sectionLinkId, totalExpression, type FhirPanel } from './fhir-panels.ts';
import {
  calculatedExpression,
  computableName,
  itemControl,
  optionExclusive,
  ordinalValue,
  SDC_QUESTIONNAIRE_PROFILE,
  semverAlgorithm,
  type CanonicalFields,
  type Extension,
} from './fhir-sdc.ts';

export type AnswerOption = { valueCoding: Coding; extension?: Extension[] };

export type QuestionnaireItem = Omit<EnableRule, 'extension'> & {
  linkId: string;
  text: string;
  type: 'group' | 'choice' | 'integer';
  code?: Coding[];
  required?: boolean;
  repeats?: boolean;
  readOnly?: boolean;
  extension?: Extension[];
  answerOption?: AnswerOption[];
  item?: QuestionnaireItem[];
};

export type FhirQuestionnaire = CanonicalFields & {
  resourceType: 'Questionnaire';
  meta: { profile: string[] };
  subjectType: ['Patient'];
  item: QuestionnaireItem[];
};

export type QuestionnaireInput = {
  readonly questionnaire: WordedQuestionnaire;
  readonly messages: Messages;
  readonly variant: FhirVariant;
  /** When this version of the questions was published (YYYY-MM-DD). */
  readonly date: string;
};

function answerOption(question: WordedQuestion, option: WordedQuestion['options'][number]): AnswerOption {
  const extension = [
    ...(option.score === undefined ? [] : [ordinalValue(option.score)]),
    ...(option.exclusive ? [optionExclusive] : []),
  ];
  return { valueCoding: answerCoding(question, option), ...(extension.length > 0 ? { extension } : {}) };
}

function questionItem(questionnaire: WordedQuestionnaire, question: WordedQuestion): QuestionnaireItem {
  const { extension: enableExtension, ...enable } = question.showWhen
    ? enableRule(questionnaire, question.showWhen)
    : {};
  return {
    linkId: question.id,
    text: question.text,
    type: 'choice',
    extension: [itemControl(question.kind === 'multiple' ? 'check-box' : 'radio-button'), ...(enableExtension ?? [])],
    ...(question.code
      ? { code: [{ system: question.code.system, code: question.code.code, display: question.code.display }] }
      : {}),
    // Continue asks for an answer to every question the person is shown.
    required: true,
    ...(question.kind === 'multiple' ? { repeats: true } : {}),
    answerOption: question.options.map((option) => answerOption(question, option)),
    ...enable,
  };
}

function panelItem(
  questionnaire: WordedQuestionnaire,
  panel: FhirPanel,
  questions: readonly WordedQuestion[],
  messages: Messages,
): QuestionnaireItem {
  const totalText = messages.exports.fhir.moodCheckCode.phq2;
  return {
    linkId: panel.linkId,
    text: messages.exports.moodChecks.phq2,
    type: 'group',
    code: [panel.code],
    item: [
      ...questions.map((question) => questionItem(questionnaire, question)),
      {
        linkId: panel.total.linkId,
        text: totalText,
        type: 'integer',
        code: [panel.total.code],
        readOnly: true,
        extension: [calculatedExpression(totalExpression(panel), totalText)],
      },
    ],
  };
}

/** A section's items: its questions, with a panel's questions gathered into the panel's group. */
function sectionItems(
  questionnaire: WordedQuestionnaire,
  section: WordedSection,
  messages: Messages,
): QuestionnaireItem[] {
  return section.questions.flatMap((question) => {
    const panel = panels.find((candidate) => candidate.questionIds.includes(question.id));
    if (!panel) return [questionItem(questionnaire, question)];
    if (panel.questionIds[0] !== question.id) return [];
    const members = panel.questionIds.map((id) => section.questions.find((candidate) => candidate.id === id));
    if (members.some((member) => member === undefined)) {
      throw new Error(`The questions of panel "${panel.linkId}" must all be in section "${section.id}"`);
    }
    return [panelItem(questionnaire, panel, members as WordedQuestion[], messages)];
  });
}

export function fhirQuestionnaire({ questionnaire, messages, variant, date }: QuestionnaireInput): FhirQuestionnaire {
  return {
    resourceType: 'Questionnaire',
    id: questionnaireId(questionnaire, variant),
    meta: { profile: [SDC_QUESTIONNAIRE_PROFILE] },
    language: variant.language,
    extension: [semverAlgorithm],
    url: questionnaireUrl(questionnaire, variant),
    version: questionnaire.version,
    name: computableName(questionnaireId(questionnaire, variant)),
    title: `${messages.serviceName} (${messages.exports.fhir.variantName})`,
    status: 'active',
    subjectType: ['Patient'],
    date,
    publisher: FHIR_PUBLISHER,
    item: questionnaire.sections.map((section) => ({
      linkId: sectionLinkId(section),
      text: section.title,
      type: 'group',
      item: sectionItems(questionnaire, section, messages),
    })),
  };
}
