/**
 * The app in intake coordinator mode (StrictMode, as `src/main.tsx` renders it), and a walk that
 * answers like a coordinator does: the number keys of the chosen options, then Enter.
 */
import { StrictMode } from 'react';
import { render, screen } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { allQuestions } from '../../questions/journey.ts';
import { questionnaire } from '../support/words.ts';
import { parseUrlOptions } from '../../src/config/parse-url-options.ts';
import { App } from '../../src/ui/app.tsx';
import { loadEverything } from './load-everything.ts';
import { calmPicks, type Picks } from './walk.ts';

/** Loads every lazily loaded screen first, so the walk never waits on a chunk. */
export async function renderCoordinator() {
  await loadEverything();
  const user = userEvent.setup({ delay: null });
  const view = render(
    <StrictMode>
      <App options={parseUrlOptions('?mode=coordinator')} />
    </StrictMode>,
  );
  return { user, ...view };
}

export const heading = () => screen.getByRole('heading', { level: 1 });

export function questionWithText(text: string | null) {
  const question = allQuestions(questionnaire).find((q) => q.text === text);
  if (!question) throw new Error(`No question has the heading "${text ?? ''}"`);
  return question;
}

/** Presses the number key of each label (the first option when none are picked), then Enter. */
export async function answerByKeys(user: UserEvent, picks: Picks) {
  const question = questionWithText(heading().textContent);
  const labels = picks[question.id] ?? question.options.slice(0, 1).map((option) => option.label);
  for (const label of labels) {
    const index = question.options.findIndex((option) => option.label === label);
    if (index < 0) throw new Error(`"${question.id}" has no option "${label}"`);
    await user.keyboard(String(index + 1));
  }
  await user.keyboard('{Enter}');
}

/** Answers by keys until `stop` is the heading ("Check your answers" by default). */
export async function answerByKeysUntil(user: UserEvent, picks: Picks, stop = 'Check your answers') {
  for (let step = 0; step < 60; step += 1) {
    if (heading().textContent === stop) return;
    await answerByKeys(user, picks);
  }
  throw new Error(`The questions did not reach "${stop}"`);
}

/** Answers that open no crisis screen, with no medicine for opioid use now (see `calmPicks`). */
export const calm: Picks = calmPicks;
