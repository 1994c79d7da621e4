/**
 * In the browser, the screens that load lazily are fetched on idle right after the first paint, so
 * a person reaching them finds them ready. Component tests drive the app step by step without
 * waiting, so they start from that same state: every lazy chunk loaded. The loading fallback
 * itself is tested in tests/component/lazy-screens.test.tsx.
 */
import { beforeAll } from 'vitest';
import { preloadEverything } from '../../src/ui/lazy-screens.tsx';

beforeAll(async () => {
  await preloadEverything();
});
