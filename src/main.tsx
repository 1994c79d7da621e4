/**
 * The app, fetched by `src/boot.ts` after the first paint. The built index.html already holds the
 * intro as a first-time visitor sees it (English, self-check, nothing saved: see
 * scripts/prerender.ts); when this visit matches, React hydrates that markup instead of rebuilding
 * it. Any other visit (another language, coordinator mode, an embed, saved answers, unknown
 * parameters) renders fresh. What each visit needs before its first render, what loads once the
 * person has left the intro, and the offline worker, are the loading plan's (src/ui/load-plan.ts).
 */
import './config/strict-csp.ts';
import { startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { DEFAULT_URL_OPTIONS, type UrlOptions } from './config/url-options.ts';
import type { Language } from './i18n/languages.ts';
import { readSavedProgress, type ReadResult } from './storage/local-store.ts';
import { keepForOffline, loadBeforeFirstRender, parts } from './ui/load-plan.ts';
import { preferredLanguage } from './ui/locale/preferred-language.ts';
import { appElement } from './ui/root-element.tsx';
import { withRealParent } from './ui/embed/real-parent.ts';

/** True when this visit starts exactly as the prerendered intro does. */
function matchesPrerender(options: UrlOptions, language: Language, saved: ReadResult): boolean {
  return (
    language === 'en' &&
    options.mode === 'self-check' &&
    !options.embed &&
    options.parentOrigin === null &&
    options.clinic === null &&
    options.ignored.length === 0 &&
    saved.ok &&
    saved.raw === null
  );
}

/** The options this URL sets: the parser (with zod) is fetched only when there is a query string. */
async function urlOptions(search: string): Promise<UrlOptions> {
  if (search === '') return DEFAULT_URL_OPTIONS;
  const parseUrlOptions = await parts.urlOptionsParser.load();
  return parseUrlOptions(search);
}

/** Saved answers are checked before the intro shows them; the checking code comes only with them. */
function loadSavedAnswersReader(saved: ReadResult): Promise<unknown> {
  if (!saved.ok || saved.raw === null) return Promise.resolve();
  // If it cannot be fetched now, the intro tries again and shows the offer once it arrives.
  return parts.savedAnswersReader.load().catch(() => undefined);
}

async function start(root: HTMLElement) {
  const saved = readSavedProgress();
  const readerLoaded = loadSavedAnswersReader(saved);
  const parsed = await urlOptions(window.location.search);
  const options = withRealParent(parsed);
  const language = options.language ?? preferredLanguage(navigator.languages);
  await Promise.all([loadBeforeFirstRender({ ...options, language }), readerLoaded]);
  // In a clinic's frame, ask embed.js for the port the messages go over (src/ui/embed/parent-window.ts).
  if (options.parentOrigin !== null) parts.hostLine.peek()?.connectToHost(options.parentOrigin);
  // The app's code has just run: let the browser breathe before React starts, and let React render
  // in small slices (a transition), so a slow phone never has one long task to get through.
  await new Promise((resolve) => setTimeout(resolve, 0));
  startTransition(() => {
    if (root.firstElementChild && matchesPrerender(options, language, saved)) {
      hydrateRoot(root, appElement(options));
    } else {
      root.replaceChildren();
      createRoot(root).render(appElement(options));
    }
  });
  keepForOffline(options);
}

const root = document.getElementById('root');
if (root) void start(root);
