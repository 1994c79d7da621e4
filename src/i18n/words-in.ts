/**
 * A language's whole words read in one voice, in the three forms the site uses them: the interface
 * (`messages`), the questionnaire with its words put in, and the rules' sentences. For the tools
 * that word a result outside the page (`npm run assess`, the rules doc, the FHIR files) and for
 * tests; the page reads the same through its locale.
 */
import type { Perspective } from '../../questions/perspective.ts';
import type { WordedQuestionnaire } from '../../questions/schema.ts';
import { inVoice } from './voices.ts';
import type { LanguageWords, Messages, RuleTexts } from './word-types.ts';
import { questionnaireIn } from './worded-questionnaire.ts';

export type WordsInVoice = {
  readonly messages: Messages;
  readonly questionnaire: WordedQuestionnaire;
  readonly rules: RuleTexts;
};

export function wordsIn(words: LanguageWords, perspective: Perspective): WordsInVoice {
  return {
    messages: inVoice(words.ui, perspective),
    questionnaire: questionnaireIn(words.questions, perspective),
    rules: inVoice(words.rules, perspective),
  };
}
