/**
 * All five medicines, always, so everyone sees every option (MED-6); the answers add notes and
 * cautions, set "not now" (naltrexone in pregnancy, PREG-2; withdrawal aids, PREG-6), and decide
 * the order, never what is shown. The order follows what the person said: the medicine they take
 * now comes first (CONT-1); after an overdose, methadone, buprenorphine and naloxone lead (OD-1,
 * MORT-1); when daily clinic visits would be hard, buprenorphine comes before methadone (MED-1,
 * MED-2); a wish for a medicine that is not an opioid puts naltrexone first (MED-4), except in
 * pregnancy, where naltrexone is not to be started (PREG-2) and methadone or buprenorphine lead.
 */
import type { Answers } from '../../questions/answers.ts';
import { medicineRules } from './medicine-rules.ts';
import { MedicationIdSchema, type Medication, type MedicationId } from './recommendation.ts';
import { answer, holds, type Facts, type RuleCondition } from './rule-conditions.ts';
import { pregnantOrCouldBe, recentOverdose, visitsHard } from './risk-signals.ts';
import { assessSeverity } from './severity.ts';
import { applyAll } from './statement-rule.ts';
import type { RuleTexts } from '../i18n/word-types.ts';
import { single } from '../../questions/read-answers.ts';

const said = (facts: Facts, condition: RuleCondition) => holds(condition, facts) !== null;

/** Moves `ids` to the front, in the order given, keeping the rest in theirs. */
const first = (order: readonly MedicationId[], ids: readonly MedicationId[]) => [
  ...ids,
  ...order.filter((id) => !ids.includes(id)),
];

export function medicationOrder(facts: Facts): MedicationId[] {
  let order: MedicationId[] = [...MedicationIdSchema.options];
  if (said(facts, visitsHard)) order = first(order, ['buprenorphine', 'methadone']);
  if (said(facts, recentOverdose)) {
    order = first(order, [...order.filter((id) => id === 'methadone' || id === 'buprenorphine'), 'naloxone']);
  } else if (said(facts, answer('prefers-non-opioid', ['yes'])) && !said(facts, pregnantOrCouldBe)) {
    order = first(order, ['naltrexone']);
  }
  const current = single(facts.answers, 'current-medicine');
  if (current === 'methadone' || current === 'buprenorphine' || current === 'naltrexone')
    order = first(order, [current]);
  return order;
}

export function medicationsFor(facts: Facts): Medication[] {
  return medicationOrder(facts).map((id) => {
    const rules = medicineRules[id];
    const notNowRule = rules.notNow !== undefined && holds(rules.notNow.when, facts) !== null ? rules.notNow : null;
    const notNow = notNowRule !== null;
    return {
      id,
      ...facts.texts.medicines[id],
      stance: notNow ? 'not-now' : 'discuss',
      notes: applyAll(rules.notes, facts),
      cautions: applyAll(rules.cautions, facts),
      sources: [...rules.sources, ...(notNowRule?.sources ?? [])],
    };
  });
}

/** The medicines for an answer set, worded in `texts`. */
export function medications(answers: Answers, texts: RuleTexts): Medication[] {
  return medicationsFor({
    answers,
    texts,
    severity: assessSeverity(answers, texts),
    perspective: 'self',
    language: 'en',
  });
}
