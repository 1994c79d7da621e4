/**
 * The rules are total and deterministic (design convention 4): any answer set, partial,
 * contradictory or junk, gives a Recommendation that fits its contract, the same one every time,
 * whatever order the answers were written in.
 */
import fc from 'fast-check';
import type { Answers } from '../../../../questions/answers.ts';
import { allQuestions } from '../../../../questions/journey.ts';
import { questionnaire } from '../../../../questions/questionnaire.ts';
import { assessInEnglish } from '../../../support/words.ts';
import { RecommendationSchema } from '../../../../src/rules/recommendation.ts';
import { anyAnswers, anyPerspective, messyAnswers } from '../support/answer-arbitraries.ts';
import { PROPERTY_TIMEOUT, runs } from '../support/property-runs.ts';

const reordered = (answers: Answers, order: readonly number[]): Answers => {
  const entries = Object.entries(answers);
  return Object.fromEntries(order.map((index) => entries[index]).filter((entry) => entry !== undefined));
};

describe('assess is total and deterministic', () => {
  it(
    'never throws and always gives a result that parses with RecommendationSchema',
    () => {
      fc.assert(
        fc.property(anyAnswers, anyPerspective, (answers, perspective) => {
          const result = assessInEnglish(answers, perspective);
          expect(RecommendationSchema.safeParse(result).error).toBeUndefined();
        }),
        runs(1000),
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'also for answer sets full of junk: unknown ids, unoffered values, the wrong answer shape',
    () => {
      fc.assert(
        fc.property(messyAnswers, (answers) => {
          expect(RecommendationSchema.safeParse(assessInEnglish(answers)).error).toBeUndefined();
        }),
        runs(300),
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'also when answer values are not strings or lists at all (numbers, null, objects, nested lists)',
    () => {
      const questionIds = allQuestions(questionnaire).map((question) => question.id);
      const anyValues = fc.dictionary(fc.constantFrom(...questionIds), fc.jsonValue(), { maxKeys: 12 });
      fc.assert(
        fc.property(anyValues, anyPerspective, (values, perspective) => {
          const answers = values as unknown as Answers;
          expect(RecommendationSchema.safeParse(assessInEnglish(answers, perspective)).error).toBeUndefined();
        }),
        runs(300),
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'gives a deep-equal result for the same answers twice',
    () => {
      fc.assert(
        fc.property(anyAnswers, anyPerspective, (answers, perspective) => {
          expect(assessInEnglish(answers, perspective)).toStrictEqual(
            assessInEnglish(structuredClone(answers), perspective),
          );
        }),
        runs(500),
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'does not depend on the order the answers are written in',
    () => {
      fc.assert(
        fc.property(
          anyAnswers.chain((answers) =>
            fc.tuple(
              fc.constant(answers),
              fc.shuffledSubarray(
                Object.keys(answers).map((_, index) => index),
                {
                  minLength: Object.keys(answers).length,
                },
              ),
            ),
          ),
          ([answers, order]) => {
            const shuffled = reordered(answers, order);
            expect(Object.keys(shuffled).sort()).toEqual(Object.keys(answers).sort());
            expect(assessInEnglish(shuffled)).toStrictEqual(assessInEnglish(answers));
          },
        ),
        runs(500),
      );
    },
    PROPERTY_TIMEOUT,
  );
});
