/**
 * Where the FHIR exports say they come from. Every canonical URL starts with `FHIR_BASE` (a build
 * setting, see `fhir-base.ts`). There is one Questionnaire per language and voice (a "variant"),
 * each with its own canonical URL, because the texts of a response must be those of the
 * Questionnaire it cites: a form tool matches answers by their display as well as their code.
 */
import type { Perspective } from '../../questions/perspective.ts';
import type { Questionnaire, WordedOption, WordedQuestion } from '../../questions/schema.ts';
import type { Language } from '../i18n/languages.ts';
import { FHIR_BASE } from './fhir-base.ts';

/** Who publishes the Questionnaires and CodeSystems (FHIR `publisher`). */
export const FHIR_PUBLISHER = 'Treatment Options Self-Check project';

export type Coding = { system: string; code: string; display: string };

/** Which words a Questionnaire (and so a response to it) is in. */
export type FhirVariant = { readonly language: Language; readonly perspective: Perspective };

/** The Questionnaire's id: the questionnaire's id, the language and whom the answers are about. */
export function questionnaireId(questionnaire: Pick<Questionnaire, 'id'>, variant: FhirVariant): string {
  return `${questionnaire.id}-${variant.language}-${variant.perspective}`;
}

/** The Questionnaire's canonical URL: the same for every version of it. */
export function questionnaireUrl(questionnaire: Pick<Questionnaire, 'id'>, variant: FhirVariant): string {
  return `${FHIR_BASE}/Questionnaire/${questionnaireId(questionnaire, variant)}`;
}

/** `url|version`, as QuestionnaireResponse.questionnaire expects. */
export function questionnaireCanonical(questionnaire: Questionnaire, variant: FhirVariant): string {
  return `${questionnaireUrl(questionnaire, variant)}|${questionnaire.version}`;
}

/** The project's own code systems: one per question for its answers, and a few for the result. */
export function codeSystem(name: string): string {
  return `${FHIR_BASE}/CodeSystem/${name}`;
}

/** An answer as a Coding: the option's own code (LOINC for PHQ-2 and GAD-2), else the project's. */
export function answerCoding(question: WordedQuestion, option: WordedOption): Coding {
  if (option.code) return { system: option.code.system, code: option.code.code, display: option.code.display };
  return { system: codeSystem(question.id), code: option.value, display: option.label };
}

/** The Coding of one option value of a question; throws when the value is not one of its options. */
export function codingOfValue(question: WordedQuestion, value: string): Coding {
  const option = question.options.find((candidate) => candidate.value === value);
  if (!option) throw new Error(`"${question.id}" has no option "${value}"`);
  return answerCoding(question, option);
}

export const surveyCategory = {
  coding: [
    {
      system: 'http://terminology.hl7.org/CodeSystem/observation-category',
      code: 'survey',
      display: 'Survey',
    },
  ],
};
