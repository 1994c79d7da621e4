/**
 * In the browser, the screens after the questions and the whole English words are fetched on idle
 * right after the first paint (src/ui/load-plan.ts), so a person reaching them finds them ready.
 * Component tests drive the app step by step without waiting, so they start from that state:
 * every part loaded. Another language's words are left to arrive as in the browser, since the
 * language switch waits for them. The loading line itself is tested in lazy-screens.test.tsx.
 */
import { languageWords, parts } from '../../src/ui/load-plan.ts';

export function loadEverything(): Promise<unknown> {
  // Settled, not all fulfilled: a test that takes a part's download away (offline) still starts,
  // and meets the missing part where the page would.
  return Promise.allSettled([...Object.values(parts), languageWords.en].map((part) => part.load()));
}
