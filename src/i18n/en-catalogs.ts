/**
 * English, whole: the screens' words and the rule texts, in both perspectives, for the tools and
 * tests that need all of it at once. The page itself never imports this module: it loads each part
 * when needed (see `load-catalogs.ts`).
 */
import { en as enRules } from '../rules/texts/en.ts';
import type { Catalogs } from './catalog.ts';
import { enOther } from './en-other.ts';
import { enOtherRules } from './en-other-rules.ts';
import { enSelf } from './en-self.ts';

export const enCatalogs: Catalogs = {
  self: { ...enSelf, rules: enRules },
  other: { ...enOther, rules: enOtherRules },
};
