/**
 * Drives the flow: intro, one question at a time, the crisis interrupt, "Check your answers",
 * results, and starting again. The machine owns the committed answers and the current step; the
 * journey (which questions apply) is re-derived from the answers on every move, never stored.
 */
import { and, assertEvent, assign } from 'xstate';
import { setupMachine } from './setup-machine.ts';
import { answerProblem } from '../../questions/answer-check.ts';
import type { Answers, AnswerValue } from '../../questions/answers.ts';
import { chosenValues } from '../../questions/chosen-values.ts';
import { findQuestion, firstUnanswered, journey, previousQuestion } from '../../questions/journey.ts';
import type { CrisisKind, Questionnaire } from '../../questions/schema.ts';
import type { Perspective } from '../../questions/perspective.ts';
import { stepAfter, withAnswer } from './navigation.ts';

export type QuestionnaireContext = {
  questionnaire: Questionnaire;
  answers: Answers;
  /** The question on screen, or the one that opened the crisis screen. */
  questionId: string | null;
  /** A Change from "Check your answers" is in progress: Continue returns there. */
  editing: boolean;
  crisis: CrisisKind | null;
  /** Whom the answers are about: the person answering, or someone they care about. */
  perspective: Perspective;
};

export type QuestionnaireEvent =
  | { type: 'start'; perspective?: Perspective }
  | { type: 'answer.submit'; questionId: string; value: AnswerValue }
  | { type: 'nav.back' }
  | { type: 'nav.edit'; questionId: string }
  | { type: 'crisis.continue' }
  | { type: 'check.confirm' }
  | { type: 'restart' }
  /** Saved answers the person chose to continue with; checked again here like any answer. */
  | { type: 'resume'; answers: Answers; questionId: string | null; perspective?: Perspective };

const crisisOf = (context: QuestionnaireContext, questionId: string, value: AnswerValue): CrisisKind | null => {
  const question = findQuestion(context.questionnaire, questionId);
  const chosen = chosenValues(value);
  return question?.options.find((option) => option.crisis && chosen.includes(option.value))?.crisis ?? null;
};

/** The page's form checks answers too; this keeps a stray or tampered event from storing one. */
const isAllowed = (context: QuestionnaireContext, event: { questionId: string; value: AnswerValue }) => {
  const question = findQuestion(context.questionnaire, event.questionId);
  return question !== undefined && answerProblem(question, event.value) === null;
};

/** Where a resume lands: the saved question if it is still on the journey, else the first unanswered. */
const resumeQuestion = (context: QuestionnaireContext, answers: Answers, questionId: string | null) =>
  journey(context.questionnaire, answers).find((question) => question.id === questionId)?.id ??
  firstUnanswered(context.questionnaire, answers)?.id ??
  null;

const isAllowedResume = (context: QuestionnaireContext, event: QuestionnaireEvent) =>
  event.type === 'resume' &&
  Object.entries(event.answers).every(([questionId, value]) => isAllowed(context, { questionId, value }));

const nextStep = (context: QuestionnaireContext) =>
  stepAfter(context.questionnaire, context.answers, context.questionId ?? '', context.editing);

const fresh = (questionnaire: Questionnaire): QuestionnaireContext => ({
  questionnaire,
  answers: {},
  questionId: null,
  editing: false,
  crisis: null,
  perspective: 'self',
});

export const questionnaireMachine = setupMachine({
  types: {
    context: {} as QuestionnaireContext,
    events: {} as QuestionnaireEvent,
    input: {} as { questionnaire: Questionnaire },
  },
  guards: {
    isAllowedAnswerToCurrentQuestion: ({ context, event }) =>
      event.type === 'answer.submit' && event.questionId === context.questionId && isAllowed(context, event),
    opensCrisis: ({ context }) => context.crisis !== null,
    hasNextQuestion: ({ context }) => nextStep(context).screen === 'question',
    isFirstQuestion: ({ context }) =>
      previousQuestion(context.questionnaire, context.answers, context.questionId ?? '') === undefined,
    isEditing: ({ context }) => context.editing,
    isOnJourney: ({ context, event }) =>
      'questionId' in event && journey(context.questionnaire, context.answers).some((q) => q.id === event.questionId),
    hasUnanswered: ({ context }) => firstUnanswered(context.questionnaire, context.answers) !== undefined,
    isAllowedResume: ({ context, event }) => isAllowedResume(context, event),
    resumesAtQuestion: ({ context, event }) =>
      event.type === 'resume' && resumeQuestion(context, event.answers, event.questionId) !== null,
  },
  actions: {
    saveAnswer: assign(({ context, event }) => {
      assertEvent(event, 'answer.submit');
      return {
        answers: withAnswer(context.answers, event.questionId, event.value),
        crisis: crisisOf(context, event.questionId, event.value),
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
      questionId: firstUnanswered(context.questionnaire, context.answers)?.id ?? null,
      editing: true,
    })),
    startEditing: assign(({ event }) => {
      assertEvent(event, 'nav.edit');
      return { questionId: event.questionId, editing: true };
    }),
    finishEditing: assign({ editing: false, questionId: null }),
    clearCrisis: assign({ crisis: null }),
    forgetEverything: assign(({ context }) => fresh(context.questionnaire)),
    restoreProgress: assign(({ context, event }) => {
      assertEvent(event, 'resume');
      return {
        answers: { ...event.answers },
        questionId: resumeQuestion(context, event.answers, event.questionId),
        editing: false,
        crisis: null,
        perspective: event.perspective ?? 'self',
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
          { guard: and(['isAllowedResume', 'resumesAtQuestion']), target: 'question', actions: 'restoreProgress' },
          { guard: 'isAllowedResume', target: 'check', actions: 'restoreProgress' },
        ],
      },
    },
    question: {
      on: {
        'answer.submit': { guard: 'isAllowedAnswerToCurrentQuestion', target: 'answered', actions: 'saveAnswer' },
        'nav.back': [
          { guard: 'isEditing', target: 'check', actions: 'finishEditing' },
          { guard: 'isFirstQuestion', target: 'intro' },
          { target: 'question', reenter: true, actions: 'goToPreviousQuestion' },
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
      on: { 'nav.back': 'check' },
    },
  },
});
