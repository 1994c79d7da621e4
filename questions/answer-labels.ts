/** An answer as the person chose it: the labels of the chosen options, in the question's order. */
import type { AnswerValue } from './answers.ts';
import type { Question } from './schema.ts';

export function answerLabels(question: Question, value: AnswerValue | undefined): string[] {
  if (value === undefined) return [];
  const chosen: readonly string[] = typeof value === 'string' ? [value] : value;
  return question.options.filter((option) => chosen.includes(option.value)).map((option) => option.label);
}
