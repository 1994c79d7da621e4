/**
 * All five medicines, always, in a fixed order, so everyone sees every option (MED-6); the answers
 * only add notes and cautions or, for naltrexone in pregnancy, set "not now". Notes about the
 * medicines together come separately, before the list.
 */
import type { Answers } from '../../questions/answers.ts';
import { medicineRules } from './medicine-rules.ts';
import { MedicationIdSchema, type Medication } from './recommendation.ts';
import { holds, type Facts } from './rule-conditions.ts';
import { assessSeverity } from './severity.ts';
import { applyAll } from './statement-rule.ts';
import type { RuleTexts } from '../i18n/word-types.ts';

export function medicationsFor(facts: Facts): Medication[] {
  return MedicationIdSchema.options.map((id) => {
    const rules = medicineRules[id];
    const notNow = rules.notNow !== undefined && holds(rules.notNow.when, facts) !== null;
    return {
      id,
      ...facts.texts.medicines[id],
      stance: notNow ? 'not-now' : 'discuss',
      notes: applyAll(rules.notes, facts),
      cautions: applyAll(rules.cautions, facts),
      sources: [...rules.sources],
    };
  });
}

/** The medicines for an answer set, worded in `texts` (English by default). */
export function medications(answers: Answers, texts: RuleTexts): Medication[] {
  return medicationsFor({ answers, texts, severity: assessSeverity(answers, texts), perspective: 'self' });
}
