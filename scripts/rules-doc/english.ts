/**
 * The words the decision table quotes: English, as read by a person answering for themselves,
 * and the answers that fill in the texts with variable parts.
 */
import englishWords from '../../src/i18n/en/words.ts';
import { wordsIn } from '../../src/i18n/words-in.ts';

export const { questionnaire, rules: en } = wordsIn(englishWords, 'self');

/** Texts with variable parts are shown as they read for this answer set. */
export const example = {
  benzodiazepines: 'daily',
  alcohol: 'heavy',
  pregnancy: 'pregnant',
  'current-medicine': 'methadone',
};

/** How the table says whom the variable texts are quoted for (keep in step with `example`). */
export const exampleInWords = 'someone who drinks a lot, takes benzos daily, is pregnant and takes methadone now';
