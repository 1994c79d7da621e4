/**
 * The language switch changes the words only: the step on screen and every answer stay, and so does
 * the perspective (someone answering about a person they care about keeps "they" words).
 */
import { catalogIn } from '../support/words.ts';
import { screen, within } from '@testing-library/react';
import { LANGUAGES, languages } from '../../src/i18n/languages.ts';
import { headingsShown } from './headings-shown.ts';
import { answerUntilCheck, calmValues, renderWith } from './l10n-app.tsx';
import { renderApp } from './render-app.tsx';

const es = catalogIn('es', 'self');

describe('the language switch', () => {
  it.each(LANGUAGES)(
    'on a page in %s, offers every other language the site lists, each named in itself',
    async (shown) => {
      renderWith(`?lang=${shown}`);
      const nav = await screen.findByRole('navigation', { name: catalogIn(shown, 'self').ui.locale.switchLabel });
      const links = within(nav).getAllByRole('link');
      const others = LANGUAGES.filter((language) => language !== shown);
      expect(links.map((link) => link.textContent)).toEqual(others.map((language) => languages[language].name));
      expect(links.map((link) => link.getAttribute('hreflang'))).toEqual(others);
      expect(
        links.map((link) => new URL(link.getAttribute('href') ?? '', 'http://x').searchParams.get('lang')),
      ).toEqual(others);
    },
  );

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

describe('the language switch while answering about someone else', () => {
  it('shows the question in Spanish "they" words, never in "you" words, and switches back', async () => {
    const { user } = renderApp();
    await user.click(screen.getByRole('radio', { name: 'Someone I care about' }));
    await user.click(screen.getByRole('button', { name: 'Start now' }));
    const english = catalogIn('en', 'other').questions.questions['overdose-now'].text;
    expect(await screen.findByRole('heading', { level: 1, name: english })).toBeInTheDocument();

    const headings = headingsShown();
    await user.click(screen.getByRole('link', { name: 'Español' }));
    const spanish = catalogIn('es', 'other').questions.questions['overdose-now'].text;
    expect(await screen.findByRole('heading', { level: 1, name: spanish })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('es');

    await user.click(screen.getByRole('link', { name: 'English' }));
    expect(await screen.findByRole('heading', { level: 1, name: english })).toBeInTheDocument();
    headings.stop();
    expect(headings.seen).toEqual([english, spanish, english]);
  });

  it('rewords the results in Spanish, with the Spanish rule texts', async () => {
    const { user } = renderWith('');
    await user.click(screen.getByRole('radio', { name: 'Someone I care about' }));
    await user.click(screen.getByRole('button', { name: 'Start now' }));
    const other = catalogIn('en', 'other');
    await screen.findByRole('heading', { level: 1, name: other.questions.questions['overdose-now'].text });
    await answerUntilCheck({ user, catalog: other, picks: calmValues, by: 'clicks' });
    await user.click(screen.getByRole('button', { name: other.ui.check.confirm }));
    expect(await screen.findByRole('heading', { level: 1, name: other.ui.results.title })).toBeInTheDocument();
    expect(screen.getByText(other.rules.nextSteps['samhsa-helpline'].title)).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Español' }));
    const es = catalogIn('es', 'other');
    expect(await screen.findByRole('heading', { level: 1, name: es.ui.results.title })).toBeInTheDocument();
    expect(screen.getByText(es.rules.nextSteps['samhsa-helpline'].title)).toBeInTheDocument();
    expect(screen.queryByText(other.rules.nextSteps['samhsa-helpline'].title)).not.toBeInTheDocument();
  });
});
