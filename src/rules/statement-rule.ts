/**
 * A statement rule: when it applies (condition data), what it cites, and which catalog text words
 * it. Applying one gives a Statement with the reasons of the answers that made it apply; the same
 * record feeds the generated decision table.
 */
import type { Answers } from '../../questions/answers.ts';
import type { Statement } from './recommendation.ts';
import { holds, type RuleCondition, type Facts } from './rule-conditions.ts';
import type { SourceId } from './sources.ts';
import { statement } from './statement.ts';
import type { RuleTexts } from '../i18n/word-types.ts';

export type StatementRule = {
  readonly id: string;
  /** Absent: everyone sees it. */
  readonly when?: RuleCondition;
  /**
   * Explained by these answers when they were given, instead of by `when` (whose parts may all be
   * "not", which explains nothing): shown whenever `when` holds, or to everyone without one.
   */
  readonly explainedBy?: RuleCondition;
  readonly sources: readonly SourceId[];
  /** Sources cited first, only when their own condition holds. */
  readonly alsoCites?: { readonly when: RuleCondition; readonly sources: readonly SourceId[] };
  readonly text: (texts: RuleTexts, answers: Answers) => string;
};

export function apply(rule: StatementRule, facts: Facts): Statement | null {
  const applies = rule.when ? holds(rule.when, facts) : [];
  if (applies === null) return null;
  const reasons = rule.explainedBy ? (holds(rule.explainedBy, facts) ?? []) : applies;
  const extra = rule.alsoCites && holds(rule.alsoCites.when, facts) ? rule.alsoCites.sources : [];
  return statement(rule.id, rule.text(facts.texts, facts.answers), [...extra, ...rule.sources], reasons);
}

export function applyAll(rules: readonly StatementRule[], facts: Facts) {
  return rules.map((rule) => apply(rule, facts)).filter((item): item is Statement => item !== null);
}
