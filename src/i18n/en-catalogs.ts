/**
 * English, whole: the screens' words, the later interface words and the rule texts, in both
 * perspectives, for the tools and tests that need all of it at once. The page itself never imports
 * this module: it loads each part when needed (see `load-catalogs.ts`).
 */
import { enSelfQuestions } from '../../questions/texts.ts';
import { en as enRules } from '../rules/texts/en.ts';
import type { Catalogs } from './catalog.ts';
import { enOther } from './en-other.ts';
import { enOtherRules } from './en-other-rules.ts';
import { enOtherUiMore } from './en-other-ui-more.ts';
import { enSelf } from './en-self.ts';
import { en } from './en.ts';

export const enCatalogs: Catalogs = {
  self: { ...enSelf, ui: en, questions: enSelfQuestions, rules: enRules },
  other: { ...enOther, ui: { ...enOther.ui, ...enOtherUiMore }, rules: enOtherRules },
};
