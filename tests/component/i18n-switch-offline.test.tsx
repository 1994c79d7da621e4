/**
 * The language switch while the network is down: the Spanish words cannot be fetched, so the page
 * stays in English (never half switched) and the switch still offers Español; once the network is
 * back, pressing it again fetches them and shows the page in Spanish.
 */
import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import spanishScreens from '../../src/i18n/es/screens.ts';
import { inVoice } from '../../src/i18n/voices.ts';
import { renderApp } from './render-app.tsx';

const network = vi.hoisted(() => ({ online: false, requests: 0 }));

vi.mock('../../src/i18n/es/words.ts', async (importOriginal) => {
  network.requests += 1;
  if (!network.online) throw new TypeError('Failed to fetch dynamically imported module');
  return importOriginal();
});

describe('the language switch, offline', () => {
  it('stays in English when Spanish cannot be fetched, and switches when pressed again online', async () => {
    const { user } = renderApp();
    await user.click(screen.getByRole('link', { name: 'Español' }));
    await vi.waitFor(() => {
      expect(network.requests).toBe(1);
    });
    expect(await screen.findByRole('link', { name: 'Español' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Find treatment options for opioid use');
    expect(document.documentElement.lang).toBe('en');

    network.online = true;
    await user.click(screen.getByRole('link', { name: 'Español' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: inVoice(spanishScreens, 'self').intro.title }),
    ).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('es');
    expect(network.requests).toBe(2);
  });
});
