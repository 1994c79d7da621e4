/**
 * The eleven criteria of clinical reference SEV-1, past 12 months, paraphrased in plain words
 * (LIC-2). Grouped into three checkbox questions so the count (SEV-2) stays quick to answer.
 */
import { noneOfThese } from './common-options.ts';

export const severity = {
  id: 'severity',
  title: 'How opioids affect your life',
  questions: [
    {
      kind: 'multiple',
      id: 'control',
      text: 'In the past 12 months, which of these have happened to you?',
      hint: 'Select all that apply.',
      summary: 'Control over use',
      errorMessage: 'Select the things that have happened, or select "None of these"',
      options: [
        { value: 'more-than-meant', label: 'I used more, or for longer, than I meant to' },
        { value: 'could-not-cut-down', label: 'I wanted to cut down or stop, but could not' },
        { value: 'much-time', label: 'I spent a lot of time getting, using or getting over opioids' },
        { value: 'craving', label: 'I had strong cravings or urges to use' },
        noneOfThese,
      ],
    },
    {
      kind: 'multiple',
      id: 'life-impact',
      text: 'In the past 12 months, which of these have happened because of opioids?',
      hint: 'Select all that apply.',
      summary: 'Effects on daily life',
      errorMessage: 'Select the things that have happened, or select "None of these"',
      options: [
        { value: 'duties', label: 'I did not keep up with work, school or home' },
        { value: 'relationships', label: 'I kept using even though it caused fights with family or friends' },
        { value: 'gave-up-activities', label: 'I gave up or cut back on things I used to enjoy' },
        { value: 'risky-situations', label: 'I used when it was risky, such as before driving' },
        { value: 'despite-harm', label: 'I kept using even though it hurt my body or my mind' },
        noneOfThese,
      ],
    },
    {
      kind: 'multiple',
      id: 'body-changes',
      text: 'In the past 12 months, have you noticed either of these?',
      hint: 'Select all that apply.',
      summary: 'Tolerance and withdrawal',
      errorMessage: 'Select the things you have noticed, or select "None of these"',
      options: [
        { value: 'tolerance', label: 'I needed more to feel the same, or the same amount did less' },
        { value: 'withdrawal', label: 'I felt sick when I cut down or stopped, or I used to stop feeling sick' },
        noneOfThese,
      ],
    },
  ],
} as const;
