/**
 * The questions in English, asked of someone answering about a person they care about: every
 * text speaks of "the person" or "they". Texts that read the same either way come from the
 * definition (`enSelfQuestions`).
 */
import type { QuestionTexts } from '../../questions/texts.ts';
import { enSelfQuestions } from '../../questions/texts.ts';
import { enOtherHomeQuestions } from './en-other-questions-home.ts';

const q = enSelfQuestions.questions;
const stem = 'Over the last 2 weeks, how often have they been bothered by this:';
const scaleError = 'Select how often this has bothered them';

export const enOtherQuestions = {
  sections: {
    safety: 'Safety first',
    use: 'Their opioid use',
    severity: 'How opioids affect their life',
    health: 'Their health',
    pregnancy: 'Pregnancy',
    home: 'Their home and support',
    preferences: 'What they would like',
  },
  questions: {
    'overdose-now': {
      ...q['overdose-now'],
      text: 'Is the person, or anyone else there, showing signs of an overdose right now?',
      errorMessage: 'Select yes if anyone there is showing signs of an overdose right now',
    },
    'self-harm-thoughts': {
      ...q['self-harm-thoughts'],
      text: 'Is the person having thoughts of suicide or of hurting themselves?',
      hint: 'If the answer is yes, we will show where to get help now. The questions can go on after.',
      summary: 'Their thoughts of suicide or self-harm',
      errorMessage: 'Select yes if they are having thoughts of suicide or of hurting themselves',
    },
    'opioids-used': {
      ...q['opioids-used'],
      text: 'Which opioids have they used in the past 12 months?',
      errorMessage: 'Select the opioids they have used in the past 12 months',
      options: {
        ...q['opioids-used'].options,
        fentanyl: { label: 'Fentanyl', hint: 'Include drugs they think had fentanyl in them.' },
        'pills-not-as-prescribed': {
          label: 'Pain pills not prescribed to them, or more than prescribed',
          hint: 'For example oxycodone, hydrocodone or morphine.',
        },
        'methadone-or-buprenorphine': { label: 'Methadone or buprenorphine not prescribed to them' },
      },
    },
    'how-used': {
      ...q['how-used'],
      text: 'How do they take them?',
      errorMessage: 'Select how they take opioids',
    },
    'last-use': {
      ...q['last-use'],
      text: 'When did they last use an opioid?',
      errorMessage: 'Select when they last used an opioid',
    },
    control: {
      ...q.control,
      text: 'In the past 12 months, which of these have happened to them?',
      options: {
        ...q.control.options,
        'more-than-meant': { label: 'They used more, or for longer, than they meant to' },
        'could-not-cut-down': { label: 'They wanted to cut down or stop, but could not' },
        'much-time': { label: 'They spent a lot of time getting, using or getting over opioids' },
        craving: { label: 'They had strong cravings or urges to use' },
      },
    },
    'life-impact': {
      ...q['life-impact'],
      options: {
        ...q['life-impact'].options,
        duties: { label: 'They did not keep up with work, school or home' },
        relationships: { label: 'They kept using even though it caused fights with family or friends' },
        'gave-up-activities': { label: 'They gave up or cut back on things they used to enjoy' },
        'risky-situations': { label: 'They used when it was risky, such as before driving' },
        'despite-harm': { label: 'They kept using even though it hurt their body or their mind' },
      },
    },
    'body-changes': {
      ...q['body-changes'],
      text: 'In the past 12 months, have they had either of these?',
      errorMessage: 'Select the things that have happened, or select "None of these"',
      options: {
        ...q['body-changes'].options,
        tolerance: { label: 'They needed more to feel the same, or the same amount did less' },
        withdrawal: { label: 'They felt sick when they cut down or stopped, or they used to stop feeling sick' },
      },
    },
    'phq-interest': {
      ...q['phq-interest'],
      text: `${stem} little interest or pleasure in doing things?`,
      errorMessage: scaleError,
    },
    'phq-down': { ...q['phq-down'], text: `${stem} feeling down, depressed, or hopeless?`, errorMessage: scaleError },
    'gad-nervous': {
      ...q['gad-nervous'],
      text: `${stem} feeling nervous, anxious, or on edge?`,
      errorMessage: scaleError,
    },
    'gad-worry': {
      ...q['gad-worry'],
      text: `${stem} not being able to stop or control worrying?`,
      errorMessage: scaleError,
    },
    'mental-health-diagnosis': {
      ...q['mental-health-diagnosis'],
      text: 'Has a doctor or counselor ever told them that they have a mental health condition?',
      errorMessage: 'Select yes if they have been told they have a mental health condition',
    },
    alcohol: {
      ...q.alcohol,
      text: 'Do they drink alcohol on most days?',
      errorMessage: 'Select whether they drink alcohol on most days',
    },
    benzodiazepines: {
      ...q.benzodiazepines,
      text: 'Do they take benzodiazepines ("benzos")?',
      errorMessage: 'Select whether they take benzodiazepines',
    },
    stimulants: {
      ...q.stimulants,
      text: 'Do they use other drugs, such as meth, cocaine or crack?',
      errorMessage: 'Select yes if they use other drugs',
    },
    'medical-problems': {
      ...q['medical-problems'],
      text: 'Do they have a serious physical health problem?',
      errorMessage: 'Select whether they have a serious physical health problem',
    },
    'withdrawal-history': {
      ...q['withdrawal-history'],
      text: 'Have they ever had a very bad withdrawal?',
      errorMessage: 'Select whether they have ever had a very bad withdrawal',
      options: {
        ...q['withdrawal-history'].options,
        seizure: { label: 'Yes, they had a seizure (fit)' },
        severe: { label: 'Yes, it was very bad, but they did not have a seizure' },
      },
    },
    pregnancy: {
      ...q.pregnancy,
      text: 'Is the person pregnant, or could they be?',
      errorMessage: 'Select whether they are pregnant, could be, or this does not apply to them',
      options: {
        pregnant: { label: 'Yes, they are pregnant' },
        'could-be': { label: 'They could be pregnant' },
        'recently-gave-birth': { label: 'They gave birth in the past year' },
        no: { label: 'No, they are not pregnant' },
        'does-not-apply': { label: 'This does not apply to them' },
      },
    },
    'prenatal-care': {
      ...q['prenatal-care'],
      text: 'Are they seeing a doctor or midwife for this pregnancy?',
      errorMessage: 'Select yes if they are seeing a doctor or midwife for this pregnancy',
    },
    breastfeeding: {
      ...q.breastfeeding,
      text: 'Are they breastfeeding?',
      errorMessage: 'Select yes if they are breastfeeding',
    },
    ...enOtherHomeQuestions,
    'open-to-medication': {
      ...q['open-to-medication'],
      text: 'Would they be open to taking medicine for opioid use?',
      errorMessage: 'Select whether they would be open to taking medicine',
    },
    'daily-visits': {
      ...q['daily-visits'],
      text: 'At first, could they go to a clinic every day?',
      errorMessage: 'Select whether they could go to a clinic every day at first',
    },
    'prefers-non-opioid': {
      ...q['prefers-non-opioid'],
      text: 'Would they rather take a medicine that is not an opioid?',
      errorMessage: 'Select whether they would rather take a medicine that is not an opioid',
      options: { ...q['prefers-non-opioid'].options, 'no-preference': { label: 'They do not mind' } },
    },
  },
} satisfies QuestionTexts;
