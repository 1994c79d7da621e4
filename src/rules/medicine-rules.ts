/**
 * What each medicine comes with: notes and cautions as rule data. Never a dose. Benzos or alcohol
 * never remove a medicine: the mix raises overdose risk, so the person is told to tell the
 * provider (MED-7, SAFE-3). In pregnancy or possible pregnancy, naltrexone is "not now" (PREG-2)
 * and withdrawal aids are not the plan (PREG-6). Start-up cautions (waiting for withdrawal, the
 * opioid-free days before naltrexone, daily visits) are for someone starting, not for someone who
 * takes a medicine for opioid use now: changes are theirs and their prescriber's (CONT-1).
 */
import type { Answers } from '../../questions/answers.ts';
import { single } from '../../questions/read-answers.ts';
import type { MedicationId } from './recommendation.ts';
import { all, answer, any, not, type RuleCondition } from './rule-conditions.ts';
import { alcohol, benzos, lowTolerance, onMedicineNow, pregnantOrCouldBe, visitsHard } from './risk-signals.ts';
import type { SourceId } from './sources.ts';
import type { StatementRule } from './statement-rule.ts';

const starting = not(onMedicineNow);

const mixFlags = (answers: Answers) => ({
  benzos: ['daily', 'sometimes'].includes(single(answers, 'benzodiazepines') ?? ''),
  alcohol: ['heavy', 'some'].includes(single(answers, 'alcohol') ?? ''),
});

export type MedicineRules = {
  readonly sources: readonly SourceId[];
  readonly notes: readonly StatementRule[];
  readonly cautions: readonly StatementRule[];
  /** When it holds, the medicine is not to be started now. */
  readonly notNow?: { readonly when: RuleCondition; readonly sources: readonly SourceId[] };
};

export const medicineRules: Record<MedicationId, MedicineRules> = {
  methadone: {
    sources: ['MED-1', 'MED-6', 'MORT-1'],
    notes: [
      { id: 'methadone-monitoring', sources: ['MED-1'], text: (t) => t.medicineNotes['methadone-monitoring'] },
      { id: 'methadone-take-home', sources: ['OTP-1', 'MED-1'], text: (t) => t.medicineNotes['methadone-take-home'] },
      {
        id: 'methadone-pregnancy',
        when: pregnantOrCouldBe,
        sources: ['PREG-1', 'OTP-1'],
        text: (t) => t.medicineNotes['methadone-pregnancy'],
      },
    ],
    cautions: [
      {
        id: 'methadone-visits',
        when: all(visitsHard, starting),
        sources: ['MED-1', 'OTP-1', 'MED-2'],
        text: (t) => t.medicineCautions['methadone-visits'],
      },
      {
        id: 'methadone-mixing',
        when: any(benzos, alcohol),
        sources: ['SAFE-3'],
        alsoCites: { when: benzos, sources: ['MED-7'] },
        text: (t, a) => t.medicineCautions['methadone-mixing'](mixFlags(a)),
      },
    ],
  },
  buprenorphine: {
    sources: ['MED-2', 'MED-6', 'MORT-1'],
    notes: [
      { id: 'buprenorphine-lower-risk', sources: ['MED-2'], text: (t) => t.medicineNotes['buprenorphine-lower-risk'] },
      {
        id: 'buprenorphine-telehealth',
        sources: ['MED-2', 'OTP-1'],
        text: (t) => t.medicineNotes['buprenorphine-telehealth'],
      },
      {
        id: 'buprenorphine-pregnancy',
        when: pregnantOrCouldBe,
        sources: ['PREG-1'],
        text: (t) => t.medicineNotes['buprenorphine-pregnancy'],
      },
    ],
    cautions: [
      {
        id: 'buprenorphine-start-in-withdrawal',
        when: starting,
        sources: ['MED-3'],
        text: (t) => t.medicineCautions['buprenorphine-start-in-withdrawal'],
      },
      {
        id: 'buprenorphine-fentanyl',
        when: all(answer('opioids-used', ['fentanyl']), starting),
        sources: ['MED-3'],
        text: (t) => t.medicineCautions['buprenorphine-fentanyl'],
      },
      {
        id: 'buprenorphine-long-acting',
        when: all(answer('opioids-used', ['methadone-or-buprenorphine']), starting),
        sources: ['MED-3'],
        text: (t) => t.medicineCautions['buprenorphine-long-acting'],
      },
      {
        id: 'buprenorphine-mixing',
        when: any(benzos, alcohol),
        sources: ['SAFE-3'],
        alsoCites: { when: benzos, sources: ['MED-7'] },
        text: (t, a) => t.medicineCautions['buprenorphine-mixing'](mixFlags(a)),
      },
    ],
  },
  naltrexone: {
    sources: ['MED-4', 'MED-6'],
    notNow: { when: pregnantOrCouldBe, sources: ['PREG-2'] },
    notes: [
      {
        id: 'naltrexone-not-opioid',
        sources: ['MED-4', 'WORDS-1'],
        text: (t) => t.medicineNotes['naltrexone-not-opioid'],
      },
      {
        id: 'naltrexone-non-opioid-wish',
        when: answer('prefers-non-opioid', ['yes']),
        sources: ['MED-4'],
        text: (t) => t.medicineNotes['naltrexone-non-opioid-wish'],
      },
    ],
    cautions: [
      {
        id: 'naltrexone-pregnancy',
        when: pregnantOrCouldBe,
        sources: ['PREG-2', 'PREG-1'],
        text: (t, a) =>
          t.medicineCautions['naltrexone-pregnancy'](single(a, 'pregnancy') === 'could-be' ? 'could-be' : 'pregnant'),
      },
      {
        // Not a barrier to someone already opioid-free that long (MED-4); a recent last use explains it.
        id: 'naltrexone-opioid-free-first',
        when: all(not(answer('last-use', ['longer'])), starting),
        explainedBy: answer('last-use', ['past-day', 'past-week']),
        sources: ['MED-4'],
        text: (t) => t.medicineCautions['naltrexone-opioid-free-first'],
      },
      {
        id: 'naltrexone-blocks-pain-medicine',
        sources: ['MED-4', 'PAIN-1'],
        text: (t) => t.medicineCautions['naltrexone-blocks-pain-medicine'],
      },
      {
        id: 'naltrexone-after-stopping',
        sources: ['MED-4'],
        text: (t) => t.medicineCautions['naltrexone-after-stopping'],
      },
    ],
  },
  'withdrawal-aids': {
    sources: ['MED-5'],
    notNow: { when: pregnantOrCouldBe, sources: ['PREG-6'] },
    notes: [
      {
        id: 'withdrawal-aids-symptoms-only',
        sources: ['MED-5'],
        text: (t) => t.medicineNotes['withdrawal-aids-symptoms-only'],
      },
    ],
    cautions: [
      {
        id: 'withdrawal-aids-pregnancy',
        when: pregnantOrCouldBe,
        sources: ['PREG-6', 'PREG-1'],
        text: (t) => t.medicineCautions['withdrawal-aids-pregnancy'],
      },
      {
        id: 'withdrawal-aids-not-for-alcohol-or-benzos',
        when: any(benzos, alcohol),
        sources: ['MED-5', 'SAFE-3'],
        text: (t) => t.medicineCautions['withdrawal-aids-not-for-alcohol-or-benzos'],
      },
      {
        id: 'withdrawal-aids-need-ongoing-care',
        sources: ['SET-4'],
        text: (t) => t.medicineCautions['withdrawal-aids-need-ongoing-care'],
      },
    ],
  },
  naloxone: {
    sources: ['MED-8'],
    notes: [
      { id: 'naloxone-for-everyone', sources: ['MED-8'], text: (t) => t.medicineNotes['naloxone-for-everyone'] },
      { id: 'naloxone-how-to-use', sources: ['SAFE-1'], text: (t) => t.medicineNotes['naloxone-how-to-use'] },
    ],
    cautions: [
      {
        id: 'naloxone-after-release',
        when: lowTolerance,
        sources: ['SAFE-4', 'MED-8'],
        text: (t) => t.medicineCautions['naloxone-after-release'],
      },
    ],
  },
};
