/**
 * "Someone I care about" on the intro: its words are not part of the page, so choosing that radio
 * starts fetching them, and Start waits for them. The first question the person sees is already
 * about "they": no screen in between shows a question in "you" words. The download is held back
 * here until the test lets it arrive, as on a slow network.
 */
import { act, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { enSelfQuestions } from '../../questions/texts.ts';
import { enOtherQuestions } from '../../src/i18n/en-other-questions.ts';
import { enOtherUi } from '../../src/i18n/en-other-ui.ts';
import { renderApp } from './render-app.tsx';
import { headingsShown } from './headings-shown.ts';

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

// The parts themselves: the module that gathers them (`en-other.ts`) is the held download.
const other = { ui: enOtherUi, questions: enOtherQuestions };
const firstQuestion = 'overdose-now';

describe('starting about someone the person cares about', () => {
  it('fetches the "they" words on choosing, waits for them on Start, and opens the first question in them', async () => {
    const headings = headingsShown();
    const { user } = renderApp();
    expect(download.requests).toBe(0);

    await user.click(screen.getByRole('radio', { name: 'Someone I care about' }));
    // The download starts on choosing; the module loader may take a moment to ask for it.
    await vi.waitFor(() => expect(download.requests).toBe(1));

    await user.click(screen.getByRole('button', { name: 'Start now' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(other.ui.intro.title);
    expect(screen.getByText('Loading the next page.')).toHaveAttribute('role', 'status');

    await act(async () => {
      download.arrive();
      await download.arrived;
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: other.questions.questions[firstQuestion].text }),
    ).toBeInTheDocument();
    expect(screen.getByRole('group', { name: /the person/ })).toBeInTheDocument();
    expect(download.requests).toBe(1);

    headings.stop();
    expect(headings.seen).not.toContain(enSelfQuestions.questions[firstQuestion].text);
    expect(headings.seen).toEqual([other.ui.intro.title, other.questions.questions[firstQuestion].text]);
  });
});
