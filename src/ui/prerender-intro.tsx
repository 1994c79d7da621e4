/**
 * Build time only (run by `scripts/prerender.ts`, never shipped): the intro screen as a first-time
 * visitor sees it (English, self-check, nothing saved), rendered to HTML by the same components the
 * page uses. The page shows it before any script runs and `src/main.tsx` hydrates it.
 */
import { renderToString } from 'react-dom/server';
import { DEFAULT_URL_OPTIONS } from '../config/url-options.ts';
import { appElement } from './root-element.tsx';

export function renderIntroHtml(): string {
  return renderToString(appElement(DEFAULT_URL_OPTIONS));
}
