/**
 * The setting rules, one per line of the decision table. Each asks for "at least" a level and only
 * combines risk signals with "and"/"or" (never "and not"), so a riskier answer can never make a
 * rule stop firing. Severity counts as "at least moderate/severe", which keeps that monotone too.
 */
import type { Answers } from '../../questions/answers.ts';
import type { Reason, SettingLevel } from './recommendation.ts';
import { allOf, whenOne } from './reasons.ts';
import { coOccurringMentalHealth, returnedAfterOutpatient, unsafeHome, unsupportiveHome } from './risk-signals.ts';
import type { SeverityLevel, SeverityResult } from './severity.ts';
import type { SourceId } from './sources.ts';

export type SettingRule = {
  readonly id: string;
  readonly level: Exclude<SettingLevel, 'outpatient'>;
  /** In plain words, for the decision table. */
  readonly when: string;
  readonly sources: readonly SourceId[];
  /** Stopping safely needs medically managed withdrawal care (SAFE-3), not only this level. */
  readonly needsMedicalWithdrawal?: true;
  /** The reasons when the rule fires, null when it does not. */
  readonly fires: (answers: Answers, severity: SeverityResult) => Reason[] | null;
};

const severityRank: Record<SeverityLevel, number> = { 'not-answered': 0, none: 0, mild: 1, moderate: 2, severe: 3 };

function atLeast(level: 'mild' | 'moderate' | 'severe', severity: SeverityResult): Reason[] | null {
  return severityRank[severity.severity.level] >= severityRank[level] ? severity.reasons : null;
}

export const settingRules: readonly SettingRule[] = [
  {
    id: 'heavy-alcohol',
    level: 'hospital',
    needsMedicalWithdrawal: true,
    when: 'alcohol is heavy',
    sources: ['SAFE-3'],
    fires: (a) => whenOne(a, 'alcohol', ['heavy']),
  },
  {
    id: 'daily-benzodiazepines',
    level: 'hospital',
    needsMedicalWithdrawal: true,
    when: 'benzodiazepines daily',
    sources: ['SAFE-3', 'MED-7'],
    fires: (a) => whenOne(a, 'benzodiazepines', ['daily']),
  },
  {
    id: 'withdrawal-seizure',
    level: 'hospital',
    needsMedicalWithdrawal: true,
    when: 'withdrawal-history is seizure',
    sources: ['SAFE-3'],
    fires: (a) => whenOne(a, 'withdrawal-history', ['seizure']),
  },
  {
    id: 'urgent-medical',
    level: 'hospital',
    when: 'medical-problems is urgent',
    sources: ['SET-1'],
    fires: (a) => whenOne(a, 'medical-problems', ['urgent']),
  },
  {
    id: 'self-harm',
    level: 'residential',
    when: 'self-harm-thoughts is yes',
    sources: ['SET-3', 'SAFE-2'],
    fires: (a) => whenOne(a, 'self-harm-thoughts', ['yes']),
  },
  {
    id: 'severe-unsupportive-home',
    level: 'residential',
    when: 'severe and an unsupportive home (housing unstable or none, home not safe, others use, no support person)',
    sources: ['SET-3'],
    fires: (a, s) => allOf(atLeast('severe', s), unsupportiveHome(a)),
  },
  {
    id: 'severe-co-occurring',
    level: 'residential',
    when: 'severe and co-occurring mental health (PHQ-2 >= 3, GAD-2 >= 3 or a diagnosis)',
    sources: ['SET-3', 'PHQ-2', 'GAD-2'],
    fires: (a, s) => allOf(atLeast('severe', s), coOccurringMentalHealth(a)),
  },
  {
    id: 'returned-repeatedly-after-outpatient',
    level: 'residential',
    when: 'returned to use repeatedly after treatment that included outpatient care',
    sources: ['SET-3'],
    fires: (a) => returnedAfterOutpatient(a, true),
  },
  {
    id: 'moderate-unsafe-home',
    level: 'residential',
    when: 'moderate or severe and no home or a home that is not safe',
    sources: ['SET-3'],
    fires: (a, s) => allOf(atLeast('moderate', s), unsafeHome(a)),
  },
  {
    id: 'severe',
    level: 'intensive-outpatient',
    when: 'severity is severe',
    sources: ['SET-3', 'SET-2'],
    fires: (_a, s) => atLeast('severe', s),
  },
  {
    id: 'moderate-unsupportive-home',
    level: 'intensive-outpatient',
    when: 'moderate or severe and an unsupportive home',
    sources: ['SET-3'],
    fires: (a, s) => allOf(atLeast('moderate', s), unsupportiveHome(a)),
  },
  {
    id: 'co-occurring',
    level: 'intensive-outpatient',
    when: 'co-occurring mental health at any severity',
    sources: ['SET-3', 'PHQ-2', 'GAD-2'],
    fires: (a) => coOccurringMentalHealth(a),
  },
  {
    id: 'mild-unsafe-home',
    level: 'intensive-outpatient',
    when: 'mild or worse and no home or a home that is not safe',
    sources: ['SET-3'],
    fires: (a, s) => allOf(atLeast('mild', s), unsafeHome(a)),
  },
  {
    id: 'severe-withdrawal',
    level: 'intensive-outpatient',
    when: 'withdrawal-history is severe',
    sources: ['SET-1'],
    fires: (a) => whenOne(a, 'withdrawal-history', ['severe']),
  },
  {
    id: 'returned-after-outpatient',
    level: 'intensive-outpatient',
    when: 'returned to use after treatment that included outpatient care',
    sources: ['SET-3'],
    fires: (a) => returnedAfterOutpatient(a, false),
  },
];
