/**
 * The one definition of a valid answer to a question, as plain code. The question page and the
 * machine check every answer with it before the first question can be used, so it needs no
 * validation library; the zod schemas that check answers from outside (saved data, answer files,
 * see answers.ts) are built on it, so the page and the outside world can never disagree.
 */
import type { Question } from './schema.ts';

/** Shown when "None of these" is chosen together with another option. */
export const EXCLUSIVE_ALONE_MESSAGE = 'Select "None of these" on its own, or select the options that apply';

/**
 * Null when `value` is an answer the question accepts; otherwise the message to show. Nothing
 * chosen, a value of the wrong type or an option the question does not offer gets the question's
 * own message; "None of these" with another option gets EXCLUSIVE_ALONE_MESSAGE.
 */
export function answerProblem(question: Question, value: unknown): string | null {
  const isOffered = (choice: unknown) =>
    typeof choice === 'string' && question.options.some((option) => option.value === choice);
  if (question.kind === 'single') return isOffered(value) ? null : question.errorMessage;
  if (!Array.isArray(value) || value.length === 0 || !value.every(isOffered)) return question.errorMessage;
  const isExclusive = (choice: unknown) =>
    question.options.some((option) => option.exclusive === true && option.value === choice);
  return value.length > 1 && value.some(isExclusive) ? EXCLUSIVE_ALONE_MESSAGE : null;
}
