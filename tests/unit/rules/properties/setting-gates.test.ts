/**
 * The setting gates, for every answer set: no setting exactly when a gate applies, always with the
 * statement that takes its place, the first gate that holds by the order of setting-gates.ts
 * (SET-7, AGE-1, CONT-1, SEV-4), where being in treatment or showing few signs gives way to hospital
 * care (SET-1, SAFE-3, WD-1); fewer than two signs never gets a setting short of that; and naloxone (MED-8) and
 * the SAMHSA National Helpline (HELP-1) are in every result, with a setting or without.
 */
import fc from 'fast-check';
import type { Answers } from '../../../../questions/answers.ts';
import { assessInEnglish } from '../../../support/words.ts';
import type { Recommendation } from '../../../../src/rules/recommendation.ts';
import { anyAnswers, anyPerspective, withForced } from '../support/answer-arbitraries.ts';
import { combinations, severityBuckets, bucketNames } from '../support/enumerate.ts';
import { exhaustive, PROPERTY_TIMEOUT, runs } from '../support/property-runs.ts';

const onMedicine = (answers: Answers) =>
  ['methadone', 'buprenorphine', 'naltrexone'].some((value) => answers['current-medicine'] === value);

const has = (answers: Answers, questionId: string, value: string) => [answers[questionId]].flat().includes(value);

/**
 * Hospital care, read from the answers directly: heavy drinking, daily benzodiazepines not taken as
 * prescribed, a withdrawal seizure with either, danger signs now, or an urgent health problem.
 */
function needsHospital(answers: Answers) {
  const dailyBenzos = answers.benzodiazepines === 'daily' && answers['benzodiazepines-prescribed'] !== 'as-prescribed';
  const riskyToStop = answers.alcohol === 'heavy' || dailyBenzos;
  return riskyToStop || answers['danger-signs-now'] === 'yes' || has(answers, 'health-now', 'urgent');
}

/** The gate the reference calls for, read from the answers directly, first match wins. */
function expectedGate(answers: Answers, severity: Recommendation['severity']['level']) {
  if (answers['self-harm-thoughts'] === 'yes') return 'crisis-first';
  if (answers.adult === 'no') return 'under-18';
  if (needsHospital(answers)) return null;
  if (onMedicine(answers) && answers['medicine-working'] === 'yes') return 'in-treatment';
  if (severity === 'none' && !onMedicine(answers)) return 'few-signs';
  return null;
}

function gateShape(result: Recommendation) {
  return {
    gate: result.insteadOfSetting?.id ?? null,
    hasSetting: result.setting !== null,
    insteadCitesSources: (result.insteadOfSetting?.sources.length ?? 1) > 0,
    naloxone: result.medications.find((medicine) => medicine.id === 'naloxone')?.stance,
    helpline: result.nextSteps.some(
      (step) => step.id === 'samhsa-helpline' && step.contacts.some((contact) => contact.href === 'tel:+18006624357'),
    ),
  };
}
const expectedShape = (gate: string | null) => ({
  gate,
  hasSetting: gate === null,
  insteadCitesSources: true,
  naloxone: 'discuss',
  helpline: true,
});

const gateAnswers = fc.record(
  {
    'self-harm-thoughts': fc.constantFrom('yes', 'no', 'prefer-not-to-say'),
    adult: fc.constantFrom('yes', 'no'),
    'current-medicine': fc.constantFrom('methadone', 'buprenorphine', 'naltrexone', 'none', 'dont-know'),
    'medicine-working': fc.constantFrom('yes', 'not-sure', 'no'),
    control: fc.constantFrom(['none'], ['craving'], ['craving', 'much-time']),
  },
  { requiredKeys: [] },
);

describe('setting gates, for any answers', () => {
  it(
    'give no setting exactly when a gate applies, with the statement that takes its place, and keep naloxone and the helpline',
    () => {
      fc.assert(
        fc.property(withForced(gateAnswers), anyPerspective, (answers, perspective) => {
          const result = assessInEnglish(answers, perspective);
          expect(gateShape(result)).toEqual(expectedShape(expectedGate(answers, result.severity.level)));
        }),
        runs(1000),
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'never give a setting for fewer than two signs (severity "none"), except hospital care or to someone whose medicine is not known to work',
    () => {
      fc.assert(
        fc.property(anyAnswers, (answers) => {
          const result = assessInEnglish(answers);
          if (result.severity.level !== 'none') return;
          // SEV-4 is not for someone on MOUD: they are in treatment (CONT-1), or need a setting again.
          const gated = expectedGate(answers, 'none') !== null;
          expect([result.setting === null, gated || onMedicine(answers) || needsHospital(answers)]).toEqual([
            gated,
            true,
          ]);
        }),
        runs(1000),
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'hold for every combination of the gate answers and severity band',
    () => {
      const cases = combinations(['self-harm-thoughts', 'adult', 'current-medicine', 'medicine-working']);
      expect(cases).toHaveLength(5 * 3 * 6 * 4);
      for (const bucket of bucketNames) {
        for (const gates of exhaustive(cases)) {
          const answers = { ...severityBuckets[bucket], ...gates };
          const result = assessInEnglish(answers);
          // "Is it working?" is asked only of someone taking a medicine now.
          const asked = onMedicine(answers)
            ? answers
            : Object.fromEntries(Object.entries(answers).filter(([id]) => id !== 'medicine-working'));
          expect([gates, bucket, gateShape(result)]).toEqual([
            gates,
            bucket,
            expectedShape(expectedGate(asked, result.severity.level)),
          ]);
        }
      }
    },
    PROPERTY_TIMEOUT,
  );
});
