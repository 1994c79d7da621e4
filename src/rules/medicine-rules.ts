/**
 * What each medicine comes with: notes and cautions as rule data. Never a dose. Benzos or alcohol
 * never remove a medicine: the mix raises overdose risk, so the person is told to tell the
 * provider (MED-7, SAFE-3). Naltrexone is "not now" in pregnancy or possible pregnancy (PREG-2).
 */
import type { Answers } from '../../questions/answers.ts';
import { single } from '../../questions/read-answers.ts';
import type { MedicationId } from './recommendation.ts';
import { answer, any, type RuleCondition } from './rule-conditions.ts';
import type { SourceId } from './sources.ts';
import type { StatementRule } from './statement-rule.ts';

const pregnantOrCouldBe = answer('pregnancy', ['pregnant', 'could-be']);
const benzos = answer('benzodiazepines', ['daily', 'sometimes']);
const alcohol = answer('alcohol', ['heavy', 'some']);
const released = answer('recent-release', ['jail', 'detox', 'residential']);

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
    sources: ['MED-1', 'MED-6'],
    notes: [
      { id: 'methadone-monitoring', sources: ['MED-1'], text: (t) => t.medicineNotes['methadone-monitoring'] },
      {
        id: 'methadone-pregnancy',
        when: pregnantOrCouldBe,
        sources: ['PREG-1'],
        text: (t) => t.medicineNotes['methadone-pregnancy'],
      },
    ],
    cautions: [
      {
        id: 'methadone-daily-visits',
        when: answer('daily-visits', ['no', 'not-sure']),
        sources: ['MED-1', 'MED-2'],
        text: (t) => t.medicineCautions['methadone-daily-visits'],
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
    sources: ['MED-2', 'MED-6'],
    notes: [
      { id: 'buprenorphine-lower-risk', sources: ['MED-2'], text: (t) => t.medicineNotes['buprenorphine-lower-risk'] },
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
        sources: ['MED-3'],
        text: (t) => t.medicineCautions['buprenorphine-start-in-withdrawal'],
      },
      {
        id: 'buprenorphine-fentanyl',
        when: answer('opioids-used', ['fentanyl']),
        sources: ['MED-3'],
        text: (t) => t.medicineCautions['buprenorphine-fentanyl'],
      },
      {
        id: 'buprenorphine-long-acting',
        when: answer('opioids-used', ['methadone-or-buprenorphine']),
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
      { id: 'naltrexone-not-opioid', sources: ['MED-4'], text: (t) => t.medicineNotes['naltrexone-not-opioid'] },
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
        id: 'naltrexone-opioid-free-first',
        explainedBy: answer('last-use', ['past-day', 'past-week']),
        sources: ['MED-4'],
        text: (t) => t.medicineCautions['naltrexone-opioid-free-first'],
      },
    ],
  },
  'withdrawal-aids': {
    sources: ['MED-5'],
    notes: [
      {
        id: 'withdrawal-aids-symptoms-only',
        sources: ['MED-5'],
        text: (t) => t.medicineNotes['withdrawal-aids-symptoms-only'],
      },
    ],
    cautions: [
      {
        id: 'withdrawal-aids-need-ongoing-care',
        sources: ['SET-4'],
        text: (t) => t.medicineCautions['withdrawal-aids-need-ongoing-care'],
      },
    ],
  },
  naloxone: {
    sources: ['MED-8'],
    notes: [{ id: 'naloxone-for-everyone', sources: ['MED-8'], text: (t) => t.medicineNotes['naloxone-for-everyone'] }],
    cautions: [
      {
        id: 'naloxone-after-release',
        when: released,
        sources: ['SAFE-4', 'MED-8'],
        text: (t) => t.medicineCautions['naloxone-after-release'],
      },
    ],
  },
};
