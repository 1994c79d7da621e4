/**
 * SAFE-3 for every answer set: heavy daily alcohol, daily benzodiazepines or a past withdrawal
 * seizure always call for medically managed withdrawal, never a setting without it, and that care
 * is always paired with ongoing treatment (SET-4). Mixing opioids with either is always cautioned.
 */
import fc from 'fast-check';
import type { Answers } from '../../../../questions/answers.ts';
import { assessInEnglish } from '../../../support/words.ts';
import type { Recommendation } from '../../../../src/rules/recommendation.ts';
import { anyAnswers, anyPerspective, withForced } from '../support/answer-arbitraries.ts';
import { bucketNames, combinations, severityBuckets } from '../support/enumerate.ts';
import { exhaustive, PROPERTY_TIMEOUT, runs } from '../support/property-runs.ts';

const needsWithdrawalCare = (answers: Answers) =>
  answers.alcohol === 'heavy' || answers.benzodiazepines === 'daily' || answers['withdrawal-history'] === 'seizure';
const cautionIds = (result: Recommendation) => result.cautions.map((caution) => caution.id);

/** What withdrawal safety looks like in a result, by level, flags, ids and sources. */
function withdrawalCare(result: Recommendation) {
  const pairing = result.cautions.find((caution) => caution.id === 'withdrawal-care-is-not-treatment');
  return {
    medicalWithdrawalManagement: result.setting.medicalWithdrawalManagement,
    level: result.setting.level,
    settingCitesSafe3: result.setting.sources.includes('SAFE-3'),
    pairedWithTreatment: pairing?.sources.includes('SET-4') === true,
    pairingExplainedAsSetting:
      pairing?.reasons === undefined || pairing.reasons.length === result.setting.reasons.length,
  };
}
const withWithdrawalCare = {
  medicalWithdrawalManagement: true,
  level: 'hospital',
  settingCitesSafe3: true,
  pairedWithTreatment: true,
  pairingExplainedAsSetting: true,
};

const risky = fc.oneof(
  fc.record({ alcohol: fc.constant('heavy') }),
  fc.record({ benzodiazepines: fc.constant('daily') }),
  fc.record({ 'withdrawal-history': fc.constant('seizure') }),
);

describe('withdrawal safety (SAFE-3), for any answers', () => {
  it(
    'never gives a setting without medical withdrawal management after heavy alcohol, daily benzos or a seizure',
    () => {
      fc.assert(
        fc.property(withForced(risky), anyPerspective, (answers, perspective) => {
          expect(withdrawalCare(assessInEnglish(answers, perspective))).toEqual(withWithdrawalCare);
        }),
        runs(1000),
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'asks for medical withdrawal management only for those answers',
    () => {
      fc.assert(
        fc.property(anyAnswers, (answers) => {
          const result = assessInEnglish(answers);
          expect(result.setting.medicalWithdrawalManagement).toBe(needsWithdrawalCare(answers));
          expect(cautionIds(result).includes('withdrawal-care-is-not-treatment')).toBe(needsWithdrawalCare(answers));
        }),
        runs(1000),
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'holds for every combination of alcohol, benzodiazepines, withdrawal history and severity',
    () => {
      const cases = combinations(['alcohol', 'benzodiazepines', 'withdrawal-history']);
      expect(cases).toHaveLength(4 * 4 * 4);
      for (const bucket of bucketNames) {
        for (const risks of exhaustive(cases)) {
          const answers = { ...severityBuckets[bucket], ...risks };
          const result = assessInEnglish(answers);
          expect(result.severity.level).toBe(bucket);
          const care = withdrawalCare(result);
          expect(needsWithdrawalCare(answers) ? care : care.medicalWithdrawalManagement).toEqual(
            needsWithdrawalCare(answers) ? withWithdrawalCare : false,
          );
          const mixing =
            ['heavy', 'some'].includes(String(risks.alcohol)) ||
            ['daily', 'sometimes'].includes(String(risks.benzodiazepines));
          expect(cautionIds(result).includes('opioids-with-benzos-or-alcohol')).toBe(mixing);
          expect(cautionIds(result).includes('do-not-stop-suddenly-alone')).toBe(
            risks.alcohol === 'heavy' || risks.benzodiazepines === 'daily',
          );
        }
      }
    },
    PROPERTY_TIMEOUT,
  );
});
