/**
 * The site's own words, as tests read them: each language in each voice, read the same way the
 * page reads them (`wordsIn`), so a test that looks for a label finds the one a person sees.
 */
import type { Answers } from '../../questions/answers.ts';
import type { Perspective } from '../../questions/perspective.ts';
import englishWords from '../../src/i18n/en/words.ts';
import spanishWords from '../../src/i18n/es/words.ts';
import type { Language } from '../../src/i18n/languages.ts';
import type { LanguageWords } from '../../src/i18n/word-types.ts';
import { inVoice } from '../../src/i18n/voices.ts';
import { wordsIn } from '../../src/i18n/words-in.ts';
import { assess } from '../../src/rules/assess.ts';
import { contactsIn } from '../../src/rules/helplines.ts';

export const languageWords: Readonly<Record<Language, LanguageWords>> = { en: englishWords, es: spanishWords };

export const inWords = (language: Language, perspective: Perspective) => wordsIn(languageWords[language], perspective);

/** English for a person answering for themselves: what most tests read. */
const english = inWords('en', 'self');
export const { questionnaire } = english;
export const en = english.messages;
export const enRules = english.rules;

/** The rules' result worded in English, in the voice of whoever is answering. */
export function assessInEnglish(answers: Answers, perspective: Perspective = 'self') {
  return assess(answers, { perspective, texts: inWords('en', perspective).rules });
}

/** A language's whole words in one voice, as plain texts: `ui`, `questions` and `rules`. */
export const catalogIn = (language: Language, perspective: Perspective) =>
  inVoice(languageWords[language], perspective);

/** Every helpline contact, with its English words for a person answering for themselves. */
export const helplines = contactsIn(enRules);
export type Catalog = ReturnType<typeof catalogIn>;
