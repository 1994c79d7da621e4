/**
 * The words on screen, as every screen reads them: the language, the voice (the machine's
 * perspective), the questionnaire in those words and the helpline contacts. Provided by
 * `LocaleProvider`; kept apart from it so that the screens, which load as parts of their own, never
 * import the loading plan the provider uses (see load-plan.ts: no import cycle through a part).
 */
import { createContext, useContext } from 'react';
import type { Perspective } from '../../../questions/perspective.ts';
import type { WordedQuestionnaire } from '../../../questions/schema.ts';
import type { Language } from '../../i18n/languages.ts';
import type { LanguageWords } from '../../i18n/word-types.ts';
import type { Contact, ContactId } from '../../rules/helplines.ts';

export type Locale = {
  /** The language on screen (a chosen language shows once its words have arrived). */
  language: Language;
  perspective: Perspective;
  /** The machine's questionnaire in the words of this language and voice. */
  questionnaire: WordedQuestionnaire;
  contacts: Record<ContactId, Contact>;
  /** Shows `language` once its words are here; every answer and the current step stay. */
  switchTo: (language: Language) => void;
  /**
   * The whole words of the language on screen, for the screens after the questions: fetched if
   * needed, the same promise while it is on its way or here (React's `use()` reads it at once).
   */
  wholeWords: () => Promise<LanguageWords>;
};

export const LocaleContext = createContext<Locale | null>(null);

export function useLocale(): Locale {
  const locale = useContext(LocaleContext);
  if (!locale) throw new Error('useLocale() needs a <LocaleProvider> above it');
  return locale;
}
