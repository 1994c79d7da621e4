/**
 * The copies a person keeps (copied text, printed summary) speak like the screens: for someone
 * answering about a person they care about, they say "they", and "you" only in "You said ...".
 */
import { catalogIn } from '../support/words.ts';
import { screen, within } from '@testing-library/react';
import type { Language } from '../../src/i18n/languages.ts';
import { assess } from '../../src/rules/assess.ts';
import { assessInEnglish } from '../support/words.ts';
import { answersWith, openResults } from './results-app.tsx';

/**
 * The results of a journey answered about someone else (calm but for heavy drinking, which gives
 * the setting a "You said ..." reason), and the summary copied from them.
 */
async function copiedAboutSomeoneElse(language: Language) {
  const answers = answersWith({ alcohol: 'heavy' });
  const { user, catalog } = await openResults(answers, { language, perspective: 'other' });
  await user.click(screen.getByRole('button', { name: catalog.ui.exports.actions.copy }));
  return { answers, text: await navigator.clipboard.readText() };
}

/** The calm answers suggest a setting; this says so when they do not. */
function suggested<Setting>(setting: Setting | null): Setting {
  if (setting === null) throw new Error('The calm answers should suggest a treatment setting');
  return setting;
}

describe('copies for someone answering about a person they care about', () => {
  it('the copied summary says "they", never "you" outside "You said ..." reasons', async () => {
    const other = catalogIn('en', 'other');
    const { answers, text } = await copiedAboutSomeoneElse('en');
    const result = assess(answers, { perspective: 'other', texts: other.rules });
    const setting = suggested(result.setting);
    expect(setting.reasons.length).toBeGreaterThan(0);
    expect(text).toContain(`${other.ui.exports.answersHeading}\n`);
    expect(text).toContain(`- ${other.questions.questions['self-harm-thoughts'].summary}: No\n`);
    expect(text).toMatch(/\b(they|them|their)\b/i);
    expect(text).toContain('You said they');
    const unwrapped = text.replace(/\n {2}/g, ' ');
    expect(unwrapped.replace(/You said/g, '')).not.toMatch(/\b(you|your|yours|yourself)\b/i);
    expect(unwrapped).not.toContain(suggested(assessInEnglish(answers).setting).description);
    expect(unwrapped).toContain(setting.description);

    const printed = screen.getByRole('region', { name: other.ui.exports.answersHeading });
    expect(
      within(printed).getByText(other.questions.questions['self-harm-thoughts'].summary, { selector: 'dt' }),
    ).toBeInTheDocument();
    expect(within(printed).getByText('1-800-662-4357')).toBeInTheDocument();
  });

  it('in Spanish, the copied summary names the setting, the answers and the helplines in Spanish', async () => {
    const other = catalogIn('es', 'other');
    const { answers, text } = await copiedAboutSomeoneElse('es');
    const setting = suggested(assess(answers, { perspective: 'other', texts: other.rules }).setting);
    expect(text.startsWith(`${other.ui.exports.title}\n`)).toBe(true);
    expect(text).toContain(`${other.ui.exports.settingHeading}\n- ${setting.name}\n`);
    expect(text.replace(/\n {2}/g, ' ')).toContain(
      `${other.ui.exports.helplines.samhsa}: 1-800-662-4357`.replace(/\s+/g, ' '),
    );
    expect(text).toContain(`${other.ui.exports.answersHeading}\n`);
    expect(text).toContain(`- ${other.questions.questions['overdose-now'].summary}: No\n`);
  });
});
