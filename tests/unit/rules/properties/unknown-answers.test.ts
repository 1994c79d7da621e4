/**
 * "Prefer not to say" and "I don't know", for every answer set and every question that offers
 * them: such an answer never gives a lower setting (or gate) than the safest known answer to the
 * same question, never drops medically managed withdrawal or an urgent step that every known
 * answer would give, and is always named among the unknown answers when the question was asked.
 */
import fc from 'fast-check';
import type { Answers } from '../../../../questions/answers.ts';
import { journey } from '../../../../questions/journey.ts';
import { questionnaire } from '../../../../questions/questionnaire.ts';
import { assessInEnglish } from '../../../support/words.ts';
import type { Recommendation } from '../../../../src/rules/recommendation.ts';
import { anyAnswers, anyPerspective, questions } from '../support/answer-arbitraries.ts';
import { combinations } from '../support/enumerate.ts';
import { exhaustive, PROPERTY_TIMEOUT, runs } from '../support/property-runs.ts';
import { settingOutcome } from '../support/setting-outcome.ts';

const withUnknowns = questions.filter((question) => question.options.some((option) => option.unknown));
const valuesOf = (questionId: string, unknown: boolean) =>
  withUnknowns
    .find((question) => question.id === questionId)
    ?.options.filter((option) => (option.unknown === true) === unknown)
    .map((option) => option.value) ?? [];

const urgentIds = (result: Recommendation) => result.nextSteps.filter((step) => step.urgent).map((step) => step.id);

/** What an unknown answer may never lose, compared with every known answer to the same question. */
function violations(answers: Answers, questionId: string, perspective?: 'self' | 'other'): string[] {
  const known = valuesOf(questionId, false).map((value) =>
    assessInEnglish({ ...answers, [questionId]: value }, perspective),
  );
  const safest = Math.min(...known.map((result) => settingOutcome(result).rank));
  const withdrawalAlways = known.every((result) => settingOutcome(result).withdrawal);
  const urgentAlways = known.map(urgentIds).reduce((common, ids) => common.filter((id) => ids.includes(id)));
  return valuesOf(questionId, true).flatMap((value) => {
    const changed = { ...answers, [questionId]: value };
    const result = assessInEnglish(changed, perspective);
    const { rank, withdrawal } = settingOutcome(result);
    const asked = journey(questionnaire, changed).some((question) => question.id === questionId);
    return [
      ...(rank < safest ? [`${questionId}=${value}: setting below the safest known answer`] : []),
      ...(withdrawalAlways && !withdrawal ? [`${questionId}=${value}: withdrawal care dropped`] : []),
      ...urgentAlways
        .filter((id) => !urgentIds(result).includes(id))
        .map((id) => `${questionId}=${value}: urgent step ${id} dropped`),
      ...(asked && !result.unknowns.some((item) => item.id === `unknown-${questionId}`)
        ? [`${questionId}=${value}: not named`]
        : []),
    ];
  });
}

describe('answers kept back or not known, for any answers', () => {
  it(
    'are never read as the safe answer: no lower setting, no dropped withdrawal care or urgent step, always named',
    () => {
      fc.assert(
        fc.property(
          anyAnswers,
          fc.constantFrom(...withUnknowns.map((question) => question.id)),
          anyPerspective,
          (answers, questionId, perspective) => {
            expect(violations(answers, questionId, perspective)).toEqual([]);
          },
        ),
        runs(600),
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'hold for every question that offers them, over the answers that decide the setting gates and withdrawal care',
    () => {
      const cases = combinations(['self-harm-thoughts', 'alcohol', 'benzodiazepines', 'current-medicine']).map(
        (answers) => ({
          control: ['craving'],
          'medicine-working': 'yes',
          housing: 'stable',
          'home-safe': 'no',
          ...answers,
        }),
      );
      for (const answers of exhaustive(cases)) {
        for (const question of withUnknowns) {
          expect([answers, violations(answers, question.id)]).toEqual([answers, []]);
        }
      }
    },
    PROPERTY_TIMEOUT,
  );
});
