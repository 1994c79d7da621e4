/**
 * Reflow and display (WCAG 1.4.10, 2.5.8): on a 320 px wide screen (a small phone, or 1280 px at
 * 400%) and on a 1280 px desktop zoomed to 200% (emulated as the 640 x 400 CSS px viewport such a
 * window has, at a device scale factor of 2), no screen scrolls sideways, a full-page screenshot of
 * the results is exactly as wide as the viewport, and every link, button and field is at least 24 x 24 CSS px
 * (links inside a sentence are exempt, as 2.5.8 allows). The journey takes the riskiest answer
 * everywhere, so every kind of content the results can show is on the page.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { en } from '../support/words.ts';
import { expectCleanPage, openPage } from './support/browser.ts';
import { useBuiltSite } from './support/built-site.ts';
import { riskiestPicks, walkToResults, type ScreenKind } from './support/walk.ts';

const { url } = useBuiltSite();

/**
 * Every visible link, button, field and summary smaller than 24 x 24 CSS px. A link inside a
 * sentence (inline, with other words in the same block) is exempt: WCAG 2.5.8's inline exception.
 */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const element of document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary')) {
      const box = element.getBoundingClientRect();
      const style = getComputedStyle(element);
      const hidden = style.visibility === 'hidden' || style.display === 'none' || box.right <= 0 || box.width <= 1;
      if (hidden || element.closest('.visually-hidden')) continue;
      if (box.width >= 24 && box.height >= 24) continue;
      const block = element.parentElement?.closest('p, li, dd, td, div');
      const ownText = element.textContent.trim();
      const blockText = (block?.textContent ?? '').replace(ownText, '').trim();
      const inSentence = element.tagName === 'A' && style.display === 'inline' && /[a-z]{2}/i.test(blockText);
      if (inSentence) continue;
      const name = (element.textContent.trim() || (element.getAttribute('aria-label') ?? '')).slice(0, 40);
      found.push(`<${element.tagName.toLowerCase()}> "${name}" is ${box.width.toFixed(0)} x ${box.height.toFixed(0)}`);
    }
    return found;
  });
}

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/**
 * Sideways scrolling and small targets on the screen as it is. A full-page screenshot is as wide
 * as the content the document can scroll to, so it measures what the first check does; it is
 * taken (`screenshot`) only on the results, the longest page with the longest words, because it
 * costs a tenth of a second or more per screen.
 */
async function measure(
  page: Page,
  where: string,
  width: number,
  problems: string[],
  { screenshot }: { screenshot: boolean },
): Promise<void> {
  const size = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  if (size.scrollWidth > size.clientWidth) {
    problems.push(`${where}: ${String(size.scrollWidth)}px of content in ${String(size.clientWidth)}px`);
  }
  if (screenshot) {
    const shot = pngSize(await page.screenshot({ fullPage: true, scale: 'css', animations: 'disabled' }));
    if (shot.width !== width) problems.push(`${where}: a full-page screenshot is ${String(shot.width)}px wide`);
  }
  for (const target of await smallTargets(page)) problems.push(`${where}: ${target}`);
}

const screens = [
  { name: '320 CSS px wide', viewport: { width: 320, height: 640 }, deviceScaleFactor: 1 },
  {
    name: '1280 px at 200% zoom (640 x 400 CSS px at 2x)',
    viewport: { width: 640, height: 400 },
    deviceScaleFactor: 2,
  },
];

describe.each(screens)('at $name', ({ viewport, deviceScaleFactor }) => {
  test('no screen scrolls sideways and every target is at least 24 x 24, from the intro to the full results', async () => {
    const app = await openPage(url(), { viewport, deviceScaleFactor });
    app.page.setDefaultTimeout(10_000);
    try {
      const problems: string[] = [];
      const measured = new Set<ScreenKind>();
      await walkToResults(app.page, {
        picks: riskiestPicks,
        tryEmptyOn: ['opioids-used'],
        // Only here do the results show every kind of content they can.
        axeOn: ['results'],
        onScreen: async (visit) => {
          measured.add(visit.kind);
          await measure(app.page, `${visit.kind} "${visit.heading}"`, viewport.width, problems, {
            screenshot: visit.kind === 'results',
          });
        },
      });
      expect([...measured].sort()).toEqual(['check', 'crisis', 'error', 'intro', 'question', 'results']);
      // The sources, folded away at first, hold long addresses: open them and measure again.
      await app.page.getByText(en.results.sourcesHeading, { exact: true }).press('Enter');
      await measure(app.page, 'results with the sources open', viewport.width, problems, { screenshot: true });
      expect(problems).toEqual([]);
      expectCleanPage(app);
    } finally {
      await app.close();
    }
  }, 180_000);
});
