/**
 * What to do next, urgent steps first (911, 988, urgent medical care), then the SAMHSA National
 * Helpline and FindTreatment.gov for everyone. Contacts come only from `helplines.ts`, so no
 * number is ever typed twice.
 */
import { contactsIn, type ContactId } from './helplines.ts';
import type { NextStep } from './recommendation.ts';
import { all, answer, holds, moodScreenPositive, not, type RuleCondition, type Facts } from './rule-conditions.ts';
import type { SourceId } from './sources.ts';
import type { RuleTexts } from '../i18n/word-types.ts';

type StepId = keyof RuleTexts['nextSteps'];
type StepDefinition = {
  /** Absent: everyone gets this step. */
  readonly when?: RuleCondition;
  readonly urgent: boolean;
  readonly contacts: readonly ContactId[];
  readonly sources: readonly SourceId[];
};

const lifeline = ['lifelineCall', 'lifelineText', 'lifelineChat'] as const;
const selfHarm = answer('self-harm-thoughts', ['yes']);

/** In the order shown: urgent steps first. */
export const stepRules = {
  'overdose-call-911': {
    when: answer('overdose-now', ['yes']),
    urgent: true,
    contacts: ['emergency'],
    sources: ['SAFE-1', 'HELP-4'],
  },
  'crisis-988': { when: selfHarm, urgent: true, contacts: lifeline, sources: ['SAFE-2', 'HELP-3'] },
  'urgent-medical-care': {
    when: answer('medical-problems', ['urgent']),
    urgent: true,
    contacts: ['emergency'],
    sources: ['HELP-4'],
  },
  'samhsa-helpline': { urgent: false, contacts: ['samhsa', 'samhsaTty', 'samhsaText'], sources: ['HELP-1'] },
  'find-treatment': { urgent: false, contacts: ['findTreatment'], sources: ['HELP-2'] },
  'say-you-are-pregnant': {
    when: answer('pregnancy', ['pregnant', 'could-be']),
    urgent: false,
    contacts: [],
    sources: ['PREG-4'],
  },
  'mood-988': {
    when: all(moodScreenPositive, not(selfHarm)),
    urgent: false,
    contacts: lifeline,
    sources: ['HELP-3', 'PHQ-2', 'GAD-2'],
  },
} as const satisfies Record<StepId, StepDefinition>;

export function nextSteps(facts: Facts): NextStep[] {
  const contacts = contactsIn(facts.texts);
  return (Object.keys(stepRules) as StepId[]).flatMap((id) => {
    const rule: StepDefinition = stepRules[id];
    if (rule.when && holds(rule.when, facts) === null) return [];
    return [
      {
        id,
        urgent: rule.urgent,
        ...facts.texts.nextSteps[id],
        contacts: rule.contacts.map((contact) => ({ ...contacts[contact] })),
        sources: [...rule.sources],
      },
    ];
  });
}
