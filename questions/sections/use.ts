/** Which opioids, how, and how recently (for the MED-3 and MED-4 cautions). */
export const use = {
  id: 'use',
  questions: [
    {
      kind: 'multiple',
      id: 'opioids-used',
      options: [
        { value: 'heroin' },
        { value: 'fentanyl' },
        {
          value: 'pills-not-as-prescribed',
        },
        { value: 'pills-as-prescribed' },
        { value: 'methadone-or-buprenorphine' },
        { value: 'other' },
      ],
    },
    {
      kind: 'multiple',
      id: 'how-used',
      options: [{ value: 'swallow' }, { value: 'smoke' }, { value: 'snort' }, { value: 'inject' }],
    },
    {
      kind: 'single',
      id: 'last-use',
      options: [{ value: 'past-day' }, { value: 'past-week' }, { value: 'past-month' }, { value: 'longer' }],
    },
  ],
} as const;
