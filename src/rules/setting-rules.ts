/**
 * The setting rules, one per line of the decision table. Each asks for "at least" a level and only
 * combines risk signals with "all"/"any" (never "not"), so a riskier answer can never make a rule
 * stop firing. Severity counts as "at least moderate/severe", which keeps that monotone too.
 * Conditions are data (`rule-conditions.ts`), so `docs/rules.md` is generated from these very rules.
 */
import type { SettingLevel } from './recommendation.ts';
import { all, answer, severityAtLeast, type RuleCondition } from './rule-conditions.ts';
import { coOccurringMentalHealth, returnedAfterOutpatient, unsafeHome, unsupportiveHome } from './risk-signals.ts';
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
    when: answer('benzodiazepines', ['daily']),
  },
  {
    id: 'withdrawal-seizure',
    level: 'hospital',
    needsMedicalWithdrawal: true,
    sources: ['SAFE-3'],
    when: answer('withdrawal-history', ['seizure']),
  },
  {
    id: 'urgent-medical',
    level: 'hospital',
    sources: ['SET-1'],
    when: answer('medical-problems', ['urgent']),
  },
  {
    id: 'self-harm',
    level: 'residential',
    sources: ['SET-3', 'SAFE-2'],
    when: answer('self-harm-thoughts', ['yes']),
  },
  {
    id: 'severe-unsupportive-home',
    level: 'residential',
    sources: ['SET-3'],
    when: all(severityAtLeast('severe'), unsupportiveHome),
  },
  {
    id: 'severe-co-occurring',
    level: 'residential',
    sources: ['SET-3', 'PHQ-2', 'GAD-2'],
    when: all(severityAtLeast('severe'), coOccurringMentalHealth),
  },
  {
    id: 'returned-repeatedly-after-outpatient',
    level: 'residential',
    sources: ['SET-3'],
    when: returnedAfterOutpatient('returned-repeatedly'),
  },
  {
    id: 'moderate-unsafe-home',
    level: 'residential',
    sources: ['SET-3'],
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
    when: answer('withdrawal-history', ['severe']),
  },
  {
    id: 'returned-after-outpatient',
    level: 'intensive-outpatient',
    sources: ['SET-3'],
    when: returnedAfterOutpatient('returned-once', 'returned-repeatedly'),
  },
];
