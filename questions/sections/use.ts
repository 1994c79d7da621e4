/** Which opioids, how, and how recently (for the MED-3 and MED-4 cautions). */
export const use = {
  id: 'use',
  title: 'Your opioid use',
  questions: [
    {
      kind: 'multiple',
      id: 'opioids-used',
      text: 'Which opioids have you used in the past 12 months?',
      hint: 'Select all that apply.',
      summary: 'Opioids used in the past 12 months',
      errorMessage: 'Select the opioids you have used in the past 12 months',
      options: [
        { value: 'heroin', label: 'Heroin' },
        { value: 'fentanyl', label: 'Fentanyl', hint: 'Include drugs you think had fentanyl in them.' },
        {
          value: 'pills-not-as-prescribed',
          label: 'Pain pills not prescribed to you, or more than prescribed',
          hint: 'For example oxycodone, hydrocodone or morphine.',
        },
        { value: 'pills-as-prescribed', label: 'Pain pills taken only as a doctor prescribed' },
        { value: 'methadone-or-buprenorphine', label: 'Methadone or buprenorphine not prescribed to you' },
        { value: 'other', label: 'Another opioid' },
      ],
    },
    {
      kind: 'multiple',
      id: 'how-used',
      text: 'How do you take them?',
      hint: 'Select all that apply.',
      summary: 'How opioids are taken',
      errorMessage: 'Select how you take opioids',
      options: [
        { value: 'swallow', label: 'Swallow' },
        { value: 'smoke', label: 'Smoke' },
        { value: 'snort', label: 'Snort' },
        { value: 'inject', label: 'Inject' },
      ],
    },
    {
      kind: 'single',
      id: 'last-use',
      text: 'When did you last use an opioid?',
      summary: 'Last opioid use',
      errorMessage: 'Select when you last used an opioid',
      options: [
        { value: 'past-day', label: 'In the past day' },
        { value: 'past-week', label: '1 to 6 days ago' },
        { value: 'past-month', label: '7 to 30 days ago' },
        { value: 'longer', label: 'More than 30 days ago' },
      ],
    },
  ],
} as const;
