/**
 * "Someone I care about" chosen while the network is down: Start cannot fetch the "they" words, so
 * it says so plainly beside Start (an error summary, announced and focused, and "Error:" in the
 * page title), keeps the choice, and stays on the intro. Once the network is back, pressing Start
 * again fetches them and opens the first question in "they" words.
 */
import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { enOtherQuestions } from '../../src/i18n/en-other-questions.ts';
import { renderApp } from './render-app.tsx';

const network = vi.hoisted(() => ({ online: false, requests: 0 }));

vi.mock('../../src/i18n/en-other.ts', async (importOriginal) => {
  network.requests += 1;
  if (!network.online) throw new TypeError('Failed to fetch dynamically imported module');
  return importOriginal();
});

describe('starting about someone the person cares about, offline', () => {
  it('says the page did not load, keeps the choice, and opens the first question in "they" words on retry', async () => {
    const { user } = renderApp();
    await user.click(screen.getByRole('radio', { name: 'Someone I care about' }));
    await user.click(screen.getByRole('button', { name: 'Start now' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(en.errorSummaryTitle);
    expect(alert).toHaveTextContent(en.speed.notLoaded);
    expect(alert).toHaveFocus();
    expect(document.title).toMatch(/^Error: /);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(en.intro.title);
    expect(screen.getByRole('radio', { name: 'Someone I care about' })).toBeChecked();
    expect(network.requests).toBeGreaterThanOrEqual(2); // on choosing, and again on Start

    await user.click(screen.getByRole('link', { name: en.speed.notLoaded }));
    expect(screen.getByRole('button', { name: 'Start now' })).toHaveFocus();

    // A changed choice clears the message; the same failure again brings it back, focused.
    await user.click(screen.getByRole('radio', { name: 'Myself' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Someone I care about' }));
    await user.click(screen.getByRole('button', { name: 'Start now' }));
    expect(await screen.findByRole('alert')).toHaveFocus();

    network.online = true;
    await user.click(screen.getByRole('button', { name: 'Start now' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: enOtherQuestions.questions['overdose-now'].text }),
    ).toBeInTheDocument();
    expect(screen.queryByText(en.speed.notLoaded)).not.toBeInTheDocument();
  });
});
