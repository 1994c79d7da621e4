/**
 * A fault inside the questionnaire machine (here an action that throws) stops the actor with an
 * error, and @xstate/react's `useSelector` throws that error in every component that reads the
 * machine, the header and the locale included. The page must not go blank or stay frozen on the
 * question: the calm error page shows, with the helplines, and "Start again" begins afresh.
 */
import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import { renderApp, startForMyself } from './render-app.tsx';

const fault = vi.hoisted(() => ({ on: false }));

vi.mock('../../src/machine/navigation.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/machine/navigation.ts')>();
  return {
    ...original,
    withAnswer: (...args: Parameters<typeof original.withAnswer>) => {
      if (fault.on) throw new Error('saving the answer failed');
      return original.withAnswer(...args);
    },
  };
});

/**
 * Errors thrown from timers, which a browser reports as uncaught: that is how xstate reports a
 * failure that some of its subscribers do not handle, so the fault still reaches the console.
 */
const reported: unknown[] = [];
const realSetTimeout = globalThis.setTimeout;

beforeEach(() => {
  // React reports the caught error on the console; the page itself must stay calm.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  vi.spyOn(globalThis, 'setTimeout').mockImplementation((run: () => void, ms?: number) =>
    realSetTimeout(() => {
      try {
        run();
      } catch (error) {
        reported.push(error);
      }
    }, ms),
  );
});

afterEach(() => {
  vi.restoreAllMocks();
  reported.length = 0;
  fault.on = false;
});

async function failOnFirstAnswer() {
  const view = renderApp();
  await startForMyself(view.user);
  fault.on = true;
  await view.user.click(screen.getByRole('radio', { name: 'No' }));
  await view.user.click(screen.getByRole('button', { name: 'Continue' }));
  return view;
}

const errorHeading = () => screen.findByRole('heading', { level: 1, name: 'Sorry, something went wrong' });

describe('a fault in the questionnaire machine', () => {
  it('shows the error page with the helplines instead of leaving the question on screen', async () => {
    await failOnFirstAnswer();
    expect(await errorHeading()).toBeInTheDocument();
    expect(screen.getByRole('main')).toContainElement(await errorHeading());
    expect(screen.queryByRole('button', { name: 'Continue' })).not.toBeInTheDocument();
    const hrefs = screen.getAllByRole('link').map((link) => link.getAttribute('href'));
    expect(hrefs).toEqual(expect.arrayContaining(['tel:+18006624357', 'tel:988', 'tel:911']));
    await waitFor(() => expect(reported).toEqual([new Error('saving the answer failed')]));
  });

  it('"Start again" begins with a fresh questionnaire that moves on again', async () => {
    const { user } = await failOnFirstAnswer();
    await errorHeading();
    fault.on = false;
    await user.click(screen.getByRole('button', { name: 'Start again' }));
    expect(
      screen.getByRole('heading', { level: 1, name: 'Find treatment options for opioid use' }),
    ).toBeInTheDocument();
    await startForMyself(user);
    await user.click(screen.getByRole('radio', { name: 'No' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(
      screen.getByRole('heading', { level: 1, name: 'Are you having thoughts of suicide or of hurting yourself?' }),
    ).toBeInTheDocument();
  });
});
