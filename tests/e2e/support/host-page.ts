/**
 * A clinic's web page on another origin, for the embedding tests: a tiny node server (127.0.0.1,
 * a free port) that serves pages the test registers. `embedHostPage` writes the page a clinic
 * would: its own content around `<div data-treatment-self-check ...>` and embed.js loaded from
 * the app's origin, plus a recorder of every message the page receives and every
 * `treatment-self-check:complete` event, for the test to read.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { closeBrowser } from './browser.ts';
import { startServer, type StaticServer } from './server.ts';
import { calmPicks, type Picks } from './walk.ts';
import { allQuestions } from '../../../questions/journey.ts';
import { type QuestionId } from '../../../questions/questionnaire.ts';
import { questionnaire } from '../../support/words.ts';
import { en } from '../../support/words.ts';
import { quantisedHeight } from '../../../src/embed/protocol.ts';

export interface HostServer {
  /** `http://localhost:<port>`: another site than the app on 127.0.0.1. */
  origin: string;
  /** Serves `html` at `path` (replacing what was there) and returns its full URL. */
  serve: (path: string, html: string) => string;
  close: () => Promise<void>;
}

export async function startHostServer(): Promise<HostServer> {
  const pages = new Map<string, string>();
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const html = pages.get(path);
    response.writeHead(html === undefined ? 404 : 200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(html ?? 'Not found');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://localhost:${String(port)}`;
  return {
    origin,
    serve: (path, html) => {
      pages.set(path, html);
      return `${origin}${path}`;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export interface HostPageOptions {
  /** The app's origin, e.g. `http://127.0.0.1:40123`; embed.js is loaded from there. */
  appOrigin: string;
  /** `data-*` attributes of the container, e.g. `{ 'data-clinic-name': 'Riverside' }`. */
  attributes?: Record<string, string>;
  /** Height of the clinic's own content above the embed, in pixels (120 by default). */
  above?: number;
  /** Height of the clinic's own content below the embed, in pixels. */
  below?: number;
  /** Extra markup after the embed (e.g. another site's iframe). */
  extra?: string;
}

/** What the host page saw: every message (with its origin) and every complete event's detail. */
export interface HostRecord {
  messages: { origin: string; data: unknown }[];
  completes: unknown[];
}

export function embedHostPage(options: HostPageOptions): string {
  const attributes = Object.entries(options.attributes ?? {})
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Riverside Recovery Clinic</title>
<script>
  window.hostRecord = { messages: [], completes: [] };
  window.addEventListener('message', (event) => {
    window.hostRecord.messages.push({ origin: event.origin, data: JSON.parse(JSON.stringify(event.data ?? null)) });
  });
  document.addEventListener('treatment-self-check:complete', (event) => {
    window.hostRecord.completes.push(JSON.parse(JSON.stringify(event.detail)));
  });
</script>
</head>
<body style="margin:0">
<header style="height:${String(options.above ?? 120)}px;overflow:hidden"><h1>Riverside Recovery Clinic</h1></header>
<main>
<div data-treatment-self-check${attributes}><p>The self-check is loading.</p></div>
<script src="${options.appOrigin}/embed.js" async></script>
${options.extra ?? ''}
</main>
<footer style="height:${String(options.below ?? 0)}px"><p>Riverside Recovery Clinic, a made-up clinic.</p></footer>
</body>
</html>`;
}

/** A page that does nothing by itself: the test posts from it into its parent. */
export const blankPage = '<!doctype html><html lang="en"><head><title>Other site</title></head><body></body></html>';

/**
 * One call per test file: the app (nginx, framing allowed for the host page's origin only), the
 * clinic's host site and a third site, all on free ports, closed after the file's tests.
 */
export function useEmbedSites() {
  let host: HostServer | undefined;
  let third: HostServer | undefined;
  let app: StaticServer | undefined;

  beforeAll(async () => {
    host = await startHostServer();
    third = await startHostServer();
    app = await startServer({ frameAncestors: ["'self'", host.origin] });
  });

  afterAll(async () => {
    await closeBrowser();
    await app?.close();
    await host?.close();
    await third?.close();
  });

  return () => {
    if (!host || !third || !app) throw new Error('The sites run only while the tests of this file run');
    return { host, third, appOrigin: new URL(app.url).origin };
  };
}

/** The app's frame inside the host page, once the app has rendered its first screen. */
export async function appFrame(page: Page): Promise<Frame> {
  const element = await page.waitForSelector('[data-treatment-self-check] iframe', { timeout: 10_000 });
  const frame = await element.contentFrame();
  if (frame === null) throw new Error('The embed iframe has no frame');
  await frame.waitForSelector('#root[data-ready] main h1', { timeout: 10_000 });
  return frame;
}

export async function hostRecord(page: Page): Promise<HostRecord> {
  return page.evaluate(() => (window as unknown as { hostRecord: HostRecord }).hostRecord);
}

const questionsByText = new Map(allQuestions(questionnaire).map((question) => [question.text, question]));

/** Clicks in the frame as a script would, so the test itself never scrolls the host page. */
async function press(frame: Frame, name: string): Promise<void> {
  await frame.getByRole('button', { name, exact: true }).evaluate((button: HTMLElement) => button.click());
}

async function nextHeading(frame: Frame, before: string): Promise<string> {
  await frame.waitForFunction((text) => document.querySelector('main h1')?.textContent.trim() !== text, before);
  return ((await frame.locator('main h1').textContent()) ?? '').trim();
}

/**
 * Walks the questions inside the frame with `picks` (by default `calmPicks`; first options
 * elsewhere) to the results, calling `onScreen` on each screen.
 */
export async function walkFrameToResults(
  frame: Frame,
  onScreen: (heading: string) => Promise<void>,
  picks: Picks = calmPicks,
) {
  let heading = ((await frame.locator('main h1').textContent()) ?? '').trim();
  await onScreen(heading);
  await frame
    .getByRole('radio', { name: en.locale.perspective.self, exact: true })
    .evaluate((input: HTMLInputElement) => input.click());
  await press(frame, en.intro.start);
  for (let step = 0; step < 80 && heading !== en.results.title; step += 1) {
    const before = heading;
    heading = await nextHeading(frame, before);
    await onScreen(heading);
    if (heading === en.check.title) await press(frame, en.check.confirm);
    else if ([en.crisis.overdoseTitle, en.crisis.selfHarmTitle, en.crisis.emergencyTitle].includes(heading)) {
      await press(frame, en.crisis.continue);
    } else if (heading !== en.results.title) {
      const question = questionsByText.get(heading);
      if (question === undefined) throw new Error(`No question has the heading "${heading}"`);
      const labels = picks[question.id as QuestionId] ?? [question.options[0]?.label ?? ''];
      for (const label of labels) {
        await frame
          .getByLabel(label, { exact: true })
          .evaluate((input: HTMLInputElement) => (input.checked ? undefined : input.click()));
      }
      await press(frame, en.continue);
    }
  }
  if (heading !== en.results.title) throw new Error(`The walk stopped at "${heading}"`);
}

/**
 * The iframe's height once it holds the screen now inside it (embed.js has applied the resize sent
 * for it). The page's own height is no guide: until the new screen's resize is sent, it keeps the
 * height of the screen before, and so does the frame.
 */
export async function settledFrameHeight(page: Page, frame: Frame): Promise<number> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const content = await frame.evaluate(() => document.body.getBoundingClientRect().height);
    const outside = await page.evaluate(() => document.querySelector('iframe')?.getBoundingClientRect().height ?? -1);
    if (quantisedHeight(Math.ceil(content)) === outside) return outside;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('The iframe never matched the page inside it');
}
