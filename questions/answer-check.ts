/**
 * The one definition of a valid answer to a question, as plain code. The question page and the
 * machine check every answer with it before the first question can be used, so it needs no
 * validation library; the zod schemas that check answers from outside (saved data, answer files,
 * see answers.ts) are built on it, so the page and the outside world can never disagree. It names
 * the problem, not the words: the page words it in the person's language.
 */
import type { Question } from './schema.ts';

/**
 * `no-answer`: nothing chosen, a value of the wrong type, or an option the question does not offer.
 * `exclusive-with-others`: "None of these" chosen together with another option.
 */
export type AnswerProblem = 'no-answer' | 'exclusive-with-others';

/** Null when `value` is an answer the question accepts; otherwise what is wrong with it. */
export function answerProblem(question: Question, value: unknown): AnswerProblem | null {
  const isOffered = (choice: unknown) =>
    typeof choice === 'string' && question.options.some((option) => option.value === choice);
  if (question.kind === 'single') return isOffered(value) ? null : 'no-answer';
  if (!Array.isArray(value) || value.length === 0 || !value.every(isOffered)) return 'no-answer';
  const isExclusive = (choice: unknown) =>
    question.options.some((option) => option.exclusive === true && option.value === choice);
  return value.length > 1 && value.some(isExclusive) ? 'exclusive-with-others' : null;
}
