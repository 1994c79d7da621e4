/**
 * Every word of this language, in both voices: the interface, the questions and the rules'
 * sentences. Loaded as one part when the language is chosen (see src/ui/load-plan.ts).
 */
import type { LanguageWords } from '../word-types.ts';
import check from './check.ts';
import contacts from './contacts.ts';
import coordinator from './coordinator.ts';
import crisis from './crisis.ts';
import doThisNow from './do-this-now.ts';
import embed from './embed.ts';
import exportWords from './exports.ts';
import findCare from './find-care.ts';
import medicines from './medicines.ts';
import nextSteps from './next-steps.ts';
import questions from './questions.ts';
import reasons from './reasons.ts';
import results from './results.ts';
import safety from './safety.ts';
import screens from './screens.ts';
import settings from './settings.ts';
import support from './support.ts';

const words = {
  ui: { ...screens, ...crisis, ...check, ...results, ...exportWords, ...embed, ...coordinator },
  questions,
  rules: {
    ...reasons,
    ...settings,
    ...medicines,
    ...safety,
    ...support,
    ...nextSteps,
    ...doThisNow,
    ...findCare,
    ...contacts,
  },
} satisfies LanguageWords;

export default words;
