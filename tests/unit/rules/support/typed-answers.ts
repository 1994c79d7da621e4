/**
 * Answer sets written with checked ids and values, for fixtures: a typo'd question id or option
 * value in a test fails the type check, as it would in a rule.
 */
import type { Answers } from '../../../../questions/answers.ts';
import type { OptionValue } from '../../../../questions/questionnaire.ts';
import type { MultipleQuestionId, SingleQuestionId } from '../../../../questions/read-answers.ts';

export type TypedAnswers = { readonly [Id in SingleQuestionId]?: OptionValue<Id> } & {
  readonly [Id in MultipleQuestionId]?: readonly OptionValue<Id>[];
};

/** Widens a typed answer set to the stored shape. */
export function toAnswers(typed: TypedAnswers): Answers {
  return typed;
}
