/**
 * A screen that fails to render becomes a calm page with the helplines, a way to try again that
 * resets nothing, and a way to start again; the page gives way by itself when the step changes.
 */
import { render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import userEvent from '@testing-library/user-event';
import { afterEach, vi } from 'vitest';
import { ErrorBoundary } from '../../src/ui/components/error-boundary.tsx';

const state = { broken: true };

function Fragile() {
  if (state.broken) throw new Error('render failed');
  return <h1>Working screen</h1>;
}

afterEach(() => {
  vi.restoreAllMocks();
  state.broken = true;
});

function renderBroken(onStartAgain: () => void = vi.fn()) {
  // React reports the caught error on the console; the page itself must stay calm.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  render(
    <ErrorBoundary onStartAgain={onStartAgain}>
      <Fragile />
    </ErrorBoundary>,
  );
}

describe('error boundary', () => {
  it('shows a calm page with the SAMHSA, 988 and 911 numbers instead of a broken screen', () => {
    renderBroken();
    expect(screen.getByRole('heading', { level: 1, name: 'Sorry, something went wrong' })).toBeInTheDocument();
    expect(screen.queryByText('render failed')).not.toBeInTheDocument();
    const hrefs = screen.getAllByRole('link').map((link) => link.getAttribute('href'));
    expect(hrefs).toEqual(expect.arrayContaining(['tel:+18006624357', 'tel:988', 'tel:911']));
  });

  it('"Start again" resets the questionnaire and shows the screens again', async () => {
    const onStartAgain = vi.fn();
    renderBroken(onStartAgain);
    state.broken = false;
    await userEvent.setup({ delay: null }).click(screen.getByRole('button', { name: 'Start again' }));
    expect(onStartAgain).toHaveBeenCalledOnce();
    expect(screen.getByRole('heading', { level: 1, name: 'Working screen' })).toBeInTheDocument();
  });

  it('offers no "Try again" where it cannot keep the answers (the machine\'s own boundary)', () => {
    renderBroken();
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
  });

  it('"Try again" renders the screen afresh without resetting anything, and says Start again clears the answers', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const onStartAgain = vi.fn();
    render(
      <ErrorBoundary canTryAgain onStartAgain={onStartAgain}>
        <Fragile />
      </ErrorBoundary>,
    );
    expect(screen.getByText(/Your answers are still here/)).toBeInTheDocument();
    expect(screen.getByText('Start again clears all your answers, a saved copy too.')).toBeInTheDocument();
    state.broken = false;
    await userEvent.setup({ delay: null }).click(screen.getByRole('button', { name: 'Try again' }));
    expect(onStartAgain).not.toHaveBeenCalled();
    expect(screen.getByRole('heading', { level: 1, name: 'Working screen' })).toBeInTheDocument();
  });

  it("gives way to the screens when the step changes, as after the browser's Back", () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const boundary = (step: string, children: ReactNode) => (
      <ErrorBoundary canTryAgain resetKey={step} onStartAgain={vi.fn()}>
        {children}
      </ErrorBoundary>
    );
    const { rerender } = render(boundary('results', <Fragile />));
    expect(screen.getByRole('heading', { level: 1, name: 'Sorry, something went wrong' })).toBeInTheDocument();
    rerender(boundary('results', <Fragile />));
    expect(screen.getByRole('heading', { level: 1, name: 'Sorry, something went wrong' })).toBeInTheDocument();
    state.broken = false;
    rerender(boundary('check', <Fragile />));
    expect(screen.getByRole('heading', { level: 1, name: 'Working screen' })).toBeInTheDocument();
  });

  it('renders its children untouched when nothing fails', () => {
    state.broken = false;
    render(
      <ErrorBoundary onStartAgain={vi.fn()}>
        <Fragile />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Working screen' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Start again' })).not.toBeInTheDocument();
  });
});
