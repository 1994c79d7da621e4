/**
 * Answer sets for the exports' tests, each made for one part of the result (a setting, no setting,
 * answers not known, the mood checks), and the summary of one in any language and voice. Each
 * starts from a walked journey and sets the answers the part depends on, so the case holds
 * whatever the seed chose elsewhere; `withSetting` and `withoutSetting` fail loudly if it does not.
 */
import type { Answers } from '../../../questions/answers.ts';
import type { Perspective } from '../../../questions/perspective.ts';
import { buildSummary } from '../../../src/export/summary.ts';
import type { Language } from '../../../src/i18n/languages.ts';
import { assess } from '../../../src/rules/assess.ts';
import type { Recommendation } from '../../../src/rules/recommendation.ts';
import { inWords } from '../../support/words.ts';
import { walkedAnswers } from './export-journeys.ts';

/** An adult with no crisis, taking no medicine for opioid use, who answered the mood checks. */
export const settingAnswers: Answers = {
  ...walkedAnswers(12),
  'overdose-now': 'no',
  'self-harm-thoughts': 'no',
  'danger-signs-now': 'no',
  adult: 'yes',
  'current-medicine': 'none',
  'phq-interest': 'nearly-every-day',
  'phq-down': 'several-days',
  'gad-nervous': 'not-at-all',
  'gad-worry': 'not-at-all',
};

/** The same person with thoughts of suicide: a crisis evaluation comes first, no setting (SET-7). */
export const crisisAnswers: Answers = { ...settingAnswers, 'self-harm-thoughts': 'yes' };

/** Answers kept back; someone answering for another person also does not know when they last used. */
export function unknownAnswers(perspective: Perspective): Answers {
  return {
    ...settingAnswers,
    housing: 'stable',
    alcohol: 'prefer-not-to-say',
    'home-safe': 'prefer-not-to-say',
    ...(perspective === 'other' ? { 'last-use': 'dont-know' } : {}),
  };
}

/** The mood checks with the second worry item left unanswered. */
export const halfAnsweredMood: Answers = Object.fromEntries(
  Object.entries(settingAnswers).filter(([id]) => id !== 'gad-worry'),
);

export const voices = [
  ['en', 'self'],
  ['en', 'other'],
  ['es', 'self'],
  ['es', 'other'],
] as const satisfies readonly (readonly [Language, Perspective])[];

export const date = new Date('2026-11-20T15:30:00Z');

/** The recommendation and its summary, both worded in this language and voice. */
export function summaryIn(language: Language, perspective: Perspective, answers: Answers) {
  const words = inWords(language, perspective);
  const recommendation = assess(answers, { perspective, texts: words.rules });
  const summary = buildSummary({
    questionnaire: words.questionnaire,
    answers,
    recommendation,
    date,
    messages: words.messages,
  });
  return { words, recommendation, summary };
}

export function withSetting(recommendation: Recommendation) {
  if (!recommendation.setting) throw new Error(`expected a setting, got "${recommendation.insteadOfSetting?.id}"`);
  return recommendation.setting;
}

export function withoutSetting(recommendation: Recommendation) {
  if (!recommendation.insteadOfSetting) throw new Error(`expected no setting, got "${recommendation.setting?.level}"`);
  return recommendation.insteadOfSetting;
}
