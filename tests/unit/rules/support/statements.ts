/** Every statement in a Recommendation, wherever the results page shows it, for checks that look at them all. */
import type { Recommendation, Statement } from '../../../../src/rules/recommendation.ts';

export function statementsIn(result: Recommendation): Statement[] {
  return [
    ...(result.insteadOfSetting ? [result.insteadOfSetting] : []),
    ...result.medicationNotes,
    ...result.medications.flatMap((medication) => [...medication.notes, ...medication.cautions]),
    ...result.cautions,
    ...result.unknowns,
    ...result.support,
    ...result.family,
    ...result.doThisNow.script,
    result.doThisNow.safety,
    ...result.findCare.lookFor,
    ...result.findCare.ask,
  ];
}
