/**
 * Saved answers as they are stored: the format, how long they are kept, and how to write them
 * (under SAVE_KEY, see local-store.ts). Writing and clearing need no validation, so this module
 * loads no zod; reading back is saved-progress.ts, which checks everything and is loaded only when
 * something is stored.
 */
import type { Answers } from '../../questions/answers.ts';
import type { Perspective } from '../../questions/perspective.ts';
import type { Questionnaire } from '../../questions/schema.ts';
import { questionnaire as defaultQuestionnaire } from '../../questions/questionnaire.ts';

export const SAVE_FORMAT = 1;
/** Saved answers are deleted after this long (7 days). */
export const KEEP_FOR_MS = 7 * 24 * 60 * 60 * 1000;
/** Anything larger than this (64 KB) is not ours: real saves are a few kilobytes. */
export const MAX_SAVED_BYTES = 64 * 1024;

/** The stored JSON; saved-progress.ts checks anything read back against this same shape. */
export type SavedEnvelope = {
  format: typeof SAVE_FORMAT;
  questionnaireVersion: string;
  savedAt: number;
  expiresAt: number;
  state: {
    answers: Record<string, unknown>;
    /** The question on screen when saved; null when the person was on "Check your answers" or later. */
    questionId: string | null;
    perspective?: Perspective;
  };
};

/** What resuming needs: valid answers and where the person was. */
export type SavedProgress = {
  savedAt: number;
  expiresAt: number;
  answers: Answers;
  questionId: string | null;
  perspective?: Perspective;
};

export type ProgressToSave = Pick<SavedProgress, 'answers' | 'questionId' | 'perspective'>;

/** The stored text for this progress, saved at `now` and kept for 7 days. */
export function serializeProgress(
  progress: ProgressToSave,
  now: number,
  questionnaire: Questionnaire = defaultQuestionnaire,
): string {
  const envelope: SavedEnvelope = {
    format: SAVE_FORMAT,
    questionnaireVersion: questionnaire.version,
    savedAt: now,
    expiresAt: now + KEEP_FOR_MS,
    state: { answers: { ...progress.answers }, questionId: progress.questionId },
  };
  if (progress.perspective !== undefined) envelope.state.perspective = progress.perspective;
  return JSON.stringify(envelope);
}
