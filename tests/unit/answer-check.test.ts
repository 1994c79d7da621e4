/**
 * The one definition of a valid answer: what the question page and the machine accept, what is
 * wrong with anything else, and the proof that the zod schemas for outside data say exactly the same.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerProblem } from '../../questions/answer-check.ts';
import { question } from './support/question.ts';
import { answerProblemMessages, answerSchemaFor } from '../../questions/answers.ts';
import { allQuestions } from '../../questions/journey.ts';
import { questionnaire } from '../support/words.ts';
import type { WordedQuestion as Question } from '../../questions/schema.ts';
import { junkAnswerFor, validAnswerFor } from './rules/support/answer-arbitraries.ts';

const housing = question('housing');
const responsibilities = question('responsibilities');

describe('answerProblem for a single-choice question', () => {
  it('accepts each option the question offers', () => {
    for (const option of housing.options) expect(answerProblem(housing, option.value)).toBeNull();
  });

  it('finds no answer when nothing is chosen', () => {
    for (const missing of [undefined, null, '']) expect(answerProblem(housing, missing)).toBe('no-answer');
  });

  it('finds no answer in a value of the wrong type', () => {
    for (const wrong of [1, true, {}, { value: 'stable' }, ['stable'], []]) {
      expect(answerProblem(housing, wrong)).toBe('no-answer');
    }
  });

  it('finds no answer in an option it does not offer', () => {
    for (const unknown of ['castle', 'Stable', ' stable', '<img src=x>']) {
      expect(answerProblem(housing, unknown)).toBe('no-answer');
    }
  });
});

describe('answerProblem for a checkbox question', () => {
  it('accepts any options it offers, and "None of these" on its own', () => {
    expect(answerProblem(responsibilities, ['children', 'work'])).toBeNull();
    expect(answerProblem(responsibilities, ['school'])).toBeNull();
    expect(answerProblem(responsibilities, ['none'])).toBeNull();
  });

  it('finds no answer when nothing is chosen', () => {
    for (const missing of [undefined, null, [], false]) {
      expect(answerProblem(responsibilities, missing)).toBe('no-answer');
    }
  });

  it('finds no answer in a value of the wrong type', () => {
    for (const wrong of ['work', 3, { 0: 'work' }, [3], ['work', null], [['work']]]) {
      expect(answerProblem(responsibilities, wrong)).toBe('no-answer');
    }
  });

  it('finds no answer when any option is not offered', () => {
    expect(answerProblem(responsibilities, ['work', 'hobbies'])).toBe('no-answer');
    // An unknown option is named first, even beside "None of these".
    expect(answerProblem(responsibilities, ['none', 'hobbies'])).toBe('no-answer');
  });

  it('finds "None of these" with others when it is combined with any option, itself included', () => {
    expect(answerProblem(responsibilities, ['none', 'work'])).toBe('exclusive-with-others');
    expect(answerProblem(responsibilities, ['children', 'school', 'none'])).toBe('exclusive-with-others');
    expect(answerProblem(responsibilities, ['none', 'none'])).toBe('exclusive-with-others');
  });
});

describe('the zod schema for answers from outside', () => {
  const anyValue = (q: Question) => fc.oneof(validAnswerFor(q), junkAnswerFor(q), fc.anything());
  const everyQuestionWithAnyValue = fc
    .constantFrom(...allQuestions(questionnaire))
    .chain((q) => fc.tuple(fc.constant(q), anyValue(q)));

  it('accepts exactly what answerProblem accepts, and names the same problem first', () => {
    fc.assert(
      fc.property(everyQuestionWithAnyValue, ([q, value]) => {
        const parsed = answerSchemaFor(q).safeParse(value);
        const problem = answerProblem(q, value);
        expect(parsed.success ? null : parsed.error.issues[0]?.message).toBe(
          problem === null ? null : answerProblemMessages[problem],
        );
        expect(parsed.data).toEqual(parsed.success ? value : undefined);
      }),
      { numRuns: 3000 },
    );
  });

  it('agrees on "None of these" with every other option of every checkbox question', () => {
    for (const q of allQuestions(questionnaire).filter((each) => each.kind === 'multiple')) {
      for (const exclusive of q.options.filter((option) => option.exclusive)) {
        for (const other of q.options.filter((option) => option !== exclusive)) {
          const value = [other.value, exclusive.value];
          expect(answerProblem(q, value)).toBe('exclusive-with-others');
          expect(answerSchemaFor(q).safeParse(value).error?.issues[0]?.message).toBe(
            answerProblemMessages['exclusive-with-others'],
          );
        }
      }
    }
  });
});
