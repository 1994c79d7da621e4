/**
 * Which words the screens use: the language (the URL's `lang`, else the browser's preference,
 * else English; the switch changes it) and the voice of the perspective the machine holds. Only
 * the English words of the first screens are part of the page; another language's words come
 * whole, once, when it is first chosen, while the current words stay on screen. Both voices of a
 * language come together, so choosing "Someone I care about" never waits. Switching never touches
 * the machine, so every answer and the current step are kept.
 */
import { useEffect, useLayoutEffect, useMemo, useState, type ReactNode } from 'react';
import { languages, type Language } from '../../i18n/languages.ts';
import { inVoice } from '../../i18n/voices.ts';
import { questionnaireIn } from '../../i18n/worded-questionnaire.ts';
import { contactsIn } from '../../rules/helplines.ts';
import { useAppOptions } from '../app-options.tsx';
import { englishFirstWords } from '../../i18n/english-first-words.ts';
import { firstWordsIn, languageWords, loadAfterIntro } from '../load-plan.ts';
import { MessagesProvider } from '../messages.tsx';
import { QuestionnaireActor } from '../questionnaire-actor.tsx';
import { LocaleContext, type Locale } from './locale-context.ts';
import { preferredLanguage } from './preferred-language.ts';

export function LocaleProvider({ children }: { children: ReactNode }) {
  const options = useAppOptions();
  const [wanted, setWanted] = useState<Language>(
    () => options.language ?? preferredLanguage(typeof navigator === 'undefined' ? [] : navigator.languages),
  );
  // A language whose words arrived before the first render (see load-plan.ts) shows from the start.
  const [shown, setShown] = useState<Language>(() => (firstWordsIn(wanted) ? wanted : 'en'));
  const perspective = QuestionnaireActor.useSelector((snapshot) => snapshot.context.perspective);
  const started = QuestionnaireActor.useSelector((snapshot) => !snapshot.matches('intro'));

  // The wanted language shows once all its words are here, so no later screen ever has to wait
  // for them; if they cannot be fetched, the page stays in the language on screen.
  useEffect(() => {
    if (wanted === shown) return;
    let current = true;
    languageWords[wanted].load().then(
      () => {
        if (current) setShown(wanted);
      },
      () => {
        if (current) setWanted(shown);
      },
    );
    return () => {
      current = false;
    };
  }, [wanted, shown]);

  // Once the questions have started, what the next screens need loads in idle moments.
  useEffect(() => {
    if (started) void loadAfterIntro(shown);
  }, [started, shown]);

  const first = firstWordsIn(shown) ?? englishFirstWords;
  const locale = useMemo<Locale>(
    () => ({
      language: shown,
      perspective,
      questionnaire: questionnaireIn(first.questions, perspective),
      contacts: contactsIn(inVoice(first.rules, perspective)),
      switchTo: setWanted,
      wholeWords: () => languageWords[shown].load(),
    }),
    [shown, perspective, first],
  );
  // Before paint, so the page never shows words of one language under the other's lang attribute.
  useLayoutEffect(() => {
    document.documentElement.lang = shown;
    document.documentElement.dir = languages[shown].dir;
  }, [shown]);
  return (
    <LocaleContext.Provider value={locale}>
      <MessagesProvider messages={inVoice(first.ui, perspective)}>{children}</MessagesProvider>
    </LocaleContext.Provider>
  );
}
