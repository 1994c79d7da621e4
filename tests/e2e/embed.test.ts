/**
 * The self-check embedded in a clinic's page on another site, in real Chromium: the host page is
 * served from another origin and loads embed.js from the app, which is served by nginx with the
 * shipped headers (framing allowed for the host's origin only).
 */
import type { Frame, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { en } from '../support/words.ts';
import { HEIGHT_STEPS } from '../../src/embed/protocol.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { expectCleanPage, openPage, type AppPage } from './support/browser.ts';
import {
  appFrame,
  embedHostPage,
  hostRecord,
  settledFrameHeight,
  useEmbedSites,
  walkFrameToResults,
} from './support/host-page.ts';

const sites = useEmbedSites();
const clinic = {
  'data-clinic-name': 'Riverside Recovery Clinic',
  'data-clinic-phone': '555-0100',
  'data-clinic-booking-url': 'https://clinic.example/book',
  'data-accent-color': '#1d4f91',
  'data-services': 'buprenorphine methadone outpatient',
};

async function openHost(
  path: string,
  { serviceWorkers, ...options }: { above?: number; below?: number; serviceWorkers?: 'allow' } = {},
): Promise<AppPage> {
  const { host, appOrigin } = sites();
  const url = host.serve(path, embedHostPage({ appOrigin, attributes: clinic, ...options }));
  const app = await openPage(url, { allowedOrigins: [appOrigin], ...(serviceWorkers ? { serviceWorkers } : {}) });
  app.page.setDefaultTimeout(10_000);
  return app;
}

interface Layout {
  frameHeight: number;
  frameTop: number;
  scrollY: number;
}

/** The layout once the iframe holds the screen now inside it (see `settledFrameHeight`). */
async function settledLayout(page: Page, frame: Frame): Promise<Layout> {
  const frameHeight = await settledFrameHeight(page, frame);
  return page.evaluate((height) => {
    const rect = window.document.querySelector('iframe')?.getBoundingClientRect();
    return { frameHeight: height, frameTop: rect?.top ?? -1, scrollY: window.scrollY };
  }, frameHeight);
}

describe('the self-check embedded in a clinic page', () => {
  test('shows the clinic name and number beside the SAMHSA helpline, with no page header or footer', async () => {
    const app = await openHost('/contact');
    try {
      const frame = await appFrame(app.page);
      const banner = frame.getByRole('region', { name: 'Helpline' });
      expect(await banner.getByRole('link', { name: '1-800-662-4357' }).getAttribute('href')).toBe('tel:+18006624357');
      expect(await banner.getByText('Or call Riverside Recovery Clinic:').isVisible()).toBe(true);
      expect(await banner.getByRole('link', { name: '555-0100' }).getAttribute('href')).toBe('tel:5550100');
      expect(await frame.getByText(en.serviceName, { exact: true }).count()).toBe(0);
      expect(await frame.getByRole('contentinfo').count()).toBe(0);
      await expectNoAxeViolations(app.page);
      expectCleanPage(app);
    } finally {
      await app.close();
    }
  });

  test('the frame grows and shrinks with its content while the host page stays where it was', async () => {
    const app = await openHost('/resize', { above: 300, below: 3000 });
    try {
      const frame = await appFrame(app.page);
      await app.page.evaluate(() => window.scrollTo(0, 100));
      const start = await settledLayout(app.page, frame);
      expect(start).toMatchObject({ frameTop: 200, scrollY: 100 });
      const heights: number[] = [];
      await walkFrameToResults(frame, async (heading) => {
        const layout = await settledLayout(app.page, frame);
        heights.push(layout.frameHeight);
        expect({ heading, top: layout.frameTop, scrollY: layout.scrollY }).toEqual({ heading, top: 200, scrollY: 100 });
      });
      const changes = heights.slice(1).map((height, index) => height - (heights[index] ?? height));
      expect(
        changes.some((change) => change > 0),
        `grew at some step: ${heights.join(', ')}`,
      ).toBe(true);
      expect(
        changes.some((change) => change < 0),
        `shrank at some step: ${heights.join(', ')}`,
      ).toBe(true);
      expectCleanPage(app);
    } finally {
      await app.close();
    }
  });

  test('shows the new screen, not the page below the frame, when a screen is shorter', async () => {
    const app = await openHost('/shrink', { above: 300, below: 1500 });
    const scrollNearFrameBottom = (layout: Layout) =>
      app.page.evaluate((y) => window.scrollTo(0, y), 300 + layout.frameHeight - 200);
    try {
      const frame = await appFrame(app.page);
      await walkFrameToResults(frame, () => Promise.resolve());
      const results = await settledLayout(app.page, frame);
      await scrollNearFrameBottom(results);
      await frame
        .getByRole('button', { name: en.results.startAgain, exact: true })
        .evaluate((button: HTMLElement) => button.click());
      await frame.getByRole('heading', { level: 1, name: en.intro.title }).waitFor();
      const intro = await settledLayout(app.page, frame);
      expect(intro.frameHeight).toBeLessThan(results.frameHeight);
      const headingTop =
        intro.frameTop + (await frame.locator('main h1').evaluate((h1) => h1.getBoundingClientRect().top));
      const viewport = await app.page.evaluate(() => window.innerHeight);
      expect(headingTop).toBeGreaterThanOrEqual(0);
      expect(headingTop).toBeLessThan(viewport / 2);

      // Content that shrinks with focus left where it was: embed.js brings the frame's top into view.
      await scrollNearFrameBottom(intro);
      await frame.evaluate(() => document.querySelector('main')?.replaceChildren());
      await app.page.waitForFunction(
        (height) => window.document.querySelector('iframe')?.style.height === `${String(height)}px`,
        HEIGHT_STEPS[0],
      );
      const shrunk = await app.page.evaluate(() => ({
        frameTop: window.document.querySelector('iframe')?.getBoundingClientRect().top,
        scrollY: window.scrollY,
      }));
      expect(shrunk).toEqual({ frameTop: 0, scrollY: 300 });
    } finally {
      await app.close();
    }
  });

  test('the clinic page hears only one empty "ready" in a whole walk, and gets the result only when the person shares it', async () => {
    const app = await openHost('/share');
    try {
      const frame = await appFrame(app.page);
      await walkFrameToResults(frame, () => Promise.resolve());
      const { appOrigin } = sites();
      const beforeShare = await hostRecord(app.page);
      expect(beforeShare.messages).toEqual([
        { origin: appOrigin, data: { source: 'treatment-self-check', type: 'ready' } },
      ]);
      expect(beforeShare.completes).toEqual([]);

      await expectNoAxeViolations(app.page);
      // "Do this now" puts the clinic's own call and booking page first, the helpline after them.
      const doThisNow = frame.getByRole('region', { name: 'Do this now' });
      const links = await doThisNow
        .getByRole('link')
        .evaluateAll((found) => found.map((link) => link.getAttribute('href')));
      expect(links.slice(0, 3)).toEqual(['tel:5550100', 'https://clinic.example/book', 'tel:+18006624357']);
      expect(await doThisNow.getByText('Call Riverside Recovery Clinic:').isVisible()).toBe(true);
      const share = frame.getByRole('button', { name: "Show my result to Riverside Recovery Clinic's page" });
      await share.click();
      await frame.getByText("Riverside Recovery Clinic's page now has your result.", { exact: false }).waitFor();
      expect(await frame.locator('.clinic-shared').textContent()).toContain('do not wait for a call');
      const shareRegion = frame.getByRole('region', { name: "Show your result to Riverside Recovery Clinic's page" });
      expect(await shareRegion.getByRole('link', { name: /Book online/ }).getAttribute('href')).toBe(
        'https://clinic.example/book',
      );
      await app.page.waitForFunction(
        () => (window as unknown as { hostRecord: { completes: unknown[] } }).hostRecord.completes.length > 0,
      );
      const { completes } = await hostRecord(app.page);
      const setting = await frame
        .locator('#results-setting')
        .evaluate((heading) => heading.lastChild?.textContent?.trim());
      expect(completes).toHaveLength(1);
      expect(completes[0]).toMatchObject({ result: { setting: { name: setting } } });
      expect(JSON.stringify(completes[0])).not.toMatch(/answers|Heroin|Smoke/);
      await expectNoAxeViolations(app.page);
      expectCleanPage(app);
    } finally {
      await app.close();
    }
  });

  test('registers no offline worker and keeps no copy of the site inside the frame, even with workers allowed', async () => {
    const app = await openHost('/offline.html', { serviceWorkers: 'allow' });
    try {
      const frame = await appFrame(app.page);
      // The app registers its worker in an idle moment (at most 3 s) after its first screen: wait past that.
      await frame.evaluate(
        () => new Promise((resolve) => requestIdleCallback(() => setTimeout(resolve, 3500), { timeout: 3000 })),
      );
      // Whether this browser lets a frame of another site register a worker at all differs (this
      // Chromium refuses); what the app controls is that it never asks, which the loading plan's
      // performance mark for the worker shows.
      const kept = await frame.evaluate(async () => ({
        asked: performance.getEntriesByName('load: offline worker (start)').length,
        workers: await navigator.serviceWorker.getRegistrations().then(
          (found) => found.length,
          () => 'not allowed here',
        ),
        caches: await caches.keys().catch(() => []),
      }));
      expect(kept).toMatchObject({ asked: 0, caches: [] });
      expect([0, 'not allowed here']).toContain(kept.workers);
      expectCleanPage(app);
    } finally {
      await app.close();
    }
  });
});
