/**
 * The eleven criteria of clinical reference SEV-1, past 12 months, paraphrased in plain words
 * (LIC-2). Grouped into three checkbox questions so the count (SEV-2) stays quick to answer.
 */
import { noneOfThese } from './common-options.ts';

export const severity = {
  id: 'severity',
  questions: [
    {
      kind: 'multiple',
      id: 'control',
      options: [
        { value: 'more-than-meant' },
        { value: 'could-not-cut-down' },
        { value: 'much-time' },
        { value: 'craving' },
        noneOfThese,
      ],
    },
    {
      kind: 'multiple',
      id: 'life-impact',
      options: [
        { value: 'duties' },
        { value: 'relationships' },
        { value: 'gave-up-activities' },
        { value: 'risky-situations' },
        { value: 'despite-harm' },
        noneOfThese,
      ],
    },
    {
      kind: 'multiple',
      id: 'body-changes',
      options: [{ value: 'tolerance' }, { value: 'withdrawal' }, noneOfThese],
    },
  ],
} as const;
