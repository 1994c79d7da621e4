/** Evaluates a structured `showWhen` condition against the answers given so far. Pure. */
import type { AnswerComparison, ShowWhen } from './schema.ts';
import type { Answers } from './answers.ts';
import { valuesChosen } from './answer-comparison.ts';
import { chosenValues } from './chosen-values.ts';

export function showWhenHolds(showWhen: ShowWhen, answers: Answers): boolean {
  if ('all' in showWhen) return showWhen.all.every((part) => showWhenHolds(part, answers));
  if ('any' in showWhen) return showWhen.any.some((part) => showWhenHolds(part, answers));
  return valuesChosen(showWhen, chosenValues(answers[showWhen.questionId])).length > 0;
}

/** Every answer comparison in the condition, however deeply nested. */
export function comparisonsIn(showWhen: ShowWhen): AnswerComparison[] {
  if ('all' in showWhen) return showWhen.all.flatMap(comparisonsIn);
  if ('any' in showWhen) return showWhen.any.flatMap(comparisonsIn);
  return [showWhen];
}
