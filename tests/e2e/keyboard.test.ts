/**
 * The whole self-check with the keyboard alone (Tab, Shift+Tab, arrow keys, Space and Enter; no
 * mouse at all). On every step focus lands on the new h1 and the title names the step; every
 * element Tab reaches shows a focus indicator with at least 3:1 contrast against what is behind it.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { en } from '../support/words.ts';
import type { WordedQuestion as Question } from '../../questions/schema.ts';
import { allQuestions } from '../../questions/journey.ts';
import { type QuestionId } from '../../questions/questionnaire.ts';
import { questionnaire } from '../support/words.ts';
import { useBuiltSite } from './support/built-site.ts';
import { expectCleanPage } from './support/browser.ts';
import { focused, focusIndicator, indicatorContrast } from './support/keyboard.ts';
import { calmPicks, headingHasFocus, parseQuestionTitle, questionById, type Picks } from './support/walk.ts';

const { withApp } = useBuiltSite();

/** Every Tab stop seen whose focus indicator is missing or too faint, with what was found. */
type Faint = string[];

/** Presses `key` until the focused element's text or label is `name`, checking each stop's indicator. */
async function tabTo(page: Page, name: string, faint: Faint, key = 'Tab'): Promise<void> {
  for (let presses = 0; presses < 80; presses += 1) {
    await page.keyboard.press(key);
    const indicator = await focusIndicator(page);
    const contrast = indicatorContrast(indicator);
    if (indicator.element !== 'body' && (!indicator.matchesFocusVisible || contrast < 3)) {
      faint.push(`${indicator.element}: ${indicator.colors.join(' ') || 'no indicator'} on ${indicator.behind}`);
    }
    if ((await focused(page)).name === name) return;
  }
  throw new Error(`${key} never reached "${name}"`);
}

/** Waits for focus on the new h1 and returns its text and the document title. */
async function arrived(page: Page): Promise<{ heading: string; title: string }> {
  await page
    .waitForFunction(() => document.activeElement?.matches('main h1') === true)
    .catch(async (error: unknown) => {
      throw new Error(`Focus is not on the h1 but on ${(await focusIndicator(page)).element}`, { cause: error });
    });
  expect(await headingHasFocus(page)).toBe(true);
  return { heading: (await page.locator('main h1').textContent()) ?? '', title: await page.title() };
}

function questionByText(text: string): Question | undefined {
  return allQuestions(questionnaire).find((question) => question.text === text);
}

/** On the intro: answers "Who are the answers about?" with "Myself" and presses "Start now". */
async function startByKeyboard(page: Page, faint: Faint): Promise<void> {
  await page.locator('main h1').waitFor();
  await tabTo(page, en.locale.perspective.self, faint);
  await page.keyboard.press('Space');
  expect(await focused(page)).toMatchObject({ kind: 'radio', checked: true });
  await tabTo(page, en.intro.start, faint);
  await page.keyboard.press('Enter');
}

/** Chooses `labels` from the question's h1: Tab into the group, arrows for radios, Space for boxes. */
async function chooseByKeyboard(page: Page, question: Question, labels: readonly string[], faint: Faint) {
  const options = question.options.map((option) => option.label);
  await tabTo(page, options[0] ?? '', faint);
  if (question.kind === 'single') {
    const target = options.indexOf(labels[0] ?? '');
    if (target === 0) await page.keyboard.press('Space');
    for (let step = 0; step < target; step += 1) await page.keyboard.press('ArrowDown');
    expect(await focused(page)).toMatchObject({ name: labels[0], checked: true });
    return;
  }
  for (const [index, label] of options.entries()) {
    if (index > 0) await tabTo(page, label, faint);
    if (labels.includes(label)) await page.keyboard.press('Space');
  }
}

/** From the intro to the results; returns the question numbers the titles showed, in order. */
async function walkByKeyboard(page: Page, picks: Picks, faint: Faint, onCrisis?: () => Promise<void>) {
  await startByKeyboard(page, faint);
  const numbers: number[] = [];
  for (let step = 0; step < 60; step += 1) {
    const { heading, title } = await arrived(page);
    if (heading === en.check.title) break;
    if ([en.crisis.overdoseTitle, en.crisis.selfHarmTitle, en.crisis.emergencyTitle].includes(heading)) {
      // The tab's title, kept in its history, does not name the crisis.
      expect(title).toBe(en.serviceName);
      await onCrisis?.();
      await tabTo(page, en.crisis.continue, faint);
      await page.keyboard.press('Enter');
      continue;
    }
    const question = questionByText(heading);
    if (!question) throw new Error(`No question reads "${heading}"`);
    const parsed = parseQuestionTitle(title);
    expect(parsed).toMatchObject({ error: false });
    expect(title).toBe(`${en.progress.question(parsed?.number ?? 0, parsed?.total ?? 0)} - ${en.serviceName}`);
    numbers.push(parsed?.number ?? 0);
    const first = question.options[0]?.label ?? '';
    await chooseByKeyboard(page, question, picks[question.id as QuestionId] ?? [first], faint);
    await tabTo(page, en.continue, faint);
    await page.keyboard.press('Enter');
  }
  expect((await arrived(page)).title).toBe(en.pageTitle(en.check.title));
  await tabTo(page, en.check.confirm, faint);
  await page.keyboard.press('Enter');
  expect(await arrived(page)).toEqual({ heading: en.results.title, title: en.pageTitle(en.results.title) });
  return numbers;
}

describe('with the keyboard alone', () => {
  test('a person reaches the results with focus on each new h1, a numbered title and a visible focus indicator everywhere', async () => {
    await withApp(async (app) => {
      const faint: Faint = [];
      const numbers = await walkByKeyboard(app.page, calmPicks, faint);
      expect(numbers.length).toBeGreaterThan(20);
      expect(numbers).toEqual(numbers.map((_, index) => index + 1));
      // Every link and button on the results, the folded sources included, shows where focus is.
      await tabTo(app.page, en.results.startAgain, faint);
      expect(faint).toEqual([]);
      expectCleanPage(app);
    });
  });

  test('the crisis screen takes focus, Back (Shift+Tab, Enter) returns to the answered question, and the questions go on', async () => {
    await withApp(async (app) => {
      const { page } = app;
      const faint: Faint = [];
      let wentBack = false;
      const picks: Picks = { ...calmPicks, 'overdose-now': ['Yes'] };
      await walkByKeyboard(page, picks, faint, async () => {
        if (wentBack) return;
        wentBack = true;
        await tabTo(page, en.back, faint, 'Shift+Tab');
        await page.keyboard.press('Enter');
        const back = await arrived(page);
        expect(back.heading).toBe(questionById('overdose-now').text);
        await tabTo(page, 'Yes', faint);
        expect(await focused(page)).toMatchObject({ kind: 'radio', checked: true });
        await tabTo(page, en.continue, faint);
        await page.keyboard.press('Enter');
        expect((await arrived(page)).heading).toBe(en.crisis.overdoseTitle);
      });
      expect(wentBack).toBe(true);
      expect(faint).toEqual([]);
      expectCleanPage(app);
    });
  });

  test('Continue with nothing chosen: "Error: " title, focused summary, its link moves focus to the field', async () => {
    await withApp(async (app) => {
      const { page } = app;
      const faint: Faint = [];
      await startByKeyboard(page, faint);
      const { heading } = await arrived(page);
      const question = questionByText(heading);
      await tabTo(page, en.continue, faint);
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.activeElement?.matches('[role="alert"]') === true);
      expect(await page.title()).toMatch(/^Error: Question 1 of about \d+ - /);
      const summary = page.getByRole('alert');
      expect(await summary.getByRole('heading', { level: 2 }).textContent()).toBe(en.errorSummaryTitle);
      const message = page.locator('.error-message');
      expect((await message.textContent())?.startsWith(en.hiddenError)).toBe(true);
      await tabTo(page, question?.errorMessage ?? '', faint);
      expect(await focused(page)).toMatchObject({ kind: 'a' });
      expect(await summary.getByRole('link').getAttribute('href')).toBe(`#${question?.id ?? ''}`);
      await page.keyboard.press('Enter');
      expect(await focused(page)).toMatchObject({ id: question?.id, name: question?.options[0]?.label });
      expect(faint).toEqual([]);
    });
  });
});
