import { screen, within } from '@testing-library/react';
import { RULES_VERSION } from '../../src/rules/version.ts';
import { answerByKeys, answerByKeysUntil, calm, heading, renderCoordinator } from './coordinator-app.tsx';

const summary = () => screen.getByRole('region', { name: 'Answers so far' });
const opioidsUsed = 'Which opioids have you used in the past 12 months?';
/** The summary as "label: answers" lines, in page order. */
const summaryLines = () =>
  within(summary())
    .queryAllByRole('term')
    .map((term) => `${term.textContent}: ${term.nextElementSibling?.textContent ?? ''}`);

async function startCall() {
  const view = await renderCoordinator();
  await view.user.click(screen.getByRole('button', { name: 'Start the call' }));
  return view;
}

describe('coordinator mode: the running summary', () => {
  it('starts empty and adds each answer in journey order as the call goes on', async () => {
    const { user } = await startCall();
    expect(within(summary()).getByText('No answers yet.')).toBeInTheDocument();
    await answerByKeys(user, calm);
    expect(summaryLines()).toEqual(['Signs of an overdose right now: No']);
    await answerByKeysUntil(user, calm, opioidsUsed);
    await answerByKeys(user, { 'opioids-used': ['Heroin', 'Fentanyl'] });
    expect(summaryLines()).toEqual([
      'Signs of an overdose right now: No',
      'Thoughts of suicide or self-harm: No',
      'Danger signs right now: No',
      '18 or older: Yes',
      'Medicine for opioid use now: No',
      'Opioids used in the past 12 months: Heroin; Fentanyl',
    ]);
  });

  it('Change on a row brings that question back with its answer chosen; the new answer shows in the summary', async () => {
    const { user } = await startCall();
    await answerByKeysUntil(user, calm, opioidsUsed);
    await answerByKeys(user, { 'opioids-used': ['Heroin'] });
    await answerByKeys(user, { 'how-used': ['Smoke'] });
    expect(heading()).toHaveTextContent('When did you last use an opioid?');
    await user.click(within(summary()).getByRole('button', { name: 'Change opioids used in the past 12 months' }));
    expect(heading()).toHaveTextContent('Which opioids have you used in the past 12 months?');
    expect(heading()).toHaveFocus();
    expect(screen.getByRole('checkbox', { name: '1 Heroin' })).toBeChecked();
    await user.keyboard('2{Enter}');
    expect(summaryLines()[5]).toBe('Opioids used in the past 12 months: Heroin; Fentanyl');
    expect(heading()).toHaveTextContent('How do you take them?');
  });

  it('offers no Change for the question on screen, nor for answers after it', async () => {
    const { user } = await startCall();
    await answerByKeys(user, calm);
    await answerByKeys(user, calm);
    await user.keyboard('{Alt>}{ArrowLeft}{/Alt}');
    expect(heading()).toHaveTextContent('Are you having thoughts of suicide or of hurting yourself?');
    const changes = within(summary()).getAllByRole('button', { name: /^Change / });
    expect(changes.map((button) => button.textContent)).toEqual(['Change signs of an overdose right now']);
  });

  it('from the crisis screen, Change leaves the crisis and shows the question', async () => {
    const { user } = await startCall();
    await answerByKeys(user, calm);
    await answerByKeys(user, { 'self-harm-thoughts': ['Yes'] });
    expect(heading()).toHaveTextContent('Thoughts of suicide: offer a warm hand-off to 988');
    await user.click(within(summary()).getByRole('button', { name: 'Change thoughts of suicide or self-harm' }));
    expect(heading()).toHaveTextContent('Are you having thoughts of suicide or of hurting yourself?');
    expect(screen.getByRole('radio', { name: '1 Yes' })).toBeChecked();
  });

  it('during a Change from "Check your answers", a Change in the summary still returns there on Continue', async () => {
    const { user } = await startCall();
    await answerByKeysUntil(user, calm);
    await user.click(screen.getByRole('button', { name: 'Change signs of an overdose right now' }));
    expect(heading()).toHaveTextContent('Is anyone with you showing signs of an overdose right now?');
    await user.click(within(summary()).getByRole('button', { name: 'Change thoughts of suicide or self-harm' }));
    expect(heading()).toHaveTextContent('Are you having thoughts of suicide or of hurting yourself?');
    await user.keyboard('{Enter}');
    expect(heading()).toHaveTextContent('Check your answers');
  });

  it('Alt+Shift+A moves focus to the summary', async () => {
    const { user } = await startCall();
    await answerByKeys(user, calm);
    await user.keyboard('{Alt>}{Shift>}A{/Shift}{/Alt}');
    expect(within(summary()).getByRole('heading', { name: 'Answers so far' })).toHaveFocus();
  });
});

describe('coordinator mode: Copy notes', () => {
  async function reachResults() {
    const view = await startCall();
    await answerByKeysUntil(view.user, calm);
    expect(screen.getByRole('button', { name: 'Copy notes' })).toBeInTheDocument();
    await view.user.click(screen.getByRole('button', { name: 'See my results' }));
    return view;
  }

  it('puts a case note with the answers, setting, medicines, helpline and versions on the clipboard', async () => {
    const { user } = await reachResults();
    await user.keyboard('{Alt>}{Shift>}C{/Shift}{/Alt}');
    const status = await within(screen.getByRole('region', { name: /^Call tools/ })).findByRole('status');
    expect(status).toHaveTextContent('Notes copied');
    expect(status).not.toHaveClass('coordinator-tools__status--warning');
    const note = await navigator.clipboard.readText();
    const settingName = within(screen.getByRole('region', { name: /^Suggested setting/ }))
      .getByRole('heading', { level: 2 })
      .lastChild?.textContent?.trim();
    expect(note).toMatch(/^Intake call case note\n/);
    expect(note).toContain('- Signs of an overdose right now: No');
    expect(note).toContain(`Suggested setting\n- ${settingName ?? 'no setting shown'}`);
    expect(note).toContain('Buprenorphine');
    expect(note).toContain('1-800-662-4357');
    expect(note).toContain(`rules version ${RULES_VERSION}`);
  });

  it('shows the note in a selected text box when the clipboard refuses, with the message as a warning, not a success', async () => {
    const { user } = await reachResults();
    const refuse = vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    await user.click(screen.getByRole('button', { name: 'Copy notes' }));
    const status = await within(screen.getByRole('region', { name: /^Call tools/ })).findByRole('status');
    expect(status).toHaveTextContent('could not be copied');
    expect(status).toHaveClass('coordinator-tools__status--warning');
    const box = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Case notes' });
    expect(box).toHaveFocus();
    expect(box.value).toContain('1-800-662-4357');
    expect(box.selectionEnd - box.selectionStart).toBe(box.value.length);
    refuse.mockRestore();
  });
});
