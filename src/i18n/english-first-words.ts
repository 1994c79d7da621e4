/**
 * The English words the page carries from its first load: the screens up to and including the
 * questions, the crisis screens (which must never wait for a download that may fail: an overdose
 * answer shows its steps even on a connection that has just dropped), the questions and the
 * contacts. Another language brings these with the rest of its words (see src/ui/load-plan.ts).
 */
import englishContacts from './en/contacts.ts';
import englishCrisis from './en/crisis.ts';
import englishQuestions from './en/questions.ts';
import englishScreens from './en/screens.ts';
import type { FirstWords } from './word-types.ts';

export const englishFirstWords: FirstWords = {
  ui: { ...englishScreens, ...englishCrisis },
  questions: englishQuestions,
  rules: englishContacts,
};
