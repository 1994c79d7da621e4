/**
 * A part of the site that loads at most once: the first request starts the download and later ones
 * share it. What has arrived can be read at once (`peek`), and the promise `load` returns is marked
 * fulfilled the way React's `use()` reads a promise, so a screen whose part is already here renders
 * without suspending for a moment. A failed download is forgotten, so the next request tries again
 * (a phone that was offline a moment ago may be online now).
 *
 * Each download is marked in the browser's performance timeline ("load: <name>"), so the
 * performance panel shows what loaded when, and how long it took.
 */
export type Once<Value> = {
  /** Which part, as the performance timeline names it. */
  readonly name: string;
  /** The part, loaded if needed: the same promise for as long as it is on its way or has arrived. */
  load: () => Promise<Value>;
  /** The part, if it has arrived. */
  peek: () => Value | undefined;
};

/** A promise as React's `use()` reads it: once settled, its value is on it. */
type Readable<Value> = Promise<Value> & { status?: 'fulfilled'; value?: Value };

function markFulfilled<Value>(promise: Readable<Value>, value: Value): void {
  promise.status = 'fulfilled';
  promise.value = value;
}

export function once<Value>(name: string, download: () => Promise<Value>): Once<Value> {
  let request: Readable<Value> | null = null;
  const load = () => {
    if (request) return request;
    const start = `load: ${name} (start)`;
    performance.mark(start);
    const loading: Readable<Value> = download().then(
      (value) => {
        performance.measure(`load: ${name}`, start);
        markFulfilled(loading, value);
        return value;
      },
      (error: unknown) => {
        performance.mark(`load: ${name} (failed)`);
        request = null;
        throw error;
      },
    );
    request = loading;
    return loading;
  };
  return { name, load, peek: () => request?.value };
}
