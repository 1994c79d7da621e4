/**
 * Co-occurring conditions. PHQ-2 and GAD-2 items are the exact published items with the usual
 * stem (LIC-3), LOINC-coded as in the clinical reference; the rest are our own plain questions.
 */
import { loinc, pastTwoWeeksFrequency, yesNo, yesNoNotSure } from './common-options.ts';

const stem = 'Over the last 2 weeks, how often have you been bothered by this:';
const scaleError = 'Select how often this has bothered you';

export const health = {
  id: 'health',
  title: 'Your health',
  questions: [
    {
      kind: 'single',
      id: 'phq-interest',
      text: `${stem} little interest or pleasure in doing things?`,
      summary: 'Little interest or pleasure in doing things',
      errorMessage: scaleError,
      code: loinc('44250-9', 'Little interest or pleasure in doing things'),
      options: pastTwoWeeksFrequency,
    },
    {
      kind: 'single',
      id: 'phq-down',
      text: `${stem} feeling down, depressed, or hopeless?`,
      summary: 'Feeling down, depressed, or hopeless',
      errorMessage: scaleError,
      code: loinc('44255-8', 'Feeling down, depressed, or hopeless'),
      options: pastTwoWeeksFrequency,
    },
    {
      kind: 'single',
      id: 'gad-nervous',
      text: `${stem} feeling nervous, anxious, or on edge?`,
      summary: 'Feeling nervous, anxious, or on edge',
      errorMessage: scaleError,
      code: loinc('69725-0', 'Feeling nervous, anxious, or on edge'),
      options: pastTwoWeeksFrequency,
    },
    {
      kind: 'single',
      id: 'gad-worry',
      text: `${stem} not being able to stop or control worrying?`,
      summary: 'Not being able to stop or control worrying',
      errorMessage: scaleError,
      code: loinc('68509-9', 'Not being able to stop or control worrying'),
      options: pastTwoWeeksFrequency,
    },
    {
      kind: 'single',
      id: 'mental-health-diagnosis',
      text: 'Has a doctor or counselor ever told you that you have a mental health condition?',
      hint: 'For example depression, anxiety, PTSD or bipolar disorder.',
      summary: 'Mental health condition',
      errorMessage: 'Select yes if you have been told you have a mental health condition',
      options: yesNoNotSure,
    },
    {
      kind: 'single',
      id: 'alcohol',
      text: 'Do you drink alcohol on most days?',
      summary: 'Alcohol on most days',
      errorMessage: 'Select whether you drink alcohol on most days',
      options: [
        { value: 'heavy', label: 'Yes, a lot on most days' },
        { value: 'some', label: 'Yes, a little on most days' },
        { value: 'no', label: 'No' },
      ],
    },
    {
      kind: 'single',
      id: 'benzodiazepines',
      text: 'Do you take benzodiazepines ("benzos")?',
      hint: 'For example Xanax, Valium, Klonopin or Ativan. Count pills from a doctor and from anywhere else.',
      summary: 'Benzodiazepines',
      errorMessage: 'Select whether you take benzodiazepines',
      options: [
        { value: 'daily', label: 'Yes, every day or almost every day' },
        { value: 'sometimes', label: 'Yes, sometimes' },
        { value: 'no', label: 'No' },
      ],
    },
    {
      kind: 'single',
      id: 'stimulants',
      text: 'Do you use other drugs, such as meth, cocaine or crack?',
      summary: 'Other drugs',
      errorMessage: 'Select yes if you use other drugs',
      options: yesNo,
    },
    {
      kind: 'single',
      id: 'medical-problems',
      text: 'Do you have a serious physical health problem?',
      summary: 'Serious physical health problem',
      errorMessage: 'Select whether you have a serious physical health problem',
      options: [
        {
          value: 'urgent',
          label: 'Yes, one that needs care right away',
          hint: 'For example a bad infection, chest pain or trouble breathing.',
        },
        {
          value: 'ongoing',
          label: 'Yes, a long-term one',
          hint: 'For example hepatitis C, HIV, diabetes or heart disease.',
        },
        { value: 'no', label: 'No' },
      ],
    },
    {
      kind: 'single',
      id: 'withdrawal-history',
      text: 'Have you ever had a very bad withdrawal?',
      hint: 'It could be from any drug, or from alcohol.',
      summary: 'Very bad withdrawal in the past',
      errorMessage: 'Select whether you have ever had a very bad withdrawal',
      options: [
        { value: 'seizure', label: 'Yes, I had a seizure (fit)' },
        { value: 'severe', label: 'Yes, it was very bad, but I did not have a seizure' },
        { value: 'no', label: 'No' },
      ],
    },
  ],
} as const;
