/** Safety first (clinical reference SAFE-1, SAFE-2; our own wording, LIC-4). A "yes" interrupts. */
export const safety = {
  id: 'safety',
  title: 'Safety first',
  questions: [
    {
      kind: 'single',
      id: 'overdose-now',
      text: 'Is anyone with you showing signs of an overdose right now?',
      hint: 'Signs include: cannot be woken up, slow or stopped breathing, tiny pupils, or blue or gray lips.',
      summary: 'Signs of an overdose right now',
      errorMessage: 'Select yes if anyone is showing signs of an overdose right now',
      options: [
        { value: 'yes', label: 'Yes', crisis: 'overdose' },
        { value: 'no', label: 'No' },
      ],
    },
    {
      kind: 'single',
      id: 'self-harm-thoughts',
      text: 'Are you having thoughts of suicide or of hurting yourself?',
      hint: 'If you say yes, we will show you where to get help now. You can come back to these questions after.',
      summary: 'Thoughts of suicide or self-harm',
      errorMessage: 'Select yes if you are having thoughts of suicide or of hurting yourself',
      options: [
        { value: 'yes', label: 'Yes', crisis: 'self-harm' },
        { value: 'no', label: 'No' },
      ],
    },
  ],
} as const;
