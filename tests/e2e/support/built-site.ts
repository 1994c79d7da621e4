/**
 * One call per test file: serves the built site for the file's tests, closes the browser and the
 * server after them, and opens pages on it that are always closed, even when a test fails.
 */
import { afterAll, beforeAll } from 'vitest';
import { closeBrowser, openPage, type AppPage, type OpenPageOptions } from './browser.ts';
import { startServer, type StaticServer } from './server.ts';

export function useBuiltSite() {
  let server: StaticServer | undefined;

  beforeAll(async () => {
    server = await startServer();
  });

  afterAll(async () => {
    await closeBrowser();
    await server?.close();
  });

  const url = () => {
    if (!server) throw new Error('The site is served only while the tests of this file run');
    return server.url;
  };

  /** Opens the site, runs `body` on it, and always closes the page. */
  async function withApp(body: (app: AppPage) => Promise<void>, options: OpenPageOptions = {}): Promise<void> {
    const app = await openPage(url(), options);
    app.page.setDefaultTimeout(10_000);
    try {
      await body(app);
    } finally {
      await app.close();
    }
  }

  return { url, withApp };
}
