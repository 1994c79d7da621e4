/**
 * The words of the screens after the questions (crisis, check, results, exports, the coordinator's
 * tools) are a chunk of their own per language and perspective. A screen that needs them before
 * they have arrived shows the calm loading line in the words on screen, then itself in the right
 * words: never in English on a Spanish page, never in "you" words about someone else. The download
 * is held back here until the test lets it arrive, as on a slow network.
 */
import { act, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Perspective } from '../../questions/perspective.ts';
import type { Language } from '../../src/config/url-options.ts';
import { enCatalogs } from '../../src/i18n/en-catalogs.ts';
import { esCatalogs } from '../../src/i18n/es.ts';
import { laterMessages } from '../../src/i18n/load-catalogs.ts';
import { headingsShown } from './headings-shown.ts';
import { answerOne, heading, renderWith } from './l10n-app.tsx';

/** Holds back the later words of one language and perspective until `arrive` is called. */
function holdLaterWords(language: Language, perspective: Perspective) {
  const held = (asked: Language, about: Perspective) => asked === language && about === perspective;
  const { load } = laterMessages;
  let arrive: () => void = () => undefined;
  const arrived = new Promise<void>((resolve) => {
    arrive = resolve;
  });
  const requests: string[] = [];
  // One promise for the held part, as the real loader gives: the screen reads the same one each time.
  let request: ReturnType<typeof load> | undefined;
  vi.spyOn(laterMessages, 'load').mockImplementation((asked, about) => {
    if (!held(asked, about)) return load(asked, about);
    requests.push(`${asked}/${about}`);
    request ??= arrived.then(() => load(asked, about));
    return request;
  });
  return { requests, arrive: () => arrive() };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('a screen after the questions whose words have not arrived yet', () => {
  it('shows the Spanish loading line on a Spanish page, then the crisis screen in Spanish', async () => {
    const es = esCatalogs.self;
    const { user } = renderWith('?lang=es');
    expect(await screen.findByRole('heading', { level: 1, name: es.ui.intro.title })).toBeInTheDocument();
    const download = holdLaterWords('es', 'self');
    const headings = headingsShown();
    await user.click(screen.getByRole('radio', { name: es.ui.locale.perspective.self }));
    await user.click(screen.getByRole('button', { name: es.ui.intro.start }));
    await answerOne({ user, catalog: es, picks: { 'overdose-now': ['yes'] }, by: 'clicks, next screen waits' });

    expect(await screen.findByRole('status')).toHaveTextContent(es.ui.speed.loadingPage);
    expect(download.requests).toContain('es/self');
    expect(screen.queryByText(enCatalogs.self.ui.crisis.overdoseTitle)).not.toBeInTheDocument();

    await act(async () => {
      download.arrive();
      await Promise.resolve();
    });
    expect(await screen.findByRole('heading', { level: 1, name: es.ui.crisis.overdoseTitle })).toBeInTheDocument();
    headings.stop();
    expect(headings.seen).not.toContain(enCatalogs.self.ui.crisis.overdoseTitle);
    expect(headings.seen.at(-1)).toBe(es.ui.crisis.overdoseTitle);
  });

  it('about someone the person cares about: the loading line, then the crisis screen in "they" words', async () => {
    const other = enCatalogs.other;
    const self = enCatalogs.self;
    expect(other.ui.crisis.selfHarmTitle).not.toBe(self.ui.crisis.selfHarmTitle);
    const download = holdLaterWords('en', 'other');
    const { user } = renderWith('');
    const headings = headingsShown();
    await user.click(screen.getByRole('radio', { name: other.ui.locale.perspective.other }));
    await user.click(screen.getByRole('button', { name: other.ui.intro.start }));
    const firstQuestion = other.questions.questions['overdose-now'].text;
    expect(await screen.findByRole('heading', { level: 1, name: firstQuestion })).toBeInTheDocument();
    // Choosing "Someone I care about" already asked for them; they are still on their way.
    expect(download.requests).toContain('en/other');
    await answerOne({ user, catalog: other, picks: { 'overdose-now': ['no'] }, by: 'clicks' });
    await answerOne({
      user,
      catalog: other,
      picks: { 'self-harm-thoughts': ['yes'] },
      by: 'clicks, next screen waits',
    });

    expect(await screen.findByRole('status')).toHaveTextContent(other.ui.speed.loadingPage);
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
});
