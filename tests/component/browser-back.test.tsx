/**
 * The browser's Back button and the history entries the questions add. A new screen's entry is
 * added only after the screen is painted (`afterNextPaint`), so a Back can come in between: it must
 * still go back exactly one screen and leave history in line with the screens, so the next Back
 * does the same. The paint is held here until the test lets it happen.
 */
import { act, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp, startForMyself } from './render-app.tsx';

const paints = vi.hoisted(() => ({ waiting: [] as (() => void)[] }));
vi.mock('../../src/ui/after-next-paint.ts', () => ({
  afterNextPaint: (work: () => void) => {
    paints.waiting.push(work);
    return () => {
      const waiting = paints.waiting.indexOf(work);
      if (waiting !== -1) paints.waiting.splice(waiting, 1);
    };
  },
}));

/** Lets the browser paint: runs what was left for after the paint. */
function paint() {
  act(() => {
    for (const work of paints.waiting.splice(0)) work();
  });
}

/** Presses the browser's Back button, and waits until the page has heard of it. */
async function pressBrowserBack() {
  await act(async () => {
    const heard = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    window.history.back();
    await heard;
  });
}

const historyStep = () => (window.history.state as { selfCheckStep?: number } | null)?.selfCheckStep;
const intro = 'Find treatment options for opioid use';
const firstQuestion = 'Is anyone with you showing signs of an overdose right now?';

afterEach(() => {
  paints.waiting.length = 0;
});

describe("the browser's Back button", () => {
  it("adds a new screen's history entry after it is painted; a Back before that goes back one screen, history in line", async () => {
    const { user } = renderApp();
    await startForMyself(user);
    const introStep = historyStep();
    expect(introStep).toBe(0);
    expect(paints.waiting).toHaveLength(1);
    paint();
    expect(historyStep()).toBe(1);

    await user.click(screen.getByRole('radio', { name: 'No' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByRole('heading', { level: 1, name: /thoughts of suicide/ })).toBeInTheDocument();
    // Painted, but its entry not added yet: history is still on the first question's entry.
    expect(historyStep()).toBe(1);
    const entries = window.history.length;

    await pressBrowserBack();
    expect(screen.getByRole('heading', { level: 1, name: firstQuestion })).toHaveFocus();
    expect(screen.getByRole('radio', { name: 'No' })).toBeChecked();
    expect(historyStep()).toBe(1);

    // The paint that was waiting adds nothing more.
    paint();
    expect(historyStep()).toBe(1);
    expect(window.history.length).toBe(entries);

    // The next Back goes one screen back again, to the intro.
    await pressBrowserBack();
    expect(screen.getByRole('heading', { level: 1, name: intro })).toBeInTheDocument();
    expect(historyStep()).toBe(0);
  });

  it('adds one entry per screen, so each Back goes back one screen', async () => {
    const { user } = renderApp();
    await startForMyself(user);
    paint();
    // "No" to the three safety questions.
    for (const label of ['No', 'No', 'No']) {
      await user.click(screen.getByRole('radio', { name: label }));
      await user.click(screen.getByRole('button', { name: 'Continue' }));
      paint();
    }
    expect(screen.getByRole('heading', { level: 1, name: 'Are you 18 or older?' })).toBeInTheDocument();
    const step = historyStep() ?? Number.NaN;

    await pressBrowserBack();
    expect(screen.getByRole('heading', { level: 1, name: 'Right now, do you have any of these?' })).toHaveFocus();
    expect(historyStep()).toBe(step - 1);
    await pressBrowserBack();
    expect(screen.getByRole('heading', { level: 1, name: /thoughts of suicide/ })).toHaveFocus();
    expect(historyStep()).toBe(step - 2);
    await pressBrowserBack();
    expect(screen.getByRole('heading', { level: 1, name: firstQuestion })).toHaveFocus();
    expect(historyStep()).toBe(step - 3);
  });

  it('adds an entry for each screen shown when two screens come before one paint', async () => {
    const { user } = renderApp();
    await startForMyself(user);
    await user.click(screen.getByRole('radio', { name: 'No' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    paint();
    expect(historyStep()).toBe(2);

    await pressBrowserBack();
    expect(screen.getByRole('heading', { level: 1, name: firstQuestion })).toHaveFocus();
    expect(historyStep()).toBe(1);
    await pressBrowserBack();
    expect(screen.getByRole('heading', { level: 1, name: intro })).toBeInTheDocument();
    expect(historyStep()).toBe(0);
  });

  it('adds no history entry once the questionnaire has left the page before its paints', async () => {
    const { user, unmount } = renderApp();
    await startForMyself(user);
    await user.click(screen.getByRole('radio', { name: 'No' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByRole('heading', { level: 1, name: /thoughts of suicide/ })).toBeInTheDocument();
    // Two screens shown, neither painted: the latest one's wait covers both entries.
    expect(paints.waiting).toHaveLength(1);
    const entries = window.history.length;

    unmount();
    expect(paints.waiting).toHaveLength(0);
    expect(window.history.length).toBe(entries);
  });
});
