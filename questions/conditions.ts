/** Evaluates a structured `showWhen` condition against the answers given so far. Pure. */
import type { Condition } from './schema.ts';
import type { Answers } from './answers.ts';
import { chosenValues } from './chosen-values.ts';

export function conditionHolds(condition: Condition, answers: Answers): boolean {
  if ('all' in condition) return condition.all.every((part) => conditionHolds(part, answers));
  if ('any' in condition) return condition.any.some((part) => conditionHolds(part, answers));
  const chosen = chosenValues(answers[condition.questionId]);
  switch (condition.operator) {
    case 'is':
    case 'includes':
      return chosen.includes(condition.value);
    case 'isOneOf':
    case 'includesAnyOf':
      return condition.values.some((value) => chosen.includes(value));
  }
}
