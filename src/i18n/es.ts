/**
 * Spanish, in both perspectives. Only loaded (as its own chunk, through `load-catalogs.ts`) when a
 * person chooses Spanish or their browser prefers it, so English pages never download it.
 */
import type { Catalogs } from './catalog.ts';
import { esOtherQuestions } from './es-other-questions.ts';
import { esOtherRules } from './es-other-rules.ts';
import { esOtherUi } from './es-other-ui.ts';
import { esSelfQuestions } from './es-self-questions.ts';
import { esSelfRules } from './es-self-rules.ts';
import { esSelfUi } from './es-self-ui.ts';

export const esCatalogs: Catalogs = {
  self: { ui: esSelfUi, questions: esSelfQuestions, rules: esSelfRules },
  other: { ui: esOtherUi, questions: esOtherQuestions, rules: esOtherRules },
};
