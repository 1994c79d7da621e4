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

/** Records on the promise that it has settled with `part`, as React records it on the promises it reads. */
function markFulfilled<Part>(promise: Promise<Part>, part: Part): void {
  const settled: Promise<Part> & { status?: 'fulfilled'; value?: Part } = promise;
  settled.status = 'fulfilled';
  settled.value = part;
}

export function fetchedOnce<Part>(loaders: Loaders<Part>, arrived: Partial<Record<Key, Part>> = {}): FetchedOnce<Part> {
  const ready = new Map<Key, Part>(Object.entries(arrived) as [Key, Part][]);
  const requests = new Map<Key, Promise<Part>>();
  return {
    peek: (language, perspective) => ready.get(`${language}/${perspective}`),
    load: (language, perspective) => {
      const key: Key = `${language}/${perspective}`;
      const known = requests.get(key);
      if (known) return known;
      const here = ready.get(key);
      let request: Promise<Part>;
      if (here === undefined) {
        request = loaders[language][perspective]().then(
          (part) => {
            ready.set(key, part);
            markFulfilled(request, part);
            return part;
          },
          (error: unknown) => {
            requests.delete(key);
            throw error;
          },
        );
      } else {
        request = Promise.resolve(here);
        markFulfilled(request, here);
      }
      requests.set(key, request);
      return request;
    },
  };
}
