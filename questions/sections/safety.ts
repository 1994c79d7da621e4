/**
 * Safety first (clinical reference SAFE-1, SAFE-2, WD-1; our own wording, LIC-4). A "yes"
 * interrupts with what to do now. "Prefer not to say" about self-harm does not interrupt, but the
 * results show 988 first.
 */
import { dontKnow, preferNotToSay } from './common-options.ts';

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
      options: [{ value: 'yes', crisis: 'self-harm' }, { value: 'no' }, preferNotToSay, dontKnow],
    },
    {
      // Withdrawal that is dangerous now (WD-1): the emergency department or 911, not waiting.
      kind: 'single',
      id: 'danger-signs-now',
      options: [{ value: 'yes', crisis: 'medical-emergency' }, { value: 'no' }, dontKnow],
    },
  ],
} as const;
