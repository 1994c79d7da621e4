/**
 * Where a result sits on one scale, for the properties that compare two results: the setting's
 * level, or, when a gate gives none (setting-gates.ts), the gate's place. Fewer than two signs
 * (SEV-4) sits below every setting; already in treatment (CONT-1) just below hospital care, the only
 * thing a riskier answer may turn it into (SET-1); under 18 (AGE-1) above every setting, since no
 * riskier answer may take it away; thoughts of suicide (SET-7), a crisis
 * evaluation first, above everything. Without a setting, medically managed withdrawal shows as the
 * caution not to stop suddenly alone (SAFE-3), which the gates keep.
 */
import type { Recommendation } from '../../../../src/rules/recommendation.ts';
import type { SettingGate } from '../../../../src/rules/setting-gates.ts';
import { settingRank } from './enumerate.ts';

export type SettingOutcome = { rank: number; withdrawal: boolean };

const gateRank: Record<SettingGate['id'], number> = {
  'few-signs': -1,
  'in-treatment': settingRank('hospital') - 0.5,
  'under-18': settingRank('hospital') + 1,
  'crisis-first': settingRank('hospital') + 2,
};

export function settingOutcome({ setting, insteadOfSetting, cautions }: Recommendation): SettingOutcome {
  if (setting) return { rank: settingRank(setting.level), withdrawal: setting.medicalWithdrawalManagement };
  return {
    rank: gateRank[insteadOfSetting?.id as SettingGate['id']],
    withdrawal: cautions.some((caution) => caution.id === 'do-not-stop-suddenly-alone'),
  };
}

/** The second outcome is at least as careful as the first: no lower place, no withdrawal care dropped. */
export const atLeastAsCareful = (before: SettingOutcome, after: SettingOutcome) =>
  after.rank >= before.rank && (after.withdrawal || !before.withdrawal);
