/**
 * The results of a worked example (docs/examples), reached as a person who saved their answers
 * reaches them: the answers are put where "Save my answers" keeps them, then "Continue", "Check
 * your answers" and "See my results", so a test need not walk every question.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { Answers } from '../../../questions/answers.ts';
import type { Perspective } from '../../../questions/perspective.ts';
import type { Language } from '../../../src/i18n/languages.ts';
import { SAVE_KEY } from '../../../src/storage/local-store.ts';
import { serializeProgress } from '../../../src/storage/saved-format.ts';
import { catalogIn } from '../../support/words.ts';
import { waitForApp } from './browser.ts';
import { waitForNextScreen, withParams } from './walk.ts';

export type Example = { answers: Answers; perspective?: Perspective };

/** A worked example's answers, with Medicaid for the payment question the examples leave out. */
export function example(file: string): Example {
  const input = JSON.parse(readFileSync(new URL(`../../../docs/examples/${file}`, import.meta.url), 'utf8')) as Example;
  return { ...input, answers: { payment: 'medicaid', ...input.answers } };
}

/**
 * Opens the results of `saved` at `siteUrl` in `language`; returns the words on screen. `page` is
 * already open on the site (its storage is the site's), so the answers are saved there and the
 * page is opened again as a person coming back would.
 */
export async function resultsFromSavedAnswers(
  page: Page,
  siteUrl: string,
  { answers, perspective }: Example,
  language: Language,
) {
  const ui = catalogIn(language, perspective ?? 'self').ui;
  const saved = serializeProgress({ answers, questionId: null, perspective }, Date.now());
  if (new URL(page.url()).origin !== new URL(siteUrl).origin) throw new Error(`${page.url()} is not on ${siteUrl}`);
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [SAVE_KEY, saved] as const);
  await page.goto(withParams(siteUrl, { lang: language }), { waitUntil: 'load' });
  await waitForApp(page);
  // The intro speaks to the person until the saved answers say whom they are about.
  await page.getByRole('button', { name: catalogIn(language, 'self').ui.save.continue }).click();
  await waitForNextScreen(page, ui.intro.title);
  await page.getByRole('button', { name: ui.check.confirm, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: ui.results.title }).waitFor();
  return ui;
}
