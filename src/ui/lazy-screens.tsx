/**
 * Screens a person may never reach load as separate chunks, so a phone on a slow network only
 * downloads what the intro and the questions need. Once the page has painted, `preloadLikelyScreens`
 * fetches the next likely chunks while the browser is idle, and `preloadOnIdle` fetches the words
 * those screens speak with and, once the questions have started, the rule texts of the results
 * (asked for by the locale provider), so that moving on stays instant. A screen whose chunk has
 * already arrived renders at once; one still on its way shows a calm loading line.
 */
import { lazy, Suspense, useState, type ComponentType, type ReactNode } from 'react';
import type { Perspective } from '../../questions/perspective.ts';
import { LANGUAGES, type Language } from '../config/url-options.ts';
import type { ClinicConfig } from '../embed/clinic-config.ts';
import type { FetchedOnce } from '../i18n/fetched-once.ts';
import { laterMessages, ruleTexts, screenCatalogs } from '../i18n/load-catalogs.ts';
import { useMessages } from './messages.tsx';

type Loader<Props> = () => Promise<ComponentType<Props>>;

export type LazyComponent<Props> = ComponentType<Props> & { preload: () => Promise<unknown> };

/** A component loaded on first use, rendered synchronously when its chunk is already here. */
export function lazyComponent<Props extends object>(load: Loader<Props>): LazyComponent<Props> {
  let loaded: ComponentType<Props> | null = null;
  let pending: Promise<ComponentType<Props>> | null = null;
  const preload = () => {
    pending ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        pending = null; // a failed download may be retried on the next attempt
        throw error;
      },
    );
    return pending;
  };
  const Deferred = lazy(() => preload().then((component) => ({ default: component })));
  function Lazy(props: Props) {
    // Chosen once per mounted screen: switching component type later would remount it.
    const [Component] = useState<ComponentType<Props>>(() => loaded ?? Deferred);
    return <Component {...props} />;
  }
  return Object.assign(Lazy, { preload });
}

/** The fallback while a chunk loads: one calm line, announced politely. */
export function ScreenLoading() {
  return (
    <p className="screen-loading" role="status">
      {useMessages().speed.loadingPage}
    </p>
  );
}

export function LazyBoundary({ children }: { children: ReactNode }) {
  return <Suspense fallback={<ScreenLoading />}>{children}</Suspense>;
}

export const CheckAnswersScreen = lazyComponent(() =>
  import('./screens/check-answers-screen.tsx').then((module) => module.CheckAnswersScreen),
);
export const ResultsScreen = lazyComponent(() =>
  import('./screens/results-screen.tsx').then((module) => module.ResultsScreen),
);
export const CrisisScreen = lazyComponent(() =>
  import('./screens/crisis-screen.tsx').then((module) => module.CrisisScreen),
);
export const CoordinatorShell = lazyComponent(() =>
  import('./coordinator/coordinator-shell.tsx').then((module) => module.CoordinatorShell),
);

const ResizeReporter = lazyComponent(() =>
  import('./embed/resize-reporter.tsx').then((module) => module.ResizeReporter),
);

const ClinicContact = lazyComponent(() => import('./embed/clinic-contact.tsx').then((module) => module.ClinicContact));

/**
 * Embed with a clinic only: the clinic's line beside the helpline. Its chunk (with the accent's
 * contrast check) is fetched before the first render of such a page (`preloadForOptions`), so it
 * shows with the header; no other page downloads it.
 */
export function EmbedClinicContact({ clinic }: { clinic: ClinicConfig }) {
  return (
    <Suspense fallback={null}>
      <ClinicContact clinic={clinic} />
    </Suspense>
  );
}

/** Embed only: tells the host page the frame's height, once its small chunk has arrived. */
export function EmbedResizeReporter() {
  return (
    <Suspense fallback={null}>
      <ResizeReporter />
    </Suspense>
  );
}

/** The screens every walk can reach, in the order a person meets them. */
const likelyScreens = [CrisisScreen, CheckAnswersScreen, ResultsScreen];

/**
 * What a page opened with these options shows at once, so it need not wait for a chunk: the
 * coordinator's shell (with its number keys) and the words of its tools, the embed's reporter and
 * its clinic's line (when the frame names a clinic), and the words of a language the address asks
 * for (so the first screen is rendered in it, not in English and then again). A language that fails
 * to arrive is not waited for: the page starts in English and asks for it again.
 */
export function preloadForOptions(options: {
  mode: string;
  embed: boolean;
  language?: Language | null;
  clinic?: ClinicConfig | null;
}): Promise<unknown> {
  const coordinator = options.mode === 'coordinator';
  const needed = [
    ...(coordinator ? [CoordinatorShell] : []),
    ...(options.embed ? [ResizeReporter] : []),
    ...(options.embed && options.clinic ? [ClinicContact] : []),
  ];
  const language = options.language ?? 'en';
  // The shell speaks around every screen, so its words must be here before it renders. A language
  // that does not arrive leaves the page in English: the English words come too.
  const coordinatorParts = coordinator
    ? [laterMessages.load('en', 'self'), laterMessages.load(language, 'self').catch(() => undefined)]
    : [];
  return Promise.all([
    ...needed.map((component) => component.preload()),
    ...coordinatorParts,
    screenCatalogs.load(language, 'self').catch(() => undefined),
  ]);
}

const perspectives = ['self', 'other'] as const satisfies readonly Perspective[];

/**
 * Every lazy screen (the coordinator's number keys come with its shell), every later interface
 * word and every rule text, loaded: for tests that drive the whole app synchronously. The screens'
 * words of another perspective or language are left to arrive as in the browser, since Start and
 * the language switch wait for them.
 */
export function preloadEverything(): Promise<unknown> {
  const screens = [...likelyScreens, CoordinatorShell, ResizeReporter, ClinicContact].map((component) =>
    component.preload(),
  );
  const texts = LANGUAGES.flatMap((language) =>
    perspectives.flatMap((perspective) => [
      laterMessages.load(language, perspective),
      ruleTexts.load(language, perspective),
    ]),
  );
  return Promise.all([...screens, ...texts]);
}

function whenIdle(run: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 3000 });
  else setTimeout(run, 1000);
}

/** After first paint, on idle, fetch the chunks of the screens that may come next. */
export function preloadLikelyScreens(): void {
  whenIdle(() => {
    for (const screen of likelyScreens) void screen.preload().catch(() => undefined);
  });
}

/** On idle, fetch one part of the words for the language and perspective on screen; a failure is quiet. */
export function preloadOnIdle(part: FetchedOnce<unknown>, language: Language, perspective: Perspective): void {
  whenIdle(() => void part.load(language, perspective).catch(() => undefined));
}
