/**
 * The one FHIR Questionnaire a clinic loads, whoever answered: in English, worded for a person
 * answering for themselves, but with every option either perspective is offered. A response from
 * someone answering about another person can hold "I don't know", which the person answering for
 * themselves is never shown, and every answer in a response must be one of its item's
 * `answerOption`s. Options keep the questionnaire's order, so the two voices' lists agree.
 */
import type { Perspective } from '../../questions/perspective.ts';
import { questionnaire } from '../../questions/questionnaire.ts';
import type { WordedQuestionnaire } from '../../questions/schema.ts';
import { withWords } from '../../questions/with-words.ts';
import englishWords from '../i18n/en/words.ts';
import { inVoice } from '../i18n/voices.ts';
import { fhirQuestionnaire, type FhirQuestionnaire } from './fhir-questionnaire.ts';

/** The voice of every text in the published Questionnaire. */
export const publishedVoice: Perspective = 'self';

/** The questionnaire with all its options, in English words in the published voice. */
export function publishedQuestionnaire(): WordedQuestionnaire {
  return withWords(questionnaire, inVoice(englishWords.questions, publishedVoice));
}

export function publishedFhirQuestionnaire(): FhirQuestionnaire {
  return fhirQuestionnaire(publishedQuestionnaire(), inVoice(englishWords.ui, publishedVoice).serviceName);
}
