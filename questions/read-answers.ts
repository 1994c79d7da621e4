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

/** An answer set written with checked ids and values (fixtures, examples). */
export type TypedAnswers = { readonly [Id in SingleQuestionId]?: OptionValue<Id> } & {
  readonly [Id in MultipleQuestionId]?: readonly OptionValue<Id>[];
};

const allowedValues = new Map<string, readonly string[]>(
  allQuestions(questionnaire).map((question) => [question.id, question.options.map((option) => option.value)] as const),
);

function isAllowed(id: QuestionId, value: string): boolean {
  return allowedValues.get(id)?.includes(value) ?? false;
}

/** The option chosen for a single-choice question, or undefined when not (validly) answered. */
export function single<Id extends SingleQuestionId>(answers: Answers, id: Id): OptionValue<Id> | undefined {
  const answer = answers[id];
  return (typeof answer === 'string' && isAllowed(id, answer) ? answer : undefined) as OptionValue<Id> | undefined;
}

/** The options chosen for a checkbox question; empty when not answered. */
export function multiple<Id extends MultipleQuestionId>(answers: Answers, id: Id): readonly OptionValue<Id>[] {
  return chosenValues(answers[id]).filter((value) => isAllowed(id, value)) as OptionValue<Id>[];
}

/** Whether the question has a (valid) answer at all. */
export function answered(answers: Answers, id: QuestionId): boolean {
  return chosenValues(answers[id]).some((value) => isAllowed(id, value));
}

/** Widens a typed answer set to the stored shape. */
export function toAnswers(typed: TypedAnswers): Answers {
  return typed;
}
