/**
 * The element the page renders, shared by `src/main.tsx` and the build-time prerender of the intro
 * (`src/ui/prerender-intro.tsx`), so the static HTML and the hydrated page come from the same tree.
 * StrictMode only adds checks in development; production builds render it as a plain wrapper.
 */
import { StrictMode } from 'react';
import type { UrlOptions } from '../config/url-options.ts';
import { App } from './app.tsx';

export function appElement(options: UrlOptions) {
  return (
    <StrictMode>
      <App options={options} />
    </StrictMode>
  );
}
