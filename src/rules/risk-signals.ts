/**
 * Risk signals that several rules share, as condition data. Each only grows as an answer gets
 * riskier (only "any"/"all", never "not"), which keeps the setting rules monotone.
 */
import { all, answer, any, moodScreenPositive, type RuleCondition } from './rule-conditions.ts';

/** A co-occurring mental health condition: a positive PHQ-2 or GAD-2, or a diagnosis (SET-3). */
export const coOccurringMentalHealth: RuleCondition = any(
  moodScreenPositive,
  answer('mental-health-diagnosis', ['yes']),
);

/** A home that does not support recovery: no steady home, unsafe, others use, or no support (SET-3). */
export const unsupportiveHome: RuleCondition = any(
  answer('housing', ['unstable', 'none']),
  answer('home-safe', ['no']),
  answer('others-use', ['yes']),
  answer('support-person', ['no']),
);

/** No home at all, or a home that is not safe (SET-3). */
export const unsafeHome: RuleCondition = any(answer('housing', ['none']), answer('home-safe', ['no']));

/** Started using again after treatment that included outpatient care (SET-3). */
export function returnedAfterOutpatient(...returned: ('returned-once' | 'returned-repeatedly')[]): RuleCondition {
  return all(answer('previous-treatment', returned), answer('previous-treatment-type', ['outpatient']));
}
