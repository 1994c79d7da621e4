/**
 * Drives the flow: intro, one question at a time, the crisis interrupt, "Check your answers",
 * results, and starting again. The machine owns the committed answers, the current step and every
 * move (Continue, Back, Change, resume); the journey (which questions apply) is re-derived from the
 * answers on every move, never stored. Guards name the checks in questionnaire-context.ts.
 */
import { and, assertEvent, assign, not, or, setup } from 'xstate';
import { journey, previousQuestion } from '../../questions/journey.ts';
import type { Questionnaire } from '../../questions/schema.ts';
import { firstOpen, stepAfter, withAnswer, withoutAnswer } from './navigation.ts';
import {
  crisisOf,
  declinedAnswer,
  fresh,
  isEarlierOnJourney,
  isOnJourney,
  isValidAnswer,
  isValidResume,
  resumeQuestion,
  type QuestionnaireContext,
  type QuestionnaireEvent,
} from './questionnaire-context.ts';

export type { QuestionnaireContext, QuestionnaireEvent } from './questionnaire-context.ts';

/** The event as a type its transition takes: `assertEvent` throws if it was wired to another. */
function narrow<T extends QuestionnaireEvent['type']>(event: QuestionnaireEvent, type: T | T[]) {
  assertEvent(event, type);
  return event;
}

const questionOf = (event: QuestionnaireEvent) =>
  narrow(event, ['answer.submit', 'answer.decline', 'nav.edit']).questionId;

const nextStep = (context: QuestionnaireContext) =>
  stepAfter(context.questionnaire, context.answers, context.questionId ?? '', context.editing, context.declined);

const firstOpenOf = (context: QuestionnaireContext) =>
  firstOpen(context.questionnaire, context.answers, context.declined);

export const questionnaireMachine = setup({
  types: {
    context: {} as QuestionnaireContext,
    events: {} as QuestionnaireEvent,
    input: {} as { questionnaire: Questionnaire },
  },
  guards: {
    isAboutCurrentQuestion: ({ context, event }) => questionOf(event) === context.questionId,
    isValidAnswer: ({ context, event }) => isValidAnswer(context, narrow(event, 'answer.submit')),
    opensCrisis: ({ context }) => context.crisis !== null,
    hasNextQuestion: ({ context }) => nextStep(context).screen === 'question',
    isFirstQuestion: ({ context }) =>
      previousQuestion(context.questionnaire, context.answers, context.questionId ?? '') === undefined,
    isEditing: ({ context }) => context.editing,
    isOnJourney: ({ context, event }) => isOnJourney(context, questionOf(event)),
    isEarlierOnJourney: ({ context, event }) => isEarlierOnJourney(context, questionOf(event)),
    hasUnanswered: ({ context }) => firstOpenOf(context) !== undefined,
    isValidResume: ({ context, event }) => isValidResume(context, narrow(event, 'resume')),
    resumesAtQuestion: ({ context, event }) => resumeQuestion(context, narrow(event, 'resume')) !== null,
  },
  actions: {
    saveAnswer: assign(({ context, event }) => {
      assertEvent(event, 'answer.submit');
      return {
        answers: withAnswer(context.answers, event.questionId, event.value),
        crisis: crisisOf(context, event.questionId, event.value),
        declined: context.declined.filter((id) => id !== event.questionId),
      };
    }),
    saveDeclined: assign(({ context, event }) => {
      assertEvent(event, 'answer.decline');
      const kept = declinedAnswer(context, event.questionId);
      return {
        answers:
          kept === undefined
            ? withoutAnswer(context.answers, event.questionId)
            : withAnswer(context.answers, event.questionId, kept),
        crisis: null,
        declined: [...context.declined.filter((id) => id !== event.questionId), event.questionId],
      };
    }),
    goToFirstQuestion: assign(({ context, event }) => ({
      questionId: journey(context.questionnaire, context.answers)[0]?.id ?? null,
      editing: false,
      perspective: event.type === 'start' ? (event.perspective ?? 'self') : context.perspective,
    })),
    goToNextQuestion: assign(({ context }) => {
      const step = nextStep(context);
      return { questionId: step.screen === 'question' ? step.questionId : null };
    }),
    goToPreviousQuestion: assign(({ context }) => ({
      questionId: previousQuestion(context.questionnaire, context.answers, context.questionId ?? '')?.id ?? null,
    })),
    goToLastQuestion: assign(({ context }) => ({
      questionId: journey(context.questionnaire, context.answers).at(-1)?.id ?? null,
      editing: false,
    })),
    // From the check page: once the missing answers are given, Continue returns there.
    goToFirstUnanswered: assign(({ context }) => ({
      questionId: firstOpenOf(context)?.id ?? null,
      editing: true,
    })),
    // A Change keeps whether one from the check page is in progress.
    goToChosenQuestion: assign(({ event }) => ({ questionId: questionOf(event) })),
    startEditing: assign(({ event }) => ({ questionId: questionOf(event), editing: true })),
    finishEditing: assign({ editing: false, questionId: null }),
    clearCrisis: assign({ crisis: null }),
    forgetEverything: assign(({ context }) => fresh(context.questionnaire)),
    restoreProgress: assign(({ context, event }) => {
      assertEvent(event, 'resume');
      return {
        answers: { ...event.answers },
        questionId: resumeQuestion(context, event),
        editing: false,
        crisis: null,
        perspective: event.perspective ?? 'self',
        declined: [],
      };
    }),
  },
}).createMachine({
  id: 'questionnaire',
  context: ({ input }) => fresh(input.questionnaire),
  initial: 'intro',
  on: {
    restart: { target: '.intro', actions: 'forgetEverything' },
  },
  states: {
    intro: {
      on: {
        start: { target: 'question', actions: 'goToFirstQuestion' },
        resume: [
          { guard: and(['isValidResume', 'resumesAtQuestion']), target: 'question', actions: 'restoreProgress' },
          { guard: 'isValidResume', target: 'check', actions: 'restoreProgress' },
        ],
      },
    },
    question: {
      on: {
        'answer.submit': {
          guard: and(['isAboutCurrentQuestion', 'isValidAnswer']),
          target: 'answered',
          actions: 'saveAnswer',
        },
        'answer.decline': { guard: 'isAboutCurrentQuestion', target: 'answered', actions: 'saveDeclined' },
        'nav.back': [
          { guard: 'isEditing', target: 'check', actions: 'finishEditing' },
          { guard: 'isFirstQuestion', target: 'intro' },
          { target: 'question', reenter: true, actions: 'goToPreviousQuestion' },
        ],
        // During a Change from check any other answer on the journey; else only an earlier one.
        'nav.edit': [
          {
            guard: and(['isEditing', 'isOnJourney', not('isAboutCurrentQuestion')]),
            target: 'question',
            reenter: true,
            actions: 'goToChosenQuestion',
          },
          { guard: 'isEarlierOnJourney', target: 'question', reenter: true, actions: 'goToChosenQuestion' },
        ],
      },
    },
    /** A transient step after saving an answer: decide between crisis, next question and check. */
    answered: {
      always: [
        { guard: 'opensCrisis', target: 'crisis' },
        { guard: 'hasNextQuestion', target: 'question', actions: 'goToNextQuestion' },
        { target: 'check', actions: 'finishEditing' },
      ],
    },
    crisis: {
      on: {
        'crisis.continue': [
          { guard: 'hasNextQuestion', target: 'question', actions: ['clearCrisis', 'goToNextQuestion'] },
          { target: 'check', actions: ['clearCrisis', 'finishEditing'] },
        ],
        'nav.back': { target: 'question', actions: 'clearCrisis' },
        // As from a question page, and also to the question that opened the crisis screen.
        'nav.edit': {
          guard: or([and(['isEditing', 'isOnJourney']), 'isEarlierOnJourney', 'isAboutCurrentQuestion']),
          target: 'question',
          actions: ['clearCrisis', 'goToChosenQuestion'],
        },
      },
    },
    check: {
      on: {
        'nav.edit': { guard: 'isOnJourney', target: 'question', actions: 'startEditing' },
        'nav.back': { target: 'question', actions: 'goToLastQuestion' },
        'check.confirm': [
          { guard: 'hasUnanswered', target: 'question', actions: 'goToFirstUnanswered' },
          { target: 'results' },
        ],
      },
    },
    results: {
      on: {
        'nav.edit': { guard: 'isOnJourney', target: 'question', actions: 'startEditing' },
        'nav.back': 'check',
      },
    },
  },
});
