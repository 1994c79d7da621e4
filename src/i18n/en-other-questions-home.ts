/** The home and support questions in English, about someone the person answering cares about. */
import type { QuestionTexts } from '../../questions/texts.ts';
import { enSelfQuestions } from '../../questions/texts.ts';

const q = enSelfQuestions.questions;

export const enOtherHomeQuestions = {
  housing: {
    ...q.housing,
    text: 'Do they have a steady place to live?',
    errorMessage: 'Select whether they have a steady place to live',
    options: {
      ...q.housing.options,
      unstable: { label: 'Not always', hint: 'For example, they move around or stay with others.' },
      none: { label: 'No, they have nowhere to live' },
    },
  },
  'others-use': {
    ...q['others-use'],
    text: 'Does anyone they live with use drugs or drink a lot?',
    errorMessage: 'Select whether anyone they live with uses drugs or drinks a lot',
    options: { ...q['others-use'].options, 'live-alone': { label: 'They live alone' } },
  },
  'home-safe': {
    ...q['home-safe'],
    text: 'Do they feel safe where they live?',
    errorMessage: 'Select whether they feel safe where they live',
  },
  'support-person': {
    ...q['support-person'],
    text: 'Is there someone in their life who supports their recovery?',
    hint: 'For example family, a friend, a sponsor or a counselor. This can include the person answering.',
    errorMessage: 'Select yes if someone in their life supports their recovery',
  },
  responsibilities: {
    ...q.responsibilities,
    text: 'Do they need to keep up with any of these during treatment?',
    errorMessage: 'Select what they need to keep up with, or select "None of these"',
    options: { ...q.responsibilities.options, children: { label: 'Children or others who depend on them' } },
  },
  transport: {
    ...q.transport,
    text: 'Could they get to a clinic several times a week?',
    errorMessage: 'Select whether they could get to a clinic several times a week',
  },
  'recent-release': {
    ...q['recent-release'],
    text: 'In the past month, have they left any of these?',
    errorMessage: 'Select the places they have left in the past month, or select "None of these"',
    options: {
      ...q['recent-release'].options,
      residential: { label: 'A treatment center or hospital where they stayed overnight' },
    },
  },
  'previous-treatment': {
    ...q['previous-treatment'],
    text: 'Have they had treatment for opioid use before?',
    errorMessage: 'Select whether they have had treatment for opioid use before',
    options: {
      ...q['previous-treatment'].options,
      'returned-once': { label: 'Yes, but they started using again' },
      'returned-repeatedly': { label: 'Yes, more than once, and each time they started using again' },
    },
  },
  'previous-treatment-type': {
    ...q['previous-treatment-type'],
    text: 'What kind of treatment did they have?',
    errorMessage: 'Select the kinds of treatment they had',
    options: {
      ...q['previous-treatment-type'].options,
      outpatient: { label: 'Counseling or a program they went to from home' },
      residential: { label: 'A program where they stayed overnight' },
    },
  },
} satisfies Partial<QuestionTexts['questions']>;
