/**
 * The types of every words file, all derived from the English files: a language's whole words
 * (`LanguageWords`, both voices), the part that comes with the first screens (`FirstWords`), and
 * what the screens, the rules and the exports read once a voice is chosen (`Messages`,
 * `QuestionTexts`, `RuleTexts`).
 */
import type contacts from './en/contacts.ts';
import type crisis from './en/crisis.ts';
import type questions from './en/questions.ts';
import type screens from './en/screens.ts';
import type { InVoice, WordsLike } from './voices.ts';

/** The English words as one object; its shape is every language's. */
type EnglishWords = {
  ui: typeof import('./en/screens.ts').default &
    typeof import('./en/crisis.ts').default &
    typeof import('./en/check.ts').default &
    typeof import('./en/results.ts').default &
    typeof import('./en/exports.ts').default &
    typeof import('./en/embed.ts').default &
    typeof import('./en/coordinator.ts').default;
  questions: typeof questions;
  rules: typeof import('./en/reasons.ts').default &
    typeof import('./en/settings.ts').default &
    typeof import('./en/medicines.ts').default &
    typeof import('./en/safety.ts').default &
    typeof import('./en/support.ts').default &
    typeof import('./en/next-steps.ts').default &
    typeof import('./en/do-this-now.ts').default &
    typeof import('./en/find-care.ts').default &
    typeof contacts;
};

/** Every word of one language, in both voices. */
export type LanguageWords = WordsLike<EnglishWords>;

/**
 * The words of the screens up to and including the questions, and of the crisis screens, in both
 * voices: what the page needs before anything else. English has them in the first load; another
 * language brings them with the rest of its words.
 */
export type FirstWords = {
  readonly ui: WordsLike<typeof screens & typeof crisis>;
  readonly questions: WordsLike<typeof questions>;
  readonly rules: WordsLike<typeof contacts>;
};

/** The whole interface in one voice. */
export type Messages = InVoice<LanguageWords['ui']>;
/** The interface of the screens up to and including the questions and the crisis screens, in one voice. */
export type ScreenMessages = InVoice<FirstWords['ui']>;
/** The questions' words in one voice. */
export type QuestionTexts = InVoice<LanguageWords['questions']>;
/** Every sentence the rules can say, in one voice. */
export type RuleTexts = InVoice<LanguageWords['rules']>;
