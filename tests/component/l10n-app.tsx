/**
 * The whole app opened with URL options (e.g. `?mode=coordinator&lang=es`), and a walk that answers
 * in whatever language and perspective the screen speaks: it finds each question by its heading in
 * the matching words' questionnaire, and chooses options by value, so one set of picks works in
 * every language.
 */
import { StrictMode } from 'react';
import { act, render, screen } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import type { AnswerValue, Answers } from '../../questions/answers.ts';
import { allQuestions } from '../../questions/journey.ts';
import { questionnaire } from '../../questions/questionnaire.ts';
import { parseUrlOptions } from '../../src/config/parse-url-options.ts';
import { withWords } from '../../questions/with-words.ts';
import type { Catalog } from '../support/words.ts';
import { App } from '../../src/ui/app.tsx';

export function renderWith(search: string) {
  const user = userEvent.setup({ delay: null });
  const view = render(
    <StrictMode>
      <App options={parseUrlOptions(search)} />
    </StrictMode>,
  );
  return { user, ...view };
}

export const heading = () => screen.getByRole('heading', { level: 1 });

/**
 * Option values to choose per question id; others get their first option. The calm ones open no
 * crisis screen, and take no medicine for opioid use now, so a setting is suggested.
 */
export type ValuePicks = Partial<Record<string, readonly string[]>>;
export const calmValues: ValuePicks = {
  'overdose-now': ['no'],
  'self-harm-thoughts': ['no'],
  'danger-signs-now': ['no'],
  adult: ['yes'],
  'current-medicine': ['none'],
};

/**
 * `clicks, next screen waits`: Continue is pressed inside an awaited `act`, for a next screen that
 * waits for something still downloading. React picks up such a screen only from an awaited `act`
 * (it warns otherwise); user-event wraps each event in a synchronous one.
 */
type Walk = {
  user: UserEvent;
  catalog: Catalog;
  picks: ValuePicks;
  by: 'keys' | 'clicks' | 'clicks, next screen waits';
};

/** Answers the question on screen; returns its id and the answer given. */
export async function answerOne({ user, catalog, picks, by }: Walk): Promise<[string, AnswerValue]> {
  const worded = allQuestions(withWords(questionnaire, catalog.questions));
  const question = worded.find((candidate) => candidate.text === heading().textContent);
  if (!question) throw new Error(`No question has the heading "${heading().textContent}"`);
  const values = picks[question.id] ?? question.options.slice(0, 1).map((option) => option.value);
  for (const value of values) {
    const index = question.options.findIndex((option) => option.value === value);
    const option = question.options[index];
    if (!option) throw new Error(`"${question.id}" has no option "${value}"`);
    if (by === 'keys') await user.keyboard(String(index + 1));
    else await user.click(screen.getByLabelText(option.label, { selector: 'input' }));
  }
  const continueButton = () => screen.getByText(catalog.ui.continue, { selector: 'button' });
  if (by === 'keys') await user.keyboard('{Enter}');
  else if (by === 'clicks') await user.click(continueButton());
  else {
    await act(() => {
      continueButton().click();
      return Promise.resolve();
    });
  }
  return [question.id, question.kind === 'single' ? (values[0] ?? '') : [...values]];
}

/** Answers until "Check your answers" in the catalog's words; returns every answer given. */
export async function answerUntilCheck(walk: Walk): Promise<Answers> {
  const answers: Record<string, AnswerValue> = {};
  for (let step = 0; step < 60; step += 1) {
    if (heading().textContent === walk.catalog.ui.check.title) return answers;
    const [id, value] = await answerOne(walk);
    answers[id] = value;
  }
  throw new Error(`The questions did not reach "${walk.catalog.ui.check.title}"`);
}
