/**
 * Answers the questions through the UI, page by page, like a person would: reads the page's
 * heading, finds that question, ticks the labels chosen for it (the first option by default) and
 * presses Continue, until the "Check your answers" page. A crisis screen (it is the one with
 * "Continue the questions") is passed on.
 */
import { screen } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { allQuestions } from '../../questions/journey.ts';
import { en, questionnaire } from '../support/words.ts';

export type Picks = Partial<Record<string, readonly string[]>>;

/** No crisis screen: "No" to each safety question. */
export const noCrisis: Picks = {
  'overdose-now': ['No'],
  'self-harm-thoughts': ['No'],
  'danger-signs-now': ['No'],
};

/**
 * No crisis, and no medicine for opioid use now, so a setting is suggested (someone for whom their
 * medicine works is in treatment already, and gets none). Other questions get their first option.
 */
export const calmPicks: Picks = { ...noCrisis, adult: ['Yes'], 'current-medicine': ['No'] };

export async function answerUntilCheckPage(user: UserEvent, picks: Picks) {
  for (let step = 0; step < 60; step += 1) {
    const heading = screen.getByRole('heading', { level: 1 });
    if (heading.textContent === en.check.title) return;
    const crisisContinue = screen.queryByText(en.crisis.continue, { selector: 'button' });
    if (crisisContinue) {
      await user.click(crisisContinue);
      continue;
    }
    const question = allQuestions(questionnaire).find((q) => q.text === heading.textContent);
    if (!question) throw new Error(`No question has the heading "${heading.textContent}"`);
    const labels = picks[question.id] ?? question.options.slice(0, 1).map((option) => option.label);
    for (const label of labels) {
      // Label queries: role queries over a whole page are too slow in jsdom for a 30-page walk.
      const input = screen.getByLabelText(label, { selector: 'input' });
      if (!(input as HTMLInputElement).checked) await user.click(input);
    }
    await user.click(screen.getByText(en.continue, { selector: 'button' }));
  }
  throw new Error('The questions did not reach "Check your answers"');
}
