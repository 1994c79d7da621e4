/**
 * Where Continue leads after an answer. Kept apart from the machine so the guard and the action
 * share one computation: in the normal flow the next question on the journey; after a Change from
 * "Check your answers", any question the change newly opened, else back to the check page. A
 * question the caller declined to answer counts as done: it is never asked again by itself.
 */
import type { Answers, AnswerValue } from '../../questions/answers.ts';
import { journey, nextQuestion } from '../../questions/journey.ts';
import type { Questionnaire } from '../../questions/schema.ts';

export type Step = { screen: 'question'; questionId: string } | { screen: 'check' };

export function withAnswer(answers: Answers, questionId: string, value: AnswerValue): Answers {
  return { ...answers, [questionId]: value };
}

export function withoutAnswer(answers: Answers, questionId: string): Answers {
  return Object.fromEntries(Object.entries(answers).filter(([id]) => id !== questionId));
}

/** The first question on the journey with no answer that the caller did not decline. */
export function firstOpen(questionnaire: Questionnaire, answers: Answers, declined: readonly string[]) {
  return journey(questionnaire, answers).find(
    (question) => answers[question.id] === undefined && !declined.includes(question.id),
  );
}

export function stepAfter(
  questionnaire: Questionnaire,
  answers: Answers,
  questionId: string,
  editing: boolean,
  declined: readonly string[] = [],
): Step {
  const next = editing ? firstOpen(questionnaire, answers, declined) : nextQuestion(questionnaire, answers, questionId);
  return next ? { screen: 'question', questionId: next.id } : { screen: 'check' };
}
