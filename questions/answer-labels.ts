/** An answer as the person chose it: the labels of the chosen options, in the question's order. */
import type { AnswerValue } from './answers.ts';
import { chosenValues } from './chosen-values.ts';
import type { WordedQuestion } from './schema.ts';

export function answerLabels(question: WordedQuestion, value: AnswerValue | undefined): string[] {
  const chosen = chosenValues(value);
  return question.options.filter((option) => chosen.includes(option.value)).map((option) => option.label);
}
