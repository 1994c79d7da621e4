/**
 * The system Chromium (Debian's `chromium`, installed by `.ci/run` when missing), driven by
 * playwright-core. Every page opened here records what a person would never see but we must:
 * console errors, uncaught exceptions, failed responses, Content-Security-Policy violations, any
 * request to another origin and any cookie (the app promises that nothing leaves the device and
 * nothing is kept without asking). Requests to other origins are also blocked. The site's offline
 * worker is blocked unless a test asks for it (`serviceWorkers: 'allow'`), so a test that is not
 * about working offline sees every request reach the server.
 */
import { existsSync } from 'node:fs';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Frame,
  type Page,
} from 'playwright-core';
import { recordCookiesOnLoad, watchPolicyAndCookies, type PolicyProblems } from './privacy-watch.ts';

export const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const viewports = {
  phone: { width: 390, height: 844 },
  desktop: { width: 1280, height: 800 },
} as const;
export type ViewportName = keyof typeof viewports;

/** Launches a headless Chromium with its own fresh profile (playwright-core makes a temporary one). */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `Chromium not found at ${chromiumPath}. Install Debian's package (\`apt-get install -y chromium\`, ` +
        'which `.ci/run` does when it is missing) or set CHROMIUM_PATH.',
    );
  }
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
}

let shared: Promise<Browser> | undefined;

/** One browser per test file, launched on first use; close it with `closeBrowser()` in `afterAll`. */
export function sharedBrowser(): Promise<Browser> {
  shared ??= launchBrowser();
  return shared;
}

export async function closeBrowser(): Promise<void> {
  const browser = shared;
  shared = undefined;
  if (browser) await (await browser).close();
}

export interface PageProblems extends PolicyProblems {
  consoleErrors: string[];
  pageErrors: string[];
  failedResponses: string[];
  foreignRequests: string[];
}

export interface AppPage {
  page: Page;
  context: BrowserContext;
  /** The origin the app is served from; requests anywhere else are foreign. */
  origin: string;
  problems: PageProblems;
  close: () => Promise<void>;
}

export interface OpenPageOptions extends Omit<BrowserContextOptions, 'viewport'> {
  /** A named viewport or explicit size; the phone by default. */
  viewport?: ViewportName | { width: number; height: number };
  /** The browser to use; the shared one by default. */
  browser?: Browser;
  /** Other origins the page may talk to (e.g. a host page in an embedding test). */
  allowedOrigins?: string[];
}

function isLocalScheme(url: string): boolean {
  return /^(?:data|blob|about):/.test(url);
}

/** Opens `url` in a new context and waits for the page to load. */
export async function openPage(url: string, options: OpenPageOptions = {}): Promise<AppPage> {
  const { viewport = 'phone', browser, allowedOrigins = [], ...contextOptions } = options;
  const size = typeof viewport === 'string' ? viewports[viewport] : viewport;
  const origin = new URL(url).origin;
  const allowed = new Set([origin, ...allowedOrigins.map((other) => new URL(other).origin)]);
  const isForeign = (requestUrl: string): boolean =>
    !isLocalScheme(requestUrl) && !allowed.has(new URL(requestUrl).origin);

  const context = await (browser ?? (await sharedBrowser())).newContext({
    ...contextOptions,
    viewport: size,
    serviceWorkers: contextOptions.serviceWorkers ?? 'block',
  });
  const problems: PageProblems = {
    consoleErrors: [],
    pageErrors: [],
    failedResponses: [],
    foreignRequests: [],
    cspViolations: [],
    cookies: [],
  };
  await watchPolicyAndCookies(context, problems);

  await context.route(
    (requestUrl) => isForeign(requestUrl.href),
    async (route) => {
      await route.abort('blockedbyclient');
    },
  );
  context.on('request', (request) => {
    if (isForeign(request.url())) problems.foreignRequests.push(`${request.method()} ${request.url()}`);
  });
  context.on('response', (response) => {
    if (response.status() >= 400) problems.failedResponses.push(`${String(response.status())} ${response.url()}`);
  });
  context.on('weberror', (error) => {
    problems.pageErrors.push(error.error().stack ?? error.error().message);
  });
  context.on('console', (message) => {
    if (message.type() !== 'error' && message.type() !== 'assert') return;
    const { url: source, lineNumber } = message.location();
    problems.consoleErrors.push(source ? `${message.text()} (${source}:${String(lineNumber)})` : message.text());
  });

  const page = await context.newPage();
  recordCookiesOnLoad(context, page, problems);
  page.on('websocket', (socket) => {
    if (isForeign(socket.url().replace(/^ws/, 'http'))) problems.foreignRequests.push(`WebSocket ${socket.url()}`);
  });
  await page.goto(url, { waitUntil: 'load' });
  if (contextOptions.javaScriptEnabled !== false) await waitForApp(page);
  return {
    page,
    context,
    origin,
    problems,
    close: () => context.close(),
  };
}

/**
 * The app starts after the first paint (src/boot.ts); until then the intro on screen is static
 * HTML. Waits until the app has rendered (`#root[data-ready]`), so a test's first click reaches a
 * live page. A page without `#root` (a host page, another site) is ready at once. Call it again
 * after a reload.
 */
export async function waitForApp(target: Page | Frame): Promise<void> {
  await target.waitForFunction(() => {
    const root = document.getElementById('root');
    return root === null || root.hasAttribute('data-ready');
  });
}

/** Everything recorded so far, one line per problem; empty when the page is clean. */
export function describeProblems(problems: PageProblems): string[] {
  return [
    ...problems.consoleErrors.map((text) => `console error: ${text}`),
    ...problems.pageErrors.map((text) => `page error: ${text}`),
    ...problems.failedResponses.map((text) => `failed response: ${text}`),
    ...problems.foreignRequests.map((text) => `request to another origin: ${text}`),
    ...problems.cspViolations.map((text) => `Content-Security-Policy violation: ${text}`),
    ...[...new Set(problems.cookies)].map((text) => `cookie: ${text}`),
  ];
}

/**
 * Fails, listing each problem, when the page logged an error, threw, failed a request, broke the
 * Content-Security-Policy, left its origin or set a cookie. (`expectNoCookies` also asks the
 * browser directly, for cookies set since the last page load.)
 */
export function expectCleanPage(appPage: AppPage): void {
  const lines = describeProblems(appPage.problems);
  if (lines.length > 0) {
    throw new Error(
      `The page at ${appPage.page.url()} is not clean:\n${lines.map((line) => `  - ${line}`).join('\n')}`,
    );
  }
}

/** Fails when the browser context holds any cookie at all. */
export async function expectNoCookies(appPage: AppPage): Promise<void> {
  const cookies = await appPage.context.cookies();
  if (cookies.length > 0) {
    throw new Error(`The site left cookies: ${cookies.map((cookie) => cookie.name).join(', ')}`);
  }
}
