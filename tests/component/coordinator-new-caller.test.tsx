import { screen, within } from '@testing-library/react';
import { answerByKeys, answerByKeysUntil, calm, heading, renderCoordinator } from './coordinator-app.tsx';

const firstQuestion = 'Is anyone with you showing signs of an overdose right now?';

/** Six answers: the three safety questions, age, medicine now, and the opioids used. */
async function callWithSixAnswers() {
  const view = await renderCoordinator();
  await view.user.click(screen.getByRole('button', { name: 'Start the call' }));
  await answerByKeysUntil(view.user, calm, 'Which opioids have you used in the past 12 months?');
  await answerByKeys(view.user, { 'opioids-used': ['Heroin'] });
  return view;
}

/** After "Yes, clear everything": the intro asks who is calling again, its heading focused; Enter starts the call. */
async function startNextCall(user: Awaited<ReturnType<typeof renderCoordinator>>['user']) {
  expect(heading()).toHaveTextContent('Find treatment options for opioid use');
  expect(heading()).toHaveFocus();
  expect(screen.getByRole('radio', { name: 'The person themselves' })).toBeChecked();
  await user.keyboard('{Enter}');
}

const summaryTerms = () =>
  within(screen.getByRole('region', { name: 'Answers so far' }))
    .queryAllByRole('term')
    .map((term) => term.textContent);

describe('coordinator mode: New caller', () => {
  it('asks once inline; Cancel keeps every answer and returns focus to New caller', async () => {
    const { user } = await callWithSixAnswers();
    await user.click(screen.getByRole('button', { name: 'New caller' }));
    const confirm = screen.getByRole('group', { name: 'Start a new caller? This clears every answer.' });
    expect(within(confirm).getByText('Start a new caller? This clears every answer.')).toHaveFocus();
    expect(screen.getByRole('button', { name: 'New caller' })).toHaveAttribute('aria-expanded', 'true');
    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('group', { name: /Start a new caller/ })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'New caller' })).toHaveFocus();
    expect(summaryTerms()).toHaveLength(6);
    expect(heading()).toHaveTextContent('How do you take them?');
  });

  it('Alt+Shift+N opens the confirmation and Escape closes it', async () => {
    const { user } = await callWithSixAnswers();
    await user.keyboard('{Alt>}{Shift>}N{/Shift}{/Alt}');
    expect(screen.getByRole('group', { name: /Start a new caller/ })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: /Start a new caller/ })).not.toBeInTheDocument();
    expect(summaryTerms()).toHaveLength(6);
  });

  it('"Yes, clear everything" wipes every answer and asks who is calling; the next call starts at the first question, focused, with nothing chosen', async () => {
    const { user } = await callWithSixAnswers();
    await user.click(screen.getByRole('button', { name: 'New caller' }));
    await user.click(screen.getByRole('button', { name: 'Yes, clear everything' }));
    await startNextCall(user);
    expect(heading()).toHaveTextContent(firstQuestion);
    expect(heading()).toHaveFocus();
    expect(screen.getByRole('radio', { name: '1 Yes' })).not.toBeChecked();
    expect(screen.getByRole('radio', { name: '2 No' })).not.toBeChecked();
    expect(summaryTerms()).toEqual([]);
    expect(screen.getByText('No answers yet.')).toBeInTheDocument();
    // Nothing comes back by going on: the next question is unanswered too.
    await answerByKeys(user, calm);
    expect(screen.getByRole('radio', { name: '1 Yes' })).not.toBeChecked();
    expect(screen.getByRole('radio', { name: '2 No' })).not.toBeChecked();
  });

  it('on the first question with an answer chosen, New caller still leaves it unchosen', async () => {
    const { user } = await callWithSixAnswers();
    await user.keyboard('{Alt>}{ArrowLeft}{/Alt}'.repeat(6));
    expect(heading()).toHaveTextContent(firstQuestion);
    expect(screen.getByRole('radio', { name: '2 No' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'New caller' }));
    await user.click(screen.getByRole('button', { name: 'Yes, clear everything' }));
    await startNextCall(user);
    expect(heading()).toHaveTextContent(firstQuestion);
    expect(screen.getByRole('radio', { name: '2 No' })).not.toBeChecked();
  });

  it('after Copy notes, New caller clears the copied-notes message too', async () => {
    const { user } = await callWithSixAnswers();
    await answerByKeysUntil(user, calm);
    await user.click(screen.getByRole('button', { name: 'Copy notes' }));
    expect(await within(screen.getByRole('region', { name: /^Call tools/ })).findByRole('status')).toHaveTextContent(
      'Notes copied',
    );
    await user.click(screen.getByRole('button', { name: 'New caller' }));
    await user.click(screen.getByRole('button', { name: 'Yes, clear everything' }));
    expect(within(screen.getByRole('region', { name: /^Call tools/ })).getByRole('status')).toBeEmptyDOMElement();
    await startNextCall(user);
    expect(heading()).toHaveTextContent(firstQuestion);
  });

  it('offers no saving on the device, so no answers are kept for the next caller', async () => {
    await renderCoordinator();
    expect(screen.getByRole('button', { name: 'Start the call' })).toBeInTheDocument();
    expect(screen.queryByRole('checkbox', { name: 'Save my answers on this device' })).not.toBeInTheDocument();
  });
});
