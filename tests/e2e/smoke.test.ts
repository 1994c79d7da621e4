import { describe, expect, test } from 'vitest';
import { expectNoAxeViolations } from './support/axe.ts';
import { expectCleanPage, openPage, type ViewportName } from './support/browser.ts';
import { useBuiltSite } from './support/built-site.ts';

const { url } = useBuiltSite();

describe.each<ViewportName>(['phone', 'desktop'])('the built site on a %s', (viewport) => {
  test('opens on the first screen with the helpline, accessible and self-contained', async () => {
    const app = await openPage(url(), { viewport });
    try {
      const heading = app.page.getByRole('heading', { level: 1, name: 'Find treatment options for opioid use' });
      await heading.waitFor({ timeout: 10_000 });
      expect(await heading.count()).toBe(1);

      const helplineLinks = app.page.getByRole('link', { name: '1-800-662-4357' });
      await helplineLinks.first().waitFor({ timeout: 10_000 });
      const hrefs = await helplineLinks.evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      expect(hrefs.length).toBeGreaterThan(0);
      for (const href of hrefs) expect(href).toBe('tel:+18006624357');

      await expectNoAxeViolations(app.page);
      expectCleanPage(app);
    } finally {
      await app.close();
    }
  });
});
