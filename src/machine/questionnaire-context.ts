/**
 * What the questionnaire machine remembers and the events it takes, with the checks its guards
 * make. Kept apart from the machine's configuration so each guard there is one line that names
 * one of these checks, and each check can be read (and tested through the machine) on its own.
 */
import { answerProblem } from '../../questions/answer-check.ts';
import type { Answers, AnswerValue } from '../../questions/answers.ts';
import { chosenValues } from '../../questions/chosen-values.ts';
import { findQuestion, firstUnanswered, journey } from '../../questions/journey.ts';
import type { CrisisKind, Questionnaire } from '../../questions/schema.ts';
import type { Perspective } from '../../questions/perspective.ts';

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
  /**
   * Questions the caller declined to answer (coordinator mode), in the order declined. Such a
   * question holds no answer, or its own "Prefer not to say" where it offers one (see
   * `declinedAnswer`), and Continue and "Check your answers" pass over it as answered.
   */
  declined: readonly string[];
};

export type QuestionnaireEvent =
  | { type: 'start'; perspective?: Perspective }
  | { type: 'answer.submit'; questionId: string; value: AnswerValue }
  /** The caller declined to answer the question on screen: recorded, then on as Continue goes. */
  | { type: 'answer.decline'; questionId: string }
  | { type: 'nav.back' }
  | { type: 'nav.edit'; questionId: string }
  | { type: 'crisis.continue' }
  | { type: 'check.confirm' }
  | { type: 'restart' }
  /** Saved answers the person chose to continue with; checked again here like any answer. */
  | { type: 'resume'; answers: Answers; questionId: string | null; perspective?: Perspective };

export type Resume = Extract<QuestionnaireEvent, { type: 'resume' }>;

export const fresh = (questionnaire: Questionnaire): QuestionnaireContext => ({
  questionnaire,
  answers: {},
  questionId: null,
  editing: false,
  crisis: null,
  perspective: 'self',
  declined: [],
});

/**
 * What a declined question holds: its "Prefer not to say" where it offers one, so the rules read
 * a kept-back answer exactly as the person choosing it (a kept-back self-harm answer still puts
 * 988 first, SAFE-2); else nothing, which the rules read as not known.
 */
export const declinedAnswer = (context: QuestionnaireContext, questionId: string): AnswerValue | undefined => {
  const question = findQuestion(context.questionnaire, questionId);
  if (!question?.options.some((option) => option.value === 'prefer-not-to-say')) return undefined;
  return question.kind === 'single' ? 'prefer-not-to-say' : ['prefer-not-to-say'];
};

export const crisisOf = (context: QuestionnaireContext, questionId: string, value: AnswerValue): CrisisKind | null => {
  const question = findQuestion(context.questionnaire, questionId);
  const chosen = chosenValues(value);
  return question?.options.find((option) => option.crisis && chosen.includes(option.value))?.crisis ?? null;
};

/** The page's form checks answers too; this keeps a stray or tampered event from storing one. */
export const isValidAnswer = (context: QuestionnaireContext, answer: { questionId: string; value: AnswerValue }) => {
  const question = findQuestion(context.questionnaire, answer.questionId);
  return question !== undefined && answerProblem(question, answer.value) === null;
};

export const isValidResume = (context: QuestionnaireContext, event: Resume) =>
  Object.entries(event.answers).every(([questionId, value]) => isValidAnswer(context, { questionId, value }));

/** Where a resume lands: the saved question if it is still on the journey, else the first unanswered. */
export const resumeQuestion = (context: QuestionnaireContext, event: Resume) =>
  journey(context.questionnaire, event.answers).find((question) => question.id === event.questionId)?.id ??
  firstUnanswered(context.questionnaire, event.answers)?.id ??
  null;

/** A question's place on the journey the answers give now, or -1 when it is not on it. */
const placeOf = (context: QuestionnaireContext, questionId: string | null) =>
  journey(context.questionnaire, context.answers).findIndex((question) => question.id === questionId);

export const isOnJourney = (context: QuestionnaireContext, questionId: string) => placeOf(context, questionId) >= 0;

/**
 * Before the question on screen (or the one that opened the crisis screen): what going back would
 * reach. An answer further along cannot be reached that way.
 */
export const isEarlierOnJourney = (context: QuestionnaireContext, questionId: string) => {
  const place = placeOf(context, questionId);
  return place >= 0 && place < placeOf(context, context.questionId);
};
