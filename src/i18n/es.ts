/**
 * Spanish, whole: the screens' words, the later interface words and the rule texts, in both
 * perspectives, for the tools and tests that need all of it at once. The page itself never imports
 * this module: it loads each part as its own chunk when needed (see `load-catalogs.ts`), so English
 * pages never download Spanish.
 */
import type { Catalogs } from './catalog.ts';
import { esOther } from './es-other.ts';
import { esOtherRules } from './es-other-rules.ts';
import { esOtherUiMore } from './es-other-ui-more.ts';
import { esSelf } from './es-self.ts';
import { esSelfRules } from './es-self-rules.ts';
import { esSelfUiMore } from './es-self-ui-more.ts';

export const esCatalogs: Catalogs = {
  self: { ...esSelf, ui: { ...esSelf.ui, ...esSelfUiMore }, rules: esSelfRules },
  other: { ...esOther, ui: { ...esOther.ui, ...esOtherUiMore }, rules: esOtherRules },
};
