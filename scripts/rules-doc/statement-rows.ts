/** A rule that says a sentence, as a row of the decision table: its id, when, what it says, its sources. */
import type { StatementRule } from '../../src/rules/statement-rule.ts';
import { cite } from './citations.ts';
import { describeCondition } from './describe-condition.ts';
import { en, example } from './english.ts';

export function statementRows(rules: readonly StatementRule[], kind: string): string[] {
  return rules.map((rule) => {
    const when = rule.when
      ? `When ${describeCondition(rule.when)}`
      : rule.explainedBy
        ? `Always (explained when ${describeCondition(rule.explainedBy)})`
        : 'Always';
    const also = rule.alsoCites
      ? `; also ${cite(rule.alsoCites.sources)} when ${describeCondition(rule.alsoCites.when)}`
      : '';
    return `- **${rule.id}** (${kind}). ${when}.\n  Says: “${rule.text(en, example)}”\n  Sources: ${cite(rule.sources)}${also}.`;
  });
}
