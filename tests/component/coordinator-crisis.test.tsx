import { screen, within } from '@testing-library/react';
import { answerByKeys, calm, heading, renderCoordinator } from './coordinator-app.tsx';

async function startCall() {
  const view = await renderCoordinator();
  await view.user.click(screen.getByRole('button', { name: 'Start the call' }));
  return view;
}

describe('coordinator mode: crisis answers', () => {
  it('an overdose now tells the coordinator to have the caller call 911, with the SAFE-1 steps to say', async () => {
    const { user } = await startCall();
    await answerByKeys(user, { 'overdose-now': ['Yes'] });
    expect(heading()).toHaveTextContent('Overdose now: tell the caller to call 911');
    expect(heading()).toHaveFocus();
    expect(screen.getByRole('link', { name: 'Call 911' })).toHaveAttribute('href', 'tel:911');
    const say = screen.getByRole('list', { name: 'Say to the caller' });
    expect(say).toHaveTextContent('Call 911 now.');
    expect(say).toHaveTextContent('Give naloxone (Narcan) if you have it.');
    expect(say).toHaveTextContent('recovery position');
    // SAFE-1's added steps: a second dose, staying with them, naloxone wearing off.
    expect(say).toHaveTextContent(
      'If there is no response 2 to 3 minutes after a dose, give another dose in the other nostril.',
    );
    expect(say).toHaveTextContent('Stay with them until help arrives.');
    expect(say).toHaveTextContent('Naloxone can wear off before the opioids do, so their breathing can slow again.');
  });

  it('danger signs now tell the coordinator to send the caller to emergency care, with 911 and the words to say', async () => {
    const { user } = await startCall();
    await answerByKeys(user, calm);
    await answerByKeys(user, calm);
    await answerByKeys(user, { 'danger-signs-now': ['Yes'] });
    expect(heading()).toHaveTextContent('Danger signs now: tell the caller to get emergency care');
    expect(heading()).toHaveFocus();
    expect(screen.getByRole('link', { name: 'Call 911' })).toHaveAttribute('href', 'tel:911');
    expect(screen.queryByRole('link', { name: 'Call 988' })).not.toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'What to do' })).toHaveTextContent('connect 911 to this call');
    const say = within(screen.getByRole('list', { name: 'Say to the caller' }))
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(say).toEqual([
      'These signs can mean a life-threatening withdrawal.',
      'Please go to an emergency department or call 911 now.',
      'Do not wait at home.',
    ]);
    await user.click(screen.getByRole('button', { name: 'Continue the questions' }));
    expect(heading()).toHaveTextContent('Are you 18 or older?');
  });

  it('thoughts of suicide lead to a 988 warm hand-off script, with Spanish and veterans options', async () => {
    const { user } = await startCall();
    await answerByKeys(user, { 'overdose-now': ['No'] });
    await answerByKeys(user, { 'self-harm-thoughts': ['Yes'] });
    expect(heading()).toHaveTextContent('Thoughts of suicide: offer a warm hand-off to 988');
    expect(screen.getByRole('list', { name: 'What to do' })).toHaveTextContent('Stay on the line with the caller.');
    expect(screen.getByRole('link', { name: 'Call 988' })).toHaveAttribute('href', 'tel:988');
    expect(screen.getByRole('link', { name: 'Text 988' })).toHaveAttribute('href', 'sms:988');
    expect(screen.getByText('For Spanish, press 2 or text AYUDA. Veterans can press 1.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Continue the questions' }));
    expect(heading()).toHaveTextContent('Right now, do you have any of these?');
  });
});
