/** Asked of everyone, with no assumption about gender (PREG-1 to PREG-7 drive the results). */
import { dontKnow, preferNotToSay, yesNo } from './common-options.ts';

export const pregnancy = {
  id: 'pregnancy',
  questions: [
    {
      kind: 'single',
      id: 'pregnancy',
      options: [
        { value: 'pregnant' },
        { value: 'could-be' },
        { value: 'recently-gave-birth' },
        { value: 'no' },
        { value: 'does-not-apply' },
        preferNotToSay,
        dontKnow,
      ],
    },
    {
      kind: 'single',
      id: 'prenatal-care',
      showWhen: { questionId: 'pregnancy', anyOf: ['pregnant'] },
      options: yesNo,
    },
    {
      kind: 'single',
      id: 'breastfeeding',
      showWhen: { questionId: 'pregnancy', anyOf: ['recently-gave-birth'] },
      options: yesNo,
    },
  ],
} as const;
