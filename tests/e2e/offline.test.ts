/**
 * Works offline after the first visit, in real Chromium on the site as nginx serves it: once the
 * offline worker controls the page, a reload with no connection opens the self-check and walks to
 * the results, with the screens and the Spanish words that load later coming from the offline copy;
 * the page says it is offline, politely and without covering the way out or the helpline; the copy
 * holds the site's own files byte for byte and nothing else; and a new deploy never mixes with the
 * version an open page runs, and is what the next visit opens.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { catalogIn, en } from '../support/words.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { expectCleanPage, openPage, waitForApp, type AppPage } from './support/browser.ts';
import { useBuiltSite } from './support/built-site.ts';
import { copySite, deploy, makeNextVersion } from './support/next-version.ts';
import {
  cachedEntries,
  loadedAssets,
  registration,
  reloadWithoutConnection,
  siteFiles,
  waitForOfflineWorker,
  waitForWaitingWorker,
} from './support/offline.ts';
import { distDir, startServer, type StaticServer } from './support/server.ts';
import { SAVE_KEY } from '../../src/storage/local-store.ts';
import { answerFirstQuestions, answerUntilCheckAnswers, calmPicks, seeResults, walkToResults } from './support/walk.ts';

const { url } = useBuiltSite();
const es = catalogIn('es', 'self');

/** A walk through every question, and more: longer than most tests. */
const WALK_TIMEOUT = 120_000;

const offlineNotice = (page: Page) => page.getByRole('status').filter({ hasText: en.offline.kept });

/** Opens the site with its worker allowed and waits until the worker controls the page. */
async function openControlled(address: string, viewport?: { width: number; height: number }): Promise<AppPage> {
  const app = await openPage(address, { serviceWorkers: 'allow', ...(viewport ? { viewport } : {}) });
  app.page.setDefaultTimeout(10_000);
  await waitForOfflineWorker(app.page);
  return app;
}

async function switchToSpanish(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Español' }).click();
  await page.waitForFunction(() => document.documentElement.lang === 'es');
}

describe('after the first visit, with no connection', () => {
  test(
    'a reload opens the self-check and walks to the results, the later screens and Spanish coming from the offline copy',
    async () => {
      const app = await openControlled(url());
      try {
        await app.context.setOffline(true);
        await reloadWithoutConnection(app.context, app.page);
        await waitForApp(app.page);
        await offlineNotice(app.page).waitFor();
        const visits = await walkToResults(app.page, { picks: calmPicks });
        expect(visits.map((visit) => visit.kind)).toEqual(expect.arrayContaining(['check', 'results']));
        await switchToSpanish(app.page);
        await app.page.getByRole('heading', { level: 1, name: es.ui.results.title }).waitFor();
        await app.page.getByRole('status').filter({ hasText: es.ui.offline.kept }).waitFor();
        await expectNoAxeViolations(app.page);
        expect(await app.page.evaluate(() => navigator.onLine)).toBe(false);
        expectCleanPage(app);
      } finally {
        await app.close();
      }
    },
    WALK_TIMEOUT,
  );

  test('at 360 px the page says politely that it is offline, below the way out and the helpline, and says nothing once back online', async () => {
    const app = await openControlled(url(), { width: 360, height: 740 });
    try {
      // The live region is in the page from the start, empty, so what comes into it is announced.
      const status = app.page.locator('[role="status"].offline-notice');
      expect((await status.textContent())?.trim()).toBe('');
      await app.context.setOffline(true);
      await offlineNotice(app.page).waitFor();
      await expectNoAxeViolations(app.page);
      const box = async (selector: string) => {
        const found = await app.page.locator(selector).first().boundingBox();
        if (!found) throw new Error(`${selector} is not on screen`);
        return found;
      };
      const notice = await box('.offline-notice');
      for (const above of ['.quick-exit-button', '.helpline-banner']) {
        const other = await box(above);
        expect({ above, noticeTop: notice.y >= other.y + other.height }).toEqual({ above, noticeTop: true });
      }
      await app.context.setOffline(false);
      await app.page.waitForFunction(() => document.querySelector('.offline-notice')?.textContent.trim() === '');
      expectCleanPage(app);
    } finally {
      await app.close();
    }
  });
});

describe('what the offline copy keeps', () => {
  test(
    'after a walk to the results, the only cache holds the page and every file in assets/, byte for byte as served, fetched with GET, and no answer',
    async () => {
      const app = await openControlled(url());
      try {
        await walkToResults(app.page, { picks: calmPicks });
        await app.page.getByRole('checkbox', { name: en.save.checkbox }).check();
        const entries = await cachedEntries(app.page);
        const expected = siteFiles(distDir);
        expect(new Set(entries.map((entry) => entry.cache)).size).toBe(1);
        expect(entries.map((entry) => entry.method)).toEqual(entries.map(() => 'GET'));
        expect(new Map(entries.map((entry) => [new URL(entry.url).pathname, entry.sha256]))).toEqual(expected);
        expect(
          entries.every((entry) => new URL(entry.url).origin === app.origin && new URL(entry.url).search === ''),
        ).toBe(true);
        expect(await registration(app.page)).toEqual({
          script: `${app.origin}/sw.js`,
          active: 'activated',
          waiting: null,
        });
        // The answers the person chose to save are in localStorage only, as docs/privacy.md says.
        expect(await app.page.evaluate(() => Object.keys(localStorage))).toEqual([SAVE_KEY]);
        expectCleanPage(app);
      } finally {
        await app.close();
      }
    },
    WALK_TIMEOUT,
  );
});

describe('a new version deployed while the page is open', () => {
  const marker = ' (next version)';
  let workDir = '';
  let siteDir = '';
  let server: StaticServer;
  let oldFiles: Set<string>;
  let newFiles: Set<string>;

  beforeAll(async () => {
    workDir = await mkdtemp(path.join(tmpdir(), 'self-check-offline-'));
    siteDir = path.join(workDir, 'site');
    await copySite(distDir, siteDir);
    await copySite(distDir, path.join(workDir, 'next'));
    await makeNextVersion(path.join(workDir, 'next'), { sentence: es.ui.intro.title, marker });
    oldFiles = new Set(siteFiles(siteDir).keys());
    newFiles = new Set(siteFiles(path.join(workDir, 'next')).keys());
    server = await startServer({ root: siteDir });
  });

  afterAll(async () => {
    await server.close();
    await rm(workDir, { recursive: true, force: true });
  });

  test(
    'the open page keeps its own version to the end of the journey, the new worker waits, and the next visit opens the new version alone',
    async () => {
      const app = await openControlled(server.url);
      try {
        const [oldCache] = await app.page.evaluate(() => caches.keys());
        await answerFirstQuestions(app.page, 3);
        await deploy(path.join(workDir, 'next'), siteDir);
        // The browser looks for a new worker whenever the site is opened; the open page asks now.
        await app.page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
        await waitForWaitingWorker(app.page);

        // The old version's files are gone from the server: the open page still finds each one it needs.
        await switchToSpanish(app.page);
        await app.page.getByRole('link', { name: 'English' }).click();
        await app.page.waitForFunction(() => document.documentElement.lang === 'en');
        await answerUntilCheckAnswers(app.page, { picks: calmPicks });
        await seeResults(app.page);
        await switchToSpanish(app.page);
        await app.page.getByRole('heading', { level: 1, name: es.ui.results.title }).waitFor();
        const openPageFiles = await loadedAssets(app.page);
        expect(openPageFiles.filter((file) => !oldFiles.has(file))).toEqual([]);
        expectCleanPage(app);

        // The next visit, once the old page is closed: the new version, and only the new one.
        await app.page.close();
        await waitUntilCacheIsGone(app.context, oldCache ?? '');
        const next = await app.context.newPage();
        await next.goto(server.url, { waitUntil: 'load' });
        await waitForApp(next);
        await switchToSpanish(next);
        await next.getByRole('heading', { level: 1, name: `${es.ui.intro.title}${marker}` }).waitFor();
        const nextVisitFiles = await loadedAssets(next);
        expect(nextVisitFiles.length).toBeGreaterThan(0);
        expect(nextVisitFiles.filter((file) => !newFiles.has(file))).toEqual([]);
        expect((await cachedEntries(next)).map((entry) => new URL(entry.url).pathname).sort()).toEqual(
          [...newFiles].sort(),
        );
        expectCleanPage(app);
      } finally {
        await app.close();
      }
    },
    WALK_TIMEOUT,
  );
});

/**
 * Waits until the new worker has taken over, which it does once no page of the old version is open:
 * taking over, it deletes the old version's cache. Read from the site's workers, not from a page,
 * since a page opened before the new worker is active would be a page of the old version.
 */
async function waitUntilCacheIsGone(context: BrowserContext, name: string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    for (const worker of context.serviceWorkers()) {
      const names = await worker.evaluate(() => caches.keys()).catch(() => null);
      if (names !== null && !names.includes(name)) return;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`The cache ${name} is still there: the new worker did not take over`);
}
