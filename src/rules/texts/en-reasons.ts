/**
 * "Because you said ...": one plain sentence per answer that can lead to a conclusion, so the same
 * answer is always explained in the same words. Keys are question ids and option values, checked
 * against the questionnaire.
 */
import type { OptionValue, QuestionId } from '../../../questions/questionnaire.ts';

type ReasonTexts = { readonly [Id in QuestionId]?: Partial<Record<OptionValue<Id>, string>> };

export const enReasons = {
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
} satisfies ReasonTexts;

export const enScores = {
  phq2: (score: number) =>
    `Your answers about low mood add up to ${String(score)} out of 6 on a short depression check (PHQ-2). 3 or more is worth a closer look.`,
  gad2: (score: number) =>
    `Your answers about worry add up to ${String(score)} out of 6 on a short anxiety check (GAD-2). 3 or more is worth a closer look.`,
};
