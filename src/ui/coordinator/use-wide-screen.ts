/** Whether the screen is wide enough for the summary beside the question (the CSS uses the same width). */
import { useSyncExternalStore } from 'react';

const query = '(min-width: 900px)';

const subscribe = (onChange: () => void) => {
  if (typeof window.matchMedia !== 'function') return () => undefined;
  const list = window.matchMedia(query);
  list.addEventListener('change', onChange);
  return () => list.removeEventListener('change', onChange);
};

/** Without media queries (e.g. a test DOM) the summary stays open, as on a wide screen. */
const isWide = () => (typeof window.matchMedia === 'function' ? window.matchMedia(query).matches : true);

export function useWideScreen(): boolean {
  return useSyncExternalStore(subscribe, isWide, () => true);
}
