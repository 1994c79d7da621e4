/**
 * Rule conditions as data, not code: an answer, a severity floor, the mood screens, combined with
 * all/any (and, for next steps only, not). The same record is evaluated here to give the reasons,
 * and described in plain words for the decision table, so the two can never drift apart.
 */
import { allQuestions } from '../../questions/journey.ts';
import type { Perspective } from '../../questions/perspective.ts';
import type { MultipleQuestionId, SingleQuestionId } from '../../questions/read-answers.ts';
import type { OptionValue } from '../../questions/questionnaire.ts';
import { questionnaire } from '../../questions/questionnaire.ts';
import type { Reason } from './recommendation.ts';
import { allOf, anyOf, whenAny, whenOne, type Explained, type ExplainedValue, type RuleContext } from './reasons.ts';
import { positiveMoodScreen } from './mood-screens.ts';
import type { SeverityLevel, SeverityResult } from './severity.ts';

export type { Perspective };

const kinds = new Map(allQuestions(questionnaire).map((question) => [question.id, question.kind] as const));

export type SeverityFloor = 'mild' | 'moderate' | 'severe';

export type Condition =
  | { readonly question: Explained; readonly oneOf: readonly string[] }
  | { readonly severityAtLeast: SeverityFloor }
  | { readonly moodScreen: 'positive' }
  | { readonly perspective: Perspective }
  | { readonly all: readonly Condition[] }
  | { readonly any: readonly Condition[] }
  | { readonly not: Condition };

/** The answer to a question is one of `values` (a checkbox question: any of them is ticked). */
export function answer<Id extends Explained & (SingleQuestionId | MultipleQuestionId)>(
  question: Id,
  values: readonly (ExplainedValue<Id> & OptionValue<Id>)[],
): Condition {
  return { question, oneOf: values };
}

export const all = (...conditions: Condition[]): Condition => ({ all: conditions });
export const any = (...conditions: Condition[]): Condition => ({ any: conditions });
export const not = (condition: Condition): Condition => ({ not: condition });
export const severityAtLeast = (floor: SeverityFloor): Condition => ({ severityAtLeast: floor });
export const moodScreenPositive: Condition = { moodScreen: 'positive' };

export type Facts = RuleContext & { readonly severity: SeverityResult; readonly perspective: Perspective };

const severityRank: Record<SeverityLevel, number> = { 'not-answered': 0, none: 0, mild: 1, moderate: 2, severe: 3 };

/** The reasons when the condition holds (possibly none), null when it does not. */
export function holds(condition: Condition, facts: Facts): Reason[] | null {
  if ('question' in condition) {
    const kind = kinds.get(condition.question);
    const values = condition.oneOf as never[];
    return kind === 'multiple'
      ? whenAny(facts, condition.question as MultipleQuestionId & Explained, values)
      : whenOne(facts, condition.question as SingleQuestionId & Explained, values);
  }
  if ('severityAtLeast' in condition) {
    const { severity, reasons } = facts.severity;
    return severityRank[severity.level] >= severityRank[condition.severityAtLeast] ? reasons : null;
  }
  if ('moodScreen' in condition) return positiveMoodScreen(facts);
  if ('perspective' in condition) return facts.perspective === condition.perspective ? [] : null;
  if ('all' in condition) return allOf(...condition.all.map((part) => holds(part, facts)));
  if ('any' in condition) return anyOf(...condition.any.map((part) => holds(part, facts)));
  return holds(condition.not, facts) === null ? [] : null;
}
