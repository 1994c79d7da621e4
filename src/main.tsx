/**
 * The page's entry. The built index.html already holds the intro as a first-time visitor sees it
 * (English, self-check, nothing saved: see scripts/prerender.ts); when this visit matches, React
 * hydrates that markup instead of rebuilding it. Any other visit (another language, coordinator
 * mode, an embed, saved answers, unknown parameters) renders fresh. Code for those modes is
 * fetched before the first render; the screens that may come next are fetched once the browser is idle.
 */
import './config/strict-csp.ts';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { parseUrlOptions, type UrlOptions } from './config/url-options.ts';
import { readSavedProgress } from './storage/local-store.ts';
import { preloadForOptions, preloadLikelyScreens } from './ui/lazy-screens.tsx';
import { appElement } from './ui/root-element.tsx';
import './ui/styles.css';
import './ui/print.css';

/** True when this visit starts exactly as the prerendered intro does. */
function matchesPrerender(options: UrlOptions): boolean {
  const saved = readSavedProgress();
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

async function start(root: HTMLElement) {
  const parsed = parseUrlOptions(window.location.search);
  // A clinic's details belong inside its own page's frame: a direct link must not be able to put a
  // made-up "clinic" number beside the helpline.
  const options = window.self === window.top ? { ...parsed, clinic: null } : parsed;
  await preloadForOptions(options);
  if (root.firstElementChild && matchesPrerender(options)) {
    hydrateRoot(root, appElement(options));
  } else {
    root.replaceChildren();
    createRoot(root).render(appElement(options));
  }
  preloadLikelyScreens();
}

const root = document.getElementById('root');
if (root) void start(root);
