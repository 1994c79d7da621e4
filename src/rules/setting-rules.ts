/**
 * The setting rules, one per line of the decision table. Each asks for "at least" a level and
 * combines risk signals with "all"/"any", so a riskier answer can never make a rule stop firing
 * (where "not" appears, it only leaves out the lowest-risk answer, or keeps residential care from a
 * person it would cost work or children while their home is steady, SET-3). Severity counts as "at
 * least moderate/severe", which keeps that monotone too. Before them, `setting-gates.ts` decides
 * when no setting is suggested at all. Conditions are data (`rule-conditions.ts`), so
 * `docs/rules.md` is generated from these very rules.
 */
import type { SettingLevel } from './recommendation.ts';
import { all, answer, not, severityAtLeast, type RuleCondition } from './rule-conditions.ts';
import {
  coOccurringMentalHealth,
  dailyBenzosNotPrescribed,
  keepsWorkOrChildren,
  noSupportPerson,
  returnedAfterMedication,
  riskyToStopSuddenly,
  unsafeHome,
  unsupportiveHome,
  unsupportiveHomeItself,
} from './risk-signals.ts';
import type { SourceId } from './sources.ts';

export type SettingRule = {
  readonly id: string;
  readonly level: Exclude<SettingLevel, 'outpatient'>;
  readonly when: RuleCondition;
  readonly sources: readonly SourceId[];
  /** Stopping safely needs medically managed withdrawal care (SAFE-3), not only this level. */
  readonly needsMedicalWithdrawal?: true;
};

export const settingRules: readonly SettingRule[] = [
  {
    id: 'heavy-alcohol',
    level: 'hospital',
    needsMedicalWithdrawal: true,
    sources: ['SAFE-3'],
    when: answer('alcohol', ['heavy']),
  },
  {
    id: 'daily-benzodiazepines',
    level: 'hospital',
    needsMedicalWithdrawal: true,
    sources: ['SAFE-3', 'MED-7'],
    when: dailyBenzosNotPrescribed,
  },
  {
    id: 'withdrawal-seizure',
    level: 'hospital',
    needsMedicalWithdrawal: true,
    sources: ['SAFE-3'],
    when: all(answer('withdrawal-history', ['seizure']), riskyToStopSuddenly),
  },
  {
    id: 'dangerous-withdrawal-now',
    level: 'hospital',
    sources: ['WD-1'],
    when: answer('danger-signs-now', ['yes']),
  },
  {
    id: 'urgent-medical',
    level: 'hospital',
    sources: ['SET-1'],
    when: answer('health-now', ['urgent']),
  },
  {
    id: 'severe-unsupportive-home',
    level: 'residential',
    sources: ['SET-3'],
    when: all(severityAtLeast('severe'), unsupportiveHomeItself),
  },
  {
    id: 'severe-without-support',
    level: 'residential',
    sources: ['SET-3'],
    when: all(severityAtLeast('severe'), noSupportPerson, not(keepsWorkOrChildren)),
  },
  {
    id: 'severe-co-occurring',
    level: 'residential',
    sources: ['SET-3', 'PHQ-2', 'GAD-2'],
    when: all(severityAtLeast('severe'), coOccurringMentalHealth),
  },
  {
    id: 'returned-repeatedly-after-medication',
    level: 'residential',
    sources: ['SET-3', 'SET-6'],
    when: returnedAfterMedication('returned-repeatedly'),
  },
  {
    id: 'moderate-unsafe-home',
    level: 'residential',
    sources: ['SET-3', 'DV-1'],
    when: all(severityAtLeast('moderate'), unsafeHome),
  },
  {
    id: 'severe',
    level: 'intensive-outpatient',
    sources: ['SET-3', 'SET-2'],
    when: severityAtLeast('severe'),
  },
  {
    id: 'moderate-unsupportive-home',
    level: 'intensive-outpatient',
    sources: ['SET-3'],
    when: all(severityAtLeast('moderate'), unsupportiveHome),
  },
  {
    id: 'co-occurring',
    level: 'intensive-outpatient',
    sources: ['SET-3', 'PHQ-2', 'GAD-2'],
    when: coOccurringMentalHealth,
  },
  {
    id: 'mild-unsafe-home',
    level: 'intensive-outpatient',
    sources: ['SET-3'],
    when: all(severityAtLeast('mild'), unsafeHome),
  },
  {
    id: 'severe-withdrawal',
    level: 'intensive-outpatient',
    sources: ['SET-1'],
    when: answer('withdrawal-history', ['severe', 'seizure']),
  },
  {
    id: 'returned-after-medication',
    level: 'intensive-outpatient',
    sources: ['SET-3', 'SET-6'],
    when: returnedAfterMedication('returned-once', 'returned-repeatedly'),
  },
];
