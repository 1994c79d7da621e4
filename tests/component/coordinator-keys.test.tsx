import { screen } from '@testing-library/react';
import { answerByKeys, answerByKeysUntil, calm, heading, renderCoordinator } from './coordinator-app.tsx';

const lifeImpact = 'In the past 12 months, which of these have happened because of opioids?';
const opioidsUsed = 'Which opioids have you used in the past 12 months?';

async function startCall() {
  const view = await renderCoordinator();
  await view.user.click(screen.getByRole('button', { name: 'Start the call' }));
  return view;
}

describe('coordinator mode: answering with the keyboard', () => {
  it('numbers every option, shows the read-aloud cue and lists the shortcuts near the question', async () => {
    await startCall();
    expect(screen.getByRole('radio', { name: '1 Yes' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: '2 No' })).toBeInTheDocument();
    expect(screen.getByText('Read to the caller')).toBeInTheDocument();
    const shortcuts = screen.getByRole('region', { name: 'Keyboard shortcuts' });
    expect(shortcuts).toHaveTextContent('1 to 2Choose an answer');
    expect(shortcuts).toHaveTextContent('Alt + Left arrowBack');
    expect(shortcuts).toHaveTextContent('Alt + Shift + NNew caller');
  });

  it('a number key selects that radio and moves focus to it', async () => {
    const { user } = await startCall();
    expect(heading()).toHaveFocus();
    await user.keyboard('2');
    const no = screen.getByRole('radio', { name: '2 No' });
    expect(no).toBeChecked();
    expect(no).toHaveFocus();
    await user.keyboard('1');
    expect(screen.getByRole('radio', { name: '1 Yes' })).toBeChecked();
    expect(no).not.toBeChecked();
  });

  it('a number key toggles a checkbox, and Enter on a checkbox continues', async () => {
    const { user } = await startCall();
    await answerByKeysUntil(user, calm, opioidsUsed);
    const heroin = screen.getByRole('checkbox', { name: '1 Heroin' });
    const fentanyl = screen.getByRole('checkbox', { name: '2 Fentanyl' });
    await user.keyboard('1');
    expect(heroin).toBeChecked();
    expect(heroin).toHaveFocus();
    await user.keyboard('1');
    expect(heroin).not.toBeChecked();
    await user.keyboard('12');
    expect(heroin).toBeChecked();
    expect(fentanyl).toBeChecked();
    expect(fentanyl).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(heading()).toHaveTextContent('How do you take them?');
    expect(heading()).toHaveFocus();
  });

  it('number keys keep "None of these" on its own, as a click does', async () => {
    const { user } = await startCall();
    await answerByKeysUntil(user, calm, lifeImpact);
    const first = screen.getByRole('checkbox', { name: /^1 I did not keep up/ });
    const second = screen.getByRole('checkbox', { name: /^2 I kept using even though it caused fights/ });
    const none = screen.getByRole('checkbox', { name: '6 None of these' });
    await user.keyboard('12');
    await user.keyboard('6');
    expect(none).toBeChecked();
    expect(first).not.toBeChecked();
    expect(second).not.toBeChecked();
    await user.keyboard('2');
    expect(none).not.toBeChecked();
    expect(second).toBeChecked();
  });

  it('Enter with nothing chosen shows the error instead of moving on', async () => {
    const { user } = await startCall();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent('There is a problem');
    expect(heading()).toHaveTextContent('Is anyone with you showing signs of an overdose right now?');
  });

  it('Alt+Left goes back exactly one question, with its answer still chosen', async () => {
    const { user } = await startCall();
    await answerByKeys(user, calm);
    await answerByKeys(user, calm);
    await user.keyboard('{Alt>}{ArrowLeft}{/Alt}');
    expect(heading()).toHaveTextContent('Are you having thoughts of suicide or of hurting yourself?');
    expect(heading()).toHaveFocus();
    expect(screen.getByRole('radio', { name: '2 No' })).toBeChecked();
  });
});
