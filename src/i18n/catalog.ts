/**
 * What one language in one perspective says: the interface, the questions and the results. Every
 * part has a type derived from its English source, so a catalog missing a key, or with a key the
 * English does not have, fails the type check.
 *
 * The page loads these in three parts. A `ScreenCatalog` is what every screen up to and including
 * the questions needs (the interface's first part, the questions, and the few words that lead into
 * each helpline contact in the header). The rest of the interface (`LaterMessages`: crisis, check,
 * results, exports, a clinic's results, the coordinator's tools) and the rule texts, which only word
 * the results, the exports and a coordinator's case note, come separately and later (see
 * `load-catalogs.ts`).
 */
import type { Perspective } from '../../questions/perspective.ts';
import type { Questionnaire } from '../../questions/schema.ts';
import type { QuestionTexts } from '../../questions/texts.ts';
import type { RuleTexts } from '../rules/texts/rule-texts.ts';
import type { Language } from '../config/url-options.ts';
import type { Messages, ScreenMessages } from './en.ts';

/** The words of the screens up to the questions, in one language and perspective. */
export type ScreenCatalog = {
  readonly ui: ScreenMessages;
  /**
   * The questions' words; none means the questionnaire's own (English, for the person answering),
   * so the page does not carry a second copy of them.
   */
  readonly questions?: QuestionTexts;
  readonly contacts: RuleTexts['contacts'];
  /**
   * The questionnaire in these words. The English words for "you" are the questionnaire's own; the
   * other catalogs bring the code that puts theirs in, so a first visit downloads none of it.
   */
  readonly localize: (questionnaire: Questionnaire) => Questionnaire;
};

/** Everything one language says in one perspective: the whole interface, the questions, the rule texts. */
export type Catalog = ScreenCatalog & {
  readonly ui: Messages;
  readonly questions: QuestionTexts;
  readonly rules: RuleTexts;
};

/** A language's catalogs, one per perspective. */
export type Catalogs = Readonly<Record<Perspective, Catalog>>;

/** How each language names itself (for the switch) and which way it is written. */
export const languages = {
  en: { name: 'English', dir: 'ltr' },
  es: { name: 'Español', dir: 'ltr' },
} as const satisfies Record<Language, { name: string; dir: 'ltr' | 'rtl' }>;
