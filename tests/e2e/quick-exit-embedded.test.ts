/**
 * Quick exit when a clinic shows the site in a frame on its own page (another origin, embedded by
 * embed.js): leaving must replace the whole tab, not just the frame, or the clinic page would still
 * show what the person was doing. A cross-origin frame may move the top window only after a user
 * activation in it: a click is one, a Shift press is not (in Chromium), so for Shift pressed three
 * times the frame's `exit` message has embed.js replace the clinic page.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { en } from '../support/words.ts';
import { QUICK_EXIT_URL } from '../../src/ui/quick-exit/exit-config.ts';
import { describeProblems, openPage, type AppPage } from './support/browser.ts';
import { appFrame, embedHostPage, useEmbedSites, type HostRecord } from './support/host-page.ts';

const sites = useEmbedSites();

/** The clinic's page with the self-check embedded by embed.js; the weather page is answered here. */
async function openClinicPage(): Promise<AppPage> {
  const { host, appOrigin } = sites();
  const address = host.serve('/clinic', embedHostPage({ appOrigin }));
  const app = await openPage(address, { allowedOrigins: [appOrigin], viewport: 'desktop' });
  app.page.setDefaultTimeout(10_000);
  await app.page.route(QUICK_EXIT_URL, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Weather</title><h1>Weather</h1>' }),
  );
  return app;
}

/**
 * The tab shows the weather page alone, and every request that left was for that page (the frame
 * and embed.js may each start the same navigation, so it can be asked for twice).
 */
async function expectTopWindowLeft(app: AppPage): Promise<void> {
  const page: Page = app.page;
  await page.waitForURL(QUICK_EXIT_URL, { timeout: 5_000 });
  expect(await page.locator('h1').textContent()).toBe('Weather');
  expect(page.frames()).toHaveLength(1);
  const { foreignRequests, ...others } = app.problems;
  expect(new Set(foreignRequests)).toEqual(new Set([`GET ${QUICK_EXIT_URL}`]));
  expect(describeProblems({ ...others, foreignRequests: [] })).toEqual([]);
}

describe('quick exit inside a frame on another site', () => {
  test('pressing "Leave this site" in the frame replaces the whole tab with the weather page', async () => {
    const app = await openClinicPage();
    try {
      const frame = await appFrame(app.page);
      const button = frame.getByRole('button', { name: en.quickExit.button, exact: true });
      expect(await button.isVisible()).toBe(true);
      await button.click();
      await expectTopWindowLeft(app);
    } finally {
      await app.close();
    }
  });

  test('Shift pressed three times in the frame, with no click and no script in it, replaces the whole tab with the weather page', async () => {
    // Chromium lets a cross-origin frame move the top window only after a user activation in it,
    // Playwright's calls into a frame count as one, and a Shift press does not: so this test never
    // calls into the frame (it waits for the load, tabs in and presses Shift). The frame's own try
    // at the top window is refused; its `exit` message to embed.js is what replaces the clinic page.
    const app = await openClinicPage();
    try {
      await app.page.waitForSelector('[data-treatment-self-check] iframe');
      // The app is running once it has told the host page its height (asked of the host page, not
      // the frame, which must see no activation).
      await app.page.waitForFunction(
        () => (window as unknown as { hostRecord: HostRecord }).hostRecord.messages.length > 0,
      );
      await app.page.waitForTimeout(1_000);
      expect(await app.page.title()).toBe('Riverside Recovery Clinic');
      await app.page.keyboard.press('Tab');
      for (let press = 0; press < 3; press += 1) await app.page.keyboard.press('Shift');
      await expectTopWindowLeft(app);
    } finally {
      await app.close();
    }
  });
});
