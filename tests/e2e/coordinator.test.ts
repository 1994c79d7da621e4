/**
 * Intake coordinator mode in real Chromium: a whole call by keyboard alone (number keys, Enter,
 * Tab on the crisis and check pages, Alt shortcuts), axe on each kind of screen in the wide layout
 * (accessibility.test.ts checks every screen of coordinator mode on a phone), the summary beside
 * the question on a wide screen, the case note read back from the clipboard, and "New caller"
 * leaving nothing behind.
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, test } from 'vitest';
import { allQuestions } from '../../questions/journey.ts';
import { questionnaire } from '../support/words.ts';
import { en, inWords } from '../support/words.ts';
import { RULES_VERSION } from '../../src/rules/version.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { expectCleanPage, openPage, type AppPage, type OpenPageOptions } from './support/browser.ts';
import { useBuiltSite } from './support/built-site.ts';
import { focused, pressUntilFocused } from './support/keyboard.ts';
import { medicationNames } from './support/results.ts';
import { calmPicks, currentHeading, headingHasFocus, waitForNextScreen, type Picks } from './support/walk.ts';

const { url } = useBuiltSite();
const t = en.coordinator;
const firstQuestion = 'Is anyone with you showing signs of an overdose right now?';
const questionsByText = new Map(allQuestions(questionnaire).map((question) => [question.text, question]));

let app: AppPage | undefined;
async function openCoordinator(options: OpenPageOptions = {}): Promise<Page> {
  app = await openPage(`${url()}?mode=coordinator`, options);
  app.page.setDefaultTimeout(10_000);
  return app.page;
}
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const summary = (page: Page) => page.getByRole('region', { name: t.summaryTitle });

/** Where the summary is, next to the question on screen, and how many answers it lists. */
async function summaryBeside(page: Page) {
  const question = await page.locator('#question-form fieldset').boundingBox();
  const side = await summary(page).boundingBox();
  if (!question || !side) throw new Error('The question or the summary is not on screen');
  return {
    rightOfQuestion: side.x >= question.x + question.width,
    levelWithQuestion: side.y < question.y + question.height,
    rows: await summary(page).getByRole('term').count(),
  };
}

const toolsStatus = (page: Page) => page.getByRole('region', { name: /^Call tools/ }).getByRole('status');

async function startByKeyboard(page: Page): Promise<void> {
  await expectNoAxeViolations(page);
  // Focus is on the heading; Start comes after the choice of who is calling.
  await pressUntilFocused(page, 'Tab', 'button', t.intake.start);
  await page.keyboard.press('Enter');
  await waitForNextScreen(page, en.intro.title);
}

/** On a question page: the number key of each picked label, then Enter. Returns the next heading. */
async function answerByKeys(page: Page, picks: Picks): Promise<string> {
  const heading = await currentHeading(page);
  const question = questionsByText.get(heading);
  if (!question) throw new Error(`Expected a question, but the h1 is "${heading}"`);
  const labels = picks[question.id as keyof Picks] ?? [question.options[0]?.label ?? ''];
  for (const label of labels) {
    await page.keyboard.press(String(question.options.findIndex((option) => option.label === label) + 1));
  }
  await page.keyboard.press('Enter');
  return waitForNextScreen(page, heading);
}

describe('intake coordinator mode', () => {
  test('a whole call by keyboard alone: axe clean on each kind of screen, summary beside the question, notes on the clipboard, a refused copy shown as a warning, New caller leaves nothing', async () => {
    const page = await openCoordinator({ viewport: 'desktop', permissions: ['clipboard-read', 'clipboard-write'] });
    await startByKeyboard(page);
    const picks: Picks = { ...calmPicks, 'self-harm-thoughts': ['Yes'] };
    let heading = await currentHeading(page);
    let answered = 0;
    let beside: Awaited<ReturnType<typeof summaryBeside>> | undefined;
    for (let step = 0; heading !== en.check.title && step < 60; step += 1) {
      // In this wide layout: a question with the summary empty and with answers beside it, and the
      // crisis screen. (accessibility.test.ts checks every screen of coordinator mode on a phone.)
      if (step === 0 || answered === 4 || heading === t.crisis.selfHarmTitle) await expectNoAxeViolations(page);
      expect(await headingHasFocus(page)).toBe(true);
      if (heading === t.crisis.selfHarmTitle) {
        await pressUntilFocused(page, 'Tab', 'button', en.crisis.continue);
        await page.keyboard.press('Enter');
        heading = await waitForNextScreen(page, heading);
        continue;
      }
      if (answered === 4) beside = await summaryBeside(page);
      heading = await answerByKeys(page, picks);
      answered += 1;
    }
    expect(heading).toBe(en.check.title);
    await expectNoAxeViolations(page);
    // On the fifth question, at 1280px, the summary sat beside the question, level with it.
    expect(beside).toMatchObject({ rightOfQuestion: true, levelWithQuestion: true, rows: 4 });

    await pressUntilFocused(page, 'Tab', 'button', en.check.confirm);
    await page.keyboard.press('Enter');
    expect(await waitForNextScreen(page, en.check.title)).toBe(en.results.title);
    await expectNoAxeViolations(page);
    expect(await summary(page).getByRole('term').count()).toBe(answered);

    await page.keyboard.press('Alt+Shift+C');
    await toolsStatus(page).filter({ hasText: t.notesCopied }).waitFor();
    const note = await page.evaluate(() => navigator.clipboard.readText());
    expect(note).toMatch(new RegExp(`^${t.noteHeading}\n`));
    // Thoughts of suicide: a crisis evaluation comes first, in the setting's place (SET-7).
    // The note speaks of the person: the words of the 'other' voice.
    const other = inWords('en', 'other');
    expect(note).not.toContain(other.messages.exports.settingHeading);
    expect(note.replace(/\n {2}/g, ' ')).toContain(
      `${other.messages.exports.firstStepHeading}\n- ${other.rules.insteadOfSetting['crisis-first']}`,
    );
    expect(note).toContain((await medicationNames(page))[0] ?? 'a medicine');
    expect(note).toContain('1-800-662-4357');
    expect(note).toContain(`rules version ${RULES_VERSION}`);
    expect(note).toContain('- Their thoughts of suicide or self-harm: Yes');
    await expectNoAxeViolations(page);

    // When the clipboard refuses, the message reads as a warning in body text, not in success green.
    await page.evaluate(() => {
      Object.defineProperty(navigator.clipboard, 'writeText', { value: () => Promise.reject(new Error('denied')) });
    });
    await page.keyboard.press('Alt+Shift+C');
    const refused = toolsStatus(page).filter({ hasText: t.copyFailed });
    await refused.waitFor();
    expect(await refused.evaluate((element) => getComputedStyle(element).color)).toBe('rgb(11, 12, 12)');
    await expectNoAxeViolations(page);

    await page.keyboard.press('Alt+Shift+N');
    expect(await focused(page)).toMatchObject({ kind: 'p', name: t.confirmNewCaller });
    await expectNoAxeViolations(page);
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ kind: 'button', name: t.confirmYes });
    await page.keyboard.press('Enter');
    expect(await waitForNextScreen(page, en.results.title)).toBe(en.intro.title);
    // As on every new screen, focus is on the heading; Enter there starts the next call.
    expect(await focused(page)).toMatchObject({ kind: 'h1', name: en.intro.title });
    expect(await page.getByRole('radio', { name: t.intake.self }).isChecked()).toBe(true);
    expect(await page.evaluate(() => [localStorage.length, sessionStorage.length])).toEqual([0, 0]);
    await expectNoAxeViolations(page);
    await page.keyboard.press('Enter');
    expect(await waitForNextScreen(page, en.intro.title)).toBe(firstQuestion);
    expect(await page.getByRole('radio', { checked: true }).count()).toBe(0);
    expect(await summary(page).getByRole('term').count()).toBe(0);
    expect(await summary(page).innerText()).toContain(t.noAnswers);
    expect(await toolsStatus(page).innerText()).toBe('');
    expect(await page.evaluate(() => [localStorage.length, sessionStorage.length])).toEqual([0, 0]);
    await expectNoAxeViolations(page);

    // Going on, nothing comes back: Enter with nothing chosen is an error, not an old answer.
    await page.keyboard.press('Enter');
    await page.getByRole('alert').waitFor();
    expect(await currentHeading(page)).toBe(firstQuestion);
    if (app) expectCleanPage(app);
  }, 240_000);

  test('Alt+Left goes back exactly one question, with its answer still chosen', async () => {
    const page = await openCoordinator({ viewport: 'desktop' });
    await startByKeyboard(page);
    await answerByKeys(page, calmPicks);
    const second = await answerByKeys(page, calmPicks);
    await page.keyboard.press('Alt+ArrowLeft');
    const back = await waitForNextScreen(page, second);
    expect(back).toBe('Are you having thoughts of suicide or of hurting yourself?');
    // The browser's own Alt+Left must not step back a second time.
    await page.waitForTimeout(400);
    expect(await currentHeading(page)).toBe(back);
    expect(await page.getByRole('radio', { name: '2 No', exact: true }).isChecked()).toBe(true);
    if (app) expectCleanPage(app);
  });

  test('on a phone the summary folds under the question in a closed <details>', async () => {
    const page = await openCoordinator({ viewport: 'phone' });
    await startByKeyboard(page);
    await answerByKeys(page, calmPicks);
    const toggle = page.locator('main details > summary');
    expect(await toggle.innerText()).toBe(t.summaryToggle(1));
    expect(await page.locator('main details').evaluate((details) => (details as HTMLDetailsElement).open)).toBe(false);
    const question = await page.locator('#question-form fieldset').boundingBox();
    const folded = await toggle.boundingBox();
    if (!question || !folded) throw new Error('The question or the summary is not on screen');
    expect(folded.y).toBeGreaterThan(question.y + question.height);
    await page.keyboard.press('Alt+Shift+A');
    expect(await page.locator('main details').evaluate((details) => (details as HTMLDetailsElement).open)).toBe(true);
    expect(await page.locator('main details').getByRole('term').first().innerText()).toBe(
      'Signs of an overdose right now',
    );
    await expectNoAxeViolations(page);
    if (app) expectCleanPage(app);
  });
});
