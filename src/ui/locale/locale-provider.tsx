/**
 * Which words the screens use: the language (the URL's `lang`, else the browser's preference,
 * else English; the switch changes it) and the perspective the machine holds. English is part of
 * the page; another language is fetched once, when first chosen, while the current words stay on
 * screen. Switching never touches the machine, so every answer and the current step are kept.
 */
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { localizeQuestionnaire } from '../../../questions/localize.ts';
import type { Perspective } from '../../../questions/perspective.ts';
import type { Questionnaire } from '../../../questions/schema.ts';
import type { Language } from '../../config/url-options.ts';
import { contactsIn, type Contact, type ContactId } from '../../rules/helplines.ts';
import { languages, type Catalog, type Catalogs } from '../../i18n/catalog.ts';
import { enCatalogs } from '../../i18n/en-catalogs.ts';
import { loadCatalogs } from '../../i18n/load-catalogs.ts';
import { useAppOptions } from '../app-options.tsx';
import { MessagesProvider } from '../messages.tsx';
import { QuestionnaireActor } from '../questionnaire-actor.ts';
import { preferredLanguage } from './preferred-language.ts';

export type Locale = {
  /** The language on screen (a chosen language shows once its words have arrived). */
  language: Language;
  perspective: Perspective;
  catalog: Catalog;
  /** The machine's questionnaire in the words of this language and perspective. */
  questionnaire: Questionnaire;
  contacts: Record<ContactId, Contact>;
  switchTo: (language: Language) => void;
};

const LocaleContext = createContext<Locale | null>(null);

export function LocaleProvider({ children }: { children: ReactNode }) {
  const options = useAppOptions();
  const [wanted, setWanted] = useState<Language>(
    () => options.language ?? preferredLanguage(typeof navigator === 'undefined' ? [] : navigator.languages),
  );
  const [loaded, setLoaded] = useState<Partial<Record<Language, Catalogs>>>({ en: enCatalogs });
  useEffect(() => {
    if (loaded[wanted]) return;
    let current = true;
    void loadCatalogs(wanted).then((catalogs) => {
      if (current) setLoaded((before) => ({ ...before, [wanted]: catalogs }));
    });
    return () => {
      current = false;
    };
  }, [wanted, loaded]);

  const language: Language = loaded[wanted] ? wanted : 'en';
  const perspective = QuestionnaireActor.useSelector((snapshot) => snapshot.context.perspective);
  const base = QuestionnaireActor.useSelector((snapshot) => snapshot.context.questionnaire);
  const catalog = (loaded[language] ?? enCatalogs)[perspective];
  const locale = useMemo<Locale>(
    () => ({
      language,
      perspective,
      catalog,
      questionnaire: localizeQuestionnaire(base, catalog.questions),
      contacts: contactsIn(catalog.rules),
      switchTo: setWanted,
    }),
    [language, perspective, catalog, base],
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
