/**
 * What loads when: the one plan. A first visit downloads only what the intro and the questions
 * need, in English, as one script (src/main.tsx and what it imports statically). Everything else is
 * a part of its own, fetched once (see `once.ts`), at one of three moments:
 *
 * | part                          | when                                                             |
 * | ----------------------------- | ---------------------------------------------------------------- |
 * | English words of the first    | first load (src/i18n/english-first-words.ts)                     |
 * |   screens and the crisis      |                                                                  |
 * |   screens, both voices        |                                                                  |
 * | crisis screens                | first load: an overdose answer must never wait for a download    |
 * |                               |   that may fail (src/ui/screens/crisis-screen.tsx)               |
 * | URL options parser (with zod) | trigger: the address has a query string, before the first render |
 * | saved answers reader (zod)    | trigger: storage holds saved answers, before the first render    |
 * | a language's words, whole     | trigger: that language is chosen (address, browser, switch);     |
 * |                               |   before the first render when the address or browser asks       |
 * | coordinator shell, with its   | trigger: `mode=coordinator`, before the first render, with the   |
 * |   crisis screens              |   whole words of its language                                    |
 * | embed resize reporter         | trigger: `embed=1`, before the first render                      |
 * | clinic contact line           | trigger: an embed with a clinic, before the first render         |
 * | embed host line (port, exit)  | trigger: a frame with a `parentOrigin`, before the first render  |
 * | check, results screens        | idle, one at a time, once the person has left the intro          |
 * |                               |   (`loadAfterIntro`)                                             |
 * | whole words of the language   | idle, after the screens above (they speak with them)             |
 * |   on screen                   |                                                                  |
 * | offline worker (sw.js), which | idle, once the first screen is on screen (`keepForOffline`); not |
 * |   then fetches the whole site |   in a clinic's frame; its downloads run in the worker           |
 *
 * A screen whose part has not arrived yet shows a calm loading line until it has; one whose part
 * cannot be fetched shows the error page, whose "Try again" keeps every answer and the step (see
 * components/error-boundary.tsx); a part's files are fetched before it is imported, so a failed
 * download can always be tried again (see part-files.ts). Each download is marked in the browser's performance panel
 * ("load: <part>").
 *
 * Nothing that a part loads imports this module back: the screens read their words through the
 * locale context (`locale/locale-context.ts`), so no import cycle runs through a dynamic import.
 */
import type { ClinicConfig } from '../embed/clinic-config.ts';
import { englishFirstWords } from '../i18n/english-first-words.ts';
import { LANGUAGES, type Language } from '../i18n/languages.ts';
import type { FirstWords, LanguageWords } from '../i18n/word-types.ts';
import { offlineWorkerUrl } from './offline-worker-url.ts';
import { once, type Once } from './once.ts';
import { fetchPartFiles } from './part-files.ts';

/** The source of every part, as the build's manifest names it (checked against the built page). */
export const partSources = new Set<string>();

/**
 * A part built from `source` (its path in the project, as Vite's manifest names it): its files are
 * fetched first and then imported, so a download that fails never keeps it from loading later
 * (see part-files.ts).
 */
function part<Value>(name: string, source: string, load: () => Promise<Value>): Once<Value> {
  partSources.add(source);
  return once(name, () => fetchPartFiles(source).then(load));
}

/** A language's whole words: one part per language, all of its files together. */
export const languageWords: Readonly<Record<Language, Once<LanguageWords>>> = Object.fromEntries(
  LANGUAGES.map((language) => [
    language,
    part(
      `words (${language})`,
      `src/i18n/${language}/words.ts`,
      // One folder per language (src/i18n/<language>/): the build makes one part of each.
      () =>
        (import(`../i18n/${language}/words.ts`) as Promise<{ default: LanguageWords }>).then(
          (module) => module.default,
        ),
    ),
  ]),
) as Record<Language, Once<LanguageWords>>;

/** The words of the first screens in a language, if they are here. */
export function firstWordsIn(language: Language): FirstWords | undefined {
  return language === 'en' ? englishFirstWords : languageWords[language].peek();
}

/** The parts besides words, by name. */
export const parts = {
  urlOptionsParser: part('URL options parser', 'src/config/parse-url-options.ts', () =>
    import('../config/parse-url-options.ts').then((module) => module.parseUrlOptions),
  ),
  savedAnswersReader: part('saved answers reader', 'src/storage/saved-progress.ts', () =>
    import('../storage/saved-progress.ts').then((module) => module.loadSavedProgress),
  ),
  coordinatorShell: part('coordinator shell', 'src/ui/coordinator/coordinator-shell.tsx', () =>
    import('./coordinator/coordinator-shell.tsx').then((module) => module.CoordinatorShell),
  ),
  resizeReporter: part('embed resize reporter', 'src/ui/embed/resize-reporter.tsx', () =>
    import('./embed/resize-reporter.tsx').then((module) => module.ResizeReporter),
  ),
  clinicContact: part('clinic contact line', 'src/ui/embed/clinic-contact.tsx', () =>
    import('./embed/clinic-contact.tsx').then((module) => module.ClinicContact),
  ),
  hostLine: part('embed host line', 'src/ui/embed/host-line.ts', () => import('./embed/host-line.ts')),
  // The same module as the shell, so the coordinator's crisis screens are here whenever it is.
  coordinatorCrisis: part('coordinator crisis screens', 'src/ui/coordinator/coordinator-shell.tsx', () =>
    import('./coordinator/coordinator-shell.tsx').then((module) => module.CoordinatorCrisis),
  ),
  checkScreen: part('check your answers screen', 'src/ui/screens/check-answers-screen.tsx', () =>
    import('./screens/check-answers-screen.tsx').then((module) => module.CheckAnswersScreen),
  ),
  resultsScreen: part('results screen', 'src/ui/screens/results-screen.tsx', () =>
    import('./screens/results-screen.tsx').then((module) => module.ResultsScreen),
  ),
};

/** Not a chunk of the page: registering fetches sw.js (src/offline/service-worker.ts), which keeps the site. */
const offlineWorker = once('offline worker', () =>
  navigator.serviceWorker.register(offlineWorkerUrl(`${import.meta.env.BASE_URL}sw.js`), { updateViaCache: 'none' }),
);

/** What a page opened with these options needs before its first render. */
export type StartOptions = {
  readonly mode: string;
  readonly embed: boolean;
  readonly parentOrigin: string | null;
  readonly language: Language;
  readonly clinic: ClinicConfig | null;
};

/**
 * The triggers known before the first render: the coordinator's shell and its words, the embed's
 * parts, and the words of the language the page opens in (so the first screen is rendered in it,
 * not in English and then again). A part that fails to arrive is not waited for: a language that
 * does not arrive leaves the page in English, and a screen without its part shows its loading
 * line and tries again.
 */
export function loadBeforeFirstRender(options: StartOptions): Promise<unknown> {
  const needed: Once<unknown>[] = [];
  if (options.mode === 'coordinator') needed.push(parts.coordinatorShell, parts.coordinatorCrisis, languageWords.en);
  if (options.embed) needed.push(parts.resizeReporter);
  if (options.embed && options.clinic) needed.push(parts.clinicContact);
  if (options.parentOrigin !== null && window.parent !== window.self) needed.push(parts.hostLine);
  if (options.language !== 'en') needed.push(languageWords[options.language]);
  return Promise.all(needed.map((part) => part.load().catch(() => undefined)));
}

/** Settles once the browser has nothing else to do (or after 3 s at most). */
function idle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 3000 });
    else setTimeout(resolve, 1000);
  });
}

/**
 * The parts a walk is likely to need next: the screens after the questions and the whole words of
 * the language on screen. They wait until the person has left the intro, so the first load runs
 * only the app and its hydration (a slow phone's first tap never competes with code it may not
 * need); then each loads in an idle moment of its own, once the one before has arrived, so no two
 * parts' code runs in one long task. A failure is quiet: the screen that needs the part retries.
 */
export async function loadAfterIntro(language: Language): Promise<void> {
  for (const part of [parts.checkScreen, parts.resultsScreen, languageWords[language]]) {
    if (part.peek() !== undefined) continue;
    await idle();
    await part.load().catch(() => undefined);
  }
}

/**
 * The offline worker, registered in an idle moment once the first screen is on screen: the worker
 * then fetches the site's files on its own thread, so a reload with no connection still works
 * (src/offline/service-worker.ts). Not in a clinic's frame: there the browser would keep a copy
 * apart for that clinic's site alone, and the clinic's own page would not load offline anyway
 * (docs/embedding.md). Not in development either: there is no sw.js to register. Nothing is said
 * if it fails; the page works as before, online.
 */
export function keepForOffline(options: Pick<StartOptions, 'embed'>): void {
  const framed = options.embed || window.self !== window.top;
  if (framed || !import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  void idle()
    .then(() => offlineWorker.load())
    .catch(() => undefined);
}
