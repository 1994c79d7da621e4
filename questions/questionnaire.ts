/**
 * The questions, in the order they are asked, as structure: ids, kinds, answer values, when each
 * is asked, crisis flags, scores and codes. Their words are in `src/i18n/<language>/questions.ts`
 * (plain language, reading grade 8 or lower). Severity items paraphrase the eleven criteria of clinical reference SEV-1 (never quoted, LIC-2);
 * PHQ-2 and GAD-2 items are used exactly as published (LIC-3); the safety question is our own
 * (LIC-4). Validated by `QuestionnaireSchema` at build (`scripts/check-questionnaire.ts`) and in tests.
 */
import type { Questionnaire, QuestionnaireDefinition } from './schema.ts';
import { safety } from './sections/safety.ts';
import { use } from './sections/use.ts';
import { severity } from './sections/severity.ts';
import { health } from './sections/health.ts';
import { pregnancy } from './sections/pregnancy.ts';
import { home } from './sections/home.ts';
import { preferences } from './sections/preferences.ts';

export const definition = {
  id: 'treatment-options-self-check',
  version: '2.1.0',
  sections: [safety, use, severity, health, pregnancy, home, preferences],
} as const satisfies QuestionnaireDefinition;

type AnyQuestion = (typeof definition)['sections'][number]['questions'][number];
export type QuestionId = AnyQuestion['id'];
export type OptionValue<Id extends QuestionId> = Extract<AnyQuestion, { id: Id }>['options'][number]['value'];

/**
 * The questionnaire as the app reads it. `satisfies` above checks the shape at compile time; the
 * cross-references are checked by `QuestionnaireSchema` at build and in tests, not on every page load.
 */
export const questionnaire: Questionnaire = definition;
