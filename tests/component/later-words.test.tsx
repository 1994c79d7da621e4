/**
 * The words of the screens after the questions (check, results, exports, the coordinator's tools)
 * come with a language's whole words; English fetches them on idle. The crisis screens are not
 * among them: their words come with the first screens, so a crisis answer shows its help at once,
 * in the right voice, even while the rest is still on its way (or never arrives). Another language
 * shows only once all its words are here, so none of its screens waits. The download is held back
 * here until the test lets it arrive, as on a slow network.
 */
import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Language } from '../../src/i18n/languages.ts';
import { languageWords } from '../../src/ui/load-plan.ts';
import { catalogIn } from '../support/words.ts';
import { headingsShown } from './headings-shown.ts';
import { answerOne, heading, renderWith } from './l10n-app.tsx';

/** Holds back a language's whole words (already loaded or not) until `arrive` is called (here: never). */
function holdWholeWords(language: Language) {
  const part = languageWords[language];
  const { load } = part;
  let arrive: () => void = () => undefined;
  const arrived = new Promise<void>((resolve) => {
    arrive = resolve;
  });
  // One promise for the held part, as the real loader gives: the screen reads the same one each time.
  let request: ReturnType<typeof load> | undefined;
  vi.spyOn(part, 'load').mockImplementation(() => {
    request ??= arrived.then(load);
    return request;
  });
  return { arrive: () => arrive() };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('a screen after the questions whose words have not arrived yet', () => {
  it('about someone the person cares about: the crisis screen at once in "they" words, with the rest still held back', async () => {
    const other = catalogIn('en', 'other');
    const self = catalogIn('en', 'self');
    expect(other.ui.crisis.selfHarmTitle).not.toBe(self.ui.crisis.selfHarmTitle);
    holdWholeWords('en');
    const { user } = renderWith('');
    const headings = headingsShown();
    await user.click(screen.getByRole('radio', { name: other.ui.locale.perspective.other }));
    await user.click(screen.getByRole('button', { name: other.ui.intro.start }));
    const firstQuestion = other.questions.questions['overdose-now'].text;
    expect(await screen.findByRole('heading', { level: 1, name: firstQuestion })).toBeInTheDocument();
    await answerOne({ user, catalog: other, picks: { 'overdose-now': ['no'] }, by: 'clicks' });
    await answerOne({ user, catalog: other, picks: { 'self-harm-thoughts': ['yes'] }, by: 'clicks' });

    expect(heading()).toHaveTextContent(other.ui.crisis.selfHarmTitle);
    expect(screen.getAllByRole('link').map((link) => link.getAttribute('href'))).toContain('sms:988');
    headings.stop();
    expect(headings.seen).not.toContain(self.ui.crisis.selfHarmTitle);
    expect(screen.queryByText(other.ui.speed.loadingPage)).not.toBeInTheDocument();
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
