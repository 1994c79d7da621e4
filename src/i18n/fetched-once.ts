/**
 * Parts of the words, one per language and perspective, each fetched at most once: the first
 * request starts the download and later ones share it. What has arrived can be read at once, so a
 * screen whose words are already here renders without waiting: `peek` returns them, and the
 * promise `load` returns is marked fulfilled the way React's `use()` reads a promise, so `use()`
 * returns them at once instead of suspending for a moment. A failed download is forgotten, so the
 * next request tries again (a phone that was offline a moment ago may be online now).
 */
import type { Perspective } from '../../questions/perspective.ts';
import type { Language } from '../config/url-options.ts';

export type Loaders<Part> = Readonly<Record<Language, Readonly<Record<Perspective, () => Promise<Part>>>>>;

type Key = `${Language}/${Perspective}`;

export type FetchedOnce<Part> = {
  /** The part, if it has arrived. */
  peek: (language: Language, perspective: Perspective) => Part | undefined;
  /** The part, fetched if needed: the same promise for as long as it is on its way or has arrived. */
  load: (language: Language, perspective: Perspective) => Promise<Part>;
};

type Settled<Part> = Promise<Part> & { status?: 'fulfilled'; value?: Part };

/** Records on the promise that it has settled with `part`, as React records it on the promises it reads. */
function markFulfilled<Part>(promise: Settled<Part>, part: Part): void {
  promise.status = 'fulfilled';
  promise.value = part;
}

export function fetchedOnce<Part>(loaders: Loaders<Part>, arrived: Partial<Record<Key, Part>> = {}): FetchedOnce<Part> {
  const requests = new Map<Key, Settled<Part>>();
  for (const [key, part] of Object.entries(arrived) as [Key, Part][]) {
    const here: Settled<Part> = Promise.resolve(part);
    markFulfilled(here, part);
    requests.set(key, here);
  }
  return {
    peek: (language, perspective) => requests.get(`${language}/${perspective}`)?.value,
    load: (language, perspective) => {
      const key: Key = `${language}/${perspective}`;
      const known = requests.get(key);
      if (known) return known;
      const loading: Settled<Part> = loaders[language][perspective]().then(
        (part) => {
          markFulfilled(loading, part);
          return part;
        },
        (error: unknown) => {
          requests.delete(key);
          throw error;
        },
      );
      requests.set(key, loading);
      return loading;
    },
  };
}
