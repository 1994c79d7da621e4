/**
 * "Find a place" on the built site in real Chromium, as a person uses it: on a 360 x 740 touch
 * phone, in English and Spanish and in the voice of someone answering for a son, "Jump to" takes
 * them to the section (focus on its heading, the heading on screen); it links to FindTreatment.gov
 * and lists the filters and questions the rules chose, with nothing sent anywhere; nothing scrolls
 * sideways and axe finds nothing. On a wide screen the questions sit beside the search.
 */
import { describe, expect, test } from 'vitest';
import type { Language } from '../../src/i18n/languages.ts';
import { assess } from '../../src/rules/assess.ts';
import { STEP_PRESS_GUARD_MS } from '../../src/ui/components/step-press-guard.tsx';
import { inWords } from '../support/words.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { expectCleanPage } from './support/browser.ts';
import { useBuiltSite } from './support/built-site.ts';
import { example, resultsFromSavedAnswers } from './support/saved-results.ts';

const { url, withApp } = useBuiltSite();
const phone = { width: 360, height: 740 };
const YOU = /\b(you|your|yourself)\b/i;

const cases: [string, Language][] = [
  ['pregnant-without-prenatal-care.json', 'es'],
  ['parent-answering-for-son.json', 'en'],
  ['stable-on-methadone.json', 'en'],
];

describe('"Find a place" in the results', () => {
  test.each(cases)(
    '%s in %s, on a touch phone: Jump to opens the section with the FindTreatment.gov link, the chosen filters and the questions',
    async (file, language) => {
      const input = example(file);
      const perspective = input.perspective ?? 'self';
      const { findCare } = assess(input.answers, {
        perspective,
        texts: inWords(language, perspective).rules,
        language,
      });
      await withApp(
        async (app) => {
          const ui = await resultsFromSavedAnswers(app.page, url(), input, language);
          const t = ui.results.findCare;
          const requests: string[] = [];
          app.page.on('request', (request) => requests.push(request.url()));

          // A person reads the new screen before touching it; touches just after it appears are ignored.
          await app.page.waitForTimeout(STEP_PRESS_GUARD_MS);
          await app.page
            .getByRole('navigation', { name: ui.results.jumpTo })
            .getByRole('link', { name: t.heading })
            .tap();
          const heading = app.page.getByRole('heading', { level: 2, name: t.heading });
          await expect.poll(() => heading.evaluate((node) => node === document.activeElement)).toBe(true);
          const box = await heading.boundingBox();
          expect(box?.y).toBeGreaterThanOrEqual(-1);
          expect((box?.y ?? Infinity) + (box?.height ?? 0)).toBeLessThanOrEqual(phone.height);

          const section = app.page.getByRole('region', { name: t.heading });
          const search = section.getByRole('link', { name: /FindTreatment\.gov/ });
          expect(await search.getAttribute('href')).toBe('https://findtreatment.gov');
          const items = (await section.getByRole('listitem').allInnerTexts()).map((text) => text.trim());
          for (const line of [...findCare.lookFor, ...findCare.ask]) expect(items).toContain(line.text);
          expect(findCare.lookFor.length).toBeGreaterThan(0);
          const text = await section.innerText();
          // Someone answering for another person is never "you" in English (the family section aside).
          const speaksToReader = perspective === 'other' && language === 'en' && YOU.test(text);
          expect(speaksToReader).toBe(false);

          expect(await app.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
          await expectNoAxeViolations(app.page);
          expect(requests.filter((request) => !request.startsWith(url()))).toEqual([]);
          expectCleanPage(app);
        },
        { viewport: phone, hasTouch: true, isMobile: true },
      );
    },
  );

  test('on a wide screen, the questions to ask sit beside the search and its checklist', async () => {
    await withApp(
      async (app) => {
        const ui = await resultsFromSavedAnswers(app.page, url(), example('fentanyl-daily-no-home.json'), 'en');
        const section = app.page.getByRole('region', { name: ui.results.findCare.heading });
        const lookFor = await section.getByRole('heading', { name: ui.results.findCare.lookForHeading }).boundingBox();
        const ask = await section.getByRole('heading', { name: ui.results.findCare.askHeading }).boundingBox();
        expect(ask?.x).toBeGreaterThan((lookFor?.x ?? 0) + 200);
        expectCleanPage(app);
      },
      { viewport: 'desktop' },
    );
  });
});
