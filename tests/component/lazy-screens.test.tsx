/**
 * Screens that load lazily: while a chunk is on its way a calm loading line is announced; once it
 * arrives the screen shows and its heading takes focus, as every screen's heading does; a chunk
 * fetched ahead of time renders at once, with no loading line at all.
 */
import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PageHeading } from '../../src/ui/components/page-heading.tsx';
import { LazyBoundary } from '../../src/ui/components/screen-loading.tsx';
import { lazyComponent } from '../../src/ui/lazy-parts.tsx';
import { once } from '../../src/ui/once.ts';

function Results() {
  return <PageHeading title="Your results">Your results</PageHeading>;
}

/** A lazy screen whose chunk arrives only when the test says so. */
function controlledScreen() {
  let arrive: (component: typeof Results) => void = () => undefined;
  const chunk = new Promise<typeof Results>((resolve) => {
    arrive = resolve;
  });
  const part = once('results screen', () => chunk);
  return { Screen: lazyComponent(part), part, arrive: (component: typeof Results) => arrive(component) };
}

describe('a lazily loaded screen', () => {
  it('announces a loading line until its chunk arrives, then shows the screen with focus on its heading', async () => {
    const { Screen, arrive } = controlledScreen();
    render(
      <LazyBoundary>
        <Screen />
      </LazyBoundary>,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Loading the next page.');
    expect(screen.queryByRole('heading')).not.toBeInTheDocument();

    await act(async () => {
      arrive(Results);
      await Promise.resolve();
    });
    const heading = await screen.findByRole('heading', { level: 1, name: 'Your results' });
    expect(heading).toHaveFocus();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('renders at once, with no loading line, when its chunk was fetched ahead', async () => {
    const { Screen, part, arrive } = controlledScreen();
    arrive(Results);
    await part.load();
    render(
      <LazyBoundary>
        <Screen />
      </LazyBoundary>,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Your results' })).toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('tries the download again after a failed one', async () => {
    let attempts = 0;
    const part = once('results screen', () => {
      attempts += 1;
      return attempts === 1 ? Promise.reject(new Error('offline')) : Promise.resolve(Results);
    });
    const Screen = lazyComponent(part);
    await expect(part.load()).rejects.toThrow('offline');
    await part.load();
    expect(attempts).toBe(2);
    render(<Screen />);
    expect(screen.getByRole('heading', { level: 1, name: 'Your results' })).toBeInTheDocument();
  });
});
