/**
 * Home and support: the recovery environment (SET-3, DV-1), what the person must keep up with and
 * how they could get to a clinic (which decide between daily clinic visits and office or telehealth
 * care), and recent loss of tolerance (SAFE-4).
 */
import { dontKnow, noneOfThese, preferNotToSay, yesNo, yesNoNotSure } from './common-options.ts';

const hasAHome = { questionId: 'housing', anyOf: ['stable', 'unstable'] } as const;

export const home = {
  id: 'home',
  questions: [
    {
      kind: 'single',
      id: 'housing',
      options: [{ value: 'stable' }, { value: 'unstable' }, { value: 'none' }],
    },
    {
      kind: 'single',
      id: 'others-use',
      showWhen: hasAHome,
      options: [...yesNo, { value: 'live-alone' }, preferNotToSay, dontKnow],
    },
    {
      kind: 'single',
      id: 'home-safe',
      showWhen: hasAHome,
      options: [...yesNoNotSure, preferNotToSay],
    },
    {
      kind: 'single',
      id: 'support-person',
      options: yesNo,
    },
    {
      kind: 'multiple',
      id: 'responsibilities',
      options: [{ value: 'children' }, { value: 'work' }, { value: 'school' }, noneOfThese],
    },
    {
      kind: 'single',
      id: 'transport',
      options: [{ value: 'yes' }, { value: 'hard' }, { value: 'no' }],
    },
    {
      kind: 'multiple',
      id: 'recent-release',
      options: [
        { value: 'jail' },
        { value: 'detox' },
        { value: 'residential' },
        { value: 'stopped-medicine' },
        noneOfThese,
      ],
    },
    {
      kind: 'single',
      id: 'previous-treatment',
      options: [{ value: 'never' }, { value: 'helped' }, { value: 'returned-once' }, { value: 'returned-repeatedly' }],
    },
    {
      kind: 'multiple',
      id: 'previous-treatment-type',
      showWhen: {
        questionId: 'previous-treatment',
        anyOf: ['helped', 'returned-once', 'returned-repeatedly'],
      },
      options: [{ value: 'outpatient' }, { value: 'medication' }, { value: 'residential' }, { value: 'detox-only' }],
    },
  ],
} as const;
