/**
 * Typed reading of an answer set. Answers are stored as plain strings keyed by id; these accessors
 * tie each read to the questionnaire's own ids and option values, so a typo'd id or value in a rule
 * fails the type check. At run time a value the question does not offer reads as "not answered",
 * so the rules never act on an answer the person could not have given.
 */
import type { Answers } from './answers.ts';
import { chosenValues } from './chosen-values.ts';
import { allQuestions } from './journey.ts';
import { questionnaire, type definition, type OptionValue, type QuestionId } from './questionnaire.ts';

type AnyQuestion = (typeof definition)['sections'][number]['questions'][number];
export type SingleQuestionId = Extract<AnyQuestion, { kind: 'single' }>['id'];
export type MultipleQuestionId = Extract<AnyQuestion, { kind: 'multiple' }>['id'];

const questionsById = new Map(allQuestions(questionnaire).map((question) => [question.id, question] as const));

function isOfferedValue(id: QuestionId, value: string): boolean {
  return questionsById.get(id)?.options.some((option) => option.value === value) ?? false;
}

/** The option chosen for a single-choice question, or undefined when not (validly) answered. */
export function single<Id extends SingleQuestionId>(answers: Answers, id: Id): OptionValue<Id> | undefined {
  const answer = answers[id];
  return (typeof answer === 'string' && isOfferedValue(id, answer) ? answer : undefined) as OptionValue<Id> | undefined;
}

/** The options chosen for a checkbox question; empty when not answered. */
export function multiple<Id extends MultipleQuestionId>(answers: Answers, id: Id): readonly OptionValue<Id>[] {
  return chosenValues(answers[id]).filter((value) => isOfferedValue(id, value)) as OptionValue<Id>[];
}

/** Whether the question has a (valid) answer at all. */
export function answered(answers: Answers, id: QuestionId): boolean {
  return chosenValues(answers[id]).some((value) => isOfferedValue(id, value));
}

/**
 * The offered values chosen, read as the question's kind says: at most one for a single choice (a
 * list there chose nothing), any number for checkboxes. What the rules' answer comparisons look at.
 */
export function offeredChoices(answers: Answers, id: QuestionId): readonly string[] {
  if (questionsById.get(id)?.kind === 'multiple') return multiple(answers, id as MultipleQuestionId);
  const value = single(answers, id as SingleQuestionId);
  return value === undefined ? [] : [value];
}
