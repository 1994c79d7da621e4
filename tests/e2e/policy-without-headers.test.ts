/**
 * The site served without its headers, as a host that ignores public/_headers serves it: the built
 * page carries the same Content-Security-Policy in a `<meta http-equiv>` (all of it but
 * frame-ancestors, which only a header can carry), so Chromium still refuses inline script and
 * HTML strings. And `npm run preview` (vite preview) sends the headers public/_headers lists.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { metaPolicy, siteHeaders } from '../../scripts/site-headers.ts';
import { closeBrowser, openPage } from './support/browser.ts';
import { distDir } from './support/server.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const policy = siteHeaders(root).get('Content-Security-Policy') ?? '';
const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

/** A static server that sends files and their type, nothing else (app paths get index.html). */
async function plainServer(folder: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((request, response) => {
    const wanted = new URL(request.url ?? '/', 'http://plain').pathname;
    const file = path.join(folder, wanted.endsWith('/') ? 'index.html' : wanted);
    readFile(file.startsWith(folder) ? file : path.join(folder, 'index.html'))
      .catch(() => readFile(path.join(folder, 'index.html')))
      .then((body) => {
        response.writeHead(200, { 'Content-Type': types[path.extname(file)] ?? 'application/octet-stream' });
        response.end(body);
      })
      .catch(() => {
        response.writeHead(500);
        response.end();
      });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${String(port)}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

let folder = '';
let plain: Awaited<ReturnType<typeof plainServer>>;

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'site-without-headers-'));
  await cp(distDir, folder, { recursive: true });
  // The built page with an inline script in its markup, after the policy's <meta>.
  const page = await readFile(path.join(folder, 'index.html'), 'utf8');
  const injected = page.replace('</body>', '<script>document.body.dataset.injected = "yes"</script></body>');
  await writeFile(path.join(folder, 'with-inline-script.html'), injected);
  plain = await plainServer(folder);
});

afterAll(async () => {
  await closeBrowser();
  await plain.close();
  await rm(folder, { recursive: true, force: true });
});

describe('served without the shipped headers', () => {
  test('the page carries the policy itself, all but frame-ancestors', async () => {
    const html = await (await fetch(plain.url)).text();
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html);
    expect(meta?.[1]).toBe(metaPolicy(policy));
    expect(meta?.[1]).not.toContain('frame-ancestors');
    expect(html.indexOf('http-equiv="Content-Security-Policy"')).toBeLessThan(html.indexOf('<style>'));
  });

  test('Chromium still refuses an inline script and HTML strings, and the app runs clean', async () => {
    const app = await openPage(`${plain.url}with-inline-script.html`);
    try {
      await app.page.getByRole('heading', { level: 1, name: 'Find treatment options for opioid use' }).waitFor();
      expect(await app.page.evaluate(() => document.body.dataset['injected'] ?? 'no')).toBe('no');
      expect(app.problems.cspViolations.join('\n')).toMatch(/script-src-elem blocked inline/);
      const written = await app.page.evaluate(() => {
        try {
          document.body.insertAdjacentHTML('beforeend', '<img src="x" alt="">');
          return 'written';
        } catch (error) {
          return error instanceof TypeError ? 'refused' : String(error);
        }
      });
      expect(written).toBe('refused');
      // Chromium logs the two refusals; nothing else goes wrong.
      const refusals = /Content Security Policy directive 'script-src 'self''|requires 'TrustedHTML' assignment/;
      expect(app.problems.consoleErrors.filter((text) => !refusals.test(text))).toEqual([]);
      expect(app.problems.pageErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });
});

describe('npm run preview', () => {
  let server: PreviewServer;

  beforeAll(async () => {
    server = await preview({
      root,
      configFile: path.join(root, 'vite.config.ts'),
      logLevel: 'silent',
      preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
    });
  });

  afterAll(async () => {
    await server.close();
  });

  test('sends the headers public/_headers lists for every path, on the page and on a file', async () => {
    const address = server.resolvedUrls?.local[0];
    if (address === undefined) throw new Error('vite preview gave no address');
    for (const file of ['', 'favicon.svg']) {
      const response = await fetch(address + file);
      expect(response.status).toBe(200);
      for (const [name, value] of siteHeaders(root)) expect(response.headers.get(name)).toBe(value);
    }
  });
});
