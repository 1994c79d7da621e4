/**
 * The security headers, as nginx sends them with the shipped config: on the page, on a hashed
 * asset, on an app path, on the offline worker and on a missing file; the same as public/_headers
 * for static hosts; and enforced by Chromium (an injected inline script is refused, and the app and
 * its offline worker still work).
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { closeBrowser, expectCleanPage, openPage, waitForApp } from './support/browser.ts';
import { waitForOfflineWorker } from './support/offline.ts';
import { startServer, type StaticServer } from './support/server.ts';
import { fileURLToPath } from 'node:url';
import { styleHashSource } from '../../scripts/inline-style.ts';
import { headerRules, siteHeaders } from '../../scripts/site-headers.ts';

/** The `/*` block of public/_headers: header name (lower case) to value. */
function staticHostHeaders(): Map<string, string> {
  const every = siteHeaders(fileURLToPath(new URL('../../', import.meta.url)));
  return new Map([...every].map(([name, value]) => [name.toLowerCase(), value]));
}

/** What public/_headers sets for one path pattern (e.g. `/embed.js`), besides the `/*` block. */
function staticHostRule(pattern: string): Map<string, string> | undefined {
  return headerRules(readFileSync(new URL('../../public/_headers', import.meta.url), 'utf8')).get(pattern);
}

const expected = staticHostHeaders();
let deployed: StaticServer;
let asset: string;
let pageStyle: string;

beforeAll(async () => {
  deployed = await startServer({ frameAncestors: 'as-deployed' });
  const html = await (await fetch(deployed.url)).text();
  const match = /\/assets\/[\w.-]+\.js/.exec(html);
  if (!match) throw new Error('index.html links no script in /assets/');
  asset = match[0].slice(1);
  const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((found) => found[1] ?? '');
  if (styles.length !== 1) throw new Error(`index.html has ${String(styles.length)} <style> elements, not one`);
  pageStyle = styles[0] ?? '';
});

afterAll(async () => {
  await closeBrowser();
  await deployed.close();
});

describe('security headers from nginx with deploy/nginx.conf', () => {
  test('public/_headers lists the headers the tests expect', () => {
    expect([...expected.keys()].sort()).toEqual([
      'content-security-policy',
      'cross-origin-opener-policy',
      'cross-origin-resource-policy',
      'permissions-policy',
      'referrer-policy',
      'strict-transport-security',
      'x-content-type-options',
    ]);
  });

  test('public/_headers gives the offline worker the Cache-Control nginx sends, so static hosts find a new deploy too', () => {
    const text = readFileSync(new URL('../../public/_headers', import.meta.url), 'utf8');
    expect(/^\/sw\.js\s*\n\s+Cache-Control: (.+)$/m.exec(text)?.[1]).toBe('no-cache');
  });

  const paths = [
    { what: 'the page', path: '', status: 200, cache: 'no-cache', type: 'text/html' },
    {
      what: 'a hashed asset',
      path: 'ASSET',
      status: 200,
      cache: 'public, max-age=31536000, immutable',
      type: 'javascript',
    },
    {
      what: 'an app path (served by index.html)',
      path: 'some/page',
      status: 200,
      cache: 'no-cache',
      type: 'text/html',
    },
    { what: 'the offline worker', path: 'sw.js', status: 200, cache: 'no-cache', type: 'javascript' },
    { what: 'a missing asset', path: 'assets/missing-0000.js', status: 404, cache: null, type: 'text/html' },
    { what: 'a missing file outside assets', path: 'missing.png', status: 404, cache: 'no-cache', type: 'text/html' },
  ];
  test.each(paths)('$what: every security header, the same as public/_headers', async (row) => {
    const response = await fetch(deployed.url + (row.path === 'ASSET' ? asset : row.path));
    expect(response.status).toBe(row.status);
    const received = Object.fromEntries([...expected.keys()].map((name) => [name, response.headers.get(name)]));
    expect(received).toEqual(Object.fromEntries(expected));
    expect(response.headers.get('cross-origin-resource-policy')).toBe('same-origin');
    expect(response.headers.get('cache-control')).toBe(row.cache);
    expect(response.headers.get('content-type')).toContain(row.type);
  });

  test.each([
    { what: 'embed.js, which clinic pages load', path: 'embed.js', rule: '/embed.js' },
    {
      what: 'the FHIR Questionnaire, which form tools fetch',
      path: 'fhir/Questionnaire/treatment-options-self-check-en-self.json',
      rule: '/fhir/*',
    },
  ])('$what: other sites may load it, and public/_headers says so too', async ({ path, rule }) => {
    const response = await fetch(deployed.url + path);
    expect(response.status).toBe(200);
    expect(response.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    const others = [...expected.keys()].filter((name) => name !== 'cross-origin-resource-policy');
    const received = Object.fromEntries(others.map((name) => [name, response.headers.get(name)]));
    expect(received).toEqual(Object.fromEntries(others.map((name) => [name, expected.get(name)])));
    expect(staticHostRule(rule)).toEqual(new Map([['Cross-Origin-Resource-Policy', 'cross-origin']]));
  });

  test("the policy allows only this site: no inline or eval script, no inline style but the page's own stylesheet (by its hash), no plugins, no <base>", () => {
    const policy = expected.get('content-security-policy') ?? '';
    const directives = new Map(
      policy
        .split(';')
        .map((part) => part.trim().split(/\s+/) as [string, ...string[]])
        .map(([name, ...sources]) => [name, sources.join(' ')]),
    );
    expect(Object.fromEntries(directives)).toEqual({
      'default-src': "'self'",
      'script-src': "'self'",
      'style-src': `'self' ${styleHashSource(pageStyle)}`,
      'img-src': "'self' data:",
      'font-src': "'self'",
      'connect-src': "'self'",
      'manifest-src': "'self'",
      'worker-src': "'self'",
      'object-src': "'none'",
      'base-uri': "'none'",
      'form-action': "'self'",
      'require-trusted-types-for': "'script'",
      'trusted-types': 'offline-worker',
      'frame-ancestors': "'self'",
    });
  });
});

describe('the policy in Chromium', () => {
  test('the app and its offline worker run under it with no violation or console message, and an injected inline script is refused and reported', async () => {
    const app = await openPage(deployed.url, { serviceWorkers: 'allow' });
    try {
      // Reloaded with every console message recorded: an unknown Permissions-Policy feature is only a warning.
      const messages: string[] = [];
      app.page.on('console', (message) => messages.push(`${message.type()}: ${message.text()}`));
      await app.page.reload({ waitUntil: 'load' });
      await waitForApp(app.page);
      await app.page.getByRole('heading', { level: 1, name: 'Find treatment options for opioid use' }).waitFor();
      // The worker (worker-src 'self') keeps the site, and the reloaded page is served from it.
      await waitForOfflineWorker(app.page);
      await app.page.reload({ waitUntil: 'load' });
      await waitForApp(app.page);
      expect(messages).toEqual([]);
      expectCleanPage(app);
      const ran = await app.page.evaluate(async () => {
        const script = document.createElement('script');
        // As text nodes: Trusted Types refuses a string set as script text outright.
        script.append(document.createTextNode('document.body.dataset.injected = "yes"'));
        document.head.append(script);
        await new Promise((resolve) => setTimeout(resolve, 100));
        return document.body.dataset['injected'] ?? 'no';
      });
      expect(ran).toBe('no');
      // Trusted Types refuses it before script-src is asked (tests/e2e/policy-without-headers.test.ts
      // shows script-src refusing an inline script in the markup).
      expect(app.problems.cspViolations.join('\n')).toMatch(/require-trusted-types-for blocked trusted-types-sink/);
      // Trusted Types: no string can be written into the page as HTML.
      const written = await app.page.evaluate(() => {
        try {
          document.body.insertAdjacentHTML('beforeend', '<img src="x" alt="">');
          return 'written';
        } catch (error) {
          return error instanceof TypeError ? 'refused' : String(error);
        }
      });
      expect(written).toBe('refused');
    } finally {
      await app.close();
    }
  });
});

describe('framing (CSP frame-ancestors)', () => {
  let host: Server;
  let hostUrl = '';
  let embeddable: StaticServer;

  beforeAll(async () => {
    embeddable = await startServer({ frameAncestors: ["'self'", 'http://127.0.0.1:*'] });
    host = createServer((request, response) => {
      const target = new URL(request.url ?? '/', 'http://host').searchParams.get('src') ?? '';
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(`<!doctype html><title>Host</title><iframe title="Self-check" src="${encodeURI(target)}"></iframe>`);
    });
    await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
    hostUrl = `http://127.0.0.1:${String((host.address() as AddressInfo).port)}/`;
  });

  afterAll(async () => {
    await embeddable.close();
    await new Promise((resolve) => host.close(resolve));
  });

  async function frameHeading(site: StaticServer): Promise<string | null> {
    const app = await openPage(`${hostUrl}?src=${encodeURIComponent(site.url)}`, { allowedOrigins: [site.url] });
    try {
      const frame = app.page.frameLocator('iframe');
      const heading = frame.getByRole('heading', { level: 1 });
      return await heading.textContent({ timeout: 3_000 }).catch(() => null);
    } finally {
      await app.close();
    }
  }

  test('as deployed, another site cannot show the self-check in a frame', async () => {
    expect(await frameHeading(deployed)).toBeNull();
  });

  test('with the origin listed in frame-ancestors, another site can', async () => {
    expect(await frameHeading(embeddable)).toBe('Find treatment options for opioid use');
  });
});
