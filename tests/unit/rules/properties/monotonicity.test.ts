/**
 * The setting never goes down when any one answer becomes riskier (SET-1: the highest-risk area
 * decides; risks are never averaged), and medically managed withdrawal, once called for, stays.
 * "Riskier" is the reviewed order in `support/risk-order.ts`. Checked on random answer sets with a
 * random escalation, on every escalation of random answer sets, and exhaustively over the answers
 * that decide each area of the setting.
 *
 * A gate gives no setting; `support/setting-outcome.ts` places each gate on the same scale.
 */
import fc from 'fast-check';
import type { Answers } from '../../../../questions/answers.ts';
import { assess } from '../../../../src/rules/assess.ts';
import { assessInEnglish, enRules } from '../../../support/words.ts';
import { anyAnswers, anyPerspective } from '../support/answer-arbitraries.ts';
import { allEscalations, escalated, escalationsOf } from '../support/escalations.ts';
import { combinations, severityBuckets, type SeverityBucket } from '../support/enumerate.ts';
import { exhaustive, PROPERTY_TIMEOUT, runs } from '../support/property-runs.ts';
import { riskyQuestionIds, type RiskyQuestionId } from '../support/risk-order.ts';
import { atLeastAsCareful, settingOutcome, type SettingOutcome } from '../support/setting-outcome.ts';

type Outcome = SettingOutcome & { band: SeverityBucket };
const outcome = (answers: Answers): Outcome => {
  const result = assessInEnglish(answers);
  return { ...settingOutcome(result), band: result.severity.level };
};

/**
 * The severity bands from least to most risk: leaving the criteria questions unanswered sits above
 * "fewer than two signs" (an unknown is never read as the safe answer), so ticking the first sign
 * after none were answered is not more risk.
 */
const bandsByRisk: readonly SeverityBucket[] = ['none', 'not-answered', 'mild', 'moderate', 'severe'];
const bandRisk = (band: SeverityBucket) => bandsByRisk.indexOf(band);
const notLower = (before: Outcome, after: Outcome) =>
  bandRisk(after.band) < bandRisk(before.band) || atLeastAsCareful(before, after);

/**
 * Every combination of `questionIds` in every severity band; for each, every one-answer escalation
 * inside that space (including a higher severity band). Each answer set is assessed once.
 */
function exhaustiveViolations(questionIds: readonly RiskyQuestionId[], base: Answers = {}): string[] {
  const cache = new Map<string, Outcome>();
  const outcomeIn = (bucket: number, answers: Answers) => {
    const key = JSON.stringify([bandsByRisk[bucket], ...questionIds.map((id) => answers[id] ?? null)]);
    const name = bandsByRisk[bucket] ?? 'not-answered';
    const known = cache.get(key) ?? outcome({ ...base, ...answers, ...severityBuckets[name] });
    cache.set(key, known);
    return { key, known };
  };
  const points = bandsByRisk.flatMap((_, bucket) => combinations(questionIds).map((answers) => ({ bucket, answers })));
  return exhaustive(points).flatMap(({ bucket, answers }) => {
    const before = outcomeIn(bucket, answers);
    const higher = [
      ...questionIds.flatMap((id) => escalationsOf(answers, id).map((step) => outcomeIn(bucket, step.answers))),
      ...bandsByRisk.slice(bucket + 1).map((_, offset) => outcomeIn(bucket + 1 + offset, answers)),
    ];
    return higher
      .filter((after) => !notLower(before.known, after.known))
      .map((after) => `${before.key} -> ${after.key}`);
  });
}

describe('the setting is monotone in risk', () => {
  it(
    'never goes down when one random answer becomes riskier',
    () => {
      fc.assert(
        fc.property(escalated(anyAnswers, riskyQuestionIds), ({ answers, escalation }) => {
          expect([
            escalation.questionId,
            escalation.change,
            notLower(outcome(answers), outcome(escalation.answers)),
          ]).toEqual([escalation.questionId, escalation.change, true]);
        }),
        runs(1500),
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'never goes down for any single escalation of a random answer set',
    () => {
      fc.assert(
        fc.property(anyAnswers, (answers) => {
          const before = outcome(answers);
          const lower = allEscalations(answers, riskyQuestionIds).filter(
            (step) => !notLower(before, outcome(step.answers)),
          );
          expect(lower.map((step) => `${step.questionId}: ${step.change}`)).toEqual([]);
        }),
        runs(40),
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'does not depend on who answers',
    () => {
      fc.assert(
        fc.property(anyAnswers, anyPerspective, (answers, perspective) => {
          // Worded alike, so only the conclusion is compared.
          const texts = enRules;
          expect(assess(answers, { perspective, texts }).setting).toStrictEqual(assess(answers, { texts }).setting);
        }),
        runs(300),
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'is monotone over every home answer and severity band',
    () => {
      expect(exhaustiveViolations(['housing', 'others-use', 'home-safe', 'support-person'])).toEqual([]);
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'is monotone over every alcohol, benzodiazepine and withdrawal answer, whether the benzos are prescribed or not',
    () => {
      for (const prescribed of [undefined, 'as-prescribed', 'not-sure', 'not-prescribed']) {
        const base: Answers = prescribed ? { 'benzodiazepines-prescribed': prescribed } : {};
        expect([prescribed, exhaustiveViolations(['alcohol', 'benzodiazepines', 'withdrawal-history'], base)]).toEqual([
          prescribed,
          [],
        ]);
      }
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'rates daily benzos taken as prescribed lowest, and "not sure" or no answer like "not prescribed" (SAFE-3)',
    () => {
      const cases = combinations(['alcohol', 'withdrawal-history', 'self-harm-thoughts']);
      for (const bucket of bandsByRisk) {
        for (const answers of exhaustive(cases)) {
          const base = { ...answers, ...severityBuckets[bucket], benzodiazepines: 'daily' };
          const prescribed = (value: string) => outcome({ ...base, 'benzodiazepines-prescribed': value });
          const notSure = prescribed('not-sure');
          const notPrescribed = prescribed('not-prescribed');
          expect([answers, bucket, notLower(prescribed('as-prescribed'), notSure), notSure, outcome(base)]).toEqual([
            answers,
            bucket,
            true,
            notPrescribed,
            notPrescribed,
          ]);
        }
      }
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'is monotone over every self-harm, danger-sign, health and withdrawal answer, into and out of the crisis gate',
    () => {
      expect(
        exhaustiveViolations(['self-harm-thoughts', 'danger-signs-now', 'health-now', 'withdrawal-history']),
      ).toEqual([]);
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'keeps the under-18 gate whatever becomes riskier, and the in-treatment gate short of hospital care or a crisis',
    () => {
      const questions: RiskyQuestionId[] = ['alcohol', 'benzodiazepines', 'self-harm-thoughts', 'housing'];
      expect(exhaustiveViolations(questions, { adult: 'no' })).toEqual([]);
      expect(exhaustiveViolations(questions, { 'current-medicine': 'methadone', 'medicine-working': 'yes' })).toEqual(
        [],
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'is monotone over the mood screens, a diagnosis and past treatment, with every severity band',
    () => {
      expect(exhaustiveViolations(['phq-interest', 'gad-worry', 'mental-health-diagnosis'])).toEqual([]);
      expect(exhaustiveViolations(['previous-treatment'], { 'previous-treatment-type': ['outpatient'] })).toEqual([]);
      expect(exhaustiveViolations(['previous-treatment'], { 'previous-treatment-type': ['medication'] })).toEqual([]);
    },
    PROPERTY_TIMEOUT,
  );
});
