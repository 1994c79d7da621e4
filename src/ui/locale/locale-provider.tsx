/**
 * Which words the screens use: the language (the URL's `lang`, else the browser's preference,
 * else English; the switch changes it) and the perspective the machine holds. Only the English
 * words for "you" are part of the page; the words of another language or perspective are fetched
 * once, when first needed, while the current words stay on screen. Switching never touches the
 * machine, so every answer and the current step are kept.
 *
 * The screens never show one perspective in the other's words: Start and "Continue where you left
 * off" wait for the words of the perspective they move into (`prepareWords`), and a language
 * switch shows the new language only once its words for the current perspective have arrived
 * (with its later interface words and rule texts too, when the current language's are already
 * here for the screens after the questions). The later interface words of the language and
 * perspective on screen are fetched on idle (`preloadOnIdle`).
 */
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Perspective } from '../../../questions/perspective.ts';
import type { Questionnaire } from '../../../questions/schema.ts';
import { LANGUAGES, type Language } from '../../config/url-options.ts';
import { contactsIn, type Contact, type ContactId } from '../../rules/helplines.ts';
import { languages, type ScreenCatalog } from '../../i18n/catalog.ts';
import { enSelf } from '../../i18n/en-self.ts';
import { laterMessages, ruleTexts, screenCatalogs } from '../../i18n/load-catalogs.ts';
import { useAppOptions } from '../app-options.tsx';
import { preloadOnIdle } from '../lazy-screens.tsx';
import { MessagesProvider } from '../messages.tsx';
import { QuestionnaireActor } from '../questionnaire-actor.tsx';
import { preferredLanguage } from './preferred-language.ts';

export type Locale = {
  /** The language on screen (a chosen language shows once its words have arrived). */
  language: Language;
  perspective: Perspective;
  /** The machine's questionnaire in the words of this language and perspective. */
  questionnaire: Questionnaire;
  contacts: Record<ContactId, Contact>;
  switchTo: (language: Language) => void;
  /** Whether the words of `perspective` in the language on screen are here. */
  hasWords: (perspective: Perspective) => boolean;
  /**
   * Fetches the words of `perspective` in the language on screen (and in the language being
   * switched to, if any); settles once the screens can speak that way.
   */
  prepareWords: (perspective: Perspective) => Promise<void>;
};

const LocaleContext = createContext<Locale | null>(null);

/**
 * The words to show: the language on screen in the machine's perspective, else any language whose
 * words for that perspective have arrived. Start and Continue wait for those words, so the last
 * line (the English words for "you") is only a guard while the effect below fetches them.
 */
function wordsFor(shown: Language, perspective: Perspective): { language: Language; catalog: ScreenCatalog } {
  for (const language of [shown, ...LANGUAGES.filter((other) => other !== shown)]) {
    const catalog = screenCatalogs.peek(language, perspective);
    if (catalog) return { language, catalog };
  }
  return { language: 'en', catalog: enSelf };
}

export function LocaleProvider({ children }: { children: ReactNode }) {
  const options = useAppOptions();
  const [wanted, setWanted] = useState<Language>(
    () => options.language ?? preferredLanguage(typeof navigator === 'undefined' ? [] : navigator.languages),
  );
  // A language arrived before the first render (see `preloadForOptions`) shows from the start.
  const [shown, setShown] = useState<Language>(() => (screenCatalogs.peek(wanted, 'self') ? wanted : 'en'));
  // Counts the words that arrived for the language already on screen, which `shown` cannot signal.
  const [, setArrivals] = useState(0);
  const perspective = QuestionnaireActor.useSelector((snapshot) => snapshot.context.perspective);
  const started = QuestionnaireActor.useSelector((snapshot) => !snapshot.matches('intro'));
  const base = QuestionnaireActor.useSelector((snapshot) => snapshot.context.questionnaire);
  const { language, catalog } = wordsFor(shown, perspective);

  // Fetch what the screen should show but does not have yet: the wanted language, or this
  // perspective's words in the language on screen.
  useEffect(() => {
    if (wanted === language && screenCatalogs.peek(language, perspective)) return;
    let current = true;
    const laterHere = laterMessages.peek(language, perspective) !== undefined;
    const resultsHere = ruleTexts.peek(language, perspective) !== undefined;
    const words = screenCatalogs.load(wanted, perspective);
    // A screen after the questions (or the coordinator's tools around every screen) may be showing
    // the later words: the new language shows once its own have arrived, never as a loading line.
    const later = laterHere ? laterMessages.load(wanted, perspective) : undefined;
    // The results are worded from the rule texts: a switch on (or near) them brings those too.
    const texts = resultsHere ? ruleTexts.load(wanted, perspective).catch(() => undefined) : undefined;
    Promise.all([words, later, texts]).then(
      () => {
        if (!current) return;
        setShown(wanted);
        setArrivals((count) => count + 1);
      },
      () => {
        // The words did not arrive: stay in the language on screen, and let the switch try again.
        if (!current) return;
        setWanted(language);
        setShown(language);
      },
    );
    return () => {
      current = false;
    };
  }, [wanted, language, perspective]);

  // The words of the screens after the questions (crisis, "Check your answers", results), so they
  // are here with those screens' code; once the questions start, the rule texts of the results.
  useEffect(() => {
    preloadOnIdle(laterMessages, language, perspective);
  }, [language, perspective]);
  useEffect(() => {
    if (started) preloadOnIdle(ruleTexts, language, perspective);
  }, [started, language, perspective]);

  // Apart from the rest, so a language switch (which changes `wanted` first) does not put the
  // questionnaire into words again until the new words are on screen.
  const questionnaire = useMemo(() => catalog.localize(base), [catalog, base]);
  const locale = useMemo<Locale>(
    () => ({
      language,
      perspective,
      questionnaire,
      contacts: contactsIn(catalog),
      switchTo: setWanted,
      hasWords: (next) => screenCatalogs.peek(language, next) !== undefined,
      prepareWords: async (next) => {
        if (wanted !== language) void screenCatalogs.load(wanted, next).catch(() => undefined);
        // Not waited for (the first question does not need them), but on their way at once.
        void laterMessages.load(language, next).catch(() => undefined);
        await screenCatalogs.load(language, next);
      },
    }),
    [language, perspective, questionnaire, catalog, wanted],
  );
  useEffect(() => {
    document.documentElement.lang = language;
    document.documentElement.dir = languages[language].dir;
  }, [language]);
  return (
    <LocaleContext.Provider value={locale}>
      <MessagesProvider messages={catalog.ui}>{children}</MessagesProvider>
    </LocaleContext.Provider>
  );
}

export function useLocale(): Locale {
  const locale = useContext(LocaleContext);
  if (!locale) throw new Error('useLocale() needs a <LocaleProvider> above it');
  return locale;
}
