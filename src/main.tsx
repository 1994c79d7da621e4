/**
 * The app, fetched by `src/boot.ts` after the first paint. The built index.html already holds the
 * intro as a first-time visitor sees it (English, self-check, nothing saved: see
 * scripts/prerender.ts); when this visit matches, React hydrates that markup instead of rebuilding
 * it. Any other visit (another language, coordinator mode, an embed, saved answers, unknown
 * parameters) renders fresh. Code for those modes is fetched before the first render; the screens
 * that may come next are fetched once the browser is idle.
 */
import './config/strict-csp.ts';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { DEFAULT_URL_OPTIONS, type UrlOptions } from './config/url-options.ts';
import { readSavedProgress, type ReadResult } from './storage/local-store.ts';
import { loadSavedProgressReader } from './storage/saved-progress-reader.ts';
import { preloadForOptions, preloadLikelyScreens } from './ui/lazy-screens.tsx';
import { appElement } from './ui/root-element.tsx';

/** True when this visit starts exactly as the prerendered intro does. */
function matchesPrerender(options: UrlOptions, saved: ReadResult): boolean {
  return (
    (options.language === null || options.language === 'en') &&
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
  const { parseUrlOptions } = await import('./config/parse-url-options.ts');
  return parseUrlOptions(search);
}

/** Saved answers are checked before the intro shows them; the checking code comes only with them. */
function preloadForSaved(saved: ReadResult): Promise<unknown> {
  if (!saved.ok || saved.raw === null) return Promise.resolve();
  // If it cannot be fetched now, the intro tries again and shows the offer once it arrives.
  return loadSavedProgressReader().catch(() => undefined);
}

async function start(root: HTMLElement) {
  const saved = readSavedProgress();
  const readerLoaded = preloadForSaved(saved);
  const parsed = await urlOptions(window.location.search);
  // A clinic's details belong inside its own page's frame: a direct link must not be able to put a
  // made-up "clinic" number beside the helpline.
  const options = window.self === window.top ? { ...parsed, clinic: null } : parsed;
  await Promise.all([preloadForOptions(options), readerLoaded]);
  if (root.firstElementChild && matchesPrerender(options, saved)) {
    hydrateRoot(root, appElement(options));
  } else {
    root.replaceChildren();
    createRoot(root).render(appElement(options));
  }
  preloadLikelyScreens();
}

const root = document.getElementById('root');
if (root) void start(root);
