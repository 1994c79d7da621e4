/** English, loaded with the page: for the person answering, and for someone they care about. */
import { enSelfQuestions } from '../../questions/texts.ts';
import { en as enRules } from '../rules/texts/en.ts';
import type { Catalogs } from './catalog.ts';
import { en } from './en.ts';
import { enOtherQuestions } from './en-other-questions.ts';
import { enOtherRules } from './en-other-rules.ts';
import { enOtherUi } from './en-other-ui.ts';

export const enCatalogs: Catalogs = {
  self: { ui: en, questions: enSelfQuestions, rules: enRules },
  other: { ui: enOtherUi, questions: enOtherQuestions, rules: enOtherRules },
};
