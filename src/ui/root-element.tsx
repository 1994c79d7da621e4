/**
 * The element the page renders, shared by `src/main.tsx` and the build-time prerender of the intro
 * (`src/ui/prerender-intro.tsx`), so the static HTML and the hydrated page come from the same tree.
 * StrictMode only adds checks in development; production builds render it as a plain wrapper.
 */
import { StrictMode, useEffect } from 'react';
import type { UrlOptions } from '../config/url-options.ts';
import { App } from './app.tsx';

export function appElement(options: UrlOptions) {
  return (
    <StrictMode>
      <App options={options} />
      <MarkReady />
    </StrictMode>
  );
}

/**
 * Until the app has rendered, the intro on screen is static HTML whose Start button cannot start
 * anything. Once it has, `#root` says so (`data-ready`): the boot script stops guarding the intro,
 * the stylesheet hides index.html's script-free help (the app shows its own), and the browser tests
 * start. Effects never run in the build-time prerender, so the static HTML never claims it.
 */
function MarkReady() {
  useEffect(() => {
    document.getElementById('root')?.setAttribute('data-ready', '');
  }, []);
  return null;
}
