/**
 * Signals that several rules share, as condition data. The risk signals only grow as an answer gets
 * riskier, which keeps the setting rules monotone; where one uses "not", it is "not the lowest-risk
 * answer" (a benzodiazepine taken as prescribed), so a riskier or unknown answer still counts.
 */
import { all, answer, any, moodScreenPositive, not, type RuleCondition } from './rule-conditions.ts';

/** A co-occurring mental health condition: a positive PHQ-2 or GAD-2, or a diagnosis (SET-3). */
export const coOccurringMentalHealth: RuleCondition = any(
  moodScreenPositive,
  answer('mental-health-diagnosis', ['yes']),
);

/** A home that does not support recovery, apart from having no one to support it (SET-3). */
export const unsupportiveHomeItself: RuleCondition = any(
  answer('housing', ['unstable', 'none']),
  answer('home-safe', ['no']),
  answer('others-use', ['yes']),
);

/** No one in the person's life who supports recovery (SET-3). */
export const noSupportPerson: RuleCondition = answer('support-person', ['no']);

/** A home that does not support recovery: no steady home, unsafe, others use, or no support (SET-3). */
export const unsupportiveHome: RuleCondition = any(unsupportiveHomeItself, noSupportPerson);

/** No home at all, or a home that is not safe (SET-3, DV-1). */
export const unsafeHome: RuleCondition = any(answer('housing', ['none']), answer('home-safe', ['no']));

/** Work or children to keep up with: care that keeps them is the realistic one (SET-3). */
export const keepsWorkOrChildren: RuleCondition = answer('responsibilities', ['work', 'children']);

/** Started using again after treatment that included medication (SET-3 as SET-6 reads it). */
export function returnedAfterMedication(...returned: ('returned-once' | 'returned-repeatedly')[]): RuleCondition {
  return all(answer('previous-treatment', returned), answer('previous-treatment-type', ['medication']));
}

/** Started using again after counseling or a program, without medication (SET-6). */
export const returnedWithoutMedication: RuleCondition = all(
  answer('previous-treatment', ['returned-once', 'returned-repeatedly']),
  answer('previous-treatment-type', ['outpatient', 'residential', 'detox-only']),
  not(answer('previous-treatment-type', ['medication'])),
);

/**
 * Benzodiazepines every day, not known to be prescribed and taken as prescribed: stopping them
 * suddenly can cause seizures (SAFE-3). A prescribed benzodiazepine is tapered with its prescriber.
 */
export const dailyBenzosNotPrescribed: RuleCondition = all(
  answer('benzodiazepines', ['daily']),
  not(answer('benzodiazepines-prescribed', ['as-prescribed'])),
);

/** Heavy drinking on most days, or daily benzodiazepines not taken as prescribed (SAFE-3). */
export const riskyToStopSuddenly: RuleCondition = any(answer('alcohol', ['heavy']), dailyBenzosNotPrescribed);

/** Methadone, buprenorphine or naltrexone for opioid use now (CONT-1). */
export const onMedicineNow: RuleCondition = answer('current-medicine', ['methadone', 'buprenorphine', 'naltrexone']);

/** In treatment, and it is working: no setting from scratch (CONT-2). */
export const stableOnMedicine: RuleCondition = all(onMedicineNow, answer('medicine-working', ['yes']));

/** Any benzodiazepine or alcohol use: the mix with opioids raises overdose risk (SAFE-3, MED-7). */
export const benzos: RuleCondition = answer('benzodiazepines', ['daily', 'sometimes']);
export const alcohol: RuleCondition = answer('alcohol', ['heavy', 'some']);

/** Pregnant, or could be (PREG-1, PREG-2, PREG-6). */
export const pregnantOrCouldBe: RuleCondition = answer('pregnancy', ['pregnant', 'could-be']);

/** Back from time away from opioids: jail, detox, a treatment stay, or stopping MOUD (SAFE-4). */
export const lowTolerance: RuleCondition = answer('recent-release', [
  'jail',
  'detox',
  'residential',
  'stopped-medicine',
]);

/** An overdose in the past 12 months (OD-1). */
export const recentOverdose: RuleCondition = answer('recent-overdose', ['yes']);

/** Daily clinic visits may be hard: said so, no way to get there, or a job (MED-1, SET-3). */
export const visitsHard: RuleCondition = any(
  answer('daily-visits', ['no', 'not-sure']),
  answer('transport', ['no', 'hard']),
  answer('responsibilities', ['work']),
);
