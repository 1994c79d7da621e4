/**
 * Answer sets drawn from the questionnaire itself, so a new question or option is covered without
 * editing the tests: any subset of questions, each with a value it offers (one option, or any set of
 * checkboxes, even "None of these" with others), follow-ups answered while their parent hides them,
 * and junk that still fits the `Answers` type (unknown ids and values, a list where one value is
 * expected, a bare string where a list is expected).
 */
import fc from 'fast-check';
import type { Answers, AnswerValue } from '../../../../questions/answers.ts';
import { allQuestions } from '../../../../questions/journey.ts';
import { questionnaire } from '../../../../questions/questionnaire.ts';
import type { Question } from '../../../../questions/schema.ts';
import type { Perspective } from '../../../../src/rules/rule-conditions.ts';

export const questions: readonly Question[] = allQuestions(questionnaire);
const questionIds = new Set(questions.map((question) => question.id));

export const optionValues = (question: Question): string[] => question.options.map((option) => option.value);

/** One value the question offers: an option, or any set of its checkboxes in any order. */
export function validAnswerFor(question: Question): fc.Arbitrary<AnswerValue> {
  const values = optionValues(question);
  return question.kind === 'single' ? fc.constantFrom(...values) : fc.shuffledSubarray(values);
}

const junkString = fc.oneof(fc.constant(''), fc.string({ maxLength: 12 }), fc.constantFrom('yes', 'no', 'none'));

/** A value of the right type but not offered, or of the other answer shape. */
export function junkAnswerFor(question: Question): fc.Arbitrary<AnswerValue> {
  const values = optionValues(question);
  const offeredOrNot = fc.oneof(fc.constantFrom(...values), junkString);
  return question.kind === 'single'
    ? fc.oneof(junkString, fc.array(offeredOrNot, { maxLength: 3 }))
    : fc.oneof(offeredOrNot, fc.array(junkString, { maxLength: 3 }));
}

/** Some of the questions, each with a value from `answerFor`. */
function someQuestions(answerFor: (question: Question) => fc.Arbitrary<AnswerValue>): fc.Arbitrary<Answers> {
  return fc
    .record(Object.fromEntries(questions.map((question) => [question.id, answerFor(question)])), { requiredKeys: [] })
    .map((record) =>
      Object.fromEntries(
        Object.entries(record).flatMap(([id, value]) => (value === undefined ? [] : [[id, value] as const])),
      ),
    );
}

/** Any subset of the questions, each with a value it offers. */
export const validAnswers: fc.Arbitrary<Answers> = someQuestions(validAnswerFor);

const unknownIds = fc.dictionary(
  fc.string({ minLength: 1, maxLength: 10 }).filter((id) => !questionIds.has(id) && id !== '__proto__'),
  fc.oneof(junkString, fc.array(junkString, { maxLength: 2 })),
  { maxKeys: 3 },
);

const junkOverlay: fc.Arbitrary<Answers> = someQuestions(junkAnswerFor);

/** Valid answers with some replaced by junk and some unknown ids added. */
export const messyAnswers: fc.Arbitrary<Answers> = fc
  .tuple(validAnswers, fc.subarray(questions.map((question) => question.id)), junkOverlay, unknownIds)
  .map(([valid, replaced, junk, unknown]) => {
    const kept = replaced.flatMap((id) => (junk[id] === undefined ? [] : [[id, junk[id]] as const]));
    return { ...unknown, ...valid, ...Object.fromEntries(kept) };
  });

/** Mostly well-formed answer sets, some messy. */
export const anyAnswers: fc.Arbitrary<Answers> = fc.oneof(
  { arbitrary: validAnswers, weight: 3 },
  { arbitrary: messyAnswers, weight: 1 },
);

export const anyPerspective: fc.Arbitrary<Perspective | undefined> = fc.constantFrom(undefined, 'self', 'other');

/** Answers with some of them forced, e.g. to make sure a risk is present. */
export function withForced(forced: fc.Arbitrary<Answers>, base: fc.Arbitrary<Answers> = anyAnswers) {
  return fc.tuple(base, forced).map(([answers, overrides]): Answers => ({ ...answers, ...overrides }));
}
