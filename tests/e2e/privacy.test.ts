/**
 * Nothing leaves the device and nothing is kept unless the person asks: whole journeys in Chromium
 * with every request recorded, failing on any other origin, any cookie and anything stored. The one
 * thing the site keeps without asking is its offline copy: its own published files (the page and
 * assets/, byte for byte as served) in one cache, with its worker; no answer, nothing else (see
 * docs/privacy.md). So the journeys run with the worker allowed, as in a person's browser. And
 * without JavaScript, the helplines are still on the page.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { describeProblems, expectCleanPage, openPage, type AppPage, waitForApp } from './support/browser.ts';
import { useBuiltSite } from './support/built-site.ts';
import { cachedEntries, siteFiles, waitForOfflineWorker } from './support/offline.ts';
import { distDir } from './support/server.ts';
import { answerUntilCheckAnswers, calmPicks, seeResults, startQuestions, walkToResults } from './support/walk.ts';

const { url, withApp } = useBuiltSite();

/** Every request the page makes from now on, as `METHOD url`. */
function recordRequests(app: AppPage): string[] {
  const seen: string[] = [];
  app.context.on('request', (request) => seen.push(`${request.method()} ${request.url()}`));
  return seen;
}

/** What the site left in the browser: storage of every kind, and service workers. */
async function storedData(page: Page) {
  return page.evaluate(async () => ({
    localStorage: Object.keys(localStorage),
    sessionStorage: Object.keys(sessionStorage),
    indexedDB: (await indexedDB.databases()).map((database) => database.name),
    caches: (await caches.keys()).map((name) => name.replace(/-[0-9a-f]{16}$/, '-<version>')),
    serviceWorkers: (await navigator.serviceWorker.getRegistrations()).map(
      (found) => new URL(found.active?.scriptURL ?? '', location.href).pathname,
    ),
    cookie: document.cookie,
  }));
}

/** Whether the offline copy holds the site's own files, exactly, and nothing else. */
async function offlineCopy(page: Page): Promise<string> {
  const kept = new Map((await cachedEntries(page)).map((entry) => [`${entry.method} ${entry.url}`, entry.sha256]));
  const published = new Map(
    [...siteFiles(distDir)].map(([file, sha256]) => [`GET ${new URL(file, page.url()).href}`, sha256]),
  );
  const same = kept.size === published.size && [...published].every(([key, sha256]) => kept.get(key) === sha256);
  return same ? "the site's files, byte for byte" : JSON.stringify([...kept.keys()]);
}

/** Everything that would break the privacy promise; all empty on a private journey. */
async function privacyReport(app: AppPage, requests: string[]) {
  // The worker keeps the site once it is active; read what is stored after that.
  await waitForOfflineWorker(app.page);
  return {
    offlineCopy: await offlineCopy(app.page),
    requestsSeen: requests.length > 0,
    otherOrigins: requests.filter((request) => !request.split(' ')[1]?.startsWith(`${app.origin}/`)),
    notGet: requests.filter((request) => !request.startsWith('GET ')),
    problems: describeProblems(app.problems),
    cookies: (await app.context.cookies()).map((cookie) => cookie.name),
    stored: await storedData(app.page),
  };
}

const PRIVATE = {
  offlineCopy: "the site's files, byte for byte",
  requestsSeen: true,
  otherOrigins: [],
  notGet: [],
  problems: [],
  cookies: [],
  stored: {
    localStorage: [],
    sessionStorage: [],
    indexedDB: [],
    caches: ['treatment-self-check-<version>'],
    serviceWorkers: ['/sw.js'],
    cookie: '',
  },
};

/** As in a person's browser: the offline worker may register. */
const withWorker = { serviceWorkers: 'allow' } as const;

describe('privacy on whole journeys', () => {
  test('a self-check from the intro to the results sends nothing anywhere and keeps nothing', async () => {
    await withApp(async (app) => {
      const requests = recordRequests(app);
      await app.page.reload({ waitUntil: 'load' });
      await waitForApp(app.page);
      await walkToResults(app.page, { picks: calmPicks });
      expect(await privacyReport(app, requests)).toEqual(PRIVATE);
    }, withWorker);
  });

  test('the crisis screens and "Check your answers" with a change send nothing and keep nothing', async () => {
    await withApp(async (app) => {
      const requests = recordRequests(app);
      await app.page.reload({ waitUntil: 'load' });
      await waitForApp(app.page);
      await startQuestions(app.page);
      await answerUntilCheckAnswers(app.page, {
        picks: { ...calmPicks, 'overdose-now': ['Yes'], 'self-harm-thoughts': ['Yes'] },
      });
      await app.page.getByRole('button', { name: 'Change alcohol on most days' }).click();
      await app.page.getByRole('radio', { name: 'No', exact: true }).check();
      await app.page.getByRole('button', { name: 'Continue', exact: true }).click();
      await app.page.getByRole('heading', { level: 1, name: 'Check your answers' }).waitFor();
      await seeResults(app.page);
      expect(await privacyReport(app, requests)).toEqual(PRIVATE);
    }, withWorker);
  });

  test('opening an app path directly and reloading keeps to the same origin', async () => {
    await withApp(async (app) => {
      const requests = recordRequests(app);
      await app.page.goto(new URL('some/path?lang=es', url()).href, { waitUntil: 'load' });
      await waitForApp(app.page);
      await app.page.getByRole('heading', { level: 1 }).waitFor();
      expect(await privacyReport(app, requests)).toEqual(PRIVATE);
    }, withWorker);
  });
});

describe('without JavaScript', () => {
  test('the SAMHSA helpline, 911 and 988 are visible as links', async () => {
    const app = await openPage(url(), { javaScriptEnabled: false });
    try {
      for (const [name, href] of [
        ['1-800-662-4357', 'tel:+18006624357'],
        ['911', 'tel:911'],
        ['988', 'tel:988'],
      ] as const) {
        const link = app.page.getByRole('region', { name: 'Get help now' }).getByRole('link', { name, exact: true });
        expect({ name, visible: await link.isVisible(), href: await link.getAttribute('href') }).toEqual({
          name,
          visible: true,
          href,
        });
      }
      // Playwright's text search skips <noscript>, so the paragraph is found by its place.
      expect(await app.page.locator('noscript p').textContent()).toContain('This self-check needs JavaScript.');
      expect(await app.page.locator('noscript p').isVisible()).toBe(true);
    } finally {
      await app.close();
    }
  });

  test('with JavaScript, the static help is hidden once the app is on screen (no doubled helpline)', async () => {
    const app = await openPage(url());
    try {
      await app.page.getByRole('heading', { level: 1, name: 'Find treatment options for opioid use' }).waitFor();
      expect(await app.page.locator('.static-help').isHidden()).toBe(true);
      expect(await app.page.getByRole('link', { name: '1-800-662-4357' }).first().isVisible()).toBe(true);
      expectCleanPage(app);
    } finally {
      await app.close();
    }
  });
});
