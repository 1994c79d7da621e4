/**
 * Answers saved about someone else are continued in "they" words: both voices come with the page,
 * so "Continue where you left off" opens the saved question in them at once, and it never shows
 * in "you" words first.
 */
import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { SAVE_KEY } from '../../src/storage/local-store.ts';
import { serializeProgress } from '../../src/storage/saved-format.ts';
import { catalogIn } from '../support/words.ts';
import { headingsShown } from './headings-shown.ts';
import { renderApp } from './render-app.tsx';

const savedQuestion = 'self-harm-thoughts';
const other = catalogIn('en', 'other').questions.questions[savedQuestion].text;
const self = catalogIn('en', 'self').questions.questions[savedQuestion].text;

beforeEach(() => localStorage.clear());

describe('continuing answers saved about someone else', () => {
  it('continues in "they" words, straight from the saved answers', async () => {
    const progress = { answers: { 'overdose-now': 'no' }, questionId: savedQuestion, perspective: 'other' } as const;
    localStorage.setItem(SAVE_KEY, serializeProgress(progress, Date.now()));
    const headings = headingsShown();
    const { user } = renderApp();

    await user.click(await screen.findByRole('button', { name: 'Continue where you left off' }));
    expect(screen.getByRole('heading', { level: 1, name: other })).toHaveFocus();

    headings.stop();
    expect(headings.seen).not.toContain(self);
    expect(headings.seen.at(-1)).toBe(other);
  });
});
