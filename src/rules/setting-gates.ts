/**
 * When no treatment setting is suggested at all, checked before the setting rules, in this order:
 * thoughts of suicide call for a crisis evaluation first, and the setting is decided after it
 * (SET-7); this self-check is for adults, and someone under 18 needs a pediatric or adolescent
 * provider (AGE-1); someone for whom their medicine is working is in treatment, not a person to be
 * placed from scratch (CONT-1, CONT-2); and fewer than two signs do not point to opioid use
 * disorder (SEV-4), unless the person takes medicine for it now. The last two give way when a rule
 * asks for hospital care (dangerous withdrawal now, heavy drinking, daily benzodiazepines, an urgent
 * health problem): the highest-risk area decides (SET-1), and being in treatment or showing few
 * signs of opioid use disorder does not make stopping alcohol or benzodiazepines safe (SAFE-3).
 */
import { all, answer, not, severityNone, type RuleCondition } from './rule-conditions.ts';
import { onMedicineNow, stableOnMedicine } from './risk-signals.ts';
import type { SourceId } from './sources.ts';

export type SettingGate = {
  readonly id: 'crisis-first' | 'under-18' | 'in-treatment' | 'few-signs';
  readonly when: RuleCondition;
  readonly sources: readonly SourceId[];
  /** A rule asking for hospital care outranks this gate (SET-1). */
  readonly yieldsToHospital?: true;
};

export const settingGates: readonly SettingGate[] = [
  { id: 'crisis-first', when: answer('self-harm-thoughts', ['yes']), sources: ['SET-7', 'SAFE-2'] },
  { id: 'under-18', when: answer('adult', ['no']), sources: ['AGE-1'] },
  { id: 'in-treatment', when: stableOnMedicine, sources: ['CONT-1', 'CONT-2'], yieldsToHospital: true },
  {
    id: 'few-signs',
    when: all(severityNone, not(onMedicineNow)),
    sources: ['SEV-4', 'SEV-2'],
    yieldsToHospital: true,
  },
];
