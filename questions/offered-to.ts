/**
 * The questionnaire as it is offered to one perspective: an option meant only for someone answering
 * about another person ("I don't know") is left out when the person answers for themselves. Only
 * options change; every question, condition and value stays.
 */
import type { Perspective } from './perspective.ts';
import type { Questionnaire } from './schema.ts';

export function offeredTo(questionnaire: Questionnaire, perspective: Perspective): Questionnaire {
  return {
    ...questionnaire,
    sections: questionnaire.sections.map((section) => ({
      ...section,
      questions: section.questions.map((question) => ({
        ...question,
        options: question.options.filter((option) => option.onlyFor === undefined || option.onlyFor === perspective),
      })),
    })),
  };
}
