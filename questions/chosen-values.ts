import type { AnswerValue } from './answers.ts';

/** The option values an answer chose: one for a single choice, any number for checkboxes. */
export function chosenValues(answer: AnswerValue | undefined): readonly string[] {
  if (answer === undefined) return [];
  return typeof answer === 'string' ? [answer] : answer;
}
