/**
 * The crisis interrupts a person sees, in each language and voice: signs of a dangerous withdrawal
 * now lead to "get emergency care" with 911 (WD-1), and the overdose steps include SAFE-1's: stay
 * with the person, a second naloxone dose in the other nostril when there is no response after 2
 * to 3 minutes, and naloxone wearing off before the opioids do.
 */
import { screen, within } from '@testing-library/react';
import type { Perspective } from '../../questions/perspective.ts';
import { LANGUAGES, type Language } from '../../src/i18n/languages.ts';
import { catalogIn } from '../support/words.ts';
import { answerOne, calmValues, heading, renderWith, type ValuePicks } from './l10n-app.tsx';

const everyVoice = LANGUAGES.flatMap((language) =>
  (['self', 'other'] as const).map((perspective) => ({ language, perspective })),
);

/** The page in `language`, started for `perspective`, on the first question. */
async function startIn(language: Language, perspective: Perspective) {
  const catalog = catalogIn(language, perspective);
  const view = renderWith(`?lang=${language}`);
  await view.user.click(await screen.findByRole('radio', { name: catalog.ui.locale.perspective[perspective] }));
  await view.user.click(screen.getByRole('button', { name: catalog.ui.intro.start }));
  await screen.findByRole('heading', { level: 1, name: catalog.questions.questions['overdose-now'].text });
  const answer = (picks: ValuePicks) => answerOne({ user: view.user, catalog, picks, by: 'clicks' });
  return { ...view, catalog, answer };
}

/** SAFE-1's edited steps, in each language's words. */
const addedOverdoseSteps: Record<Language, RegExp[]> = {
  en: [/stay with them until help arrives/i, /no response 2 to 3 minutes after a dose/i, /other nostril/i, /wear off/i],
  es: [
    /hasta que llegue la ayuda/i,
    /2 a 3 minutos después de una dosis/i,
    /otra fosa nasal/i,
    /dejar de hacer efecto/i,
  ],
};

describe.each(everyVoice)('the crisis screens in $language, for $perspective', ({ language, perspective }) => {
  it('a yes to danger signs now shows "get emergency care" with 911 at once, and the questions go on after it', async () => {
    const { user, catalog, answer } = await startIn(language, perspective);
    await answer(calmValues);
    await answer(calmValues);
    await answer({ 'danger-signs-now': ['yes'] });

    const t = catalog.ui.crisis;
    expect(heading()).toHaveTextContent(t.emergencyTitle);
    expect(heading()).toHaveFocus();
    expect(document.title).toBe(catalog.ui.serviceName);
    expect(screen.getByText(t.emergencyLead)).toBeInTheDocument();
    expect(t.emergencyLead).toMatch(language === 'en' ? /emergency department or .*911/ : /sala de emergencias/);
    expect(screen.getByRole('link', { name: catalog.rules.contacts.emergency })).toHaveAttribute('href', 'tel:911');
    // Not the other crises' help.
    expect(screen.queryByRole('link', { name: catalog.rules.contacts.lifelineCall })).not.toBeInTheDocument();
    expect(screen.queryByText(t.overdoseSteps[0] ?? '')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: t.continue }));
    expect(heading()).toHaveTextContent(catalog.questions.questions.adult.text);
    expect(heading()).toHaveFocus();
  });

  it('Back from the emergency screen returns to the question, with its yes still chosen', async () => {
    const { user, catalog, answer } = await startIn(language, perspective);
    await answer(calmValues);
    await answer(calmValues);
    await answer({ 'danger-signs-now': ['yes'] });
    await user.click(screen.getByRole('button', { name: catalog.ui.back }));
    const question = catalog.questions.questions['danger-signs-now'];
    expect(heading()).toHaveTextContent(question.text);
    expect(screen.getByLabelText(question.options.yes.label, { selector: 'input' })).toBeChecked();
  });

  it('a yes to an overdose now lists every step, SAFE-1’s added ones included, after the 911 link', async () => {
    const { catalog, answer } = await startIn(language, perspective);
    await answer({ 'overdose-now': ['yes'] });
    const t = catalog.ui.crisis;
    expect(heading()).toHaveTextContent(t.overdoseTitle);
    const steps = within(screen.getByRole('main')).getAllByRole('listitem');
    expect(steps.map((step) => step.textContent)).toEqual(t.overdoseSteps);
    for (const added of addedOverdoseSteps[language]) {
      expect(steps.filter((step) => added.test(step.textContent))).toHaveLength(1);
    }
    const call = screen.getByRole('link', { name: catalog.rules.contacts.emergency });
    expect(call).toHaveAttribute('href', 'tel:911');
    expect(call.compareDocumentPosition(steps[0] as Node) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });
});

describe('the crisis screens in each voice', () => {
  it('speak of "them" to someone answering about another person, never "you"', () => {
    const other = catalogIn('en', 'other').ui.crisis;
    for (const text of [other.emergencyTitle, other.emergencyLead, ...other.overdoseSteps]) {
      expect(text).not.toMatch(/\b(you|your)\b/i);
    }
    expect(other.emergencyTitle).not.toBe(catalogIn('en', 'self').ui.crisis.emergencyTitle);
  });
});
