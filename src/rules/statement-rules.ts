/**
 * The statements that are not about one medicine, as rule data: the medicines together (MED-6),
 * safety cautions (SAFE-3: benzos or alcohol, seizures on stopping; SAFE-4: tolerance after time
 * away), support (BEH-1, BEH-2), and what family and friends can do (MED-8, SAFE-1, BEH-1,
 * HELP-1, HELP-2), which applies only when someone answers for a person they care about.
 */
import { single } from '../../questions/read-answers.ts';
import { answer, any, type RuleCondition } from './rule-conditions.ts';
import { settingRules } from './setting-rules.ts';
import type { StatementRule } from './statement-rule.ts';

const released = answer('recent-release', ['jail', 'detox', 'residential']);
const forSomeoneElse: RuleCondition = { perspective: 'other' };
/** The setting rules that call for medically managed withdrawal. */
const medicalWithdrawal = any(...settingRules.filter((rule) => rule.needsMedicalWithdrawal).map((rule) => rule.when));

export const togetherRules: readonly StatementRule[] = [
  { id: 'medicines-help', sources: ['MED-6'], text: (t) => t.medicinesTogether['medicines-help'] },
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
    when: any(answer('benzodiazepines', ['daily', 'sometimes']), answer('alcohol', ['heavy', 'some'])),
    sources: ['SAFE-3'],
    text: (t) => t.cautions['opioids-with-benzos-or-alcohol'],
  },
  {
    id: 'do-not-stop-suddenly-alone',
    when: any(answer('alcohol', ['heavy']), answer('benzodiazepines', ['daily'])),
    sources: ['SAFE-3'],
    text: (t, a) =>
      t.cautions['do-not-stop-suddenly-alone']({
        alcohol: single(a, 'alcohol') === 'heavy',
        benzos: single(a, 'benzodiazepines') === 'daily',
      }),
  },
  {
    id: 'tolerance-after-release',
    when: released,
    sources: ['SAFE-4'],
    text: (t) => t.cautions['tolerance-after-release'],
  },
  { id: 'carry-naloxone', when: released, sources: ['MED-8', 'SAFE-4'], text: (t) => t.cautions['carry-naloxone'] },
  {
    id: 'tell-provider-other-drugs',
    when: answer('stimulants', ['yes']),
    sources: ['SET-1'],
    text: (t) => t.cautions['tell-provider-other-drugs'],
  },
  {
    id: 'tell-provider-health-problem',
    when: answer('medical-problems', ['ongoing']),
    sources: ['SET-1'],
    text: (t) => t.cautions['tell-provider-health-problem'],
  },
  {
    id: 'withdrawal-care-is-not-treatment',
    when: medicalWithdrawal,
    reasonsOfSetting: true,
    sources: ['SET-4'],
    text: (t) => t.cautions['withdrawal-care-is-not-treatment'],
  },
];

export const supportRules: readonly StatementRule[] = [
  { id: 'counseling', sources: ['BEH-1', 'MED-6'], text: (t) => t.support.counseling },
  { id: 'peer-support', sources: ['BEH-2'], text: (t) => t.support['peer-support'] },
  { id: 'aftercare', sources: ['BEH-2'], text: (t) => t.support.aftercare },
  {
    id: 'family-therapy',
    when: answer('support-person', ['yes']),
    sources: ['BEH-1'],
    text: (t) => t.support['family-therapy'],
  },
];

export const familyRules: readonly StatementRule[] = [
  {
    id: 'family-carry-naloxone',
    when: forSomeoneElse,
    sources: ['MED-8'],
    text: (t) => t.family['family-carry-naloxone'],
  },
  {
    id: 'family-overdose-signs',
    when: forSomeoneElse,
    sources: ['SAFE-1', 'HELP-4'],
    text: (t) => t.family['family-overdose-signs'],
  },
  {
    id: 'family-therapy-option',
    when: forSomeoneElse,
    sources: ['BEH-1'],
    text: (t) => t.family['family-therapy-option'],
  },
  {
    id: 'family-find-care',
    when: forSomeoneElse,
    sources: ['HELP-1', 'HELP-2'],
    text: (t) => t.family['family-find-care'],
  },
  {
    id: 'family-how-to-talk',
    when: forSomeoneElse,
    sources: ['HELP-1', 'HELP-2'],
    text: (t) => t.family['family-how-to-talk'],
  },
];
