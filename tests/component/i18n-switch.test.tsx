/** The language switch changes the words only: the step on screen and every answer stay. */
import { screen } from '@testing-library/react';
import { esCatalogs } from '../../src/i18n/es.ts';
import { renderApp } from './render-app.tsx';

const es = esCatalogs.self;

describe('the language switch', () => {
  it('shows the same question in Spanish, keeps the given answer, and switches back', async () => {
    const { user } = renderApp();
    await user.click(screen.getByRole('radio', { name: 'Myself' }));
    await user.click(screen.getByRole('button', { name: 'Start now' }));
    await user.click(screen.getByRole('radio', { name: 'No' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('thoughts of suicide');

    await user.click(screen.getByRole('link', { name: 'Español' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: es.questions.questions['self-harm-thoughts'].text }),
    ).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('es');

    await user.click(screen.getByRole('button', { name: es.ui.back }));
    expect(
      screen.getByRole('heading', { level: 1, name: es.questions.questions['overdose-now'].text }),
    ).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'No' })).toBeChecked();

    await user.click(screen.getByRole('link', { name: 'English' }));
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Is anyone with you showing signs of an overdose right now?',
      }),
    ).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByRole('radio', { name: 'No' })).toBeChecked();
  });
});
