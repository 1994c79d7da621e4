/**
 * The words of the screens after the questions (crisis, check, results, exports, the coordinator's
 * tools) come with a language's whole words. English shows its first screens from the page itself
 * and fetches the rest on idle: a screen that needs them before they have arrived shows the calm
 * loading line, then itself in the right voice, never in "you" words about someone else. Another
 * language shows only once all its words are here, so none of its screens waits. The download is
 * held back here until the test lets it arrive, as on a slow network.
 */
import { act, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Language } from '../../src/i18n/languages.ts';
import { languageWords } from '../../src/ui/load-plan.ts';
import { catalogIn } from '../support/words.ts';
import { headingsShown } from './headings-shown.ts';
import { answerOne, heading, renderWith } from './l10n-app.tsx';

/** Holds back a language's whole words (already loaded or not) until `arrive` is called. */
function holdWholeWords(language: Language) {
  const part = languageWords[language];
  const { load } = part;
  let arrive: () => void = () => undefined;
  const arrived = new Promise<void>((resolve) => {
    arrive = resolve;
  });
  let requests = 0;
  // One promise for the held part, as the real loader gives: the screen reads the same one each time.
  let request: ReturnType<typeof load> | undefined;
  vi.spyOn(part, 'load').mockImplementation(() => {
    requests += 1;
    request ??= arrived.then(load);
    return request;
  });
  return { requests: () => requests, arrive: () => arrive() };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('a screen after the questions whose words have not arrived yet', () => {
  it('about someone the person cares about: the loading line, then the crisis screen in "they" words', async () => {
    const other = catalogIn('en', 'other');
    const self = catalogIn('en', 'self');
    expect(other.ui.crisis.selfHarmTitle).not.toBe(self.ui.crisis.selfHarmTitle);
    const download = holdWholeWords('en');
    const { user } = renderWith('');
    const headings = headingsShown();
    await user.click(screen.getByRole('radio', { name: other.ui.locale.perspective.other }));
    await user.click(screen.getByRole('button', { name: other.ui.intro.start }));
    const firstQuestion = other.questions.questions['overdose-now'].text;
    expect(await screen.findByRole('heading', { level: 1, name: firstQuestion })).toBeInTheDocument();
    await answerOne({ user, catalog: other, picks: { 'overdose-now': ['no'] }, by: 'clicks' });
    await answerOne({
      user,
      catalog: other,
      picks: { 'self-harm-thoughts': ['yes'] },
      by: 'clicks, next screen waits',
    });

    // The loading line is one of the page's status messages (the offline notice is another, empty).
    expect(await screen.findByText(other.ui.speed.loadingPage)).toHaveAttribute('role', 'status');
    expect(download.requests()).toBeGreaterThan(0);
    expect(screen.queryByText(self.ui.crisis.selfHarmTitle)).not.toBeInTheDocument();

    await act(async () => {
      download.arrive();
      await Promise.resolve();
    });
    expect(await screen.findByRole('heading', { level: 1, name: other.ui.crisis.selfHarmTitle })).toBeInTheDocument();
    headings.stop();
    expect(headings.seen).not.toContain(self.ui.crisis.selfHarmTitle);
    expect(heading()).toHaveTextContent(other.ui.crisis.selfHarmTitle);
  });

  it('on a Spanish page: no loading line, the crisis screen in Spanish at once', async () => {
    const es = catalogIn('es', 'self');
    const { user } = renderWith('?lang=es');
    expect(await screen.findByRole('heading', { level: 1, name: es.ui.intro.title })).toBeInTheDocument();
    const headings = headingsShown();
    await user.click(screen.getByRole('radio', { name: es.ui.locale.perspective.self }));
    await user.click(screen.getByRole('button', { name: es.ui.intro.start }));
    await answerOne({ user, catalog: es, picks: { 'overdose-now': ['yes'] }, by: 'clicks' });

    expect(heading()).toHaveTextContent(es.ui.crisis.overdoseTitle);
    headings.stop();
    expect(headings.seen).not.toContain(es.ui.speed.loadingPage);
    expect(headings.seen).not.toContain(catalogIn('en', 'self').ui.crisis.overdoseTitle);
  });
});
