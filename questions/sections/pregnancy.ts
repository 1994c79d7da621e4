/** Asked of everyone, with no assumption about gender (PREG-1 to PREG-4 drive the results). */
import { yesNo } from './common-options.ts';

export const pregnancy = {
  id: 'pregnancy',
  title: 'Pregnancy',
  questions: [
    {
      kind: 'single',
      id: 'pregnancy',
      text: 'Are you pregnant, or could you be?',
      hint: 'We ask everyone, because it changes which treatments are safest.',
      summary: 'Pregnancy',
      errorMessage: 'Select whether you are pregnant, could be, or this does not apply to you',
      options: [
        { value: 'pregnant', label: 'Yes, I am pregnant' },
        { value: 'could-be', label: 'I could be pregnant' },
        { value: 'recently-gave-birth', label: 'I gave birth in the past year' },
        { value: 'no', label: 'No, I am not pregnant' },
        { value: 'does-not-apply', label: 'This does not apply to me' },
      ],
    },
    {
      kind: 'single',
      id: 'prenatal-care',
      text: 'Are you seeing a doctor or midwife for this pregnancy?',
      summary: 'Pregnancy care',
      errorMessage: 'Select yes if you are seeing a doctor or midwife for this pregnancy',
      showWhen: { questionId: 'pregnancy', anyOf: ['pregnant'] },
      options: yesNo,
    },
    {
      kind: 'single',
      id: 'breastfeeding',
      text: 'Are you breastfeeding?',
      summary: 'Breastfeeding',
      errorMessage: 'Select yes if you are breastfeeding',
      showWhen: { questionId: 'pregnancy', anyOf: ['recently-gave-birth'] },
      options: yesNo,
    },
  ],
} as const;
