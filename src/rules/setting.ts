/**
 * The suggested setting: none when a gate applies (`setting-gates.ts`), which says why and what
 * comes first; otherwise the highest level any rule asks for wins, because the highest-risk area
 * decides and risks are never averaged (SET-1). The reasons shown are those of the rules that
 * fired at the winning level; with none, outpatient is explained by the answers that fit it.
 */
import type { Answers } from '../../questions/answers.ts';
import { settingLevels, type Reason, type Setting, type SettingLevel, type Statement } from './recommendation.ts';
import { anyOf, uniqueReasons, whenAnswer, type RuleContext } from './reasons.ts';
import { answer, holds, type Facts } from './rule-conditions.ts';
import { settingGates } from './setting-gates.ts';
import { settingSources } from './setting-levels.ts';
import { settingRules, type SettingRule } from './setting-rules.ts';
import { statement } from './statement.ts';
import type { SeverityResult } from './severity.ts';
import type { SourceId } from './sources.ts';
import type { RuleTexts } from '../i18n/word-types.ts';

export type SettingResult = {
  setting: Setting | null;
  insteadOfSetting: Statement | null;
  /** Whether any rule calls for medically managed withdrawal (SAFE-3), with a setting or without. */
  medicalWithdrawal: boolean;
  /** The rules whose condition holds, gates aside (the decision table's test reads these). */
  firedRuleIds: string[];
};

export function chooseSetting(answers: Answers, severity: SeverityResult, texts: RuleTexts): SettingResult {
  const ctx: RuleContext = { answers, texts };
  const facts: Facts = { ...ctx, severity, perspective: 'self', language: 'en' };
  const fired = settingRules
    .map((rule) => ({ rule, reasons: holds(rule.when, facts) }))
    .filter((hit): hit is { rule: SettingRule; reasons: Reason[] } => hit.reasons !== null);
  const level = fired.reduce<SettingLevel>(
    (highest, { rule }) => (settingLevels.indexOf(rule.level) > settingLevels.indexOf(highest) ? rule.level : highest),
    'outpatient',
  );
  const winners = fired.filter(({ rule }) => rule.level === level);
  const reasons =
    level === 'outpatient' ? outpatientReasons(ctx, severity) : uniqueReasons(winners.flatMap((hit) => hit.reasons));
  const sources = [
    ...new Set<SourceId>(['SET-1', ...settingSources[level], ...winners.flatMap(({ rule }) => rule.sources)]),
  ];
  const medicalWithdrawal = fired.some(({ rule }) => rule.needsMedicalWithdrawal === true);
  const firedRuleIds = fired.map(({ rule }) => rule.id);
  const gate = gateFor(facts, level);
  if (gate) return { setting: null, insteadOfSetting: gate, medicalWithdrawal, firedRuleIds };
  return {
    setting: {
      level,
      ...texts.settings[level],
      medicalWithdrawalManagement: medicalWithdrawal,
      reasons,
      sources,
    },
    insteadOfSetting: null,
    medicalWithdrawal,
    firedRuleIds,
  };
}

/** The first gate that holds at this level, as the statement that takes the setting's place. */
function gateFor(facts: Facts, level: SettingLevel): Statement | null {
  for (const gate of settingGates) {
    if (gate.yieldsToHospital && level === 'hospital') continue;
    const reasons = holds(gate.when, facts);
    if (reasons !== null) return statement(gate.id, facts.texts.insteadOfSetting[gate.id], gate.sources, reasons);
  }
  return null;
}

/** Nothing asks for more: outpatient fits milder use with a steady, supportive home (SET-3). */
function outpatientReasons(ctx: RuleContext, severity: SeverityResult): Reason[] {
  return (
    anyOf(
      severity.reasons.length > 0 ? severity.reasons : null,
      whenAnswer(ctx, answer('housing', ['stable'])),
      whenAnswer(ctx, answer('support-person', ['yes'])),
    ) ?? []
  );
}
