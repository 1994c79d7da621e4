/**
 * Answers in, Recommendation out: pure, total and deterministic. Only answers on the person's
 * journey count, so an answer left behind on a branch that is no longer asked changes nothing.
 */
import type { Answers } from '../../questions/answers.ts';
import { effectiveAnswers } from '../../questions/journey.ts';
import { questionnaire } from '../../questions/questionnaire.ts';
import { cautions } from './cautions.ts';
import { medicationNotes, medications } from './medications.ts';
import { nextSteps } from './next-steps.ts';
import type { Recommendation } from './recommendation.ts';
import { chooseSetting } from './setting.ts';
import { assessSeverity } from './severity.ts';
import { support } from './support.ts';
import { RULES_VERSION } from './version.ts';

export function assess(answers: Answers): Recommendation {
  const given = effectiveAnswers(questionnaire, answers);
  const severity = assessSeverity(given);
  const { setting } = chooseSetting(given, severity);
  return {
    questionnaireVersion: questionnaire.version,
    rulesVersion: RULES_VERSION,
    severity: severity.severity,
    setting,
    medicationNotes: medicationNotes(given),
    medications: medications(given),
    cautions: cautions(given, setting),
    support: support(given),
    nextSteps: nextSteps(given),
  };
}
