/**
 * Answers the questions in the browser page by page, like a person: reads the page's h1, finds that
 * question by its text in the questionnaire, ticks the labels chosen for it (the first option when
 * none are given), presses Continue and waits for the next h1, which must take focus. Crisis
 * screens are passed with "Continue the questions". axe checks the kinds of screen the walk is
 * asked to (`axeOn`), e.g. every one on the way in the accessibility tests: a tenth of a second or
 * more per screen, so the walks of tests about something else leave it to those.
 */
import type { Page } from 'playwright-core';
import { allQuestions } from '../../../questions/journey.ts';
import { type QuestionId } from '../../../questions/questionnaire.ts';
import { questionnaire } from '../../support/words.ts';
import type { WordedQuestion as Question } from '../../../questions/schema.ts';
import { en } from '../../support/words.ts';
import type { Messages } from '../../../src/i18n/word-types.ts';
import { expectNoAxeViolations } from './axe.ts';

/** Labels to tick, by question id; a question left out gets its first option. */
export type Picks = Partial<Record<QuestionId, readonly string[]>>;

export type ScreenKind = 'intro' | 'question' | 'error' | 'crisis' | 'check' | 'results';

/** Every kind of screen a walk can pass, for `axeOn`. */
export const everyScreen: readonly ScreenKind[] = ['intro', 'question', 'error', 'crisis', 'check', 'results'];

/** One screen the walk passed, as it was when the walk was on it. */
export interface Visit {
  kind: ScreenKind;
  heading: string;
  /** The document title. */
  title: string;
  /** The question on a question page or its error state. */
  questionId?: string;
}

export interface WalkOptions {
  picks?: Picks;
  /** Questions on which Continue is first pressed with nothing chosen, to check the error state. */
  tryEmptyOn?: readonly QuestionId[];
  /** The kinds of screen axe checks on the way (none by default; `everyScreen` for all). */
  axeOn?: readonly ScreenKind[];
  /** Called on every screen (after axe, where it checks), e.g. to measure the layout. */
  onScreen?: (visit: Visit) => Promise<void> | void;
  /** The interface words of the language walked (English by default); see `walkTexts`. */
  texts?: WalkTexts;
  /** Whom the answers are about, chosen on the intro when it asks (default: the person answering). */
  perspective?: 'self' | 'other';
}

/**
 * The few interface words the walk reads or presses. Questions are found by their fields' ids and
 * answered by option value, so the walk works in any language and mode given these words.
 */
export interface WalkTexts {
  intro: string;
  start: string;
  continue: string;
  crisisContinue: string;
  check: string;
  confirm: string;
  results: string;
  /** The intro's answers to "Who are the answers about?". */
  whom: { self: string; other: string };
}

/** The walk's words from a UI catalog shaped like `en` (e.g. a Spanish one). */
export function walkTexts(messages: Messages): WalkTexts {
  return {
    intro: messages.intro.title,
    start: messages.intro.start,
    continue: messages.continue,
    crisisContinue: messages.crisis.continue,
    check: messages.check.title,
    confirm: messages.check.confirm,
    results: messages.results.title,
    whom: { self: messages.locale.perspective.self, other: messages.locale.perspective.other },
  };
}

/** On the intro, answers "Who are the answers about?" (coordinator mode does not ask). */
async function chooseWhom(page: Page, texts: WalkTexts, perspective: 'self' | 'other' = 'self'): Promise<void> {
  const radio = page.getByRole('radio', { name: texts.whom[perspective], exact: true });
  if ((await radio.count()) > 0) await radio.check();
}

const englishTexts = walkTexts(en);

/** The site's address with URL parameters added, e.g. `{ mode: 'coordinator' }`. */
export function withParams(base: string, params: Record<string, string> = {}): string {
  const address = new URL(base);
  for (const [name, value] of Object.entries(params)) address.searchParams.set(name, value);
  return address.href;
}

export const headings = {
  intro: en.intro.title,
  overdose: en.crisis.overdoseTitle,
  selfHarm: en.crisis.selfHarmTitle,
  emergency: en.crisis.emergencyTitle,
  check: en.check.title,
  results: en.results.title,
} as const;

const questionsByText = new Map(allQuestions(questionnaire).map((question) => [question.text, question]));

export function questionById(id: QuestionId): Question {
  const question = allQuestions(questionnaire).find((candidate) => candidate.id === id);
  if (!question) throw new Error(`No question has the id "${id}"`);
  return question;
}

/** Every option of a checkbox question but "None of these": the riskiest answer to it. */
export function everyOption(id: QuestionId): string[] {
  return questionById(id)
    .options.filter((option) => !option.exclusive)
    .map((option) => option.label);
}

const STEP_TIMEOUT = 10_000;

/** The text of the page's one h1 (waiting for it to be there). */
export async function currentHeading(page: Page): Promise<string> {
  const heading = page.locator('main h1');
  await heading.waitFor({ timeout: STEP_TIMEOUT });
  return ((await heading.textContent()) ?? '').trim();
}

/** What has focus, in words, for failure messages. */
export async function describeFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (element === null || element === document.body) return 'the page body';
    const id = element.id ? `#${element.id}` : '';
    return `<${element.tagName.toLowerCase()}${id}> "${element.textContent.trim().slice(0, 80)}"`;
  });
}

export async function headingHasFocus(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const heading = document.querySelector('main h1');
    return heading !== null && document.activeElement === heading;
  });
}

/**
 * Waits until the h1 is no longer `previous`, then until focus is on it (the app moves focus in an
 * effect just after the new screen renders). Returns the new heading.
 */
export async function waitForNextScreen(page: Page, previous: string): Promise<string> {
  try {
    await page.waitForFunction(
      (before) => {
        const heading = document.querySelector('main h1');
        return heading !== null && heading.textContent.trim() !== before;
      },
      previous,
      { timeout: STEP_TIMEOUT },
    );
  } catch {
    throw new Error(`The screen did not change: the h1 is still "${previous}"`);
  }
  const heading = await currentHeading(page);
  try {
    await page.waitForFunction(() => document.activeElement === document.querySelector('main h1'), undefined, {
      timeout: 2_000,
    });
  } catch {
    throw new Error(`Focus did not move to the new h1 "${heading}"; it is on ${await describeFocus(page)}`);
  }
  return heading;
}

export interface QuestionTitle {
  error: boolean;
  number: number;
  total: number;
}

/**
 * Reads "Question N of about M - Treatment Options Self-Check" (with "Error: " first on an error).
 * Anything more, such as the question itself, makes it no question title.
 */
export function parseQuestionTitle(title: string): QuestionTitle | null {
  const suffix = en.pageTitle('');
  if (!title.endsWith(suffix)) return null;
  const match = /^(Error: )?Question (\d+) of about (\d+)$/.exec(title.slice(0, -suffix.length));
  if (!match) return null;
  return { error: match[1] !== undefined, number: Number(match[2]), total: Number(match[3]) };
}

/** What kind of screen is showing: by its structure first, so any language and mode is recognised. */
async function screenKind(page: Page, heading: string, texts: WalkTexts): Promise<Exclude<ScreenKind, 'error'> | null> {
  const shape = await page.evaluate(() => ({
    question: document.querySelector('main legend h1') !== null,
    crisis: document.querySelector('main .crisis-panel h1') !== null,
  }));
  if (shape.question) return 'question';
  if (shape.crisis) return 'crisis';
  if (heading === texts.intro) return 'intro';
  if (heading === texts.check) return 'check';
  if (heading === texts.results) return 'results';
  return null;
}

/** The question on the page, found by its first field's id (which is the question's id). */
async function questionOnPage(page: Page): Promise<Question | undefined> {
  const id = await page.locator('main fieldset input').first().getAttribute('id');
  return allQuestions(questionnaire).find((question) => question.id === id);
}

/**
 * Ticks the options with these (English) labels by their values, so the page's language does not
 * matter. Only the options that are not yet as wanted are pressed: each press waits for the page to
 * be still, and a question can have a dozen options.
 */
async function chooseByValue(page: Page, question: Question, labels: readonly string[]): Promise<void> {
  const checked = new Set(
    await page.$$eval('main fieldset input:checked', (inputs) =>
      inputs.map((input) => (input as HTMLInputElement).value),
    ),
  );
  for (const option of question.options) {
    const wanted = labels.includes(option.label);
    // A radio is unticked by ticking another.
    if (wanted === checked.has(option.value) || (question.kind === 'single' && !wanted)) continue;
    await page.locator(`main fieldset input[value="${option.value}"]`).setChecked(wanted);
  }
}

async function visit(page: Page, visits: Visit[], options: WalkOptions, kind: ScreenKind, questionId?: string) {
  const seen: Visit = { kind, heading: await currentHeading(page), title: await page.title() };
  if (questionId !== undefined) seen.questionId = questionId;
  if (options.axeOn?.includes(kind) === true) await expectNoAxeViolationsOn(page, seen);
  visits.push(seen);
  await options.onScreen?.(seen);
}

async function expectNoAxeViolationsOn(page: Page, seen: Visit): Promise<void> {
  try {
    await expectNoAxeViolations(page);
  } catch (error) {
    const what =
      seen.kind === 'error' ? `the error state of "${seen.heading}"` : `the ${seen.kind} screen "${seen.heading}"`;
    throw new Error(`On ${what}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

/** The Back button, by its exact accessible name: the CSS chevron before it must not leak into it. */
export function backButton(page: Page) {
  return page.getByRole('button', { name: 'Back', exact: true });
}

export function continueButton(page: Page) {
  return page.getByRole('button', { name: en.continue, exact: true });
}

export function choice(page: Page, question: Question, label: string) {
  return page.getByRole(question.kind === 'single' ? 'radio' : 'checkbox', { name: label, exact: true });
}

/** Ticks exactly these labels (and, for checkboxes, unticks the others). */
export async function choose(page: Page, question: Question, labels: readonly string[]): Promise<void> {
  const offered = question.options.map((option) => option.label);
  const unknown = labels.filter((label) => !offered.includes(label));
  if (unknown.length > 0 || labels.length === 0 || (question.kind === 'single' && labels.length > 1)) {
    throw new Error(
      `Cannot answer "${question.id}" with ${JSON.stringify(labels)}; it offers ${JSON.stringify(offered)}` +
        (question.kind === 'single' ? ' (one only)' : ''),
    );
  }
  for (const label of offered) {
    const wanted = labels.includes(label);
    if (question.kind === 'single' && !wanted) continue;
    await choice(page, question, label).setChecked(wanted);
  }
}

/** Presses Continue with nothing chosen and waits for the error summary to take focus. */
export async function continueWithNothingChosen(page: Page, texts: WalkTexts = englishTexts): Promise<void> {
  await page.getByRole('button', { name: texts.continue, exact: true }).click();
  const summary = page.getByRole('alert');
  await summary.waitFor({ timeout: STEP_TIMEOUT });
  try {
    await page.waitForFunction(() => document.activeElement?.matches('[role="alert"]') === true, undefined, {
      timeout: 2_000,
    });
  } catch {
    throw new Error(`The error summary did not take focus; focus is on ${await describeFocus(page)}`);
  }
}

/** On the intro: presses "Start now" and waits for the first question. */
export async function startQuestions(page: Page, options: WalkOptions = {}): Promise<Visit[]> {
  const visits: Visit[] = [];
  const texts = options.texts ?? englishTexts;
  const heading = await currentHeading(page);
  if (heading !== texts.intro) throw new Error(`Expected the intro, but the h1 is "${heading}"`);
  await visit(page, visits, options, 'intro');
  await chooseWhom(page, texts, options.perspective);
  await page.getByRole('button', { name: texts.start, exact: true }).click();
  await waitForNextScreen(page, heading);
  return visits;
}

/** From a question (or crisis) page, answers until "Check your answers" (included in the visits). */
export async function answerUntilCheckAnswers(page: Page, options: WalkOptions = {}): Promise<Visit[]> {
  const visits: Visit[] = [];
  const picks = options.picks ?? {};
  const tryEmptyOn = new Set<string>(options.tryEmptyOn ?? []);
  const texts = options.texts ?? englishTexts;
  for (let step = 0; step < 80; step += 1) {
    const heading = await currentHeading(page);
    const kind = await screenKind(page, heading, texts);
    if (kind === 'check') {
      await visit(page, visits, options, 'check');
      return visits;
    }
    if (kind === 'crisis') {
      await visit(page, visits, options, 'crisis');
      await page.getByRole('button', { name: texts.crisisContinue, exact: true }).click();
      await waitForNextScreen(page, heading);
      continue;
    }
    const question = kind === 'question' ? await questionOnPage(page) : undefined;
    if (question === undefined) {
      throw new Error(`Expected a question, crisis or "Check your answers" page, but the h1 is "${heading}"`);
    }
    await visit(page, visits, options, 'question', question.id);
    if (tryEmptyOn.delete(question.id)) {
      await continueWithNothingChosen(page, texts);
      await visit(page, visits, options, 'error', question.id);
    }
    const labels = picks[question.id as QuestionId] ?? [question.options[0]?.label ?? ''];
    await chooseByValue(page, question, labels);
    await page.getByRole('button', { name: texts.continue, exact: true }).click();
    await waitForNextScreen(page, heading);
  }
  throw new Error('The questions did not reach "Check your answers"');
}

/** On "Check your answers": presses "See my results" and waits for the results page. */
export async function seeResults(page: Page, options: WalkOptions = {}): Promise<Visit[]> {
  const visits: Visit[] = [];
  const texts = options.texts ?? englishTexts;
  const heading = await currentHeading(page);
  if (heading !== texts.check) throw new Error(`Expected "Check your answers", but the h1 is "${heading}"`);
  await page.getByRole('button', { name: texts.confirm, exact: true }).click();
  const next = await waitForNextScreen(page, heading);
  if (next !== texts.results) throw new Error(`"See my results" led to "${next}" instead of the results`);
  await visit(page, visits, options, 'results');
  return visits;
}

/** From the intro: starts and answers the first `count` questions calmly (`calmPicks`, else the first option). */
export async function answerFirstQuestions(page: Page, count: number): Promise<void> {
  await chooseWhom(page, englishTexts);
  await page.getByRole('button', { name: en.intro.start, exact: true }).click();
  let heading = await waitForNextScreen(page, headings.intro);
  for (let answered = 0; answered < count; answered += 1) {
    const question = questionsByText.get(heading);
    if (!question) throw new Error(`Expected a question, but the h1 is "${heading}"`);
    await choose(page, question, calmPicks[question.id as QuestionId] ?? [question.options[0]?.label ?? '']);
    await continueButton(page).click();
    heading = await waitForNextScreen(page, heading);
  }
}

/** The whole way, from the intro to the results page. */
export async function walkToResults(page: Page, options: WalkOptions = {}): Promise<Visit[]> {
  return [
    ...(await startQuestions(page, options)),
    ...(await answerUntilCheckAnswers(page, options)),
    ...(await seeResults(page, options)),
  ];
}

/**
 * Answers that point to no particular risk, so a journey only shows what its own picks change.
 * (Several first options are the riskier answer, e.g. "Yes" to an overdose right now, or a
 * medicine for opioid use taken now, which leads to no setting for someone it works for.)
 */
export const calmPicks: Picks = {
  'overdose-now': ['No'],
  'self-harm-thoughts': ['No'],
  'danger-signs-now': ['No'],
  adult: ['Yes'],
  'current-medicine': ['No'],
  'opioids-used': ['Heroin'],
  'how-used': ['Smoke'],
  'last-use': ['1 to 6 days ago'],
  'recent-overdose': ['No'],
  control: ['I used more, or for longer, than I meant to', 'I had strong cravings or urges to use'],
  'life-impact': ['None of these'],
  'body-changes': ['None of these'],
  'phq-interest': ['Not at all'],
  'phq-down': ['Not at all'],
  'gad-nervous': ['Not at all'],
  'gad-worry': ['Not at all'],
  'mental-health-diagnosis': ['No'],
  alcohol: ['No'],
  benzodiazepines: ['No'],
  'other-drugs': ['None of these'],
  'health-now': ['None of these'],
  'withdrawal-history': ['No'],
  pregnancy: ['No, I am not pregnant'],
  housing: ['Yes'],
  'others-use': ['No'],
  'home-safe': ['Yes'],
  'support-person': ['Yes'],
  responsibilities: ['A job'],
  transport: ['Yes'],
  'recent-release': ['None of these'],
  'previous-treatment': ['No'],
  'open-to-medication': ['Yes'],
  'daily-visits': ['Yes'],
  'prefers-non-opioid': ['I do not mind'],
  payment: ['Not sure'],
};

/**
 * The riskiest answer everywhere (every crisis, every substance and problem), so the results show
 * every kind of content they can: urgent steps, cautions, the "not now" marker, long reasons. The
 * person is an adult taking no medicine for opioid use yet, so every start-up caution shows too.
 */
export const riskiestPicks: Picks = {
  'overdose-now': ['Yes'],
  'self-harm-thoughts': ['Yes'],
  'danger-signs-now': ['Yes'],
  adult: ['Yes'],
  'current-medicine': ['No'],
  'opioids-used': everyOption('opioids-used').filter(
    (label) => label !== 'Pain pills taken only as a doctor prescribed',
  ),
  'how-used': everyOption('how-used'),
  'last-use': ['In the past day'],
  'recent-overdose': ['Yes'],
  control: everyOption('control'),
  'life-impact': everyOption('life-impact'),
  'body-changes': everyOption('body-changes'),
  'phq-interest': ['Nearly every day'],
  'phq-down': ['Nearly every day'],
  'gad-nervous': ['Nearly every day'],
  'gad-worry': ['Nearly every day'],
  'mental-health-diagnosis': ['Yes'],
  alcohol: ['Yes, a lot on most days'],
  benzodiazepines: ['Yes, every day or almost every day'],
  'benzodiazepines-prescribed': ['No, or not as prescribed'],
  'other-drugs': everyOption('other-drugs'),
  'health-now': everyOption('health-now'),
  'withdrawal-history': ['Yes, I had a seizure (fit)'],
  pregnancy: ['I could be pregnant'],
  housing: ['Not always'],
  'others-use': ['Yes'],
  'home-safe': ['No'],
  'support-person': ['No'],
  responsibilities: everyOption('responsibilities'),
  transport: ['No'],
  'recent-release': everyOption('recent-release'),
  'previous-treatment': ['Yes, more than once, and each time I started using again'],
  'previous-treatment-type': everyOption('previous-treatment-type'),
  'open-to-medication': ['Not sure'],
  'daily-visits': ['No'],
  'prefers-non-opioid': ['Yes'],
};
