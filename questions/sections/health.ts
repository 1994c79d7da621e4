/**
 * Co-occurring conditions. PHQ-2 and GAD-2 items are the exact published items with the usual
 * stem (LIC-3), LOINC-coded as in the clinical reference; the rest are our own plain questions.
 */
import { dontKnow, loinc, noneOfThese, pastTwoWeeksFrequency, preferNotToSay, yesNoNotSure } from './common-options.ts';

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
      options: [{ value: 'heavy' }, { value: 'some' }, { value: 'no' }, preferNotToSay, dontKnow],
    },
    {
      kind: 'single',
      id: 'benzodiazepines',
      options: [{ value: 'daily' }, { value: 'sometimes' }, { value: 'no' }, preferNotToSay, dontKnow],
    },
    {
      // Only a daily benzodiazepine that is not prescribed calls for medically managed withdrawal (SAFE-3).
      kind: 'single',
      id: 'benzodiazepines-prescribed',
      showWhen: { questionId: 'benzodiazepines', anyOf: ['daily', 'sometimes'] },
      options: [{ value: 'as-prescribed' }, { value: 'not-prescribed' }, { value: 'not-sure' }],
    },
    {
      // Other drugs, and sedating medicines that slow breathing with opioids (SED-1).
      kind: 'multiple',
      id: 'other-drugs',
      options: [{ value: 'stimulants' }, { value: 'gabapentinoids' }, { value: 'sleeping-pills' }, noneOfThese],
    },
    {
      // Urgent care (SET-1), wounds or fever (XYL-1), long-lasting pain (PAIN-1), another condition.
      kind: 'multiple',
      id: 'health-now',
      options: [
        { value: 'urgent' },
        { value: 'wound-or-fever' },
        { value: 'chronic-pain' },
        { value: 'ongoing' },
        noneOfThese,
      ],
    },
    {
      kind: 'single',
      id: 'withdrawal-history',
      options: [{ value: 'seizure' }, { value: 'severe' }, { value: 'no' }, dontKnow],
    },
  ],
} as const;
