/**
 * "Do this now" on a 360 x 740 phone, in real Chromium on the built site: for worked examples
 * (docs/examples) in English and Spanish, in the voice of each example (one answers for a son),
 * the whole box is on the first screen of the results, under the h1, before any scrolling; it
 * names the call, the script the rules built and the safety step; and axe finds nothing.
 * The answers are put where "Save my answers" keeps them, so each run goes straight to "Check
 * your answers" and the results without walking every question.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import type { Answers } from '../../questions/answers.ts';
import type { Perspective } from '../../questions/perspective.ts';
import type { Language } from '../../src/i18n/languages.ts';
import { assess } from '../../src/rules/assess.ts';
import { SAVE_KEY } from '../../src/storage/local-store.ts';
import { serializeProgress } from '../../src/storage/saved-format.ts';
import { catalogIn, inWords } from '../support/words.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { expectCleanPage, waitForApp } from './support/browser.ts';
import { useBuiltSite } from './support/built-site.ts';
import { waitForNextScreen, withParams } from './support/walk.ts';

const { url, withApp } = useBuiltSite();
const phone = { width: 360, height: 740 };

type Example = { answers: Answers; perspective?: Perspective };
/** A worked example's answers, with Medicaid for the payment question the examples leave out. */
function example(file: string): Example {
  const input = JSON.parse(readFileSync(new URL(`../../docs/examples/${file}`, import.meta.url), 'utf8')) as Example;
  return { ...input, answers: { payment: 'medicaid', ...input.answers } };
}

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

async function resultsFromSavedAnswers(page: Page, { answers, perspective }: Example, language: Language) {
  const ui = catalogIn(language, perspective ?? 'self').ui;
  const saved = serializeProgress({ answers, questionId: null, perspective }, Date.now());
  await page.goto(withParams(url(), { lang: language }), { waitUntil: 'load' });
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [SAVE_KEY, saved] as const);
  await page.reload({ waitUntil: 'load' });
  await waitForApp(page);
  // The intro speaks to the person until the saved answers say whom they are about.
  await page.getByRole('button', { name: catalogIn(language, 'self').ui.save.continue }).click();
  await waitForNextScreen(page, ui.intro.title);
  await page.getByRole('button', { name: ui.check.confirm, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: ui.results.title }).waitFor();
  return ui;
}

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
          const ui = await resultsFromSavedAnswers(app.page, input, language);
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
