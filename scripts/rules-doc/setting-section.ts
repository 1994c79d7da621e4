/**
 * The setting part of the decision table: first the gates, which decide when no setting is
 * suggested at all and say what comes instead, then the rules that each ask for at least a level.
 */
import { settingGates } from '../../src/rules/setting-gates.ts';
import { settingSources } from '../../src/rules/setting-levels.ts';
import { settingRules } from '../../src/rules/setting-rules.ts';
import { settingLevels } from '../../src/rules/recommendation.ts';
import { cite } from './citations.ts';
import { describeCondition } from './describe-condition.ts';
import { en } from './english.ts';

function gateRows(): string[] {
  return settingGates.map(
    (gate) =>
      `- **${gate.id}** (no setting). When ${describeCondition(gate.when)}.\n  Says instead: “${en.insteadOfSetting[gate.id]}”\n  Sources: ${cite(gate.sources)}.`,
  );
}

function ruleRows(): string[] {
  return settingRules.map((rule) => {
    const name = en.settings[rule.level].name;
    const withdrawal = rule.needsMedicalWithdrawal ? ' Also: medically managed withdrawal care is needed.' : '';
    return `- **${rule.id}**. When ${describeCondition(rule.when)}.\n  Suggests at least: ${name}.${withdrawal}\n  Sources: ${cite([...rule.sources, ...settingSources[rule.level]])}.`;
  });
}

export function settingSection(): string[] {
  return [
    '## No setting suggested',
    '',
    'These are checked first, in this order. The first one that applies takes the place of a setting: no setting is suggested, and the result says why and what comes first. The cautions, medicines and next steps below still apply.',
    '',
    ...gateRows(),
    '',
    '## Setting',
    '',
    'When no gate above applies, every rule below that applies asks for at least its setting; the most intensive one wins (the highest-risk area decides, risks are never averaged: SET-1). When no rule applies, the suggestion is outpatient care.',
    '',
    ...settingLevels.map((level) => `- ${en.settings[level].name}: ${en.settings[level].asamOrientation}`),
    '',
    ...ruleRows(),
  ];
}
