/**
 * Who the self-check is for (AGE-1), any medicine for opioid use taken now (CONT-1, CONT-2),
 * which opioids, how, how recently (MED-3, MED-4), and a recent overdose (OD-1).
 */
import { dontKnow } from './common-options.ts';

const onMedicineNow = {
  questionId: 'current-medicine',
  anyOf: ['methadone', 'buprenorphine', 'naltrexone'],
} as const;

export const use = {
  id: 'use',
  questions: [
    {
      kind: 'single',
      id: 'adult',
      options: [{ value: 'yes' }, { value: 'no' }],
    },
    {
      kind: 'single',
      id: 'current-medicine',
      options: [
        { value: 'methadone' },
        { value: 'buprenorphine' },
        { value: 'naltrexone' },
        { value: 'none' },
        dontKnow,
      ],
    },
    {
      kind: 'single',
      id: 'medicine-working',
      showWhen: onMedicineNow,
      options: [{ value: 'yes' }, { value: 'not-sure' }, { value: 'no' }],
    },
    {
      kind: 'multiple',
      id: 'opioids-used',
      options: [
        { value: 'heroin' },
        { value: 'fentanyl' },
        { value: 'pills-not-as-prescribed' },
        { value: 'pills-as-prescribed' },
        { value: 'methadone-or-buprenorphine' },
        { value: 'other' },
      ],
    },
    {
      kind: 'multiple',
      id: 'how-used',
      options: [{ value: 'swallow' }, { value: 'smoke' }, { value: 'snort' }, { value: 'inject' }, { value: 'alone' }],
    },
    {
      kind: 'single',
      id: 'last-use',
      options: [{ value: 'past-day' }, { value: 'past-week' }, { value: 'past-month' }, { value: 'longer' }, dontKnow],
    },
    {
      kind: 'single',
      id: 'recent-overdose',
      options: [{ value: 'yes' }, { value: 'no' }, dontKnow],
    },
  ],
} as const;
