/**
 * Safety cautions that are not about one medicine. Withdrawal from heavy alcohol or daily benzos
 * can cause seizures, so stopping them alone is warned against (SAFE-3); recent time away from
 * opioids lowers tolerance (SAFE-4).
 */
import type { Answers } from '../../questions/answers.ts';
import type { Setting, Statement } from './recommendation.ts';
import { anyOf, whenAny, whenOne } from './reasons.ts';
import { statement } from './statement.ts';

function mixing(answers: Answers): Statement[] {
  const reasons = anyOf(
    whenOne(answers, 'benzodiazepines', ['daily', 'sometimes']),
    whenOne(answers, 'alcohol', ['heavy', 'some']),
  );
  if (!reasons) return [];
  return [
    statement(
      'opioids-with-benzos-or-alcohol',
      'Opioids mixed with benzos or alcohol can slow or stop your breathing. This can cause death.',
      ['SAFE-3'],
      reasons,
    ),
  ];
}

function stoppingSuddenly(answers: Answers): Statement[] {
  const alcohol = whenOne(answers, 'alcohol', ['heavy']);
  const benzos = whenOne(answers, 'benzodiazepines', ['daily']);
  const reasons = anyOf(alcohol, benzos);
  if (!reasons) return [];
  const what = alcohol && benzos ? 'drinking or taking benzos' : alcohol ? 'drinking' : 'taking benzos';
  return [
    statement(
      'do-not-stop-suddenly-alone',
      `Do not stop ${what} suddenly on your own. It can cause seizures. Get medical help to stop safely.`,
      ['SAFE-3'],
      reasons,
    ),
  ];
}

function afterRelease(answers: Answers): Statement[] {
  const reasons = whenAny(answers, 'recent-release', ['jail', 'detox', 'residential']);
  if (!reasons) return [];
  return [
    statement(
      'tolerance-after-release',
      'After time in jail, detox or a treatment stay, your body can handle much less. Using the amount you used before can cause an overdose.',
      ['SAFE-4'],
      reasons,
    ),
    statement(
      'carry-naloxone',
      'Keep naloxone (Narcan) with you. You can buy it over the counter.',
      ['MED-8', 'SAFE-4'],
      reasons,
    ),
  ];
}

function tellTheProvider(answers: Answers): Statement[] {
  const stimulants = whenOne(answers, 'stimulants', ['yes']);
  const ongoing = whenOne(answers, 'medical-problems', ['ongoing']);
  return [
    ...(stimulants
      ? [
          statement(
            'tell-provider-other-drugs',
            'Tell your provider about all the drugs you use, so your care can cover all of them.',
            ['SET-1'],
            stimulants,
          ),
        ]
      : []),
    ...(ongoing
      ? [
          statement(
            'tell-provider-health-problem',
            'Tell your provider about your long-term health problem. It can change which care is safest for you.',
            ['SET-1'],
            ongoing,
          ),
        ]
      : []),
  ];
}

function withdrawalCareIsNotTreatment(setting: Setting): Statement[] {
  if (!setting.medicalWithdrawalManagement) return [];
  return [
    statement(
      'withdrawal-care-is-not-treatment',
      'Medical care through withdrawal is only a first step, not treatment on its own. Plan ongoing care, and ask about medicine for opioid use.',
      ['SET-4'],
      setting.reasons,
    ),
  ];
}

export function cautions(answers: Answers, setting: Setting): Statement[] {
  return [
    ...mixing(answers),
    ...stoppingSuddenly(answers),
    ...afterRelease(answers),
    ...tellTheProvider(answers),
    ...withdrawalCareIsNotTreatment(setting),
  ];
}
