/**
 * Every conclusion carries where it comes from: each statement, medicine, next step, the setting
 * and the severity cite at least one source id that exists in `sources.ts`, for any answers. The
 * reasons point at questions on the person's journey (a mood-screen reason names the screen's
 * first item, answered or not).
 */
import fc from 'fast-check';
import { journey } from '../../../../questions/journey.ts';
import { questionnaire } from '../../../../questions/questionnaire.ts';
import { assessInEnglish } from '../../../support/words.ts';
import type { Recommendation, Reason } from '../../../../src/rules/recommendation.ts';
import { sources } from '../../../../src/rules/sources.ts';
import { anyAnswers, anyPerspective } from '../support/answer-arbitraries.ts';
import { PROPERTY_TIMEOUT, runs } from '../support/property-runs.ts';

type Sourced = { id?: string; sources: readonly string[]; reasons?: readonly Reason[] };

/** Every part of a result that must cite a source, named for the failure message. */
function sourcedParts(result: Recommendation): [string, Sourced][] {
  return [
    ['severity', result.severity],
    result.setting ? ['setting', result.setting] : ['instead of a setting', result.insteadOfSetting ?? { sources: [] }],
    ...result.medicationNotes.map((item) => [`note ${item.id}`, item] as [string, Sourced]),
    ...result.medications.flatMap((medicine) => [
      [`medicine ${medicine.id}`, medicine] as [string, Sourced],
      ...[...medicine.notes, ...medicine.cautions].map(
        (item) => [`${medicine.id}: ${item.id}`, item] as [string, Sourced],
      ),
    ]),
    ...[...result.cautions, ...result.unknowns, ...result.support, ...result.family].map(
      (item) => [item.id, item] as [string, Sourced],
    ),
    ...result.nextSteps.map((step) => [`step ${step.id}`, step] as [string, Sourced]),
  ];
}

describe('sources, for any answers', () => {
  it(
    'every statement, medicine and next step cites at least one known source id',
    () => {
      fc.assert(
        fc.property(anyAnswers, anyPerspective, (answers, perspective) => {
          const unsourced = sourcedParts(assessInEnglish(answers, perspective)).filter(
            ([, part]) => part.sources.length === 0 || !part.sources.every((id) => Object.hasOwn(sources, id)),
          );
          expect(unsourced).toEqual([]);
        }),
        runs(1000),
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'cites each source once per conclusion, and gives reasons only about questions on the journey',
    () => {
      fc.assert(
        fc.property(anyAnswers, (answers) => {
          const result = assessInEnglish(answers);
          const asked = new Set(journey(questionnaire, answers).map((question) => question.id));
          const wrong = sourcedParts(result).filter(
            ([, part]) =>
              new Set(part.sources).size !== part.sources.length ||
              !(part.reasons ?? []).every((reason) => asked.has(reason.questionId)),
          );
          expect(wrong).toEqual([]);
        }),
        runs(500),
      );
    },
    PROPERTY_TIMEOUT,
  );
});
