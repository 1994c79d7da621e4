/**
 * The home dimension of the setting (SET-3), for every answer set: severe use with an unsafe or
 * unsupportive home never gets plain outpatient care. "Unsafe or unsupportive" is read exactly as
 * the questionnaire asks it: no steady home or none at all, a home that is not safe or where others
 * use (both asked only of someone with a home), or nobody to support recovery.
 */
import fc from 'fast-check';
import type { Answers } from '../../../../questions/answers.ts';
import { chosenValues } from '../../../../questions/chosen-values.ts';
import { assessInEnglish } from '../../../support/words.ts';
import { anyAnswers, anyPerspective, withForced } from '../support/answer-arbitraries.ts';
import { bucketNames, combinations, settingRank, severityBuckets, type SeverityBucket } from '../support/enumerate.ts';
import { exhaustive, PROPERTY_TIMEOUT, runs } from '../support/property-runs.ts';

const hasHome = (answers: Answers) => answers.housing === 'stable' || answers.housing === 'unstable';
const unsafe = (answers: Answers) => answers.housing === 'none' || (hasHome(answers) && answers['home-safe'] === 'no');
/** A home that itself does not support recovery: unsafe, unsteady, or others there use (SET-3). */
const unsupportiveItself = (answers: Answers) =>
  unsafe(answers) || answers.housing === 'unstable' || (hasHome(answers) && answers['others-use'] === 'yes');
const unsupportive = (answers: Answers) => unsupportiveItself(answers) || answers['support-person'] === 'no';
/** Work or children to keep up with (a checkbox answer, perhaps written as a bare string). */
const keepsWorkOrChildren = (answers: Answers) =>
  chosenValues(answers.responsibilities).some((value) => value === 'work' || value === 'children');

const badHome = fc.oneof(
  fc.record({ housing: fc.constantFrom('unstable', 'none') }),
  fc.record({ housing: fc.constantFrom('stable', 'unstable'), 'home-safe': fc.constant('no') }),
  fc.record({ housing: fc.constantFrom('stable', 'unstable'), 'others-use': fc.constant('yes') }),
  fc.record({ 'support-person': fc.constant('no') }),
);
const severeWithBadHome = withForced(
  fc.tuple(badHome, fc.constant(severityBuckets.severe)).map(([home, sev]) => ({ ...sev, ...home })),
);

/**
 * The least a home and severity call for when nothing else adds risk (SET-3); none at all for
 * fewer than two signs (SEV-4). An answer kept back or not known about the home is not a risk the
 * person told of, so it adds nothing here (the unknown-answer properties check it never lowers).
 */
function homeFloor(bucket: SeverityBucket, answers: Answers): string | null {
  if (bucket === 'none') return null;
  if (bucket === 'severe') return unsupportive(answers) ? 'residential' : 'intensive-outpatient';
  if (bucket === 'moderate') {
    if (unsafe(answers)) return 'residential';
    return unsupportive(answers) ? 'intensive-outpatient' : 'outpatient';
  }
  if (bucket === 'mild' && unsafe(answers)) return 'intensive-outpatient';
  return 'outpatient';
}

describe('home and setting (SET-3), for any answers', () => {
  it(
    'never gives plain outpatient for severe use with an unsafe or unsupportive home',
    () => {
      fc.assert(
        fc.property(severeWithBadHome, anyPerspective, (answers, perspective) => {
          const { setting, insteadOfSetting, severity, support } = assessInEnglish(answers, perspective);
          expect(severity.level).toBe('severe');
          // With no setting, a gate says why: crisis first, under 18, or already in treatment.
          expect(setting === null ? insteadOfSetting?.id : 'a setting').not.toBe('few-signs');
          if (setting === null) return;
          expect(setting.level).not.toBe('outpatient');
          // No one to support recovery, at a steady, safe home, with work or children: care that
          // keeps them, not residential care by itself (SET-3, SET-6).
          const keepsThem = !unsupportiveItself(answers) && keepsWorkOrChildren(answers);
          const floor = keepsThem ? 'intensive-outpatient' : 'residential';
          expect(settingRank(setting.level)).toBeGreaterThanOrEqual(settingRank(floor));
          expect(support.some((item) => item.id === 'keep-work-and-children')).toBe(keepsThem);
        }),
        runs(1000),
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'gives outpatient only for answers with no risk that asks for more',
    () => {
      fc.assert(
        fc.property(anyAnswers, (answers) => {
          const result = assessInEnglish(answers);
          if (result.setting?.level !== 'outpatient') return;
          expect(result.severity.level).not.toBe('severe');
          expect(result.setting.medicalWithdrawalManagement).toBe(false);
          const urgent = ['dangerous-withdrawal', 'urgent-medical-care', 'unsafe-home'];
          expect(result.nextSteps.filter((step) => urgent.includes(step.id))).toEqual([]);
          // 988 comes first only for an answer about self-harm kept back or not known (no interrupt).
          const crisis = result.nextSteps.some((step) => step.id === 'crisis-988');
          const selfHarm = answers['self-harm-thoughts'];
          expect(crisis).toBe(typeof selfHarm === 'string' && ['prefer-not-to-say', 'dont-know'].includes(selfHarm));
        }),
        runs(500),
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'matches the home rules for every combination of home answers and severity',
    () => {
      const cases = combinations(['housing', 'others-use', 'home-safe', 'support-person']);
      expect(cases).toHaveLength(4 * 6 * 5 * 3);
      for (const bucket of bucketNames) {
        for (const home of exhaustive(cases)) {
          const result = assessInEnglish({ ...severityBuckets[bucket], ...home });
          expect([bucket, home, result.setting?.level ?? null]).toEqual([bucket, home, homeFloor(bucket, home)]);
        }
      }
    },
    PROPERTY_TIMEOUT,
  );
});
