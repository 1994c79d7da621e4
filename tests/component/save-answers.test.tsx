/** Saving answers on this device: off by default, resumed only by choice, cleared on request, calm when storage fails. */
import { screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, vi } from 'vitest';
import { SAVE_KEY } from '../../src/storage/local-store.ts';
import { serializeProgress } from '../../src/storage/saved-format.ts';
import { parts } from '../../src/ui/load-plan.ts';
import { renderApp } from './render-app.tsx';

const SAVE = 'Save my answers on this device';
const firstQuestion = { name: /overdose/i, level: 1 } as const;

// As src/main.tsx does when something is stored: the reader is here before the app renders. The
// intro waiting for it is tested in save-answers-reader.test.tsx.
beforeAll(async () => {
  await parts.savedAnswersReader.load();
});
beforeEach(() => localStorage.clear());
afterEach(() => {
  vi.restoreAllMocks();
});

async function answerFirstQuestion(view: ReturnType<typeof renderApp>, about = 'Myself') {
  await view.user.click(screen.getByRole('radio', { name: about }));
  await view.user.click(screen.getByRole('button', { name: 'Start now' }));
  // Start waits for the words of the chosen perspective, which may still be on their way.
  expect(await screen.findByRole('heading', firstQuestion)).toBeInTheDocument();
  await view.user.click(screen.getByRole('radio', { name: 'No' }));
  await view.user.click(screen.getByRole('button', { name: 'Continue' }));
}

describe('saving answers on this device', () => {
  it('is off by default: answering stores nothing', async () => {
    const view = renderApp();
    expect(screen.getByRole('checkbox', { name: SAVE })).not.toBeChecked();
    // Nothing runs while the site is closed: the 7 days end only when it is opened again.
    expect(screen.getByText(/After 7 days they are deleted the next time this site is opened/)).toBeInTheDocument();
    await answerFirstQuestion(view);
    expect(localStorage.length).toBe(0);
  });

  it('when chosen, keeps the answers and the current question, and offers them again on the next visit', async () => {
    const view = renderApp();
    await view.user.click(screen.getByRole('checkbox', { name: SAVE }));
    expect(screen.getByText('Saving is on. Your answers are saved on this device as you go.')).toHaveAttribute(
      'role',
      'status',
    );
    await answerFirstQuestion(view, 'Someone I care about');
    const stored = JSON.parse(localStorage.getItem(SAVE_KEY) ?? 'null') as { state: unknown };
    expect(stored.state).toEqual({
      answers: { 'overdose-now': 'no' },
      questionId: 'self-harm-thoughts',
      perspective: 'other',
    });
    const questionHeading = screen.getByRole('heading', { level: 1 }).textContent;
    view.unmount();

    const { user } = renderApp();
    expect(screen.getByRole('heading', { level: 2, name: /We found answers you saved on / })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Continue where you left off' }));
    expect(screen.getByRole('heading', { level: 1, name: questionHeading })).toHaveFocus();
  });

  it('"Start again (clear them)" deletes the saved answers', async () => {
    localStorage.setItem(
      SAVE_KEY,
      serializeProgress({ answers: { 'overdose-now': 'no' }, questionId: null }, Date.now()),
    );
    const view = renderApp();
    await view.user.click(screen.getByRole('button', { name: 'Start again (clear them)' }));
    expect(localStorage.getItem(SAVE_KEY)).toBeNull();
    expect(screen.getByText('Your answers have been cleared from this device.')).toBeInTheDocument();
  });

  it('"Clear my answers" removes every trace and goes back to the start', async () => {
    const view = renderApp();
    await view.user.click(screen.getByRole('checkbox', { name: SAVE }));
    await answerFirstQuestion(view);
    expect(localStorage.getItem(SAVE_KEY)).not.toBeNull();
    await view.user.click(screen.getByRole('button', { name: 'Back' }));
    await view.user.click(screen.getByRole('button', { name: 'Back' }));
    await view.user.click(screen.getByRole('button', { name: 'Clear my answers' }));
    expect(localStorage.length).toBe(0);
    expect(screen.getByText('Your answers have been cleared from this device.')).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: SAVE })).not.toBeChecked();
    await view.user.click(screen.getByRole('radio', { name: 'Myself' }));
    await view.user.click(screen.getByRole('button', { name: 'Start now' }));
    expect(screen.getByRole('radio', { name: 'No' })).not.toBeChecked();
  });

  it('throws away tampered saved answers with a calm notice, and the questionnaire still works', async () => {
    localStorage.setItem(SAVE_KEY, '{"format":1,"state":{"answers":{"overdose-now":"<img src=x>"}}');
    const view = renderApp();
    expect(screen.getByText(/could not use, so we deleted them/)).toBeInTheDocument();
    expect(localStorage.getItem(SAVE_KEY)).toBeNull();
    await answerFirstQuestion(view);
  });

  it('says plainly when this browser does not allow saving, and the questions still work', async () => {
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    const view = renderApp();
    expect(screen.getByText(/Saving is not available on this browser/)).toBeInTheDocument();
    expect(screen.queryByRole('checkbox', { name: SAVE })).not.toBeInTheDocument();
    await answerFirstQuestion(view);
    expect(screen.getByRole('heading', { level: 1 })).not.toHaveTextContent(/overdose/i);
  });
});
