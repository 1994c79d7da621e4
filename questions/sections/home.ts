/** Home and support: the recovery environment, and recent loss of tolerance (SAFE-4). */
import { noneOfThese, yesNo, yesNoNotSure } from './common-options.ts';

const hasAHome = { questionId: 'housing', anyOf: ['stable', 'unstable'] } as const;

export const home = {
  id: 'home',
  title: 'Your home and support',
  questions: [
    {
      kind: 'single',
      id: 'housing',
      text: 'Do you have a steady place to live?',
      summary: 'Steady place to live',
      errorMessage: 'Select whether you have a steady place to live',
      options: [
        { value: 'stable', label: 'Yes' },
        { value: 'unstable', label: 'Not always', hint: 'For example, you move around or stay with others.' },
        { value: 'none', label: 'No, I have nowhere to live' },
      ],
    },
    {
      kind: 'single',
      id: 'others-use',
      text: 'Does anyone you live with use drugs or drink a lot?',
      summary: 'Drug or alcohol use at home',
      errorMessage: 'Select whether anyone you live with uses drugs or drinks a lot',
      showWhen: hasAHome,
      options: [...yesNo, { value: 'live-alone', label: 'I live alone' }],
    },
    {
      kind: 'single',
      id: 'home-safe',
      text: 'Do you feel safe where you live?',
      summary: 'Safe at home',
      errorMessage: 'Select whether you feel safe where you live',
      showWhen: hasAHome,
      options: yesNoNotSure,
    },
    {
      kind: 'single',
      id: 'support-person',
      text: 'Is there someone in your life who supports your recovery?',
      hint: 'For example family, a friend, a sponsor or a counselor.',
      summary: 'Someone who supports recovery',
      errorMessage: 'Select yes if someone in your life supports your recovery',
      options: yesNo,
    },
    {
      kind: 'multiple',
      id: 'responsibilities',
      text: 'Do you need to keep up with any of these during treatment?',
      hint: 'Select all that apply.',
      summary: 'Things to keep up with',
      errorMessage: 'Select what you need to keep up with, or select "None of these"',
      options: [
        { value: 'children', label: 'Children or others who depend on me' },
        { value: 'work', label: 'A job' },
        { value: 'school', label: 'School or training' },
        noneOfThese,
      ],
    },
    {
      kind: 'single',
      id: 'transport',
      text: 'Could you get to a clinic several times a week?',
      summary: 'Getting to a clinic several times a week',
      errorMessage: 'Select whether you could get to a clinic several times a week',
      options: [
        { value: 'yes', label: 'Yes' },
        { value: 'hard', label: 'It would be hard' },
        { value: 'no', label: 'No' },
      ],
    },
    {
      kind: 'multiple',
      id: 'recent-release',
      text: 'In the past month, have you left any of these?',
      hint: 'Select all that apply.',
      summary: 'Left in the past month',
      errorMessage: 'Select the places you have left in the past month, or select "None of these"',
      options: [
        { value: 'jail', label: 'Jail or prison' },
        { value: 'detox', label: 'Detox (withdrawal care)' },
        { value: 'residential', label: 'A treatment center or hospital where I stayed overnight' },
        noneOfThese,
      ],
    },
    {
      kind: 'single',
      id: 'previous-treatment',
      text: 'Have you had treatment for opioid use before?',
      summary: 'Treatment before',
      errorMessage: 'Select whether you have had treatment for opioid use before',
      options: [
        { value: 'never', label: 'No' },
        { value: 'helped', label: 'Yes, and it helped' },
        { value: 'returned-once', label: 'Yes, but I started using again' },
        { value: 'returned-repeatedly', label: 'Yes, more than once, and each time I started using again' },
      ],
    },
    {
      kind: 'multiple',
      id: 'previous-treatment-type',
      text: 'What kind of treatment did you have?',
      hint: 'Select all that apply.',
      summary: 'Kind of treatment before',
      errorMessage: 'Select the kinds of treatment you had',
      showWhen: {
        questionId: 'previous-treatment',
        anyOf: ['helped', 'returned-once', 'returned-repeatedly'],
      },
      options: [
        { value: 'outpatient', label: 'Counseling or a program I went to from home' },
        { value: 'medication', label: 'Medicine such as methadone, buprenorphine or naltrexone' },
        { value: 'residential', label: 'A program where I stayed overnight' },
        { value: 'detox-only', label: 'Detox (withdrawal care) only' },
      ],
    },
  ],
} as const;
