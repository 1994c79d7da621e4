/**
 * Reading saved answers back. Everything read is untrusted (another tab, an old version, a person
 * or a program editing storage), so the loader checks size, shape, version, dates and every answer
 * against the questionnaire, and returns either valid progress or a reason to throw it away. It
 * never throws. The format itself, and writing it, are in saved-format.ts, which needs no zod: this
 * module is loaded only when storage holds something (see saved-progress-reader.ts).
 */
import { z } from 'zod/mini';
import { parseAnswers } from '../../questions/answers.ts';
import { findQuestion } from '../../questions/journey.ts';
import { PerspectiveSchema } from '../../questions/perspective.ts';
import { questionnaire as defaultQuestionnaire } from '../../questions/questionnaire.ts';
import type { Questionnaire } from '../../questions/schema.ts';
import { KEEP_FOR_MS, MAX_SAVED_BYTES, SAVE_FORMAT, type SavedProgress } from './saved-format.ts';

/** Clocks differ a little between tabs and devices; more than this in the future is not believable. */
const CLOCK_SKEW_MS = 5 * 60 * 1000;

const StateSchema = z.strictObject({
  answers: z.record(z.string(), z.unknown()),
  /** The question on screen when saved; null when the person was on "Check your answers" or later. */
  questionId: z.nullable(z.string().check(z.maxLength(200))),
  perspective: z.optional(PerspectiveSchema),
});

const time = z.int().check(z.nonnegative(), z.maximum(8_640_000_000_000_000));

/** The format saved-format.ts writes (`SavedEnvelope`; a type test keeps the two the same). */
export const SavedEnvelopeSchema = z.strictObject({
  format: z.literal(SAVE_FORMAT),
  questionnaireVersion: z.string().check(z.maxLength(50)),
  savedAt: time,
  expiresAt: time,
  state: StateSchema,
});

export type DiscardReason = 'unreadable' | 'too-large' | 'other-version' | 'expired';

export type LoadResult =
  { status: 'none' } | { status: 'found'; progress: SavedProgress } | { status: 'discarded'; reason: DiscardReason };

const discard = (reason: DiscardReason): LoadResult => ({ status: 'discarded', reason });

function parseJson(raw: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(raw) as unknown };
  } catch {
    return { ok: false };
  }
}

const VersionSchema = z.looseObject({ format: z.unknown(), questionnaireVersion: z.unknown() });

/**
 * A minor version only adds questions (2.0.0 to 2.1.0 added "How would you pay"), so its saves
 * still read: every answer in them is checked against today's questions below. A major version
 * removed or changed questions, so its saves are refused.
 */
function sameMajorVersion(saved: unknown, current: string): boolean {
  return typeof saved === 'string' && saved.split('.')[0] === current.split('.')[0];
}

/** Reads what storage held (null when nothing) at time `now` (ms since 1970). */
export function loadSavedProgress(
  raw: string | null,
  now: number,
  questionnaire: Questionnaire = defaultQuestionnaire,
): LoadResult {
  if (raw === null) return { status: 'none' };
  if (raw.length > MAX_SAVED_BYTES || new TextEncoder().encode(raw).length > MAX_SAVED_BYTES) {
    return discard('too-large');
  }
  const json = parseJson(raw);
  if (!json.ok) return discard('unreadable');
  const version = VersionSchema.safeParse(json.value);
  if (!version.success) return discard('unreadable');
  if (
    version.data.format !== SAVE_FORMAT ||
    !sameMajorVersion(version.data.questionnaireVersion, questionnaire.version)
  ) {
    return discard('other-version');
  }
  const envelope = SavedEnvelopeSchema.safeParse(json.value);
  if (!envelope.success) return discard('unreadable');
  const { savedAt, expiresAt, state } = envelope.data;
  if (savedAt > now + CLOCK_SKEW_MS || expiresAt < savedAt || expiresAt - savedAt > KEEP_FOR_MS) {
    return discard('unreadable');
  }
  if (expiresAt <= now) return discard('expired');
  // The keys as JSON.parse made them: zod's record output would silently drop a "__proto__" key.
  const ids = Object.keys((json.value as { state: { answers: object } }).state.answers);
  const parsed = parseAnswers(questionnaire, state.answers);
  if (parsed.problems.length > 0 || Object.keys(parsed.answers).length !== ids.length) return discard('unreadable');
  if (state.questionId !== null && findQuestion(questionnaire, state.questionId) === undefined) {
    return discard('unreadable');
  }
  const progress: SavedProgress = { savedAt, expiresAt, answers: parsed.answers, questionId: state.questionId };
  if (state.perspective !== undefined) progress.perspective = state.perspective;
  return { status: 'found', progress };
}
