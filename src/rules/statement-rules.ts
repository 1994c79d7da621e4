/**
 * The statements that are not about one medicine, as rule data: the medicines together (MED-6,
 * MORT-1, CONT-1, OD-1, SET-6), safety cautions (SAFE-3, SAFE-4, SED-1, SET-4, HR-1, HR-2,
 * PREG-5, PAIN-1), support (BEH-1, BEH-2), and what family and friends can do (FAM-1, MED-8,
 * SAFE-1), which applies only when someone answers for a person they care about.
 */
import { single } from '../../questions/read-answers.ts';
import type { Answers } from '../../questions/answers.ts';
import { all, answer, any, not, severityAtLeast, type RuleCondition } from './rule-conditions.ts';
import {
  benzos,
  alcohol,
  keepsWorkOrChildren,
  lowTolerance,
  noSupportPerson,
  onMedicineNow,
  recentOverdose,
  returnedWithoutMedication,
  riskyToStopSuddenly,
  unsupportiveHomeItself,
} from './risk-signals.ts';
import { settingRules } from './setting-rules.ts';
import type { StatementRule } from './statement-rule.ts';
import type { TreatmentMedicine } from './text-params.ts';

const forSomeoneElse: RuleCondition = { perspective: 'other' };
/** The setting rules that call for medically managed withdrawal. */
const medicalWithdrawal = any(...settingRules.filter((rule) => rule.needsMedicalWithdrawal).map((rule) => rule.when));

/** The medicine for opioid use the person takes now (the rule applies only when there is one). */
const currentMedicine = (answers: Answers): TreatmentMedicine => {
  const medicine = single(answers, 'current-medicine');
  return medicine === 'methadone' || medicine === 'buprenorphine' || medicine === 'naltrexone' ? medicine : 'methadone';
};

export const togetherRules: readonly StatementRule[] = [
  {
    id: 'keep-taking-your-medicine',
    when: onMedicineNow,
    sources: ['CONT-1'],
    text: (t, a) => t.medicinesTogether['keep-taking-your-medicine'](currentMedicine(a)),
  },
  {
    id: 'medicine-not-working',
    when: all(onMedicineNow, answer('medicine-working', ['no', 'not-sure'])),
    sources: ['CONT-1'],
    text: (t) => t.medicinesTogether['medicine-not-working'],
  },
  {
    id: 'after-an-overdose',
    when: recentOverdose,
    sources: ['OD-1', 'MORT-1'],
    text: (t) => t.medicinesTogether['after-an-overdose'],
  },
  { id: 'medicines-save-lives', sources: ['MORT-1'], text: (t) => t.medicinesTogether['medicines-save-lives'] },
  { id: 'medicines-help', sources: ['MED-6', 'OTP-1'], text: (t) => t.medicinesTogether['medicines-help'] },
  {
    id: 'add-medicine-first',
    when: returnedWithoutMedication,
    sources: ['SET-6'],
    text: (t) => t.medicinesTogether['add-medicine-first'],
  },
  {
    id: 'medicine-still-an-option',
    when: answer('open-to-medication', ['no', 'not-sure']),
    sources: ['MED-6'],
    text: (t) => t.medicinesTogether['medicine-still-an-option'],
  },
];

export const cautionRules: readonly StatementRule[] = [
  {
    id: 'opioids-with-benzos-or-alcohol',
    when: any(benzos, alcohol),
    sources: ['SAFE-3'],
    text: (t) => t.cautions['opioids-with-benzos-or-alcohol'],
  },
  {
    id: 'sedating-medicines',
    when: answer('other-drugs', ['gabapentinoids', 'sleeping-pills']),
    sources: ['SED-1'],
    text: (t) => t.cautions['sedating-medicines'],
  },
  {
    id: 'do-not-stop-suddenly-alone',
    when: riskyToStopSuddenly,
    sources: ['SAFE-3'],
    text: (t, a) =>
      t.cautions['do-not-stop-suddenly-alone']({
        alcohol: single(a, 'alcohol') === 'heavy',
        benzos: single(a, 'benzodiazepines') === 'daily' && single(a, 'benzodiazepines-prescribed') !== 'as-prescribed',
      }),
  },
  {
    id: 'prescribed-benzos',
    when: all(benzos, answer('benzodiazepines-prescribed', ['as-prescribed'])),
    sources: ['SAFE-3'],
    text: (t) => t.cautions['prescribed-benzos'],
  },
  {
    id: 'past-seizure',
    when: all(answer('withdrawal-history', ['seizure']), not(riskyToStopSuddenly)),
    sources: ['SAFE-3'],
    text: (t) => t.cautions['past-seizure'],
  },
  {
    id: 'tolerance-after-release',
    when: lowTolerance,
    sources: ['SAFE-4'],
    text: (t) => t.cautions['tolerance-after-release'],
  },
  {
    id: 'carry-naloxone',
    when: any(lowTolerance, recentOverdose),
    sources: ['MED-8', 'SAFE-4'],
    text: (t) => t.cautions['carry-naloxone'],
  },
  {
    id: 'do-not-use-alone',
    when: any(answer('others-use', ['live-alone']), answer('how-used', ['alone']), recentOverdose),
    sources: ['HR-1', 'OD-1'],
    text: (t) => t.cautions['do-not-use-alone'],
  },
  {
    id: 'new-supplies-every-time',
    when: answer('how-used', ['inject']),
    sources: ['HR-2'],
    text: (t) => t.cautions['new-supplies-every-time'],
  },
  {
    id: 'naloxone-with-xylazine',
    when: any(answer('opioids-used', ['fentanyl']), answer('health-now', ['wound-or-fever'])),
    sources: ['XYL-1'],
    text: (t) => t.cautions['naloxone-with-xylazine'],
  },
  {
    // Also in pregnancy: medicine after the birth is planned before it (PREG-5).
    id: 'after-giving-birth',
    when: answer('pregnancy', ['pregnant', 'recently-gave-birth']),
    sources: ['PREG-5'],
    text: (t) => t.cautions['after-giving-birth'],
  },
  {
    id: 'breastfeeding-on-medicine',
    when: answer('breastfeeding', ['yes']),
    sources: ['PREG-3'],
    text: (t) => t.cautions['breastfeeding-on-medicine'],
  },
  {
    id: 'tell-provider-other-drugs',
    when: answer('other-drugs', ['stimulants']),
    sources: ['SET-1'],
    text: (t) => t.cautions['tell-provider-other-drugs'],
  },
  {
    id: 'tell-provider-pain',
    when: answer('health-now', ['chronic-pain']),
    sources: ['PAIN-1'],
    text: (t) => t.cautions['tell-provider-pain'],
  },
  {
    id: 'tell-provider-health-problem',
    when: answer('health-now', ['ongoing']),
    sources: ['SET-1'],
    text: (t) => t.cautions['tell-provider-health-problem'],
  },
  {
    id: 'withdrawal-care-is-not-treatment',
    when: any(
      medicalWithdrawal,
      answer('previous-treatment-type', ['detox-only']),
      answer('recent-release', ['detox']),
    ),
    sources: ['SET-4'],
    text: (t) => t.cautions['withdrawal-care-is-not-treatment'],
  },
];

export const supportRules: readonly StatementRule[] = [
  { id: 'counseling', sources: ['BEH-1', 'MED-6'], text: (t) => t.support.counseling },
  {
    id: 'keep-work-and-children',
    when: all(severityAtLeast('severe'), noSupportPerson, keepsWorkOrChildren, not(unsupportiveHomeItself)),
    sources: ['SET-3', 'SET-6', 'MED-2'],
    text: (t) => t.support['keep-work-and-children'],
  },
  { id: 'peer-support', sources: ['BEH-2'], text: (t) => t.support['peer-support'] },
  { id: 'aftercare', sources: ['BEH-2'], text: (t) => t.support.aftercare },
  {
    id: 'family-therapy',
    // Not where home may not be safe (DV-1): a home kept private is not read as a safe one.
    when: all(answer('support-person', ['yes']), not(answer('home-safe', ['no', 'prefer-not-to-say']))),
    sources: ['BEH-1'],
    text: (t) => t.support['family-therapy'],
  },
];

export const familyRules: readonly StatementRule[] = [
  {
    id: 'family-carry-naloxone',
    when: forSomeoneElse,
    sources: ['MED-8', 'FAM-1'],
    text: (t) => t.family['family-carry-naloxone'],
  },
  {
    id: 'family-overdose-signs',
    when: forSomeoneElse,
    sources: ['SAFE-1', 'HELP-4'],
    text: (t) => t.family['family-overdose-signs'],
  },
  {
    id: 'family-craft',
    when: forSomeoneElse,
    sources: ['FAM-1'],
    text: (t) => t.family['family-craft'],
  },
  {
    id: 'family-find-care',
    when: forSomeoneElse,
    sources: ['HELP-1', 'HELP-2'],
    text: (t) => t.family['family-find-care'],
  },
  {
    id: 'family-support-for-you',
    when: forSomeoneElse,
    sources: ['HELP-7', 'FAM-1'],
    text: (t) => t.family['family-support-for-you'],
  },
];
