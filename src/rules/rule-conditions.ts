/**
 * Rule conditions as data, not code: an answer, a severity floor or band, the mood screens, who
 * answers, combined with all/any/not. The same record is evaluated here to give the reasons,
 * and described in plain words for the decision table, so the two can never drift apart.
 */
import type { Perspective } from '../../questions/perspective.ts';
import type { Language } from '../i18n/languages.ts';
import type { MultipleQuestionId, SingleQuestionId } from '../../questions/read-answers.ts';
import type { OptionValue } from '../../questions/questionnaire.ts';
import type { AnswerComparison } from '../../questions/schema.ts';
import type { Reason } from './recommendation.ts';
import { allOf, anyOf, whenAnswer, type Explained, type ExplainedValue, type RuleContext } from './reasons.ts';
import { positiveMoodScreen } from './mood-screens.ts';
import type { SeverityLevel, SeverityResult } from './severity.ts';

export type { Perspective };

export type SeverityFloor = 'mild' | 'moderate' | 'severe';

/** An answer is compared with the record and test of `showWhen`; the rules read only offered answers. */
export type RuleCondition =
  | AnswerComparison
  | { readonly severityAtLeast: SeverityFloor }
  /** Fewer than two of the eleven signs were ticked (SEV-2 "none"); not when none were answered. */
  | { readonly severityNone: true }
  | { readonly moodScreen: 'positive' }
  | { readonly perspective: Perspective }
  | { readonly all: readonly RuleCondition[] }
  | { readonly any: readonly RuleCondition[] }
  | { readonly not: RuleCondition };

/** The answer to a question is one of `values` (a checkbox question: any of them is ticked). */
export function answer<Id extends Explained & (SingleQuestionId | MultipleQuestionId)>(
  question: Id,
  values: readonly (ExplainedValue<Id> & OptionValue<Id>)[],
): AnswerComparison {
  return { questionId: question, anyOf: values };
}

export const all = (...conditions: RuleCondition[]): RuleCondition => ({ all: conditions });
export const any = (...conditions: RuleCondition[]): RuleCondition => ({ any: conditions });
export const not = (condition: RuleCondition): RuleCondition => ({ not: condition });
export const severityAtLeast = (floor: SeverityFloor): RuleCondition => ({ severityAtLeast: floor });
export const moodScreenPositive: RuleCondition = { moodScreen: 'positive' };
export const severityNone: RuleCondition = { severityNone: true };

export type Facts = RuleContext & {
  readonly severity: SeverityResult;
  readonly perspective: Perspective;
  /** The language the person reads: it only adds asking for help in that language. */
  readonly language: Language;
};

const severityRank: Record<SeverityLevel, number> = { 'not-answered': 0, none: 0, mild: 1, moderate: 2, severe: 3 };

/** The reasons when the condition holds (possibly none), null when it does not. */
export function holds(condition: RuleCondition, facts: Facts): Reason[] | null {
  if ('questionId' in condition) return whenAnswer(facts, condition);
  if ('severityAtLeast' in condition) {
    const { severity, reasons } = facts.severity;
    return severityRank[severity.level] >= severityRank[condition.severityAtLeast] ? reasons : null;
  }
  if ('severityNone' in condition) {
    const { severity, reasons } = facts.severity;
    return severity.level === 'none' ? reasons : null;
  }
  if ('moodScreen' in condition) return positiveMoodScreen(facts);
  if ('perspective' in condition) return facts.perspective === condition.perspective ? [] : null;
  if ('all' in condition) return allOf(...condition.all.map((part) => holds(part, facts)));
  if ('any' in condition) return anyOf(...condition.any.map((part) => holds(part, facts)));
  return holds(condition.not, facts) === null ? [] : null;
}
