/** A screen that fails to render becomes a calm page with the helplines and a way to start again. */
import { render, screen } from '@testing-library/react';
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
    await userEvent.setup().click(screen.getByRole('button', { name: 'Start again' }));
    expect(onStartAgain).toHaveBeenCalledOnce();
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
