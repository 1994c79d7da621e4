/**
 * What the person would like, and how they would pay. Preferences shape the notes, never the
 * safety of the setting.
 */
import { yesNoNotSure } from './common-options.ts';

const openToMedication = {
  questionId: 'open-to-medication',
  anyOf: ['yes', 'not-sure'],
} as const;

export const preferences = {
  id: 'preferences',
  questions: [
    {
      kind: 'single',
      id: 'open-to-medication',
      options: yesNoNotSure,
    },
    {
      kind: 'single',
      id: 'daily-visits',
      showWhen: openToMedication,
      options: yesNoNotSure,
    },
    {
      kind: 'single',
      id: 'prefers-non-opioid',
      showWhen: openToMedication,
      options: [{ value: 'yes' }, { value: 'no' }, { value: 'no-preference' }],
    },
    {
      // Used only for the search checklist and what to say when calling: never for the setting
      // or the medicines.
      kind: 'single',
      id: 'payment',
      options: [
        { value: 'medicaid' },
        { value: 'medicare' },
        { value: 'private-insurance' },
        { value: 'no-insurance' },
        { value: 'not-sure' },
        { value: 'prefer-not-to-say' },
      ],
    },
  ],
} as const;
