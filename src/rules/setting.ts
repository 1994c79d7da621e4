/**
 * The suggested setting: the highest level any rule asks for wins, because the highest-risk area
 * decides and risks are never averaged (SET-1). The reasons shown are those of the rules that
 * fired at the winning level; with none, outpatient is explained by the answers that fit it.
 */
import type { Answers } from '../../questions/answers.ts';
import { settingLevels, type Reason, type Setting, type SettingLevel } from './recommendation.ts';
import { anyOf, uniqueReasons, whenAnswer, type RuleContext } from './reasons.ts';
import { answer, holds } from './rule-conditions.ts';
import { settingSources } from './setting-levels.ts';
import { settingRules, type SettingRule } from './setting-rules.ts';
import type { SeverityResult } from './severity.ts';
import type { SourceId } from './sources.ts';
import type { RuleTexts } from '../i18n/word-types.ts';

export type SettingResult = { setting: Setting; firedRuleIds: string[] };

export function chooseSetting(answers: Answers, severity: SeverityResult, texts: RuleTexts): SettingResult {
  const ctx: RuleContext = { answers, texts };
  const fired = settingRules
    .map((rule) => ({ rule, reasons: holds(rule.when, { ...ctx, severity, perspective: 'self' }) }))
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
  return {
    setting: {
      level,
      ...texts.settings[level],
      medicalWithdrawalManagement: fired.some(({ rule }) => rule.needsMedicalWithdrawal === true),
      reasons,
      sources,
    },
    firedRuleIds: fired.map(({ rule }) => rule.id),
  };
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
