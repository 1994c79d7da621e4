/**
 * Answers saved about someone else are continued in "they" words: the words are fetched as soon as
 * the saved answers are offered, and "Continue where you left off" waits for them, so the saved
 * question never shows in "you" words first. The download is held back here until the test lets
 * it arrive, as on a slow network.
 */
import { act, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { enSelfQuestions } from '../../questions/texts.ts';
import { enOtherQuestions } from '../../src/i18n/en-other-questions.ts';
import { SAVE_KEY } from '../../src/storage/local-store.ts';
import { serializeProgress } from '../../src/storage/saved-format.ts';
import { headingsShown } from './headings-shown.ts';
import { renderApp } from './render-app.tsx';

const download = vi.hoisted(() => {
  let arrive: () => void = () => undefined;
  const arrived = new Promise<void>((resolve) => {
    arrive = resolve;
  });
  return { requests: 0, arrived, arrive: () => arrive() };
});

vi.mock('../../src/i18n/en-other.ts', async (importOriginal) => {
  download.requests += 1;
  await download.arrived;
  return importOriginal();
});

const savedQuestion = 'self-harm-thoughts';

beforeEach(() => localStorage.clear());

describe('continuing answers saved about someone else', () => {
  it('fetches the "they" words when the saved answers are offered, and continues in them', async () => {
    const progress = { answers: { 'overdose-now': 'no' }, questionId: savedQuestion, perspective: 'other' } as const;
    localStorage.setItem(SAVE_KEY, serializeProgress(progress, Date.now()));
    const headings = headingsShown();
    const { user } = renderApp();

    const resume = await screen.findByRole('button', { name: 'Continue where you left off' });
    await vi.waitFor(() => expect(download.requests).toBe(1));
    await user.click(resume);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Find treatment options for opioid use');

    await act(async () => {
      download.arrive();
      await download.arrived;
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: enOtherQuestions.questions[savedQuestion].text }),
    ).toHaveFocus();

    headings.stop();
    expect(headings.seen).not.toContain(enSelfQuestions.questions[savedQuestion].text);
    expect(headings.seen.at(-1)).toBe(enOtherQuestions.questions[savedQuestion].text);
  });
});
