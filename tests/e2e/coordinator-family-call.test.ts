/**
 * A family member calls an intake line, and the coordinator takes the whole call by keyboard
 * alone in real Chromium: who is calling (the questions then speak of "the person"), the caller's
 * details, a declined answer, two notes, how the call ended, a case note copied in the third
 * person with all of it, and New caller leaving nothing of it behind.
 */
import type { Page } from 'playwright-core';
import { afterEach, expect, test } from 'vitest';
import { allQuestions } from '../../questions/journey.ts';
import { en, inWords, questionnaire } from '../support/words.ts';
import { expectNoAxeViolations } from './support/axe.ts';
import { expectCleanPage, openPage, type AppPage } from './support/browser.ts';
import { useBuiltSite } from './support/built-site.ts';
import { focused, pressUntilFocused } from './support/keyboard.ts';
import { calmPicks, currentHeading, headingHasFocus, waitForNextScreen } from './support/walk.ts';

const { url } = useBuiltSite();
const t = en.coordinator;
const aboutThem = inWords('en', 'other');
const selfQuestions = allQuestions(questionnaire);
// The same questions in the same order, worded about the person: a heading finds its question.
const theirQuestions = new Map(
  allQuestions(aboutThem.questionnaire).map((question, index) => [question.text, selfQuestions[index]]),
);

let app: AppPage | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const toolsStatus = (page: Page) => page.getByRole('region', { name: /^Call tools/ }).getByRole('status');

/** The calm answer to the question on screen by its number key, then Enter. */
async function answerCalmly(page: Page): Promise<string> {
  const heading = await currentHeading(page);
  const question = theirQuestions.get(heading);
  if (!question) throw new Error(`Expected a question about the person, but the h1 is "${heading}"`);
  const labels = calmPicks[question.id as keyof typeof calmPicks] ?? [question.options[0]?.label ?? ''];
  for (const label of labels) {
    await page.keyboard.press(String(question.options.findIndex((option) => option.label === label) + 1));
  }
  await page.keyboard.press('Enter');
  return waitForNextScreen(page, heading);
}

/** Types a note on the answer on screen, then steps back out of the note so keys choose again. */
async function noteOnAnswer(page: Page, text: string): Promise<void> {
  // An empty text area has no text of its own to match; its id says it is the note.
  await pressUntilFocused(page, 'Tab', 'textarea', '');
  expect(await focused(page)).toMatchObject({ id: 'coordinator-answer-note' });
  await page.keyboard.type(text);
  await page.keyboard.press('Shift+Tab');
}

test('a family caller by keyboard alone: details, a declined answer, two notes and the end of the call in a third-person note; New caller clears it all', async () => {
  app = await openPage(`${url()}?mode=coordinator`, {
    viewport: 'desktop',
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  const { page } = app;
  page.setDefaultTimeout(10_000);

  // Who is calling: someone calling about the person.
  expect(await currentHeading(page)).toBe(en.intro.title);
  await pressUntilFocused(page, 'Tab', 'radio', t.intake.self);
  await page.keyboard.press('ArrowDown');
  expect(await focused(page)).toMatchObject({ kind: 'radio', name: t.intake.other, checked: true });
  await expectNoAxeViolations(page);
  await pressUntilFocused(page, 'Tab', 'button', t.intake.start);
  await page.keyboard.press('Enter');
  let heading = await waitForNextScreen(page, en.intro.title);
  expect(theirQuestions.get(heading)?.id).toBe('overdose-now');
  expect(await headingHasFocus(page)).toBe(true);

  // The caller's details, as the caller gives them.
  await pressUntilFocused(page, 'Tab', 'text', t.details.name);
  await page.keyboard.type('Rosa Diaz');
  await page.keyboard.press('Tab');
  expect(await focused(page)).toMatchObject({ kind: 'tel', name: t.details.callback });
  await page.keyboard.type('555 0100');
  await pressUntilFocused(page, 'Tab', 'radio', t.details.yes);
  await page.keyboard.press('Space');
  expect(await focused(page)).toMatchObject({ kind: 'radio', name: t.details.yes, checked: true });
  await expectNoAxeViolations(page);

  // First question: a note, then the answer.
  await noteOnAnswer(page, 'Sister calling, he is at home with her');
  heading = await answerCalmly(page);

  // Second question: the caller would rather not say.
  expect(theirQuestions.get(heading)?.id).toBe('self-harm-thoughts');
  await page.keyboard.press('Alt+Shift+D');
  heading = await waitForNextScreen(page, heading);

  // Third question: a second note.
  await noteOnAnswer(page, 'Asked to be called back after 6 pm');
  heading = await answerCalmly(page);

  for (let step = 0; heading !== aboutThem.messages.check.title && step < 60; step += 1) {
    heading = await answerCalmly(page);
  }
  expect(heading).toBe(aboutThem.messages.check.title);
  expect(await page.getByText(en.check.declined).count()).toBeGreaterThan(0);

  // How the call ended: referred, a warm hand-off to 988 (with its script), follow-up on Friday.
  await pressUntilFocused(page, 'Tab', 'text', t.disposition.referredTo);
  await page.keyboard.type('Eastside clinic');
  await pressUntilFocused(page, 'Tab', 'radio', t.disposition.helpline);
  await page.keyboard.press('ArrowDown');
  expect(await focused(page)).toMatchObject({ kind: 'radio', name: t.disposition.lifeline, checked: true });
  await page.getByText('For Spanish, press 2. Veterans can press 1.').waitFor();
  await pressUntilFocused(page, 'Tab', 'radio', t.disposition.yes);
  await page.keyboard.press('Space');
  await pressUntilFocused(page, 'Tab', 'text', t.disposition.followUpWhen);
  await page.keyboard.type('Friday');
  await expectNoAxeViolations(page);

  await pressUntilFocused(page, 'Tab', 'button', aboutThem.messages.check.confirm);
  await page.keyboard.press('Enter');
  expect(await waitForNextScreen(page, aboutThem.messages.check.title)).toBe(aboutThem.messages.results.title);
  await expectNoAxeViolations(page);

  await page.keyboard.press('Alt+Shift+C');
  await toolsStatus(page).filter({ hasText: t.notesCopied }).waitFor();
  // Long lines wrap with a two-space indent; read them as one line.
  const note = (await page.evaluate(() => navigator.clipboard.readText())).replace(/\n {2}/g, ' ');
  expect(note).toContain(`${t.note.caller}: Rosa Diaz\n`);
  expect(note).toContain(`${t.note.relationship}: ${t.note.other}\n`);
  expect(note).toContain(`${t.note.callback}: 555 0100\n`);
  expect(note).toContain(`${t.note.consent}: Yes\n`);
  expect(note).toMatch(new RegExp(`${t.note.length}: \\d\\d:\\d\\d\\n`));
  expect(note).toContain(t.note.declinedHeading);
  expect(note).toContain(`: ${t.declined}\n`);
  expect(note).toContain(`${t.notePrefix} Sister calling, he is at home with her`);
  expect(note).toContain(`${t.notePrefix} Asked to be called back after 6 pm`);
  expect(note).toContain(`${t.disposition.referredTo}: Eastside clinic\n`);
  expect(note).toContain(`${t.disposition.handOff}: ${t.disposition.lifeline}\n`);
  expect(note).toContain(`${t.disposition.followUp} Yes, Friday`);
  // The note speaks of the person and the caller, never to "you" (the caller's own words aside).
  expect(note.replace(/^- You (said|chose not to say)\b.*$/gm, '')).not.toMatch(/\b(you|your)\b/i);

  // New caller: nothing of this call is left, in the page, in storage or in the message.
  await page.keyboard.press('Alt+Shift+N');
  await page.keyboard.press('Tab');
  expect(await focused(page)).toMatchObject({ kind: 'button', name: t.confirmYes });
  await page.keyboard.press('Enter');
  expect(await waitForNextScreen(page, aboutThem.messages.results.title)).toBe(en.intro.title);
  expect(await page.getByRole('radio', { name: t.intake.self }).isChecked()).toBe(true);
  expect(await toolsStatus(page).innerText()).toBe('');
  expect(await page.evaluate(() => [localStorage.length, sessionStorage.length])).toEqual([0, 0]);
  await page.keyboard.press('Enter');
  heading = await waitForNextScreen(page, en.intro.title);
  // The next caller is the person themselves until told otherwise.
  expect(heading).toBe(selfQuestions[0]?.text);
  expect(await page.getByRole('textbox', { name: t.details.name }).inputValue()).toBe('');
  expect(await page.getByRole('textbox', { name: t.details.callback }).inputValue()).toBe('');
  expect(await page.getByRole('radio', { name: t.details.yes, exact: true }).isChecked()).toBe(false);
  expect(await page.getByRole('textbox', { name: t.question.note }).inputValue()).toBe('');
  expect(await page.getByRole('radio', { checked: true }).count()).toBe(0);
  expect(await page.evaluate(() => [localStorage.length, sessionStorage.length])).toEqual([0, 0]);
  await expectNoAxeViolations(page);
  expectCleanPage(app);
}, 240_000);
