/**
 * The journey is re-derived from the answers every time, never cached: which questions apply, in
 * what order, and where Continue and Back lead. A condition only sees answers to questions that
 * are themselves on the journey, so an answer left behind on a hidden branch never counts.
 */
import type { Questionnaire } from './schema.ts';
import type { Answers } from './answers.ts';
import { showWhenHolds } from './show-when.ts';

/*
 * Each function works on the structure and on a questionnaire with words alike, and gives back
 * questions of the kind it was given: with words in, with words out.
 */
type SectionOf<Q extends Questionnaire> = Q['sections'][number];
export type QuestionOf<Q extends Questionnaire> = SectionOf<Q>['questions'][number];

export function allQuestions<Q extends Questionnaire>(questionnaire: Q): QuestionOf<Q>[] {
  return questionnaire.sections.flatMap((section: SectionOf<Q>) => section.questions);
}

export function findQuestion<Q extends Questionnaire>(questionnaire: Q, id: string): QuestionOf<Q> | undefined {
  return allQuestions(questionnaire).find((question) => question.id === id);
}

export function sectionOf<Q extends Questionnaire>(questionnaire: Q, questionId: string): SectionOf<Q> | undefined {
  return questionnaire.sections.find((section: SectionOf<Q>) => section.questions.some((q) => q.id === questionId));
}

/** The questions that apply to these answers, in order. */
export function journey<Q extends Questionnaire>(questionnaire: Q, answers: Answers): QuestionOf<Q>[] {
  const visible: QuestionOf<Q>[] = [];
  const seen: Record<string, Answers[string]> = {};
  for (const question of allQuestions(questionnaire)) {
    if (!question.showWhen || showWhenHolds(question.showWhen, seen)) {
      visible.push(question);
      const answer = answers[question.id];
      // Read as the question's kind says, as the rules read it: a list where one choice is
      // expected chose nothing, so it opens no follow-up question (read-answers.ts).
      if (answer !== undefined && (question.kind === 'multiple' || typeof answer === 'string')) {
        seen[question.id] = answer;
      }
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

export function nextQuestion<Q extends Questionnaire>(questionnaire: Q, answers: Answers, currentId: string) {
  const path = journey(questionnaire, answers);
  const index = path.findIndex((question) => question.id === currentId);
  return index === -1 ? firstUnanswered(questionnaire, answers) : path[index + 1];
}

export function previousQuestion<Q extends Questionnaire>(questionnaire: Q, answers: Answers, currentId: string) {
  const path = journey(questionnaire, answers);
  const index = path.findIndex((question) => question.id === currentId);
  return index > 0 ? path[index - 1] : undefined;
}

export function firstUnanswered<Q extends Questionnaire>(
  questionnaire: Q,
  answers: Answers,
): QuestionOf<Q> | undefined {
  return journey(questionnaire, answers).find((question) => answers[question.id] === undefined);
}
