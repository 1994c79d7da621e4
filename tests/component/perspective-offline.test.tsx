/**
 * "Someone I care about" chosen while the network is down: the first screens never wait for a
 * download (both voices of the English words of the intro and the questions come with the page),
 * so Start opens the first question in "they" words even though nothing else can be fetched.
 */
import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import englishQuestions from '../../src/i18n/en/questions.ts';
import { inVoice } from '../../src/i18n/voices.ts';
import { renderApp } from './render-app.tsx';

const network = vi.hoisted(() => ({ requests: 0 }));

// The whole English words (the later screens' words and the rules' sentences) cannot be fetched.
// (So this test reads its words from the files themselves, not from tests/support/words.ts.)
vi.mock('../../src/i18n/en/words.ts', () => {
  network.requests += 1;
  throw new TypeError('Failed to fetch dynamically imported module');
});

describe('starting about someone the person cares about, offline', () => {
  it('opens the first question in "they" words without any download', async () => {
    const { user } = renderApp();
    const requestsBefore = network.requests;
    await user.click(screen.getByRole('radio', { name: 'Someone I care about' }));
    await user.click(screen.getByRole('button', { name: 'Start now' }));
    expect(
      screen.getByRole('heading', {
        level: 1,
        name: inVoice(englishQuestions, 'other').questions['overdose-now'].text,
      }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(network.requests).toBe(requestsBefore);
  });
});
