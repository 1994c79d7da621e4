/**
 * "Because you said ...": one plain sentence per answer that can lead to a conclusion. Kept in one
 * table so the same answer is always explained in the same words, and typed against the
 * questionnaire so a reason cannot name an option that does not exist.
 */
import type { Answers } from '../../questions/answers.ts';
import { multiple, single, type MultipleQuestionId, type SingleQuestionId } from '../../questions/read-answers.ts';
import type { OptionValue, QuestionId } from '../../questions/questionnaire.ts';
import type { Reason } from './recommendation.ts';

type ReasonTexts = { readonly [Id in QuestionId]?: Partial<Record<OptionValue<Id>, string>> };

const texts = {
  'overdose-now': { yes: 'You said someone with you may be having an overdose right now.' },
  'self-harm-thoughts': { yes: 'You said you are having thoughts of suicide or of hurting yourself.' },
  'opioids-used': {
    fentanyl: 'You said you have used fentanyl.',
    'methadone-or-buprenorphine': 'You said you have used methadone or buprenorphine that was not prescribed to you.',
    'pills-as-prescribed': 'You said you only take pain pills as a doctor prescribed.',
  },
  'last-use': {
    'past-day': 'You said you last used an opioid in the past day.',
    'past-week': 'You said you last used an opioid 1 to 6 days ago.',
  },
  'mental-health-diagnosis': {
    yes: 'You said a doctor or counselor told you that you have a mental health condition.',
  },
  alcohol: {
    heavy: 'You said you drink a lot of alcohol on most days.',
    some: 'You said you drink a little alcohol on most days.',
  },
  benzodiazepines: {
    daily: 'You said you take benzos every day or almost every day.',
    sometimes: 'You said you take benzos sometimes.',
  },
  stimulants: { yes: 'You said you use other drugs, such as meth, cocaine or crack.' },
  'medical-problems': {
    urgent: 'You said you have a health problem that needs care right away.',
    ongoing: 'You said you have a long-term health problem.',
  },
  'withdrawal-history': {
    seizure: 'You said you had a seizure during withdrawal.',
    severe: 'You said you have had a very bad withdrawal.',
  },
  pregnancy: {
    pregnant: 'You said you are pregnant.',
    'could-be': 'You said you could be pregnant.',
  },
  housing: {
    stable: 'You said you have a steady place to live.',
    unstable: 'You said you do not always have a steady place to live.',
    none: 'You said you have nowhere to live.',
  },
  'others-use': { yes: 'You said someone you live with uses drugs or drinks a lot.' },
  'home-safe': { no: 'You said you do not feel safe where you live.' },
  'support-person': {
    yes: 'You said someone in your life supports your recovery.',
    no: 'You said you do not have someone who supports your recovery.',
  },
  'recent-release': {
    jail: 'You said you left jail or prison in the past month.',
    detox: 'You said you left detox in the past month.',
    residential: 'You said you left a treatment center or hospital stay in the past month.',
  },
  'previous-treatment': {
    'returned-once': 'You said you started using again after treatment.',
    'returned-repeatedly': 'You said you started using again after treatment more than once.',
  },
  'previous-treatment-type': { outpatient: 'You said you had counseling or a program you went to from home.' },
  'open-to-medication': {
    no: 'You said you would not want to take medicine for opioid use.',
    'not-sure': 'You said you are not sure about taking medicine for opioid use.',
  },
  'daily-visits': {
    no: 'You said you could not go to a clinic every day at first.',
    'not-sure': 'You said you are not sure you could go to a clinic every day at first.',
  },
  'prefers-non-opioid': { yes: 'You said you would rather take a medicine that is not an opioid.' },
} as const satisfies ReasonTexts;

type Explained = keyof typeof texts;
type ExplainedValue<Id extends Explained> = keyof (typeof texts)[Id] & string;

/** The reason for one answer value (a rule only asks for values that have a text). */
export function reasonFor<Id extends Explained>(questionId: Id, value: ExplainedValue<Id>): Reason {
  const byValue: Readonly<Record<string, string>> = texts[questionId];
  return { questionId, text: byValue[value] ?? '' };
}

/** Reasons when the single answer is one of `values`, or null when it is not. */
export function whenOne<Id extends Explained & SingleQuestionId>(
  answers: Answers,
  questionId: Id,
  values: readonly (ExplainedValue<Id> & OptionValue<Id>)[],
): Reason[] | null {
  const answer = single(answers, questionId);
  const hit = values.find((value) => value === answer);
  return hit === undefined ? null : [reasonFor(questionId, hit)];
}

/** Reasons for each of `values` the person ticked, or null when they ticked none of them. */
export function whenAny<Id extends Explained & MultipleQuestionId>(
  answers: Answers,
  questionId: Id,
  values: readonly (ExplainedValue<Id> & OptionValue<Id>)[],
): Reason[] | null {
  const chosen: readonly string[] = multiple(answers, questionId);
  const hits = values.filter((value) => chosen.includes(value));
  return hits.length === 0 ? null : hits.map((value) => reasonFor(questionId, value));
}

/** All parts hold: their reasons together; otherwise null. */
export function allOf(...parts: (Reason[] | null)[]): Reason[] | null {
  const held = parts.filter((part): part is Reason[] => part !== null);
  return held.length === parts.length ? uniqueReasons(held.flat()) : null;
}

/** At least one part holds: the reasons of those that do; otherwise null. */
export function anyOf(...parts: (Reason[] | null)[]): Reason[] | null {
  const held = parts.filter((part): part is Reason[] => part !== null);
  return held.length === 0 ? null : uniqueReasons(held.flat());
}

export function uniqueReasons(reasons: readonly Reason[]): Reason[] {
  const seen = new Set<string>();
  return reasons.filter((reason) => {
    const key = `${reason.questionId}\u0000${reason.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
