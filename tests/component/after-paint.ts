/**
 * A new screen queues a little work for just after it is painted (its browser-history entry, see
 * src/ui/use-browser-back.ts, which waits at most 100 ms). A test that ends on a new screen waits
 * for it, so nothing of the page still runs once the test's document is gone.
 */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    setTimeout(resolve, 150);
  });
}
