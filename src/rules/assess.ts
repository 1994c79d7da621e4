/**
 * Answers in, Recommendation out: pure, total and deterministic. Only answers on the person's
 * journey count, so an answer left behind on a branch that is no longer asked changes nothing.
 * The texts only word the result: another language or voice never changes a setting or a
 * medicine; the language only adds asking for care in it.
 */
import type { Answers } from '../../questions/answers.ts';
import { effectiveAnswers } from '../../questions/journey.ts';
import { questionnaire } from '../../questions/questionnaire.ts';
import { doThisNow } from './do-this-now.ts';
import { findCare } from './find-care.ts';
import { medicationsFor } from './medications.ts';
import { gad2, phq2 } from './mood-screens.ts';
import { nextSteps } from './next-steps.ts';
import type { Recommendation } from './recommendation.ts';
import type { Facts, Perspective } from './rule-conditions.ts';
import { chooseSetting } from './setting.ts';
import { assessSeverity } from './severity.ts';
import { applyAll } from './statement-rule.ts';
import { cautionRules, familyRules, supportRules, togetherRules } from './statement-rules.ts';
import { unknownAnswers } from './unknown-answers.ts';
import type { Language } from '../i18n/languages.ts';
import type { RuleTexts } from '../i18n/word-types.ts';
import { RULES_VERSION } from './version.ts';

export type AssessOptions = {
  /** 'other': someone answers for a person they care about; adds what family and friends can do. */
  readonly perspective?: Perspective;
  /** The sentences that word the result, in one language and voice (see src/i18n/). */
  readonly texts: RuleTexts;
  /**
   * The language the person reads (default English). It changes no setting or medicine; it only
   * adds asking for care in that language (what to say, what to look for).
   */
  readonly language?: Language;
};

export function assess(answers: Answers, options: AssessOptions): Recommendation {
  const { texts } = options;
  const given = effectiveAnswers(questionnaire, answers);
  const severity = assessSeverity(given, texts);
  const facts: Facts = {
    answers: given,
    texts,
    severity,
    perspective: options.perspective ?? 'self',
    language: options.language ?? 'en',
  };
  const { setting, insteadOfSetting } = chooseSetting(given, severity, texts);
  const screen = (result: ReturnType<typeof phq2>) => ({ score: result.score, positive: result.positive });
  const medications = medicationsFor(facts);
  const steps = nextSteps(facts);
  return {
    questionnaireVersion: questionnaire.version,
    rulesVersion: RULES_VERSION,
    severity: severity.severity,
    setting,
    insteadOfSetting,
    moodScreens: { phq2: screen(phq2(given)), gad2: screen(gad2(given)) },
    medicationNotes: applyAll(togetherRules, facts),
    medications,
    cautions: applyAll(cautionRules, facts),
    unknowns: unknownAnswers(facts),
    support: applyAll(supportRules, facts),
    family: applyAll(familyRules, facts),
    nextSteps: steps,
    doThisNow: doThisNow(facts, { setting, insteadOfSetting, medications, nextSteps: steps }),
    findCare: findCare(facts, { setting }),
  };
}
