/**
 * The built index.html carries the intro, rendered at build time from the app's components, so a
 * slow phone shows the first screen and the helpline before any script runs. A first visit
 * hydrates that markup (the nodes stay, no console errors, Start works); any other visit renders fresh.
 * It also lists the files of the parts that load later, which the page fetches before importing them.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { expectCleanPage, openPage, sharedBrowser, waitForApp } from './support/browser.ts';
import { useBuiltSite } from './support/built-site.ts';
import { distDir } from './support/server.ts';
import { initialSize } from '../../scripts/bench/initial-size.ts';
import { en } from '../support/words.ts';
import { questionById } from './support/walk.ts';
import { partSources } from '../../src/ui/load-plan.ts';

const { url } = useBuiltSite();

const introHeading = 'Find treatment options for opioid use';
const firstQuestion = questionById('overdose-now').text;

/** Runs before the page's scripts: records whether anything ever takes the prerendered nodes out of #root. */
function watchRootNodes(): void {
  const record = window as unknown as { rootNodesRemoved: number };
  record.rootNodesRemoved = 0;
  const observer = new MutationObserver((records) => {
    for (const change of records) {
      const parent = change.target as Element;
      if (parent.id === 'root') record.rootNodesRemoved += change.removedNodes.length;
    }
  });
  document.addEventListener('readystatechange', () => {
    const root = document.getElementById('root');
    if (root && document.readyState === 'interactive') observer.observe(root, { childList: true });
  });
}

/** Runs before the page's scripts: records when the app marks itself ready (`#root[data-ready]`). */
function recordReadyTime(): void {
  const record = window as unknown as { readyAt: number };
  record.readyAt = Infinity;
  new MutationObserver((changes, observer) => {
    if (!changes.some((change) => (change.target as Element).id === 'root')) return;
    record.readyAt = performance.now();
    observer.disconnect();
  }).observe(document, { attributes: true, attributeFilter: ['data-ready'], subtree: true });
}

describe('the prerendered first screen', () => {
  test('the served HTML holds the intro heading, the Start button and the SAMHSA helpline', async () => {
    const html = await (await fetch(url())).text();
    const root = html.slice(html.indexOf('<div id="root">'), html.indexOf('<noscript>'));
    expect(root).toContain(introHeading);
    expect(root).toMatch(/<button[^>]*>Start now<\/button>/);
    expect(root).toContain('href="tel:+18006624357"');
  });

  test('the first screen needs nothing but the page: its stylesheet is in it, the one script is low priority, the icon is in the page', async () => {
    const html = await (await fetch(url())).text();
    // The list of the later parts' files is a JSON data block, which the browser does not run.
    const scripts = (html.match(/<script\b[^>]*>/g) ?? []).filter((tag) => !tag.includes('type="application/json"'));
    expect(scripts).toHaveLength(1);
    expect(scripts[0]).toContain('fetchpriority="low"');
    expect(html).not.toMatch(/<link[^>]*rel="(?:modulepreload|stylesheet)"/);
    expect(html.match(/<style>/g)).toHaveLength(1);
    expect(html).toMatch(/<link\s+rel="icon"\s+href="data:image\/svg\+xml,/);
  });

  test('the page lists the files of every part the load plan imports later, each a built script the first load does not bring', async () => {
    const html = await (await fetch(url())).text();
    const block = /<script type="application\/json" id="part-files">(.*?)<\/script>/s.exec(html);
    if (!block?.[1]) throw new Error("The page has no list of the parts' files");
    const listed = JSON.parse(block[1]) as Record<string, string[]>;
    const firstLoad = new Set(initialSize(distDir).files);
    for (const source of partSources) {
      const files = listed[source] ?? [];
      expect({ source, scripts: files.filter((file) => /^assets\/.+\.js$/.test(file)).length > 0 }).toEqual({
        source,
        scripts: true,
      });
      for (const file of files) {
        expect({ file, built: existsSync(path.join(distDir, file)), firstLoad: firstLoad.has(file) }).toEqual({
          file,
          built: true,
          firstLoad: false,
        });
      }
    }
  });

  test('the app is fetched after the intro has painted, and the scripts loaded before it is ready are what the size budget counts', async () => {
    const browser = await sharedBrowser();
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    try {
      const page = await context.newPage();
      await page.addInitScript(recordReadyTime);
      await page.goto(url(), { waitUntil: 'load' });
      await waitForApp(page);
      // From the page's own timings: once the app is up, it fetches the next screens while idle,
      // and those are not part of the first load.
      const timing = await page.evaluate(() => {
        const readyAt = (window as unknown as { readyAt: number }).readyAt;
        const paint = performance.getEntriesByName('first-contentful-paint')[0];
        const resources = performance.getEntriesByType('resource');
        return {
          paint: paint?.startTime ?? null,
          app: resources
            .filter((entry) => /\/assets\/main-[^/]+\.js$/.test(entry.name))
            .map((entry) => entry.startTime),
          beforeReady: resources
            .filter((entry) => entry.startTime <= readyAt)
            .map((entry) => new URL(entry.name).pathname.slice(1))
            .filter((file) => /\.(js|css)$/.test(file))
            .sort(),
        };
      });
      expect(timing.paint).not.toBeNull();
      expect(timing.app).toHaveLength(1);
      expect(timing.app[0]).toBeGreaterThanOrEqual(timing.paint ?? Infinity);
      // The stylesheet is counted too, but it comes inside the page: no request for it.
      expect(timing.beforeReady).toEqual(initialSize(distDir).files.filter((file) => file.endsWith('.js')));
    } finally {
      await context.close();
    }
  });

  test('with JavaScript off, the intro and the helpline show', async () => {
    const app = await openPage(url(), { javaScriptEnabled: false });
    try {
      expect(await app.page.getByRole('heading', { level: 1, name: introHeading }).isVisible()).toBe(true);
      expect(await app.page.getByRole('button', { name: 'Start now' }).isVisible()).toBe(true);
      expect(await app.page.getByRole('link', { name: '1-800-662-4357' }).first().isVisible()).toBe(true);
    } finally {
      await app.close();
    }
  });

  test('a first visit hydrates the markup in place, without errors, and Start opens the first question', async () => {
    const app = await openPage(url());
    try {
      await app.page.addInitScript(watchRootNodes);
      await app.page.reload();
      await app.page.waitForLoadState('networkidle');
      await waitForApp(app.page);
      await app.page.getByRole('radio', { name: en.locale.perspective.self, exact: true }).check();
      await app.page.getByRole('button', { name: 'Start now' }).click();
      const heading = app.page.getByRole('heading', { level: 1, name: firstQuestion });
      await heading.waitFor();
      expect(await heading.evaluate((element) => element === document.activeElement)).toBe(true);
      expect(await app.page.evaluate(() => (window as unknown as { rootNodesRemoved: number }).rootNodesRemoved)).toBe(
        0,
      );
      expectCleanPage(app);
    } finally {
      await app.close();
    }
  });

  test.each([
    ['coordinator mode', '?mode=coordinator', 'Find treatment options for opioid use'],
    ['Spanish', '?lang=es', 'Encuentre opciones de tratamiento para el uso de opioides'],
  ])('%s renders fresh over the prerendered markup, without errors', async (_name, search, heading) => {
    const app = await openPage(url() + search);
    try {
      await app.page.addInitScript(watchRootNodes);
      await app.page.reload();
      await app.page.waitForLoadState('networkidle');
      await waitForApp(app.page);
      await app.page.getByRole('heading', { level: 1, name: heading }).waitFor();
      expect(
        await app.page.evaluate(() => (window as unknown as { rootNodesRemoved: number }).rootNodesRemoved),
      ).toBeGreaterThan(0);
      expect(await app.page.getByRole('heading', { level: 1 }).count()).toBe(1);
      expectCleanPage(app);
    } finally {
      await app.close();
    }
  });
});
