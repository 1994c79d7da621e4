/**
 * The journey is re-derived from the answers every time, never cached: which questions apply, in
 * what order, and where Continue and Back lead. A condition only sees answers to questions that
 * are themselves on the journey, so an answer left behind on a hidden branch never counts.
 */
import type { Question, Questionnaire, Section } from './schema.ts';
import type { Answers } from './answers.ts';
import { showWhenHolds } from './show-when.ts';

export function allQuestions(questionnaire: Questionnaire): Question[] {
  return questionnaire.sections.flatMap((section) => section.questions);
}

export function findQuestion(questionnaire: Questionnaire, id: string): Question | undefined {
  return allQuestions(questionnaire).find((question) => question.id === id);
}

export function sectionOf(questionnaire: Questionnaire, questionId: string): Section | undefined {
  return questionnaire.sections.find((section) => section.questions.some((q) => q.id === questionId));
}

/** The questions that apply to these answers, in order. */
export function journey(questionnaire: Questionnaire, answers: Answers): Question[] {
  const visible: Question[] = [];
  const seen: Record<string, Answers[string]> = {};
  for (const question of allQuestions(questionnaire)) {
    if (!question.showWhen || showWhenHolds(question.showWhen, seen)) {
      visible.push(question);
      const answer = answers[question.id];
      if (answer !== undefined) seen[question.id] = answer;
    }
  }
  return visible;
}

/** Only the answers to questions on the journey: what the rules and summaries may use. */
export function effectiveAnswers(questionnaire: Questionnaire, answers: Answers): Answers {
  const kept: Record<string, Answers[string]> = {};
  for (const question of journey(questionnaire, answers)) {
    const answer = answers[question.id];
    if (answer !== undefined) kept[question.id] = answer;
  }
  return kept;
}

export function nextQuestion(questionnaire: Questionnaire, answers: Answers, currentId: string) {
  const path = journey(questionnaire, answers);
  const index = path.findIndex((question) => question.id === currentId);
  return index === -1 ? firstUnanswered(questionnaire, answers) : path[index + 1];
}

export function previousQuestion(questionnaire: Questionnaire, answers: Answers, currentId: string) {
  const path = journey(questionnaire, answers);
  const index = path.findIndex((question) => question.id === currentId);
  return index > 0 ? path[index - 1] : undefined;
}

export function firstUnanswered(questionnaire: Questionnaire, answers: Answers): Question | undefined {
  return journey(questionnaire, answers).find((question) => answers[question.id] === undefined);
}
