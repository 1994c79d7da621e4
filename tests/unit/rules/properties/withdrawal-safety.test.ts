/**
 * SAFE-3 for every answer set: heavy daily alcohol, or daily benzodiazepines not known to be taken
 * as prescribed, always call for medically managed withdrawal, never a setting without it, and
 * that care is always paired with ongoing treatment (SET-4). When a gate gives no setting, the
 * caution not to stop suddenly alone stays. A past withdrawal seizure adds hospital care only with
 * that current use; without it, the person is told to tell the provider. A benzodiazepine taken as
 * prescribed is not stopped suddenly, and is tapered with its prescriber. Mixing opioids with
 * either is always cautioned.
 */
import fc from 'fast-check';
import type { Answers } from '../../../../questions/answers.ts';
import { chosenValues } from '../../../../questions/chosen-values.ts';
import { effectiveAnswers } from '../../../../questions/journey.ts';
import { questionnaire } from '../../../../questions/questionnaire.ts';
import { assessInEnglish } from '../../../support/words.ts';
import type { Recommendation } from '../../../../src/rules/recommendation.ts';
import { anyAnswers, anyPerspective, withForced } from '../support/answer-arbitraries.ts';
import { bucketNames, combinations, severityBuckets } from '../support/enumerate.ts';
import { exhaustive, PROPERTY_TIMEOUT, runs } from '../support/property-runs.ts';

const dailyBenzosNotPrescribed = (answers: Answers) =>
  answers.benzodiazepines === 'daily' && answers['benzodiazepines-prescribed'] !== 'as-prescribed';
const needsWithdrawalCare = (answers: Answers) => answers.alcohol === 'heavy' || dailyBenzosNotPrescribed(answers);
/** Detox as the only treatment before (asked after any treatment), or a detox stay just now (SET-4). */
const detoxOnly = (answers: Answers) => {
  const asked = effectiveAnswers(questionnaire, answers);
  return (
    chosenValues(asked['previous-treatment-type']).includes('detox-only') ||
    chosenValues(asked['recent-release']).includes('detox')
  );
};
const cautionIds = (result: Recommendation) => result.cautions.map((caution) => caution.id);

/** What withdrawal safety looks like in a result, by level, flags, ids and sources. */
function withdrawalCare(result: Recommendation) {
  const pairing = result.cautions.find((caution) => caution.id === 'withdrawal-care-is-not-treatment');
  const { setting } = result;
  return {
    ...(setting
      ? {
          medicalWithdrawalManagement: setting.medicalWithdrawalManagement,
          level: setting.level,
          settingCitesSafe3: setting.sources.includes('SAFE-3'),
        }
      : { gate: result.insteadOfSetting !== null }),
    doNotStopSuddenlyAlone: cautionIds(result).includes('do-not-stop-suddenly-alone'),
    pairedWithTreatment: pairing?.sources.includes('SET-4') === true,
    pairingExplainedByTheRisk: pairing?.reasons.some((reason) =>
      ['alcohol', 'benzodiazepines'].includes(reason.questionId),
    ),
  };
}
const withWithdrawalCare = (result: Recommendation) => ({
  ...(result.setting
    ? { medicalWithdrawalManagement: true, level: 'hospital', settingCitesSafe3: true }
    : { gate: true }),
  doNotStopSuddenlyAlone: true,
  pairedWithTreatment: true,
  pairingExplainedByTheRisk: true,
});

const risky = fc.oneof(
  fc.record({ alcohol: fc.constant('heavy') }),
  fc.record(
    {
      benzodiazepines: fc.constant('daily'),
      'benzodiazepines-prescribed': fc.constantFrom('not-prescribed', 'not-sure'),
    },
    { requiredKeys: ['benzodiazepines'] },
  ),
  fc.record({ alcohol: fc.constant('heavy'), 'withdrawal-history': fc.constant('seizure') }),
);

describe('withdrawal safety (SAFE-3), for any answers', () => {
  it(
    'never gives a setting without medical withdrawal management after heavy alcohol or daily benzos not prescribed',
    () => {
      fc.assert(
        // The base answers may say the benzos are taken as prescribed: keep only those with the risk.
        fc.property(withForced(risky).filter(needsWithdrawalCare), anyPerspective, (answers, perspective) => {
          const result = assessInEnglish(answers, perspective);
          expect(withdrawalCare(result)).toEqual(withWithdrawalCare(result));
        }),
        runs(1000),
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'asks for medical withdrawal management only for those answers, and pairs withdrawal care with treatment',
    () => {
      fc.assert(
        fc.property(anyAnswers, (answers) => {
          const result = assessInEnglish(answers);
          const needs = needsWithdrawalCare(answers);
          expect(result.setting?.medicalWithdrawalManagement ?? needs).toBe(needs);
          expect(cautionIds(result).includes('do-not-stop-suddenly-alone')).toBe(needs);
          expect(cautionIds(result).includes('withdrawal-care-is-not-treatment')).toBe(needs || detoxOnly(answers));
        }),
        runs(1000),
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'holds for every combination of alcohol, benzodiazepines (prescribed or not), withdrawal history and severity',
    () => {
      const cases = combinations(['alcohol', 'benzodiazepines', 'benzodiazepines-prescribed', 'withdrawal-history']);
      expect(cases).toHaveLength(6 * 6 * 4 * 5);
      for (const bucket of bucketNames) {
        for (const risks of exhaustive(cases)) {
          const answers = { ...severityBuckets[bucket], ...risks };
          const result = assessInEnglish(answers);
          expect(result.severity.level).toBe(bucket);
          const needs = needsWithdrawalCare(answers);
          const care = withdrawalCare(result);
          expect([risks, needs ? care : care.doNotStopSuddenlyAlone]).toEqual([
            risks,
            needs ? withWithdrawalCare(result) : false,
          ]);
          const benzos = ['daily', 'sometimes'].includes(String(risks.benzodiazepines));
          const mixing = ['heavy', 'some'].includes(String(risks.alcohol)) || benzos;
          const prescribed = benzos && risks['benzodiazepines-prescribed'] === 'as-prescribed';
          const seizure = risks['withdrawal-history'] === 'seizure';
          expect([
            risks,
            cautionIds(result).includes('opioids-with-benzos-or-alcohol'),
            cautionIds(result).includes('prescribed-benzos'),
            cautionIds(result).includes('past-seizure'),
          ]).toEqual([risks, mixing, prescribed, seizure && !needs]);
          // A past seizure alone is for the provider to know, not a reason for hospital care (SAFE-3).
          expect(seizure && !needs ? result.setting?.level : null).not.toBe('hospital');
        }
      }
    },
    PROPERTY_TIMEOUT,
  );
});
