/**
 * Saved answers are checked by a reader that is downloaded only when something is stored. When the
 * page has not fetched it before rendering, the intro offers the saved answers, or throws tampered
 * ones away, as soon as it arrives, and never deletes answers saved while it was on its way.
 */
import { screen } from '@testing-library/react';
import { beforeEach, vi } from 'vitest';
import { SAVE_KEY } from '../../src/storage/local-store.ts';
import { serializeProgress } from '../../src/storage/saved-format.ts';

const TAMPERED = '{"format":1,"state":{"answers":{"overdose-now":"<img src=x>"}}';

/** The app and the reader module as a fresh page has them: the reader not yet downloaded. */
async function freshPage() {
  vi.resetModules();
  const { parts } = await import('../../src/ui/load-plan.ts');
  const { renderApp } = await import('./render-app.tsx');
  const reader = parts.savedAnswersReader;
  expect(reader.peek()).toBeUndefined();
  return { reader, renderApp };
}

beforeEach(() => localStorage.clear());

describe('saved answers checked by a reader that is still on its way', () => {
  it('are offered once the reader arrives, and continuing returns to the saved question', async () => {
    localStorage.setItem(
      SAVE_KEY,
      serializeProgress({ answers: { 'overdose-now': 'no' }, questionId: 'self-harm-thoughts' }, Date.now()),
    );
    const { renderApp } = await freshPage();
    const { user } = renderApp();
    await user.click(await screen.findByRole('button', { name: 'Continue where you left off' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveFocus();
    expect(screen.getByRole('heading', { level: 1 })).not.toHaveTextContent(/overdose/i);
  });

  it('are thrown away with the calm notice when tampered with', async () => {
    localStorage.setItem(SAVE_KEY, TAMPERED);
    const { renderApp } = await freshPage();
    renderApp();
    expect(await screen.findByText(/could not use, so we deleted them/)).toBeInTheDocument();
    expect(localStorage.getItem(SAVE_KEY)).toBeNull();
  });

  it('are left alone when newer answers were saved before the reader arrived', async () => {
    localStorage.setItem(SAVE_KEY, TAMPERED);
    const { reader, renderApp } = await freshPage();
    renderApp();
    const newer = serializeProgress({ answers: { 'overdose-now': 'no' }, questionId: null }, Date.now());
    localStorage.setItem(SAVE_KEY, newer);
    // The page's own check was waiting on the same download, so it has run by now.
    await reader.load();
    expect(localStorage.getItem(SAVE_KEY)).toBe(newer);
    expect(screen.queryByText(/could not use, so we deleted them/)).not.toBeInTheDocument();
  });
});
