/**
 * Coordinator mode's call record: who is calling sets the voice; the call details, a note per
 * answer, "Declined to answer" (button and Alt+Shift+D) and how the call ended all reach the case
 * note, which speaks of the person, never "you"; New caller clears all of it but keeps the
 * number-keys setting.
 */
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { en } from '../support/words.ts';
import { answerByKeys, answerByKeysUntil, calm, heading, renderCoordinator } from './coordinator-app.tsx';

const t = en.coordinator;
const selfHarm = 'Are you having thoughts of suicide or of hurting yourself?';

describe('coordinator mode: the call record', () => {
  it('for someone calling about the person, asks the questions in the voice that speaks of them', async () => {
    const { user } = await renderCoordinator();
    expect(screen.getByRole('radio', { name: t.intake.self })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: t.intake.other }));
    await user.click(screen.getByRole('button', { name: t.intake.start }));
    expect(heading()).toHaveTextContent('Is the person, or anyone else there, showing signs of an overdose right now?');
  });

  it('records details, notes, a declined answer and the end of the call, and copies them in a third-person note', async () => {
    const { user } = await renderCoordinator();
    await user.keyboard('{Enter}');
    await user.type(screen.getByRole('textbox', { name: t.details.name }), 'Ana');
    await user.type(screen.getByRole('textbox', { name: t.details.callback }), '555 0100');
    const consent = screen.getByRole('group', { name: t.details.consent });
    await user.click(within(consent).getByRole('radio', { name: t.details.yes }));
    // Digits typed in a note stay in the note: they choose no answer.
    await user.type(screen.getByRole('textbox', { name: t.question.note }), 'Calm, 2 kids at home');
    expect(screen.getByRole('radio', { name: '2 No' })).not.toBeChecked();
    await user.click(screen.getByRole('radio', { name: '2 No' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(heading()).toHaveTextContent(selfHarm);
    await user.keyboard('{Alt>}{Shift>}D{/Shift}{/Alt}');
    expect(heading()).not.toHaveTextContent(selfHarm);
    await user.type(screen.getByRole('textbox', { name: t.question.note }), 'Asked for a callback');
    await user.click(heading());
    await answerByKeys(user, calm);
    const summary = screen.getByRole('region', { name: t.summaryTitle });
    expect(within(summary).getByText(t.declined)).toBeInTheDocument();
    expect(within(summary).getByText(/Calm, 2 kids at home/)).toBeInTheDocument();

    await answerByKeysUntil(user, calm);
    expect(screen.getByText(en.check.declined)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: en.check.confirm }));
    await user.type(screen.getByRole('textbox', { name: t.disposition.referredTo }), 'Eastside clinic');
    await user.click(screen.getByRole('radio', { name: t.disposition.lifeline }));
    expect(screen.getByText('For Spanish, press 2. Veterans can press 1.')).toBeInTheDocument();
    const followUp = screen.getByRole('group', { name: t.disposition.followUp });
    await user.click(within(followUp).getByRole('radio', { name: t.disposition.yes }));
    await user.type(screen.getByRole('textbox', { name: t.disposition.followUpWhen }), 'Friday');

    await user.keyboard('{Alt>}{Shift>}C{/Shift}{/Alt}');
    expect(await within(screen.getByRole('region', { name: /^Call tools/ })).findByRole('status')).toHaveTextContent(
      t.notesCopied,
    );
    const note = await navigator.clipboard.readText();
    expect(note).toContain(`${t.note.caller}: Ana\n`);
    expect(note).toContain(`${t.note.relationship}: ${t.note.self}\n`);
    expect(note).toContain(`${t.note.callback}: 555 0100\n`);
    expect(note).toContain(`${t.note.consent}: Yes\n`);
    expect(note).toMatch(new RegExp(`${t.note.length}: \\d\\d:\\d\\d\\n`));
    expect(note).toContain(`: ${t.declined}\n`);
    expect(note).toContain(`${t.notePrefix} Calm, 2 kids at home`);
    expect(note).toContain(`${t.notePrefix} Asked for a callback`);
    expect(note).toContain(`${t.disposition.referredTo}: Eastside clinic\n`);
    expect(note).toContain(`${t.disposition.handOff}: ${t.disposition.lifeline}\n`);
    expect(note).toContain(`${t.disposition.followUp} Yes, Friday`);
    // The rules' reasons keep their reader-facing lead ("You said they ..."); nothing else says "you".
    const rest = note.replace(/^- You (said|chose not to say)\b.*$/gm, '');
    expect(rest).not.toMatch(/\b(you|your)\b/i);
    expect(note).toMatch(/^- You said they /m);
  });

  it('New caller clears the caller details and notes, and keeps number keys off once turned off', async () => {
    const { user } = await renderCoordinator();
    await user.keyboard('{Enter}');
    await user.type(screen.getByRole('textbox', { name: t.details.name }), 'Ana');
    await user.type(screen.getByRole('textbox', { name: t.question.note }), 'A note');
    await user.click(screen.getByRole('checkbox', { name: t.numberKeys }));
    await user.click(screen.getByRole('button', { name: t.newCaller }));
    await user.click(screen.getByRole('button', { name: t.confirmYes }));
    expect(heading()).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('textbox', { name: t.details.name })).toHaveValue('');
    expect(screen.getByRole('textbox', { name: t.question.note })).toHaveValue('');
    expect(screen.getByRole('checkbox', { name: t.numberKeys })).not.toBeChecked();
    await user.click(heading());
    await user.keyboard('2');
    expect(screen.getByRole('radio', { name: '2 No' })).not.toBeChecked();
  });
});
