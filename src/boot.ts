/**
 * The page's only script. The built index.html already shows the intro (see scripts/prerender.ts),
 * so nothing needs script to paint; the style imports below only give the build the stylesheet it
 * writes into the page. This fetches the app (`src/main.tsx`) once that first paint is done, so
 * the app's download never competes with the first screen on a slow connection. Until the app
 * runs, it keeps the static intro safe to use.
 */
import './ui/styles.css';
import './ui/print.css';
import { QUICK_EXIT_URL } from './ui/quick-exit/exit-config.ts';
import { forgetStoredAnswers, replaceWithNeutralPage } from './ui/quick-exit/leave-site.ts';

let started = false;

function startApp() {
  if (started) return;
  started = true;
  // The libraries first, then the app in a task of its own (see src/ui/libraries.ts).
  // If the libraries fail to arrive, the app's own import asks for them again.
  void import('./ui/libraries.ts')
    .catch(() => undefined)
    .then(() => new Promise((resolve) => setTimeout(resolve, 0)))
    .then(() => import('./main.tsx'));
}

/**
 * Calls `then` once the browser reports its first contentful paint (the intro on screen). Every
 * browser the build targets (ES2022) reports paints; the timeout below covers one that never paints.
 */
function afterFirstPaint(then: () => void) {
  new PerformanceObserver((list, observer) => {
    if (list.getEntriesByName('first-contentful-paint').length === 0) return;
    observer.disconnect();
    then();
  }).observe({ type: 'paint', buffered: true });
}

/**
 * Until the app has rendered (`#root[data-ready]`, see src/ui/root-element.tsx), the intro is
 * static HTML. "Leave this site" must already work: someone may need to hide the page the moment
 * it appears, on a connection where the app takes seconds to arrive. And Start must not submit the
 * page to itself, which would reload it; it works once the app is running.
 */
function guardStaticIntro(root: HTMLElement) {
  const appRunning = () => root.hasAttribute('data-ready');
  const isQuickExit = (target: EventTarget | null) =>
    target instanceof Element &&
    (target.closest('.quick-exit-button') !== null || target.closest('a')?.getAttribute('href') === QUICK_EXIT_URL);
  document.addEventListener(
    'click',
    (event) => {
      if (appRunning() || !isQuickExit(event.target)) return;
      event.preventDefault();
      forgetStoredAnswers();
      replaceWithNeutralPage(null);
    },
    { capture: true },
  );
  document.addEventListener(
    'submit',
    (event) => {
      if (!appRunning()) event.preventDefault();
    },
    { capture: true },
  );
}

const root = document.getElementById('root');
if (root) guardStaticIntro(root);
afterFirstPaint(startApp);
// A page that is not painting (a background tab, a frame scrolled out of view) must still start.
setTimeout(startApp, 1000);
