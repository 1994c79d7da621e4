/**
 * What the embed refuses, in real Chromium with real cross-origin frames: forged messages, hostile
 * clinic details (through embed.js and written straight into the frame's address), and that the
 * quick exit can still take the whole tab away from inside the clinic's page.
 */
import type { Frame, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { en } from '../support/words.ts';
import { sharedResultOf } from '../../src/embed/protocol.ts';
import { assessInEnglish } from '../support/words.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { expectCleanPage, openPage, waitForApp } from './support/browser.ts';
import { appFrame, blankPage, embedHostPage, hostRecord, useEmbedSites } from './support/host-page.ts';

const sites = useEmbedSites();
const forgedComplete = {
  source: 'treatment-self-check',
  type: 'complete',
  result: sharedResultOf(assessInEnglish({})),
};
const forgedResize = { source: 'treatment-self-check', type: 'resize', height: 5 };
const forgedExit = { source: 'treatment-self-check', type: 'exit' };

async function frameBySelector(page: Page, selector: string): Promise<Frame> {
  const frame = await (await page.waitForSelector(selector)).contentFrame();
  if (frame === null) throw new Error(`${selector} has no frame`);
  await frame.waitForLoadState('load');
  await waitForApp(frame);
  return frame;
}

async function postForgeries(from: Page | Frame, target: 'self' | 'parent'): Promise<void> {
  await from.evaluate(
    ({ messages, to }) => {
      for (const message of messages) (to === 'self' ? window : window.parent).postMessage(message, '*');
    },
    { messages: [forgedComplete, forgedResize, forgedExit], to: target },
  );
}

describe('the embed refuses what it should', () => {
  test('ignores messages, exit included, from the host page, a third site, another window of the app origin and the app frame itself outside its port', async () => {
    const { host, third, appOrigin } = sites();
    const extra =
      `<iframe id="third" title="Another site" src="${third.serve('/blank', blankPage)}"></iframe>` +
      `<iframe id="other-app-window" title="Another app window" src="${appOrigin}/favicon.svg"></iframe>`;
    const url = host.serve(
      '/forged',
      embedHostPage({ appOrigin, extra, attributes: { 'data-clinic-name': 'Riverside' } }),
    );
    const app = await openPage(url, { allowedOrigins: [appOrigin, third.origin] });
    try {
      const frame = await appFrame(app.page);
      await app.page.waitForFunction(() => document.querySelector('iframe')?.style.height.endsWith('px') === true);
      const height = await app.page.evaluate(() => document.querySelector('iframe')?.style.height);
      const received = (await hostRecord(app.page)).messages.length;

      await postForgeries(app.page, 'self');
      await postForgeries(await frameBySelector(app.page, '#third'), 'parent');
      await postForgeries(await frameBySelector(app.page, '#other-app-window'), 'parent');
      await frame.evaluate((message) => {
        window.parent.postMessage({ ...message, result: { ...message.result, answers: {} } }, '*');
        window.parent.postMessage({ source: 'treatment-self-check', type: 'resize', height: '5' }, '*');
        window.parent.postMessage({ source: 'treatment-self-check', type: 'exit', url: 'about:blank' }, '*');
      }, forgedComplete);
      await app.page.waitForFunction(
        (count) => (window as unknown as { hostRecord: { messages: unknown[] } }).hostRecord.messages.length >= count,
        received + 12,
      );
      expect((await hostRecord(app.page)).completes).toEqual([]);
      expect(await app.page.evaluate(() => document.querySelector('iframe')?.style.height)).toBe(height);
      expect(app.page.url()).toBe(url);
      expect(app.problems.foreignRequests).toEqual([]);

      // Even the app's own frame is not heard on the window: the result and the exit go over the port alone.
      await frame.evaluate(
        ([message, exit]) => {
          window.parent.postMessage(message, '*');
          window.parent.postMessage(exit, '*');
          window.parent.postMessage({ marker: 'after' }, '*');
        },
        [forgedComplete, forgedExit] as const,
      );
      await app.page.waitForFunction(() =>
        (window as unknown as { hostRecord: { messages: { data: unknown }[] } }).hostRecord.messages.some(
          (message) => JSON.stringify(message.data) === '{"marker":"after"}',
        ),
      );
      expect((await hostRecord(app.page)).completes).toEqual([]);
      expect(app.page.url()).toBe(url);

      // A "ready" from a frame that is not the app's gets no port.
      const third = await frameBySelector(app.page, '#third');
      const handedPorts = await third.evaluate(async () => {
        let ports = 0;
        window.addEventListener('message', (event) => {
          ports += event.ports.length;
        });
        window.parent.postMessage({ source: 'treatment-self-check', type: 'ready' }, '*');
        await new Promise((resolve) => setTimeout(resolve, 300));
        return ports;
      });
      expect(handedPorts).toBe(0);
      expectCleanPage(app);
    } finally {
      await app.close();
    }
  });

  test('drops hostile clinic details given to embed.js', async () => {
    const { host, appOrigin } = sites();
    const attributes = {
      'data-clinic-name': '<script>alert(1)</script>',
      'data-clinic-phone': 'javascript:alert(1)',
      'data-clinic-booking-url': 'javascript:alert(1)//https://clinic.example',
      'data-accent-color': 'red;background:url(https://evil.example)',
      'data-services': '<img src=x onerror=alert(1)>',
    };
    const app = await openPage(host.serve('/hostile', embedHostPage({ appOrigin, attributes })), {
      allowedOrigins: [appOrigin],
    });
    const dialogs: string[] = [];
    app.page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    try {
      const frame = await appFrame(app.page);
      const src = new URL((await app.page.locator('iframe').getAttribute('src')) ?? '');
      expect([...src.searchParams.keys()].sort()).toEqual(['embed', 'parentOrigin']);
      expect(await frame.getByText(/Or call|shared this self-check/).count()).toBe(0);
      expect(dialogs).toEqual([]);
    } finally {
      await app.close();
    }
  });

  test('refuses a hostile booking address in embed.js: nothing of it reaches the frame', async () => {
    const { host, appOrigin } = sites();
    const attributes = {
      'data-clinic-name': 'Riverside',
      'data-clinic-booking-url': 'javascript:alert(document.domain)//https://clinic.example',
    };
    const app = await openPage(host.serve('/hostile-booking', embedHostPage({ appOrigin, attributes })), {
      allowedOrigins: [appOrigin],
    });
    try {
      const frame = await appFrame(app.page);
      const src = new URL((await app.page.locator('iframe').getAttribute('src')) ?? '');
      expect(src.searchParams.get('clinic')).toBe(JSON.stringify({ name: 'Riverside', services: [] }));
      expect(src.href).not.toMatch(/javascript|alert/i);
      const hrefs = await frame.locator('a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      expect(hrefs.filter((href) => /javascript/i.test(href ?? ''))).toEqual([]);
    } finally {
      await app.close();
    }
  });

  test('re-checks clinic details written straight into the frame address', async () => {
    const { host, appOrigin } = sites();
    const frameUrl = (clinic: unknown) =>
      `${appOrigin}/?${new URLSearchParams({ embed: '1', parentOrigin: host.origin, clinic: JSON.stringify(clinic) }).toString()}`;
    const page = `<!doctype html><html lang="en"><head><title>Clinic</title></head><body><main><h1>Clinic</h1>
      <iframe id="long" title="Long name" src="${frameUrl({ name: 'A'.repeat(2_000) })}"></iframe>
      <iframe id="bad-phone" title="Bad phone" src="${frameUrl({ name: 'Riverside', phone: 'javascript:alert(1)', accent: '#ffff00' })}"></iframe>
      </main></body></html>`;
    const app = await openPage(host.serve('/direct', page), { allowedOrigins: [appOrigin] });
    try {
      const long = await frameBySelector(app.page, '#long');
      await long.waitForSelector('main h1');
      expect(await long.getByText(/Or call|shared this self-check/).count()).toBe(0);
      const badPhone = await frameBySelector(app.page, '#bad-phone');
      const note = badPhone.getByText('Riverside shared this self-check with you.');
      await note.waitFor();
      const hrefs = await badPhone.locator('a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      const schemes = hrefs.map((href) => new URL(href ?? '', badPhone.url()).protocol);
      expect(schemes.filter((scheme) => !['http:', 'https:', 'tel:', 'sms:'].includes(scheme))).toEqual([]);
      expect(hrefs.filter((href) => href?.startsWith('tel:') === true && !/^tel:\+?\d+$/.test(href))).toEqual([]);
      expect(await note.evaluate((element) => element.style.getPropertyValue('--clinic-accent'))).toBe('');
      await expectNoAxeViolations(app.page);
      expectCleanPage(app);
    } finally {
      await app.close();
    }
  });

  test('shows no clinic details when the embed address is opened directly instead of in a frame', async () => {
    const { host, appOrigin } = sites();
    const clinic = JSON.stringify({ name: 'Riverside', phone: '5550100' });
    const direct = `${appOrigin}/?${new URLSearchParams({ embed: '1', parentOrigin: host.origin, clinic }).toString()}`;
    const app = await openPage(direct);
    try {
      await app.page.locator('main h1').waitFor();
      expect(await app.page.getByText('Riverside').count()).toBe(0);
      expect(await app.page.locator('a[href="tel:5550100"]').count()).toBe(0);
      expectCleanPage(app);
    } finally {
      await app.close();
    }
  });

  test('a made-up exit message dispatched by a script on the clinic page, posing as the frame, does not move the tab', async () => {
    const { host, appOrigin } = sites();
    const url = host.serve('/forged', embedHostPage({ appOrigin, attributes: { 'data-clinic-name': 'Riverside' } }));
    const app = await openPage(url, { allowedOrigins: [appOrigin] });
    try {
      await appFrame(app.page);
      const navigations: string[] = [];
      app.page.on('request', (request) => {
        if (request.isNavigationRequest()) navigations.push(request.url());
      });
      await app.page.evaluate(async (origin) => {
        const frame = document.querySelector('iframe');
        const send = (data: unknown) =>
          window.dispatchEvent(new MessageEvent('message', { data, origin, source: frame?.contentWindow ?? null }));
        // Shaped exactly as the frame's own exit message (src/ui/embed/protocol.ts).
        send({ source: 'treatment-self-check', type: 'exit' });
        await new Promise((resolve) => setTimeout(resolve, 300));
      }, appOrigin);
      expect(navigations).toEqual([]);
      expect(new URL(app.page.url()).pathname).toBe('/forged');
    } finally {
      await app.close();
    }
  });

  test('the quick exit inside the frame replaces the whole clinic page', async () => {
    const { host, appOrigin } = sites();
    const url = host.serve('/exit', embedHostPage({ appOrigin, attributes: { 'data-clinic-name': 'Riverside' } }));
    const app = await openPage(url, { allowedOrigins: [appOrigin] });
    try {
      const frame = await appFrame(app.page);
      const element = app.page.locator('iframe');
      expect(await element.getAttribute('sandbox')).toBeNull();
      expect(await element.getAttribute('allow')).toBeNull();
      const leaving = app.page.waitForRequest((request) => request.url().startsWith('https://www.weather.gov/'));
      await frame.getByRole('button', { name: en.quickExit.button, exact: true }).click();
      const request = await leaving;
      expect(request.isNavigationRequest()).toBe(true);
      expect(request.frame()).toBe(app.page.mainFrame());
    } finally {
      await app.close();
    }
  });
});
