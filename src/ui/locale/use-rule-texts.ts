/**
 * The rules' sentences in the language and voice on screen, for the screens that word the rules'
 * result (the results, the exports made from them, a coordinator's case note). They come with the
 * language's whole words (see `use-all-messages.ts`).
 */
import { use } from 'react';
import { inVoice } from '../../i18n/voices.ts';
import type { RuleTexts } from '../../i18n/word-types.ts';
import { useLocale } from './locale-context.ts';

export function useRuleTexts(): RuleTexts {
  const { wholeWords, perspective } = useLocale();
  return inVoice(use(wholeWords()).rules, perspective);
}
