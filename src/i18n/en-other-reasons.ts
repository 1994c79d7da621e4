/** "You said they ...": the reasons in English when someone answers about a person they care about. */
import type { RuleTexts } from '../rules/texts/rule-texts.ts';

export const enOtherReasons = {
  'overdose-now': { yes: 'You said someone there may be having an overdose right now.' },
  'self-harm-thoughts': { yes: 'You said they are having thoughts of suicide or of hurting themselves.' },
  'opioids-used': {
    fentanyl: 'You said they have used fentanyl.',
    'methadone-or-buprenorphine': 'You said they have used methadone or buprenorphine that was not prescribed to them.',
    'pills-as-prescribed': 'You said they only take pain pills as a doctor prescribed.',
  },
  'last-use': {
    'past-day': 'You said they last used an opioid in the past day.',
    'past-week': 'You said they last used an opioid 1 to 6 days ago.',
  },
  'mental-health-diagnosis': {
    yes: 'You said a doctor or counselor told them that they have a mental health condition.',
  },
  alcohol: {
    heavy: 'You said they drink a lot of alcohol on most days.',
    some: 'You said they drink a little alcohol on most days.',
  },
  benzodiazepines: {
    daily: 'You said they take benzos every day or almost every day.',
    sometimes: 'You said they take benzos sometimes.',
  },
  stimulants: { yes: 'You said they use other drugs, such as meth, cocaine or crack.' },
  'medical-problems': {
    urgent: 'You said they have a health problem that needs care right away.',
    ongoing: 'You said they have a long-term health problem.',
  },
  'withdrawal-history': {
    seizure: 'You said they had a seizure during withdrawal.',
    severe: 'You said they have had a very bad withdrawal.',
  },
  pregnancy: {
    pregnant: 'You said they are pregnant.',
    'could-be': 'You said they could be pregnant.',
  },
  housing: {
    stable: 'You said they have a steady place to live.',
    unstable: 'You said they do not always have a steady place to live.',
    none: 'You said they have nowhere to live.',
  },
  'others-use': { yes: 'You said someone they live with uses drugs or drinks a lot.' },
  'home-safe': { no: 'You said they do not feel safe where they live.' },
  'support-person': {
    yes: 'You said someone in their life supports their recovery.',
    no: 'You said they do not have someone who supports their recovery.',
  },
  'recent-release': {
    jail: 'You said they left jail or prison in the past month.',
    detox: 'You said they left detox in the past month.',
    residential: 'You said they left a treatment center or hospital stay in the past month.',
  },
  'previous-treatment': {
    'returned-once': 'You said they started using again after treatment.',
    'returned-repeatedly': 'You said they started using again after treatment more than once.',
  },
  'previous-treatment-type': { outpatient: 'You said they had counseling or a program they went to from home.' },
  'open-to-medication': {
    no: 'You said they would not want to take medicine for opioid use.',
    'not-sure': 'You said they are not sure about taking medicine for opioid use.',
  },
  'daily-visits': {
    no: 'You said they could not go to a clinic every day at first.',
    'not-sure': 'You said they are not sure they could go to a clinic every day at first.',
  },
  'prefers-non-opioid': { yes: 'You said they would rather take a medicine that is not an opioid.' },
} satisfies RuleTexts['reasons'];
