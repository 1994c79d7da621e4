/** Safety first (clinical reference SAFE-1, SAFE-2; our own wording, LIC-4). A "yes" interrupts. */
export const safety = {
  id: 'safety',
  questions: [
    {
      kind: 'single',
      id: 'overdose-now',
      options: [{ value: 'yes', crisis: 'overdose' }, { value: 'no' }],
    },
    {
      kind: 'single',
      id: 'self-harm-thoughts',
      options: [{ value: 'yes', crisis: 'self-harm' }, { value: 'no' }],
    },
  ],
} as const;
