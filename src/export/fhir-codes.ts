/**
 * Where the FHIR exports say they come from. `FHIR_BASE` is a neutral placeholder domain
 * (`.example` is reserved and never resolves): a deployer who publishes the Questionnaire at a
 * real address changes it here and regenerates `public/fhir/Questionnaire.json`. Nothing is ever
 * fetched from it.
 */
import type { Questionnaire, WordedOption, WordedQuestion } from '../../questions/schema.ts';

export const FHIR_BASE = 'https://treatment-self-check.example/fhir';

export type Coding = { system: string; code: string; display: string };

/** The Questionnaire's canonical URL: the same for every version of it. */
export function questionnaireUrl(questionnaire: Questionnaire): string {
  return `${FHIR_BASE}/Questionnaire/${questionnaire.id}`;
}

/** `url|version`, as QuestionnaireResponse.questionnaire expects. */
export function questionnaireCanonical(questionnaire: Questionnaire): string {
  return `${questionnaireUrl(questionnaire)}|${questionnaire.version}`;
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
