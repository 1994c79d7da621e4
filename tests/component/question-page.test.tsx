import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { renderApp, startForMyself } from './render-app.tsx';

const firstQuestion = 'Is anyone with you showing signs of an overdose right now?';

/**
 * Answers "No" to the three safety questions, "Yes" to being 18 or older and "No" to a medicine
 * for opioid use now, which leads to the first list of checkboxes.
 */
async function answerUntilOpioidsUsed(user: UserEvent) {
  for (const label of ['No', 'No', 'No', 'Yes', 'No']) {
    await user.click(screen.getByRole('radio', { name: label }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
  }
}

async function startQuestions() {
  const view = renderApp();
  await startForMyself(view.user);
  return view;
}

describe('the intro screen', () => {
  it('says what the tool is, that it is private and not a diagnosis, and shows the helpline as a phone link', () => {
    renderApp();
    expect(
      screen.getByRole('heading', { level: 1, name: 'Find treatment options for opioid use' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Your answers stay private' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'This is not a diagnosis' })).toBeInTheDocument();
    const helplineLinks = screen.getAllByRole('link', { name: /1-800-662-4357/ });
    expect(helplineLinks.length).toBeGreaterThan(0);
    for (const link of helplineLinks) expect(link).toHaveAttribute('href', 'tel:+18006624357');
  });
});

describe('focus on page load', () => {
  it('stays where the browser puts it until the person does something, then moves to each new heading', async () => {
    const { user } = renderApp();
    expect(screen.getByRole('heading', { level: 1, name: 'Find treatment options for opioid use' })).not.toHaveFocus();
    await startForMyself(user);
    expect(screen.getByRole('heading', { level: 1, name: firstQuestion })).toHaveFocus();
  });
});

describe('a question page', () => {
  it('shows one question as the page heading, moves focus to it and names the page after it', async () => {
    await startQuestions();
    const heading = screen.getByRole('heading', { level: 1, name: firstQuestion });
    expect(heading).toHaveFocus();
    // The question stays off the tab's title, which the tab's history keeps.
    expect(document.title).toMatch(/^Question 1 of about \d+ - Treatment Options Self-Check$/);
    expect(document.title).toMatch(/ - Treatment Options Self-Check$/);
    expect(screen.getByRole('group', { name: new RegExp(firstQuestion.replace('?', '\\?')) })).toBeInTheDocument();
    expect(screen.getByText('Section 1 of 7: Safety first')).toBeInTheDocument();
  });

  it('shows a focused error summary linked to the field when Continue is pressed with nothing chosen', async () => {
    const { user } = await startQuestions();
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    // Validation is asynchronous (zod resolver), so the summary appears a moment after the click.
    const summary = await screen.findByRole('alert');
    await waitFor(() => expect(summary).toHaveFocus());
    expect(within(summary).getByRole('heading', { name: 'There is a problem' })).toBeInTheDocument();
    const link = within(summary).getByRole('link', {
      name: 'Select yes if anyone is showing signs of an overdose right now',
    });
    expect(document.title).toMatch(/^Error: Question 1 of about/);
    expect(screen.getByRole('group')).toHaveAccessibleDescription(/Error: Select yes if anyone/);
    await user.click(link);
    expect(screen.getByRole('radio', { name: 'Yes' })).toHaveFocus();
  });

  it('moves focus to the error summary again on every failed Continue', async () => {
    const { user } = await startQuestions();
    const continueButton = screen.getByRole('button', { name: 'Continue' });
    await user.click(continueButton);
    const summary = await screen.findByRole('alert');
    await waitFor(() => expect(summary).toHaveFocus());
    continueButton.focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByRole('alert')).toHaveFocus());
  });

  it('keeps the chosen answer when the person goes back to a question', async () => {
    const { user } = await startQuestions();
    await user.click(screen.getByRole('radio', { name: 'No' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByRole('heading', { level: 1, name: /thoughts of suicide/ })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.getByRole('heading', { level: 1, name: firstQuestion })).toHaveFocus();
    expect(screen.getByRole('radio', { name: 'No' })).toBeChecked();
  });

  it('starts the next question with nothing chosen and no error, even when it offers the answer just given', async () => {
    const { user } = await startQuestions();
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'No' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    const next = screen.getByRole('heading', { level: 1, name: /thoughts of suicide/ });
    expect(next).toHaveFocus();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'No' })).not.toBeChecked();
    expect(screen.getByRole('radio', { name: 'Yes' })).not.toBeChecked();
    expect(document.title).toMatch(/^Question 2 of about/);
    expect(screen.getByRole('group')).not.toHaveAccessibleDescription(/Error/);

    // Its own error, with its own words, when Continue is pressed with nothing chosen.
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: /^Select yes if you are having thoughts/ })).toBeInTheDocument();
    await waitFor(() => expect(summary).toHaveFocus());

    // Back to the first question: its answer is there, the second question's error is not.
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.getByRole('heading', { level: 1, name: firstQuestion })).toHaveFocus();
    expect(screen.getByRole('radio', { name: 'No' })).toBeChecked();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows each list of checkboxes with only its own choices ticked, going forward and back', async () => {
    const { user } = await startQuestions();
    await answerUntilOpioidsUsed(user);
    await user.click(screen.getByRole('checkbox', { name: 'Heroin' }));
    await user.click(screen.getByRole('checkbox', { name: 'Fentanyl' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    // The next list's first two boxes sit where Heroin and Fentanyl were: neither is ticked.
    expect(screen.getByRole('heading', { level: 1, name: 'How do you take them?' })).toHaveFocus();
    const ticked = () => screen.getAllByRole('checkbox', { checked: true }).map((box) => box.getAttribute('value'));
    expect(screen.queryAllByRole('checkbox', { checked: true })).toHaveLength(0);
    await user.click(screen.getByRole('checkbox', { name: 'Inject' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(ticked()).toEqual(['inject']);
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.getByRole('heading', { level: 1, name: /opioids have you used/ })).toHaveFocus();
    expect(ticked()).toEqual(['heroin', 'fentanyl']);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(ticked()).toEqual(['inject']);
  });

  it('goes back from the first question to the intro', async () => {
    const { user } = await startQuestions();
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Find treatment options for opioid use' })).toHaveFocus();
  });
});

describe('the crisis interrupt', () => {
  it('shows 911 and the overdose steps at once after a yes, then lets the person continue', async () => {
    const { user } = await startQuestions();
    await user.click(screen.getByRole('radio', { name: 'Yes' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Call 911 now' })).toHaveFocus();
    expect(screen.getByRole('link', { name: 'Call 911' })).toHaveAttribute('href', 'tel:911');
    expect(screen.getByText('Give naloxone (Narcan) if you have it.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Continue the questions' }));
    expect(screen.getByRole('heading', { level: 1, name: /thoughts of suicide/ })).toHaveFocus();
  });

  it('shows the 988 Lifeline with Spanish and veterans options after a yes to thoughts of self-harm', async () => {
    const { user } = await startQuestions();
    await user.click(screen.getByRole('radio', { name: 'No' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.click(screen.getByRole('radio', { name: 'Yes' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByRole('heading', { level: 1, name: 'You can get help right now' })).toHaveFocus();
    expect(screen.getByRole('link', { name: 'Call 988' })).toHaveAttribute('href', 'tel:988');
    expect(screen.getByRole('link', { name: 'Text 988' })).toHaveAttribute('href', 'sms:988');
    expect(screen.getByText(/press 2 or text AYUDA/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.getByRole('radio', { name: 'Yes' })).toBeChecked();
  });
});

describe('checkboxes with "None of these"', () => {
  it('untick the other options when "None of these" is chosen, and the reverse', async () => {
    const { user } = await startQuestions();
    await answerUntilOpioidsUsed(user);
    await user.click(screen.getByRole('checkbox', { name: 'Heroin' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.click(screen.getByRole('checkbox', { name: 'Smoke' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.click(screen.getByRole('radio', { name: 'In the past day' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.click(screen.getByRole('radio', { name: 'No' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    const craving = screen.getByRole('checkbox', { name: 'I had strong cravings or urges to use' });
    const none = screen.getByRole('checkbox', { name: 'None of these' });
    await user.click(craving);
    await user.click(none);
    expect(none).toBeChecked();
    expect(craving).not.toBeChecked();
    await user.click(craving);
    expect(craving).toBeChecked();
    expect(none).not.toBeChecked();
  });
});
