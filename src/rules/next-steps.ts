/**
 * What to do next, urgent steps first (911, 988, the emergency department, urgent care, a home
 * that is not safe), then the SAMHSA National Helpline and FindTreatment.gov for everyone, then
 * what the answers add. Contacts come only from `helplines.ts`, so no number is ever typed twice.
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
/** Thoughts of self-harm, or an answer kept back about them: 988 first, without the interrupt. */
const selfHarmOrUnknown = answer('self-harm-thoughts', ['yes', 'prefer-not-to-say', 'dont-know']);

/** In the order shown: urgent steps first. */
export const stepRules = {
  'overdose-call-911': {
    when: answer('overdose-now', ['yes']),
    urgent: true,
    contacts: ['emergency'],
    sources: ['SAFE-1', 'HELP-4'],
  },
  'crisis-988': { when: selfHarmOrUnknown, urgent: true, contacts: lifeline, sources: ['SAFE-2', 'HELP-3', 'SET-7'] },
  'dangerous-withdrawal': {
    when: answer('danger-signs-now', ['yes']),
    urgent: true,
    contacts: ['emergency'],
    sources: ['WD-1', 'HELP-4'],
  },
  'urgent-medical-care': {
    when: answer('health-now', ['urgent']),
    urgent: true,
    contacts: ['emergency'],
    sources: ['HELP-4', 'SET-1'],
  },
  'wound-care': {
    when: answer('health-now', ['wound-or-fever']),
    urgent: true,
    contacts: [],
    sources: ['XYL-1'],
  },
  'unsafe-home': {
    when: answer('home-safe', ['no']),
    urgent: true,
    contacts: ['emergency', 'domesticViolence', 'domesticViolenceText', 'domesticViolenceChat'],
    sources: ['DV-1', 'HELP-6', 'HELP-4'],
  },
  'samhsa-helpline': { urgent: false, contacts: ['samhsa', 'samhsaTty', 'samhsaText'], sources: ['HELP-1'] },
  'adolescent-care': {
    when: answer('adult', ['no']),
    urgent: false,
    contacts: [],
    sources: ['AGE-1'],
  },
  'find-treatment': { urgent: false, contacts: ['findTreatment'], sources: ['HELP-2', 'SET-5'] },
  'say-you-are-pregnant': {
    when: answer('pregnancy', ['pregnant', 'could-be']),
    urgent: false,
    contacts: [],
    sources: ['PREG-4', 'OTP-1'],
  },
  'start-prenatal-care': {
    when: answer('prenatal-care', ['no']),
    urgent: false,
    contacts: [],
    sources: ['PREG-7', 'PREG-3'],
  },
  'medicines-and-children': {
    when: answer('responsibilities', ['children']),
    urgent: false,
    contacts: ['poisonControl', 'emergency'],
    sources: ['HR-3', 'HELP-5'],
  },
  'support-for-family': {
    when: { perspective: 'other' },
    urgent: false,
    contacts: ['familySupport'],
    sources: ['HELP-7', 'FAM-1'],
  },
  'mood-988': {
    when: all(moodScreenPositive, not(selfHarmOrUnknown)),
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

/**
 * The FindTreatment.gov search, one of the steps everyone gets. The results page and the summary
 * show it in a section of its own ("Find a place"), beside what to look for and what to ask.
 */
export function searchStep(steps: readonly NextStep[]): NextStep | undefined {
  return steps.find((step) => step.id === 'find-treatment');
}
