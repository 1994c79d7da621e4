/** The example clinic page shipped with the built site (public/embed-demo.html) works as served. */
import { expect, test } from 'vitest';
import { expectNoAxeViolations } from './support/axe.ts';
import { expectCleanPage } from './support/browser.ts';
import { useBuiltSite } from './support/built-site.ts';
import { walkFrameToResults } from './support/host-page.ts';

const { withApp } = useBuiltSite();

test('the demo clinic page embeds the self-check with its clinic details and shows the snippet as text', async () => {
  await withApp(async (app) => {
    await app.page.goto(new URL('embed-demo.html', app.page.url()).href, { waitUntil: 'load' });
    const element = await app.page.waitForSelector('[data-treatment-self-check] iframe');
    const frame = await element.contentFrame();
    if (frame === null) throw new Error('The demo has no embed frame');
    const banner = frame.getByRole('region', { name: 'Helpline' });
    await banner.getByText('Or call Riverside Recovery Clinic:').waitFor();
    expect(await banner.getByRole('link', { name: '555-0100' }).getAttribute('href')).toBe('tel:5550100');
    expect(await banner.getByRole('link', { name: '1-800-662-4357' }).count()).toBe(1);
    const snippet = (await app.page.locator('pre code').textContent()) ?? '';
    expect(snippet).toContain('<div\n  data-treatment-self-check');
    expect(snippet).toContain('<script src="https://self-check.example.org/embed.js" async></script>');
    await expectNoAxeViolations(app.page);
    expectCleanPage(app);
  });
});

test('the demo fills its own contact form from the shared result, and its send button only says it is a demo', async () => {
  await withApp(async (app) => {
    await app.page.goto(new URL('embed-demo.html', app.page.url()).href, { waitUntil: 'load' });
    const element = await app.page.waitForSelector('[data-treatment-self-check] iframe');
    const frame = await element.contentFrame();
    if (frame === null) throw new Error('The demo has no embed frame');
    await frame.waitForSelector('#root[data-ready] main h1');
    const summary = app.page.getByLabel('Your self-check result (you can change it)');
    await walkFrameToResults(frame, () => Promise.resolve());
    expect(await summary.inputValue()).toBe('');

    await frame.getByRole('button', { name: "Show my result to Riverside Recovery Clinic's page" }).click();
    await app.page.waitForFunction(() => (document.querySelector('textarea')?.value ?? '') !== '');
    const setting = await frame
      .locator('#results-setting')
      .evaluate((heading) => heading.lastChild?.textContent?.trim());
    const text = await summary.inputValue();
    expect(text).toContain(`Suggested setting: ${String(setting)}`);
    expect(text).toContain('Medicines to ask about:');
    expect(await app.page.locator('#contact-summary *').count()).toBe(0);

    const url = app.page.url();
    await app.page.getByRole('button', { name: 'Send to the clinic' }).click();
    await app.page.getByText('This is a demo: nothing was sent.', { exact: false }).waitFor();
    expect(app.page.url()).toBe(url);
    await expectNoAxeViolations(app.page);
    expectCleanPage(app);
  });
});
