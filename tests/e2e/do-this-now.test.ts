/**
 * "Do this now" on a 360 x 740 phone, in real Chromium on the built site: for worked examples
 * (docs/examples) in English and Spanish, in the voice of each example (one answers for a son),
 * the whole box is on the first screen of the results, under the h1, before any scrolling; it
 * names the call, the script the rules built and the safety step; and axe finds nothing.
 * Each run opens the results from saved answers (support/saved-results.ts).
 */
import { describe, expect, test } from 'vitest';
import type { Language } from '../../src/i18n/languages.ts';
import { assess } from '../../src/rules/assess.ts';
import { inWords } from '../support/words.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { expectCleanPage } from './support/browser.ts';
import { useBuiltSite } from './support/built-site.ts';
import { example, resultsFromSavedAnswers } from './support/saved-results.ts';

const { url, withApp } = useBuiltSite();
const phone = { width: 360, height: 740 };

/** From the housing crisis to pregnancy, a parent, current treatment and a crisis call. */
const examples = [
  'fentanyl-daily-no-home.json',
  'pregnant-without-prenatal-care.json',
  'parent-answering-for-son.json',
  'buprenorphine-not-working.json',
  'crisis-self-harm.json',
  'severe-unsafe-home.json',
];
const languages: Language[] = ['en', 'es'];
const cases = examples.flatMap((file) => languages.map((language) => [file, language] as const));

describe('"Do this now" at the top of the results', () => {
  test.each(cases)(
    '%s in %s: the whole box is on the first screen of a 360 x 740 phone, under the h1',
    async (file, language) => {
      const input = example(file);
      const perspective = input.perspective ?? 'self';
      const plan = assess(input.answers, {
        perspective,
        texts: inWords(language, perspective).rules,
        language,
      }).doThisNow;
      await withApp(
        async (app) => {
          const ui = await resultsFromSavedAnswers(app.page, url(), input, language);
          const box = app.page.getByRole('region', { name: ui.results.doThisNow.heading });
          await box.waitFor();
          const text = (await box.innerText()).replace(/\s+/g, ' ');
          expect(text).toContain(plan.call.title);
          for (const line of plan.script) expect(text).toContain(line.text);
          expect(text).toContain(plan.safety.text);

          const layout = await app.page.evaluate(() => {
            const h1 = document.querySelector('h1')?.getBoundingClientRect();
            const section = document.querySelector('.do-this-now')?.getBoundingClientRect();
            return {
              scrollY: window.scrollY,
              h1Bottom: h1?.bottom ?? NaN,
              top: section?.top ?? NaN,
              bottom: section?.bottom ?? NaN,
              height: window.innerHeight,
            };
          });
          expect(layout.scrollY).toBe(0);
          expect(layout.top).toBeGreaterThanOrEqual(layout.h1Bottom);
          expect(
            layout.bottom,
            `the box ends ${String(Math.round(layout.bottom - layout.height))} px below the screen`,
          ).toBeLessThanOrEqual(layout.height);
          await expectNoAxeViolations(app.page);
          expectCleanPage(app);
        },
        { viewport: phone, hasTouch: true, isMobile: true },
      );
    },
  );
});
