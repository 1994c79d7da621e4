/**
 * Where Continue leads after an answer. Kept apart from the machine so the guard and the action
 * share one computation: in the normal flow the next question on the journey; after a Change from
 * "Check your answers", any question the change newly opened, else back to the check page.
 */
import type { Answers, AnswerValue } from '../../questions/answers.ts';
import { firstUnanswered, nextQuestion } from '../../questions/journey.ts';
import type { Questionnaire } from '../../questions/schema.ts';

export type Step = { screen: 'question'; questionId: string } | { screen: 'check' };

export function withAnswer(answers: Answers, questionId: string, value: AnswerValue): Answers {
  return { ...answers, [questionId]: value };
}

export function stepAfter(questionnaire: Questionnaire, answers: Answers, questionId: string, editing: boolean): Step {
  const next = editing ? firstUnanswered(questionnaire, answers) : nextQuestion(questionnaire, answers, questionId);
  return next ? { screen: 'question', questionId: next.id } : { screen: 'check' };
}
