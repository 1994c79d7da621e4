/**
 * Co-occurring conditions. PHQ-2 and GAD-2 items are the exact published items with the usual
 * stem (LIC-3), LOINC-coded as in the clinical reference; the rest are our own plain questions.
 */
import { loinc, pastTwoWeeksFrequency, yesNo, yesNoNotSure } from './common-options.ts';

export const health = {
  id: 'health',
  questions: [
    {
      kind: 'single',
      id: 'phq-interest',
      code: loinc('44250-9', 'Little interest or pleasure in doing things'),
      options: pastTwoWeeksFrequency,
    },
    {
      kind: 'single',
      id: 'phq-down',
      code: loinc('44255-8', 'Feeling down, depressed, or hopeless'),
      options: pastTwoWeeksFrequency,
    },
    {
      kind: 'single',
      id: 'gad-nervous',
      code: loinc('69725-0', 'Feeling nervous, anxious, or on edge'),
      options: pastTwoWeeksFrequency,
    },
    {
      kind: 'single',
      id: 'gad-worry',
      code: loinc('68509-9', 'Not being able to stop or control worrying'),
      options: pastTwoWeeksFrequency,
    },
    {
      kind: 'single',
      id: 'mental-health-diagnosis',
      options: yesNoNotSure,
    },
    {
      kind: 'single',
      id: 'alcohol',
      options: [{ value: 'heavy' }, { value: 'some' }, { value: 'no' }],
    },
    {
      kind: 'single',
      id: 'benzodiazepines',
      options: [{ value: 'daily' }, { value: 'sometimes' }, { value: 'no' }],
    },
    {
      kind: 'single',
      id: 'stimulants',
      options: yesNo,
    },
    {
      kind: 'single',
      id: 'medical-problems',
      options: [
        {
          value: 'urgent',
        },
        {
          value: 'ongoing',
        },
        { value: 'no' },
      ],
    },
    {
      kind: 'single',
      id: 'withdrawal-history',
      options: [{ value: 'seizure' }, { value: 'severe' }, { value: 'no' }],
    },
  ],
} as const;
