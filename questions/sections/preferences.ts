/** What the person would like. Preferences shape the notes, never the safety of the setting. */
import { yesNoNotSure } from './common-options.ts';

const openToMedication = {
  questionId: 'open-to-medication',
  anyOf: ['yes', 'not-sure'],
} as const;

export const preferences = {
  id: 'preferences',
  title: 'What you would like',
  questions: [
    {
      kind: 'single',
      id: 'open-to-medication',
      text: 'Would you be open to taking medicine for opioid use?',
      hint: 'Medicine helps people stay in treatment and use less. A provider can explain the choices.',
      summary: 'Open to medicine',
      errorMessage: 'Select whether you would be open to taking medicine',
      options: yesNoNotSure,
    },
    {
      kind: 'single',
      id: 'daily-visits',
      text: 'At first, could you go to a clinic every day?',
      hint: 'Methadone is given at special clinics. At first, most people go every day.',
      summary: 'Daily clinic visits at first',
      errorMessage: 'Select whether you could go to a clinic every day at first',
      showWhen: openToMedication,
      options: yesNoNotSure,
    },
    {
      kind: 'single',
      id: 'prefers-non-opioid',
      text: 'Would you rather take a medicine that is not an opioid?',
      hint: 'Naltrexone is not an opioid. Methadone and buprenorphine are opioid medicines.',
      summary: 'Prefers a medicine that is not an opioid',
      errorMessage: 'Select whether you would rather take a medicine that is not an opioid',
      showWhen: openToMedication,
      options: [
        { value: 'yes', label: 'Yes' },
        { value: 'no', label: 'No' },
        { value: 'no-preference', label: 'I do not mind' },
      ],
    },
  ],
} as const;
