/**
 * The results page a person sees for themselves or for someone they care about, in each language:
 * what takes the setting's place when none is suggested, the answers kept back or not known, and
 * no words meant for professionals (ASAM level numbers, the PHQ-2 and GAD-2 names), which the
 * printout and coordinator mode keep.
 */
import { screen, within } from '@testing-library/react';
import { LANGUAGES } from '../../src/i18n/languages.ts';
import { answerByKeysUntil, calm, renderCoordinator } from './coordinator-app.tsx';
import { textOnScreen } from './on-screen.ts';
import { answersWith, openResults, skippedHeadingLevels } from './results-app.tsx';

const everyVoice = LANGUAGES.flatMap((language) =>
  (['self', 'other'] as const).map((perspective) => ({ language, perspective })),
);

/** The statements of a results region, as its list shows them. */
const itemsIn = (region: HTMLElement) =>
  within(region)
    .getAllByRole('listitem')
    .map((item) => item.textContent);

/** Both screens were answered "more than half the days" or more: positive PHQ-2 and GAD-2. */
const lowMood = {
  'phq-interest': 'nearly-every-day',
  'phq-down': 'nearly-every-day',
  'gad-nervous': 'nearly-every-day',
  'gad-worry': 'nearly-every-day',
} as const;

beforeEach(() => localStorage.clear());

describe.each(everyVoice)('the results in $language, for $perspective', ({ language, perspective }) => {
  it('with thoughts of suicide, puts 988 first and a crisis evaluation in the setting’s place, with its reasons', async () => {
    const { catalog, recommendation } = await openResults(answersWith({ 'self-harm-thoughts': 'yes' }), {
      language,
      perspective,
    });
    const t = catalog.ui.results;
    expect(recommendation.insteadOfSetting?.id).toBe('crisis-first');
    const first = screen.getByRole('region', { name: t.noSettingHeading });
    expect(within(first).getByRole('heading', { level: 2 })).toHaveTextContent(t.noSettingHeading);
    expect(first).toHaveTextContent(catalog.rules.insteadOfSetting['crisis-first']);
    expect(within(first).getByRole('heading', { level: 3, name: t.reasonsHeading })).toBeInTheDocument();
    expect(itemsIn(first)).toEqual(recommendation.insteadOfSetting?.reasons.map((reason) => reason.text));
    expect(screen.queryByRole('region', { name: new RegExp(`^${t.settingHeading}`) })).not.toBeInTheDocument();
    // "Get help now" with 988 comes before it.
    const h2s = screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);
    expect(h2s.indexOf(t.urgentHeading)).toBeGreaterThanOrEqual(0);
    expect(h2s.indexOf(t.urgentHeading)).toBeLessThan(h2s.indexOf(t.noSettingHeading));
    expect(
      within(screen.getByRole('region', { name: t.urgentHeading })).getAllByRole('link', { name: /988/ }).length,
    ).toBeGreaterThan(0);
    expect(skippedHeadingLevels()).toEqual([]);
  });

  it('with fewer than two signs, says kindly that no setting is suggested, and still lists the medicines and next steps', async () => {
    const answers = answersWith({ control: ['none'], 'life-impact': ['none'], 'body-changes': ['none'] });
    const { catalog, recommendation } = await openResults(answers, { language, perspective });
    const t = catalog.ui.results;
    expect(recommendation.insteadOfSetting?.id).toBe('few-signs');
    const first = screen.getByRole('region', { name: t.noSettingHeading });
    expect(first).toHaveTextContent(catalog.rules.insteadOfSetting['few-signs']);
    expect(itemsIn(first)).toEqual(recommendation.insteadOfSetting?.reasons.map((reason) => reason.text));
    expect(screen.queryByRole('region', { name: new RegExp(`^${t.settingHeading}`) })).not.toBeInTheDocument();
    expect(screen.getByRole('region', { name: t.medicationsHeading })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: t.nextStepsHeading })).toBeInTheDocument();
    expect(skippedHeadingLevels()).toEqual([]);
  });

  it('lists each answer kept back or not known under "What to tell the provider", one item each', async () => {
    const unknown = perspective === 'self' ? 'prefer-not-to-say' : 'dont-know';
    const answers = answersWith({
      alcohol: unknown,
      pregnancy: unknown,
      'recent-overdose': perspective === 'self' ? 'no' : 'dont-know',
    });
    const { catalog, recommendation } = await openResults(answers, { language, perspective });
    const region = screen.getByRole('region', { name: catalog.ui.results.unknownsHeading });
    expect(within(region).getByRole('heading', { level: 2 })).toHaveTextContent(catalog.ui.results.unknownsHeading);
    expect(recommendation.unknowns.length).toBeGreaterThanOrEqual(2);
    expect(itemsIn(region)).toEqual(recommendation.unknowns.map((statement) => statement.text));
    expect(itemsIn(region)).toContain(catalog.rules.unknowns.alcohol);
    expect(itemsIn(region)).toContain(catalog.rules.unknowns.pregnancy);
    expect(skippedHeadingLevels()).toEqual([]);
  });

  it('shows no ASAM level and no PHQ-2 or GAD-2 on screen, while the printout keeps them', async () => {
    const { catalog, recommendation } = await openResults(answersWith(lowMood), { language, perspective });
    // The answers do make the rules cite the mood screens and give a setting with an ASAM level.
    const setting = recommendation.setting;
    if (setting === null) throw new Error('These answers should suggest a setting');
    expect(recommendation.nextSteps.flatMap((step) => step.sources)).toContain('PHQ-2');
    const main = screen.getByRole('main');
    expect(textOnScreen(main)).not.toMatch(/ASAM|PHQ|GAD/);
    expect(textOnScreen(main)).not.toMatch(/\b(level|nivel|niveles) \d/i);
    expect(screen.getByText(setting.asamOrientation)).toHaveClass('print-only');
    const printed = screen.getByRole('region', { name: catalog.ui.exports.moodChecks.heading });
    expect(printed).toHaveClass('print-only');
    expect(printed).toHaveTextContent(/PHQ-2.*GAD-2/);
  });
});

describe('the results in coordinator mode', () => {
  it('show the ASAM level on screen, and list the mood screens among the sources', async () => {
    const { user } = await renderCoordinator();
    await user.click(screen.getByRole('button', { name: 'Start the call' }));
    const nearlyEveryDay = ['Nearly every day'];
    await answerByKeysUntil(user, {
      ...calm,
      'phq-interest': nearlyEveryDay,
      'phq-down': nearlyEveryDay,
      'gad-nervous': nearlyEveryDay,
      'gad-worry': nearlyEveryDay,
    });
    await user.click(screen.getByRole('button', { name: 'See my results' }));
    const setting = screen.getByRole('region', { name: /^Suggested setting/ });
    const orientation = within(setting).getByText(/^Roughly ASAM level \d/);
    expect(orientation).not.toHaveClass('print-only');
    expect(textOnScreen(setting)).toMatch(/ASAM level \d/);
    // The sources list names each source by its id.
    for (const id of ['SET-2', 'PHQ-2', 'GAD-2'])
      expect(screen.getByText(id, { selector: '.source-id' })).toBeInTheDocument();
  });
});
