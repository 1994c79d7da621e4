/**
 * The history entries the questionnaire adds, one per screen, all at the same address: each
 * entry's state holds only its step number (never an answer or a question id).
 */
export type HistoryState = { selfCheckStep: number };

/** The step of a history entry's state, or null for an entry the questionnaire did not add. */
export const stepOf = (state: unknown): number | null =>
  typeof state === 'object' && state !== null && typeof (state as HistoryState).selfCheckStep === 'number'
    ? (state as HistoryState).selfCheckStep
    : null;
