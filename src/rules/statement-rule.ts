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
  /** Shown to everyone, explained by these answers when they were given. */
  readonly explainedBy?: RuleCondition;
  /** Take the reasons of the suggested setting instead of those of `when`. */
  readonly reasonsOfSetting?: true;
  readonly sources: readonly SourceId[];
  /** Sources cited first, only when their own condition holds. */
  readonly alsoCites?: { readonly when: RuleCondition; readonly sources: readonly SourceId[] };
  readonly text: (texts: RuleTexts, answers: Answers) => string;
};

export function apply(rule: StatementRule, facts: Facts, settingReasons: Statement['reasons'] = []): Statement | null {
  const reasons = rule.when ? holds(rule.when, facts) : rule.explainedBy ? (holds(rule.explainedBy, facts) ?? []) : [];
  if (reasons === null) return null;
  const extra = rule.alsoCites && holds(rule.alsoCites.when, facts) ? rule.alsoCites.sources : [];
  return statement(
    rule.id,
    rule.text(facts.texts, facts.answers),
    [...extra, ...rule.sources],
    rule.reasonsOfSetting ? settingReasons : reasons,
  );
}

export function applyAll(rules: readonly StatementRule[], facts: Facts, settingReasons?: Statement['reasons']) {
  return rules.map((rule) => apply(rule, facts, settingReasons)).filter((item): item is Statement => item !== null);
}
