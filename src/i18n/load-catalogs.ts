/**
 * Where each part of the words comes from. Only the English screens for "you" are part of the page:
 * every other part is a chunk of its own, fetched once, when needed or just before.
 * - The screens' words (`ScreenCatalog`) of another perspective or language: when the person
 *   chooses it (Start and the language switch wait for them).
 * - The later interface words (`LaterMessages`: crisis, check, results, exports, a clinic's results,
 *   the coordinator's tools): on idle once the page is up, like the screens that use them (see
 *   `preloadOnIdle` in `src/ui/lazy-screens.tsx`), and as soon as another perspective is
 *   chosen; in coordinator mode, before the first render.
 * - The rule texts, which word the results, the exports and a coordinator's case note: on idle once
 *   the questions have started (see `preloadOnIdle` in `src/ui/lazy-screens.tsx`).
 */
import type { RuleTexts } from '../rules/texts/rule-texts.ts';
import type { ScreenCatalog } from './catalog.ts';
import type { LaterMessages } from './en-ui-more.ts';
import { enSelf } from './en-self.ts';
import { fetchedOnce } from './fetched-once.ts';

export const screenCatalogs = fetchedOnce<ScreenCatalog>(
  {
    en: {
      self: () => Promise.resolve(enSelf),
      other: () => import('./en-other.ts').then((module) => module.enOther),
    },
    es: {
      self: () => import('./es-self.ts').then((module) => module.esSelf),
      other: () => import('./es-other.ts').then((module) => module.esOther),
    },
  },
  { 'en/self': enSelf },
);

export const laterMessages = fetchedOnce<LaterMessages>({
  en: {
    self: () => import('./en-ui-more.ts').then((module) => module.enUiMore),
    other: () => import('./en-other-ui-more.ts').then((module) => module.enOtherUiMore),
  },
  es: {
    self: () => import('./es-self-ui-more.ts').then((module) => module.esSelfUiMore),
    other: () => import('./es-other-ui-more.ts').then((module) => module.esOtherUiMore),
  },
});

export const ruleTexts = fetchedOnce<RuleTexts>({
  en: {
    self: () => import('../rules/texts/en.ts').then((module) => module.en),
    other: () => import('./en-other-rules.ts').then((module) => module.enOtherRules),
  },
  es: {
    self: () => import('./es-self-rules.ts').then((module) => module.esSelfRules),
    other: () => import('./es-other-rules.ts').then((module) => module.esOtherRules),
  },
});
