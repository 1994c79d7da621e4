/**
 * Spanish, whole: the screens' words and the rule texts, in both perspectives, for the tools and
 * tests that need all of it at once. The page itself never imports this module: it loads each part
 * as its own chunk when needed (see `load-catalogs.ts`), so English pages never download Spanish.
 */
import type { Catalogs } from './catalog.ts';
import { esOther } from './es-other.ts';
import { esOtherRules } from './es-other-rules.ts';
import { esSelf } from './es-self.ts';
import { esSelfRules } from './es-self-rules.ts';

export const esCatalogs: Catalogs = {
  self: { ...esSelf, rules: esSelfRules },
  other: { ...esOther, rules: esOtherRules },
};
