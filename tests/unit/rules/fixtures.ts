/** Realistic answer sets for the rules tests, written with checked ids and values. */
import type { Answers } from '../../../questions/answers.ts';
import { toAnswers, type TypedAnswers } from './support/typed-answers.ts';

/**
 * Mild use, steady and supportive home, no other risks: nothing asks for more than outpatient, and
 * no caution or extra step applies (no one else at home, school only, no medicine for opioid use now).
 */
export const mildAtHome = {
  'overdose-now': 'no',
  'self-harm-thoughts': 'no',
  'danger-signs-now': 'no',
  adult: 'yes',
  'current-medicine': 'none',
  'opioids-used': ['pills-not-as-prescribed'],
  'how-used': ['swallow'],
  'last-use': 'past-week',
  'recent-overdose': 'no',
  control: ['more-than-meant', 'craving'],
  'life-impact': ['none'],
  'body-changes': ['tolerance'],
  'phq-interest': 'several-days',
  'phq-down': 'not-at-all',
  'gad-nervous': 'several-days',
  'gad-worry': 'several-days',
  'mental-health-diagnosis': 'no',
  alcohol: 'no',
  benzodiazepines: 'no',
  'other-drugs': ['none'],
  'health-now': ['none'],
  'withdrawal-history': 'no',
  pregnancy: 'does-not-apply',
  housing: 'stable',
  'others-use': 'no',
  'home-safe': 'yes',
  'support-person': 'yes',
  responsibilities: ['school'],
  transport: 'yes',
  'recent-release': ['none'],
  'previous-treatment': 'never',
  'open-to-medication': 'yes',
  'daily-visits': 'yes',
  'prefers-non-opioid': 'no-preference',
} as const satisfies TypedAnswers;

/** Severe use (9 criteria), fentanyl, an unsteady home where others use, nobody supporting recovery. */
export const severeNoSupport = {
  ...mildAtHome,
  'opioids-used': ['heroin', 'fentanyl'],
  'how-used': ['smoke', 'inject'],
  'last-use': 'past-day',
  control: ['more-than-meant', 'could-not-cut-down', 'much-time', 'craving'],
  'life-impact': ['duties', 'relationships', 'gave-up-activities'],
  'body-changes': ['tolerance', 'withdrawal'],
  housing: 'unstable',
  'others-use': 'yes',
  'support-person': 'no',
  responsibilities: ['none'],
  'daily-visits': 'not-sure',
} as const satisfies TypedAnswers;

/** Moderate use (5 criteria) at a steady, supportive home. */
export const moderateAtHome = {
  ...mildAtHome,
  control: ['more-than-meant', 'could-not-cut-down', 'craving'],
  'body-changes': ['tolerance', 'withdrawal'],
} as const satisfies TypedAnswers;

export function answersOf(...parts: TypedAnswers[]): Answers {
  return toAnswers(Object.assign({}, ...parts) as TypedAnswers);
}
