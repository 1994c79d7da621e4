/**
 * The one place that touches `localStorage`. Browsers may refuse it at any moment (private
 * browsing, storage blocked for a site shown in a frame, a full disk), by throwing on access or on
 * write, so every call is guarded and reports plainly whether it worked. Nothing else in the app
 * reads or writes storage.
 */
/** Where saved answers are kept: the one key this site uses. */
export const SAVE_KEY = 'treatment-self-check:saved-answers';

type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** The page's localStorage, or null when the browser refuses it. */
function storage(): StorageLike | null {
  try {
    return globalThis.localStorage;
  } catch {
    return null;
  }
}

export type ReadResult = { ok: true; raw: string | null } | { ok: false };

export function readSavedProgress(): ReadResult {
  try {
    const store = storage();
    return store ? { ok: true, raw: store.getItem(SAVE_KEY) } : { ok: false };
  } catch {
    return { ok: false };
  }
}

/** Stores `raw`; false when the browser would not keep it. */
export function writeSavedProgress(raw: string): boolean {
  try {
    const store = storage();
    if (!store) return false;
    store.setItem(SAVE_KEY, raw);
    return true;
  } catch {
    return false;
  }
}

/** Removes every trace of saved answers; safe to call at any time (e.g. quick exit, new caller). */
export function clearSavedProgress(): void {
  try {
    storage()?.removeItem(SAVE_KEY);
  } catch {
    // Storage is unavailable, so nothing can be stored there either.
  }
}

/** Whether this browser lets the site save at all: writes and removes a probe under our own key. */
export function canSaveProgress(): boolean {
  const before = readSavedProgress();
  if (!before.ok) return false;
  try {
    const store = storage();
    if (!store) return false;
    store.setItem(SAVE_KEY, before.raw ?? '');
    if (before.raw === null) store.removeItem(SAVE_KEY);
    return true;
  } catch {
    return false;
  }
}
