/**
 * Loads the reader of saved answers (saved-progress.ts, with zod and the answer schemas) only when
 * storage holds something: most visits have nothing saved and never download it. A page that finds
 * saved answers loads it before its first render (src/main.tsx), so the reader is usually here
 * already when the intro asks for it; otherwise the intro waits for it.
 */
import type { LoadResult } from './saved-progress.ts';

export type SavedProgressReader = (raw: string | null, now: number) => LoadResult;

let reader: SavedProgressReader | null = null;
let pending: Promise<SavedProgressReader> | null = null;

/** The reader, fetching it on first use; a failed download may be retried on the next call. */
export function loadSavedProgressReader(): Promise<SavedProgressReader> {
  pending ??= import('./saved-progress.ts').then(
    (module) => (reader = module.loadSavedProgress),
    (error: unknown) => {
      pending = null;
      throw error;
    },
  );
  return pending;
}

/** The reader when it has already arrived, else null. */
export function loadedSavedProgressReader(): SavedProgressReader | null {
  return reader;
}
