/**
 * What the site's offline worker has done, read from the page as a person's browser holds it: whether
 * a worker controls the page, which caches exist and what is in them, and which of the site's files
 * the page has loaded.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';

/** Waits until an activated worker controls the page (it fails on a site that has none). */
export async function waitForOfflineWorker(page: Page, timeout = 20_000): Promise<void> {
  try {
    await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated', null, {
      timeout,
      polling: 100,
    });
  } catch {
    throw new Error(`No activated service worker controls ${page.url()} after ${String(timeout)} ms`);
  }
}

/**
 * Reloads a page whose context is offline (`setOffline(true)`), as a person with no connection
 * reloads. Chromium 150 keeps the new document's requests offline but reports it online
 * (`navigator.onLine` is true, and no `offline` event comes): the emulation reaches only the
 * document it was set on. So it is set again, through the debugging protocol that Playwright's
 * `setOffline` uses, on the new document, which then reports what a device without a connection
 * does. (Going online for a moment instead would let the network answer the test's requests.)
 */
export async function reloadWithoutConnection(context: BrowserContext, page: Page): Promise<void> {
  await page.reload({ waitUntil: 'load' });
  // The session stays attached, as the emulation lasts only while it is; it ends with the page.
  const session = await context.newCDPSession(page);
  await session.send('Network.emulateNetworkConditions', {
    offline: true,
    latency: 0,
    downloadThroughput: -1,
    uploadThroughput: -1,
  });
  if (await page.evaluate(() => navigator.onLine)) throw new Error('The reloaded page still reports a connection');
}

/** The page's registration: the script and the state of its active and waiting workers. */
export async function registration(page: Page) {
  return page.evaluate(async () => {
    const found = await navigator.serviceWorker.getRegistration();
    return {
      script: found?.active?.scriptURL ?? null,
      active: found?.active?.state ?? null,
      waiting: found?.waiting?.state ?? null,
    };
  });
}

/** Waits until the registration has a new worker installed and waiting (it fails if none comes). */
export async function waitForWaitingWorker(page: Page, timeout = 20_000): Promise<void> {
  const until = Date.now() + timeout;
  while ((await registration(page)).waiting !== 'installed') {
    if (Date.now() > until) throw new Error(`No new worker installed and waiting after ${String(timeout)} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export interface CachedEntry {
  cache: string;
  method: string;
  url: string;
  sha256: string;
}

/** Every entry of every cache the site's origin holds, with the SHA-256 of its body. */
export async function cachedEntries(page: Page): Promise<CachedEntry[]> {
  return page.evaluate(async () => {
    const hex = (buffer: ArrayBuffer) => [...new Uint8Array(buffer)].map((byte) => byte.toString(16).padStart(2, '0'));
    const entries: CachedEntry[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        const response = await cache.match(request);
        const body = (await response?.arrayBuffer()) ?? new ArrayBuffer(0);
        const digest = await crypto.subtle.digest('SHA-256', body);
        entries.push({ cache: name, method: request.method, url: request.url, sha256: hex(digest).join('') });
      }
    }
    return entries.sort((first, second) => first.url.localeCompare(second.url));
  });
}

/** The site's own files in `siteDir` as a browser would ask for them: `index.html` as `/`, and every file in assets/. */
export function siteFiles(siteDir: string): Map<string, string> {
  const sha256 = (file: string) =>
    createHash('sha256')
      .update(readFileSync(path.join(siteDir, file)))
      .digest('hex');
  const files = new Map([['/', sha256('index.html')]]);
  for (const name of readdirSync(path.join(siteDir, 'assets')).sort())
    files.set(`/assets/${name}`, sha256(`assets/${name}`));
  return files;
}

/** The paths of the files in assets/ that the page has loaded, in the order it asked for them. */
export async function loadedAssets(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      .filter((pathname) => pathname.startsWith('/assets/')),
  );
}
