/**
 * Getting around the questions in the built site: with the keyboard alone, through the error
 * summary, with the Back button and the browser's own back button, and with Change on
 * "Check your answers". Answers must never be lost on the way.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { en, enRules } from '../support/words.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { expectCleanPage, openPage, type AppPage } from './support/browser.ts';
import { focused, pressUntilFocused, type Focused } from './support/keyboard.ts';
import { settingName } from './support/results.ts';
import { useBuiltSite } from './support/built-site.ts';
import {
  answerUntilCheckAnswers,
  backButton,
  calmPicks,
  choice,
  choose,
  continueButton,
  continueWithNothingChosen,
  currentHeading,
  headingHasFocus,
  headings,
  parseQuestionTitle,
  questionById,
  startQuestions,
  waitForNextScreen,
  type QuestionTitle,
} from './support/walk.ts';
import { allQuestions } from '../../questions/journey.ts';
import { type QuestionId } from '../../questions/questionnaire.ts';
import { questionnaire } from '../support/words.ts';
import type { WordedQuestion as Question } from '../../questions/schema.ts';

const { url, withApp } = useBuiltSite();

const questionsByText = new Map(allQuestions(questionnaire).map((question) => [question.text, question]));

function questionOnScreen(heading: string): Question {
  const question = questionsByText.get(heading);
  if (!question) throw new Error(`Expected a question page, but the h1 is "${heading}"`);
  return question;
}

/** The labels ticked on the page now, in the question's order. */
async function tickedLabels(page: Page, question: Question): Promise<string[]> {
  const ticked: string[] = [];
  for (const option of question.options) {
    if (await choice(page, question, option.label).isChecked()) ticked.push(option.label);
  }
  return ticked;
}

/** Answers the page's question with the mouse and presses Continue. */
async function answer(page: Page, id: QuestionId, labels: readonly string[]): Promise<string> {
  const heading = await currentHeading(page);
  const question = questionById(id);
  expect(heading).toBe(question.text);
  await choose(page, question, labels);
  await continueButton(page).click();
  return waitForNextScreen(page, heading);
}

/** Chooses `labels` on the focused question page with Tab, arrow keys and Space only. */
async function chooseWithKeyboard(page: Page, question: Question, labels: readonly string[]): Promise<void> {
  await page.keyboard.press('Tab');
  const options = question.options.map((option) => option.label);
  if (question.kind === 'single') {
    const target = options.indexOf(labels[0] ?? '');
    expect(await focused(page)).toMatchObject({ kind: 'radio', name: options[0] });
    if (target === 0) await page.keyboard.press('Space');
    for (let step = 0; step < target; step += 1) await page.keyboard.press('ArrowDown');
    expect(await focused(page), `choosing "${labels[0] ?? ''}" for ${question.id}`).toMatchObject({
      kind: 'radio',
      name: labels[0],
      checked: true,
    });
    return;
  }
  for (const [index, label] of options.entries()) {
    if (index > 0) await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ kind: 'checkbox', name: label });
    if (labels.includes(label)) await page.keyboard.press('Space');
  }
  expect(await tickedLabels(page, question)).toEqual(options.filter((label) => labels.includes(label)));
}

describe('with the keyboard alone', () => {
  test('a person completes a journey with Tab, Shift+Tab, arrow keys, Space and Enter, focus landing on each new h1 under a "Question N of about M" title', async () => {
    await withApp(async (app) => {
      const { page } = app;
      await pressUntilFocused(page, 'Tab', 'radio', en.locale.perspective.self);
      await page.keyboard.press('Space');
      await pressUntilFocused(page, 'Tab', 'button', en.intro.start);
      await page.keyboard.press('Enter');
      let heading = await waitForNextScreen(page, headings.intro);

      const titles: QuestionTitle[] = [];
      let afterShiftTab: Focused | undefined;
      let afterTabAgain: Focused | undefined;
      for (let step = 0; heading !== headings.check && step < 60; step += 1) {
        const question = questionOnScreen(heading);
        expect(await headingHasFocus(page)).toBe(true);
        const title = parseQuestionTitle(await page.title());
        expect(title, `the title of "${heading}"`).toMatchObject({ error: false });
        if (title) titles.push(title);

        const labels = calmPicks[question.id as QuestionId] ?? [];
        await chooseWithKeyboard(page, question, labels);
        await pressUntilFocused(page, 'Tab', 'button', en.continue);
        if (step === 0) {
          await page.keyboard.press('Shift+Tab');
          afterShiftTab = await focused(page);
          await page.keyboard.press('Tab');
          afterTabAgain = await focused(page);
        }
        await page.keyboard.press('Enter');
        heading = await waitForNextScreen(page, heading);
      }

      // On the first question, Shift+Tab from Continue went back to the chosen answer, and Tab returned.
      expect(afterShiftTab).toMatchObject({ kind: 'radio', name: 'No', checked: true });
      expect(afterTabAgain).toMatchObject({ kind: 'button', name: en.continue });

      expect(heading).toBe(headings.check);
      expect(await headingHasFocus(page)).toBe(true);
      expect(titles.map((title) => title.number)).toEqual(titles.map((_, index) => index + 1));
      const last = titles.at(-1);
      expect(last?.total).toBe(titles.length);

      await pressUntilFocused(page, 'Tab', 'button', en.check.confirm);
      await page.keyboard.press('Enter');
      expect(await waitForNextScreen(page, headings.check)).toBe(headings.results);
      expect(await page.title()).toBe(`${headings.results} - Treatment Options Self-Check`);
      expect(await settingName(page)).toBe(enRules.settings.outpatient.name);
      expectCleanPage(app);
    });
  });
});

describe('the error summary', () => {
  test('Continue with nothing chosen shows a focused error summary, an "Error: " title, and its link moves focus to the first option', async () => {
    await withApp(async (app) => {
      const { page } = app;
      await startQuestions(page);
      const question = questionById('overdose-now');
      expect(await currentHeading(page)).toBe(question.text);

      await continueWithNothingChosen(page);
      expect(await focused(page)).toMatchObject({ role: 'alert' });
      const summary = page.getByRole('alert');
      expect(await summary.getByRole('heading', { name: en.errorSummaryTitle }).isVisible()).toBe(true);
      expect(await page.title()).toMatch(/^Error: /);
      expect(parseQuestionTitle(await page.title())).toMatchObject({ error: true, number: 1 });
      const group = page.getByRole('group', { name: question.text });
      expect(await group.getAttribute('aria-describedby')).toContain(`${question.id}-error`);
      expect(await page.locator(`#${question.id}-error`).innerText()).toContain(question.errorMessage);
      await expectNoAxeViolations(page);

      await page.keyboard.press('Tab');
      expect(await focused(page)).toMatchObject({ kind: 'a', name: question.errorMessage });
      await page.keyboard.press('Enter');
      expect(await focused(page)).toMatchObject({ kind: 'radio', name: question.options[0]?.label, checked: false });

      // Answering clears the error and moves on.
      expect(await answer(page, 'overdose-now', ['No'])).toBe(questionById('self-harm-thoughts').text);
      expect(parseQuestionTitle(await page.title())).toMatchObject({ error: false, number: 2 });
      expect(await page.getByRole('alert').count()).toBe(0);
      expectCleanPage(app);
    });
  });
});

describe('going back', () => {
  const opioids = ['Heroin', 'Fentanyl'];
  /** The questions before the opioids used, with calm answers: safety, age, medicine now. */
  const before: readonly (readonly [QuestionId, readonly string[]])[] = [
    ['overdose-now', ['No']],
    ['self-harm-thoughts', ['No']],
    ['danger-signs-now', ['No']],
    ['adult', ['Yes']],
    ['current-medicine', ['No']],
  ];

  async function answerUntilHowUsed(page: Page): Promise<void> {
    await startQuestions(page);
    for (const [id, labels] of before) await answer(page, id, labels);
    expect(await answer(page, 'opioids-used', opioids)).toBe(questionById('how-used').text);
  }

  test('the Back button returns to each earlier question with its answer still chosen', async () => {
    await withApp(async (app) => {
      const { page } = app;
      await answerUntilHowUsed(page);
      const back = backButton(page);

      await back.click();
      expect(await waitForNextScreen(page, questionById('how-used').text)).toBe(questionById('opioids-used').text);
      expect(await tickedLabels(page, questionById('opioids-used'))).toEqual(opioids);
      let shown = questionById('opioids-used').text;
      for (const [id, labels] of [...before].reverse()) {
        await back.click();
        expect(await waitForNextScreen(page, shown)).toBe(questionById(id).text);
        expect(await tickedLabels(page, questionById(id))).toEqual(labels);
        shown = questionById(id).text;
      }

      // Going forward again keeps them too.
      await continueButton(page).click();
      await waitForNextScreen(page, questionById('overdose-now').text);
      expect(await tickedLabels(page, questionById('self-harm-thoughts'))).toEqual(['No']);
      expectCleanPage(app);
    });
  });

  test('each question shows only its own answer chosen, though the page and its inputs carry on from the last question', async () => {
    await withApp(async (app) => {
      const { page } = app;
      await startQuestions(page);
      await answer(page, 'overdose-now', ['No']);
      expect(await tickedLabels(page, questionById('self-harm-thoughts'))).toEqual([]);
      for (const [id, labels] of before.slice(1)) await answer(page, id, labels);
      await answer(page, 'opioids-used', opioids);
      expect(await tickedLabels(page, questionById('how-used'))).toEqual([]);
      await answer(page, 'how-used', ['Inject']);
      expect(await tickedLabels(page, questionById('last-use'))).toEqual([]);

      await backButton(page).click();
      await waitForNextScreen(page, questionById('last-use').text);
      expect(await tickedLabels(page, questionById('how-used'))).toEqual(['Inject']);
      await backButton(page).click();
      await waitForNextScreen(page, questionById('how-used').text);
      expect(await tickedLabels(page, questionById('opioids-used'))).toEqual(opioids);
      await continueButton(page).click();
      await waitForNextScreen(page, questionById('opioids-used').text);
      expect(await tickedLabels(page, questionById('how-used'))).toEqual(['Inject']);
      expectCleanPage(app);
    });
  });

  test("the browser's back button goes to the previous question with its answer still chosen, never leaving the app, and forward changes nothing", async () => {
    await withApp(async (app) => {
      const { page } = app;
      await answerUntilHowUsed(page);

      await page.goBack();
      expect(await waitForNextScreen(page, questionById('how-used').text)).toBe(questionById('opioids-used').text);
      expect(await tickedLabels(page, questionById('opioids-used'))).toEqual(opioids);

      // Forward cannot redo an answer: the screen stays, and history is stepped back in line with it.
      const historyStep = () => page.evaluate(() => (window.history.state as { selfCheckStep?: number }).selfCheckStep);
      const stepHere = await historyStep();
      await page.goForward();
      await expect.poll(historyStep).toBe(stepHere);
      expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(questionById('opioids-used').text);

      await page.goBack();
      expect(await waitForNextScreen(page, questionById('opioids-used').text)).toBe(
        questionById('current-medicine').text,
      );
      expect(await tickedLabels(page, questionById('current-medicine'))).toEqual(['No']);
      expect(new URL(page.url()).origin).toBe(app.origin);

      // The person can carry on from there, and nothing was lost.
      await continueButton(page).click();
      expect(await waitForNextScreen(page, questionById('current-medicine').text)).toBe(
        questionById('opioids-used').text,
      );
      expect(await tickedLabels(page, questionById('opioids-used'))).toEqual(opioids);
      expect(new URL(page.url()).origin).toBe(app.origin);
      expectCleanPage(app);
    });
  });
});

describe('history entries', () => {
  test('a new question is painted first and gets its history entry just after, one entry per question', async () => {
    await withApp(async (app) => {
      const { page } = app;
      await startQuestions(page);
      await choose(page, questionById('overdose-now'), ['No']);
      // Read in the page itself: the entry count as the new heading appears, and once it is painted.
      const entries = await page.evaluate(
        (continueLabel) =>
          new Promise<{ before: number; asHeadingAppears: number; afterPaint: number }>((resolve) => {
            const heading = () => document.querySelector('h1')?.textContent ?? '';
            const first = heading();
            const before = window.history.length;
            const observer = new MutationObserver(() => {
              if (heading() === first) return;
              observer.disconnect();
              const asHeadingAppears = window.history.length;
              requestAnimationFrame(() =>
                setTimeout(() => resolve({ before, asHeadingAppears, afterPaint: window.history.length }), 50),
              );
            });
            observer.observe(document.body, { childList: true, subtree: true, characterData: true });
            const button = [...document.querySelectorAll('main button')].find(
              (element) => element.textContent.trim() === continueLabel,
            );
            if (button instanceof HTMLButtonElement) button.click();
          }),
        en.continue,
      );
      expect(entries).toEqual({
        before: entries.before,
        asHeadingAppears: entries.before,
        afterPaint: entries.before + 1,
      });
      expect(await currentHeading(page)).toBe(questionById('self-harm-thoughts').text);
      expectCleanPage(app);
    });
  });
});

describe('changing an answer from "Check your answers"', () => {
  let app: AppPage;

  /** The answer shown on "Check your answers" for a row. */
  function shownAnswer(summary: string) {
    return app.page.locator(`xpath=//dt[normalize-space()="${summary}"]/following-sibling::dd[1]`);
  }

  beforeAll(async () => {
    app = await openPage(url());
    app.page.setDefaultTimeout(10_000);
    await startQuestions(app.page);
    await answerUntilCheckAnswers(app.page, { picks: calmPicks });
  });

  afterAll(async () => {
    await app.close();
  });

  test('Change opens the question with its answer chosen, and Continue returns to "Check your answers" showing the new answer', async () => {
    const { page } = app;
    expect(await shownAnswer('Alcohol on most days').innerText()).toBe('No');
    await page.getByRole('button', { name: 'Change alcohol on most days', exact: true }).click();
    expect(await waitForNextScreen(page, headings.check)).toBe(questionById('alcohol').text);
    expect(await tickedLabels(page, questionById('alcohol'))).toEqual(['No']);

    const visits = await answerUntilCheckAnswers(page, { picks: { alcohol: ['Yes, a little on most days'] } });
    expect(visits.map((visit) => visit.questionId ?? visit.kind)).toEqual(['alcohol', 'check']);
    expect(await headingHasFocus(page)).toBe(true);
    expect(await shownAnswer('Alcohol on most days').innerText()).toBe('Yes, a little on most days');
    expectCleanPage(app);
  });

  test('a change that opens a follow-up question asks it first, then returns to "Check your answers"', async () => {
    const { page } = app;
    expect(await shownAnswer('Pregnancy').innerText()).toBe('No, I am not pregnant');
    expect(await shownAnswer('Pregnancy care').count()).toBe(0);
    await page.getByRole('button', { name: 'Change pregnancy', exact: true }).click();
    await waitForNextScreen(page, headings.check);

    const visits = await answerUntilCheckAnswers(page, {
      picks: { pregnancy: ['Yes, I am pregnant'], 'prenatal-care': ['No'] },
      tryEmptyOn: ['prenatal-care'],
    });
    expect(visits.map((visit) => `${visit.kind}:${visit.questionId ?? ''}`)).toEqual([
      'question:pregnancy',
      'question:prenatal-care',
      'error:prenatal-care',
      'check:',
    ]);
    expect(await shownAnswer('Pregnancy').innerText()).toBe('Yes, I am pregnant');
    expect(await shownAnswer('Pregnancy care').innerText()).toBe('No');
    expectCleanPage(app);
  });

  test('Back from a question opened by Change returns to "Check your answers" with the answer unchanged', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Change steady place to live', exact: true }).click();
    await waitForNextScreen(page, headings.check);
    await choose(page, questionById('housing'), ['Not always']);
    await backButton(page).click();
    expect(await waitForNextScreen(page, questionById('housing').text)).toBe(headings.check);
    expect(await shownAnswer('Steady place to live').innerText()).toBe('Yes');
    await expectNoAxeViolations(page);
    expectCleanPage(app);
  });
});
