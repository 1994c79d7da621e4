import { screen, within } from '@testing-library/react';
import type { Answers } from '../../questions/answers.ts';
import { textOnScreen } from './on-screen.ts';
import { renderApp } from './render-app.tsx';
import { answersWith, openCheckPage } from './results-app.tsx';
import { answerUntilCheckPage, calmPicks } from './walk.ts';

/** "Check your answers" for a whole journey's saved answers: `given`, heavy drinking, else calm. */
async function reachCheckPage(given: Answers) {
  return openCheckPage(answersWith({ alcohol: 'heavy', ...given }));
}

/** "Check your answers" reached by answering every question, calmly, on screen. */
async function walkToCheckPage() {
  const view = renderApp();
  await view.user.click(screen.getByRole('radio', { name: 'Myself' }));
  await view.user.click(screen.getByRole('button', { name: 'Start now' }));
  await answerUntilCheckPage(view.user, calmPicks);
  return view;
}

/** The answer shown on the check page for a row, found through the list's term/definition roles. */
function answerShownFor(summary: string) {
  const index = screen.getAllByRole('term').findIndex((term) => term.textContent === summary);
  // Each row has two definitions: the answer, then the Change action.
  const answer = screen.getAllByRole('definition')[index * 2];
  if (index === -1 || !answer) throw new Error(`No row for "${summary}" on the check page`);
  return answer;
}

describe('check your answers', () => {
  it('lists every answer on the journey with a Change action, and only those', async () => {
    await reachCheckPage({ pregnancy: 'no' });
    expect(screen.getByRole('heading', { level: 1, name: 'Check your answers' })).toHaveFocus();
    expect(within(answerShownFor('Alcohol on most days')).getByText('Yes, a lot on most days')).toBeInTheDocument();
    expect(within(answerShownFor('Pregnancy')).getByText('No, I am not pregnant')).toBeInTheDocument();
    expect(screen.queryByRole('term', { name: 'Pregnancy care' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Change alcohol on most days' })).toBeInTheDocument();
  });

  it('returns to the check page after a change, with the new answer shown', async () => {
    const { user } = await reachCheckPage({});
    await user.click(screen.getByRole('button', { name: 'Change alcohol on most days' }));
    expect(screen.getByRole('radio', { name: 'Yes, a lot on most days' })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: 'No' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Check your answers' })).toHaveFocus();
    expect(within(answerShownFor('Alcohol on most days')).getByText('No')).toBeInTheDocument();
  });

  it('asks a newly opened follow-up question before returning to the check page', async () => {
    const { user } = await reachCheckPage({ pregnancy: 'no' });
    await user.click(screen.getByRole('button', { name: 'Change pregnancy' }));
    await user.click(screen.getByRole('radio', { name: 'Yes, I am pregnant' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(
      screen.getByRole('heading', { level: 1, name: 'Are you seeing a doctor or midwife for this pregnancy?' }),
    ).toHaveFocus();
    await user.click(screen.getByRole('radio', { name: 'No' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeInTheDocument();
    expect(within(answerShownFor('Pregnancy care')).getByText('No')).toBeInTheDocument();
  });
});

describe('the results page', () => {
  it('shows the suggested setting with reasons but no ASAM level, the medicines, and the helpline as a phone link', async () => {
    const { user } = await reachCheckPage({});
    await user.click(screen.getByRole('button', { name: 'See my results' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Treatment options to talk about' })).toHaveFocus();
    const setting = screen.getByRole('region', { name: /Suggested setting/ });
    expect(within(setting).getByText(/Hospital or medically managed inpatient care/)).toBeInTheDocument();
    // The ASAM level is for the provider: printed, not on the person's screen.
    expect(within(setting).getByText(/roughly ASAM level/i)).toHaveClass('print-only');
    expect(textOnScreen(setting)).not.toMatch(/ASAM/);
    expect(within(setting).getByText(/alcohol/i, { selector: 'li' })).toBeInTheDocument();
    for (const name of ['Methadone', 'Buprenorphine', 'Naltrexone', 'Naloxone']) {
      expect(screen.getByRole('heading', { level: 3, name: new RegExp(name) })).toBeInTheDocument();
    }
    const nextSteps = screen.getByRole('region', { name: 'Next steps' });
    expect(within(nextSteps).getByRole('link', { name: /1-800-662-4357/ })).toHaveAttribute('href', 'tel:+18006624357');
  });

  it('starts again with every answer forgotten', async () => {
    const { user } = await walkToCheckPage();
    await user.click(screen.getByRole('button', { name: 'See my results' }));
    await user.click(screen.getByRole('button', { name: 'Start again' }));
    expect(
      screen.getByRole('heading', { level: 1, name: 'Find treatment options for opioid use' }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Myself' }));
    await user.click(screen.getByRole('button', { name: 'Start now' }));
    expect(screen.getByRole('radio', { name: 'Yes' })).not.toBeChecked();
    expect(screen.getByRole('radio', { name: 'No' })).not.toBeChecked();
  });
});
