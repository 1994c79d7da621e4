/**
 * The rule texts in the language and perspective on screen, for the screen that words the rules'
 * result (the results, and the exports made from them). They are a chunk of their own, normally
 * fetched on idle while the person answers (`preloadOnIdle`, from the locale provider); if they have not arrived yet,
 * the screen suspends and the nearest loading line shows until they do.
 */
import { use } from 'react';
import { ruleTexts } from '../../i18n/load-catalogs.ts';
import type { RuleTexts } from '../../rules/texts/rule-texts.ts';
import { useLocale } from './locale-provider.tsx';

export function useRuleTexts(): RuleTexts {
  const { language, perspective } = useLocale();
  // Always through `use()`, so every render of the screen reads them the same way; once they are
  // here, it returns them at once (see `fetched-once.ts`).
  return use(ruleTexts.load(language, perspective));
}
