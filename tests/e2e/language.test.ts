/**
 * Spanish, in real Chromium on the built site: chosen by `?lang=es` or by the browser's
 * preference, walked to the results (axe checks each Spanish screen in accessibility.test.ts), and
 * switched to in the middle of the questions without losing an answer or the current step. English
 * pages never load the Spanish words: they are chunks of their own, fetched only when Spanish is
 * chosen.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { catalogIn, en } from '../support/words.ts';
import { useBuiltSite } from './support/built-site.ts';
import { openPage, waitForApp } from './support/browser.ts';
import { calmPicks, currentHeading, walkTexts, walkToResults, waitForNextScreen, withParams } from './support/walk.ts';

const { url, withApp } = useBuiltSite();
const es = catalogIn('es', 'self');
const dist = path.resolve(process.env['SITE_DIST'] ?? 'dist');

const htmlLang = (page: Page) => page.evaluate(() => document.documentElement.lang);
const waitForLang = (page: Page, lang: string) =>
  page.waitForFunction((wanted) => document.documentElement.lang === wanted, lang);

describe('Spanish', () => {
  test('?lang=es walks to the results in Spanish, with Spanish page titles', async () => {
    const app = await openPage(withParams(url(), { lang: 'es' }));
    try {
      await waitForLang(app.page, 'es');
      expect(await app.page.evaluate(() => document.documentElement.dir)).toBe('ltr');
      const visits = await walkToResults(app.page, { picks: calmPicks, texts: walkTexts(es.ui) });
      expect(visits.map((visit) => visit.kind)).toEqual(
        expect.arrayContaining(['intro', 'question', 'check', 'results']),
      );
      for (const visit of visits) expect(visit.title).toMatch(/ - Opciones de Tratamiento: Autoevaluación$/);
      expect(await htmlLang(app.page)).toBe('es');
      await expect(app.page.getByText(es.rules.nextSteps['samhsa-helpline'].text).count()).resolves.toBe(1);
    } finally {
      await app.close();
    }
  });

  test("the browser's preference for Spanish is followed when the address does not choose", async () => {
    await withApp(
      async ({ page }) => {
        await waitForLang(page, 'es');
        expect(await currentHeading(page)).toBe(es.ui.intro.title);
      },
      { locale: 'es-MX' },
    );
  });

  test('switching to Español mid-questionnaire keeps the step and every answer, and switches back', async () => {
    await withApp(async ({ page }) => {
      expect(await htmlLang(page)).toBe('en');
      await page.getByRole('radio', { name: en.locale.perspective.self, exact: true }).check();
      await page.getByRole('button', { name: en.intro.start, exact: true }).click();
      let heading = await waitForNextScreen(page, en.intro.title);
      await page.locator('input[value="no"]').check();
      await page.getByRole('button', { name: en.continue, exact: true }).click();
      heading = await waitForNextScreen(page, heading);
      await page.locator('input[value="no"]').check();

      const link = page.getByRole('link', { name: 'Español', exact: true });
      expect(await link.locator('[lang="es"]').count()).toBe(1);
      await link.click();
      await waitForLang(page, 'es');
      expect(await currentHeading(page)).toBe(es.questions.questions['self-harm-thoughts'].text);
      expect(new URL(page.url()).searchParams.get('lang')).toBe('es');
      expect(await page.locator('input[value="no"]').isChecked()).toBe(true);

      await page.getByRole('button', { name: es.ui.back, exact: true }).click();
      heading = await waitForNextScreen(page, es.questions.questions['self-harm-thoughts'].text);
      expect(heading).toBe(es.questions.questions['overdose-now'].text);
      expect(await page.locator('input[value="no"]').isChecked()).toBe(true);

      await page.getByRole('link', { name: 'English', exact: true }).click();
      await waitForLang(page, 'en');
      expect(await currentHeading(page)).toBe('Is anyone with you showing signs of an overdose right now?');
      expect(await page.locator('input[value="no"]').isChecked()).toBe(true);
    });
  });
});

describe('the Spanish words are loaded only when chosen', () => {
  test('on an address whose path starts with two slashes, the language link stays on this site and switches', async () => {
    const { origin } = new URL(url());
    const app = await openPage(`${origin}//evil.example/x?lang=es`);
    try {
      await waitForApp(app.page);
      await waitForLang(app.page, 'es');
      const link = app.page.getByRole('link', { name: 'English' });
      const href = (await link.getAttribute('href')) ?? '';
      expect(new URL(href, app.page.url()).origin).toBe(origin);
      await link.click();
      await waitForLang(app.page, 'en');
      expect(new URL(app.page.url()).origin).toBe(origin);
      expect(app.problems.pageErrors).toEqual([]);
    } finally {
      await app.close();
    }
  });

  test('the built entry chunk has no Spanish text; the Spanish interface is in one chunk of its own', () => {
    const manifest = JSON.parse(readFileSync(path.join(dist, '.vite/manifest.json'), 'utf8')) as Record<
      string,
      { file: string; isEntry?: boolean; imports?: string[] }
    >;
    const entry = Object.values(manifest).find((chunk) => chunk.isEntry);
    if (!entry) throw new Error('The build has no entry chunk');
    const startup = [entry.file, ...(entry.imports ?? []).map((key) => manifest[key]?.file ?? '')];
    const spanish = [es.ui.intro.start, es.questions.questions['overdose-now'].text, es.rules.support.counseling];
    for (const file of startup) {
      const code = readFileSync(path.join(dist, file), 'utf8');
      for (const text of spanish) expect(code.includes(text), `${file} contains "${text}"`).toBe(false);
    }
    const withSpanish = readdirSync(path.join(dist, 'assets'))
      .filter((file) => file.endsWith('.js'))
      .filter((file) => readFileSync(path.join(dist, 'assets', file), 'utf8').includes(es.ui.intro.start));
    expect(withSpanish).toHaveLength(1);
  });

  test('an English page never requests the Spanish chunk; choosing Spanish does', async () => {
    await withApp(async ({ page }) => {
      const requested: string[] = [];
      page.on('request', (request) => requested.push(new URL(request.url()).pathname));
      await page.reload();
      await waitForApp(page);
      expect(await currentHeading(page)).toBe(en.intro.title);
      const before = new Set(requested);
      await page.getByRole('link', { name: 'Español', exact: true }).click();
      await waitForLang(page, 'es');
      const fetchedForSpanish = requested.filter((file) => !before.has(file) && file.endsWith('.js'));
      expect(fetchedForSpanish.length).toBeGreaterThan(0);
      const code = await Promise.all(
        fetchedForSpanish.map((file) => page.evaluate(async (url) => (await fetch(url)).text(), file)),
      );
      expect(code.some((chunk) => chunk.includes(es.ui.intro.start))).toBe(true);
    });
  });
});
