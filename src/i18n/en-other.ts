/**
 * The English screens for someone answering about a person they care about ("they"). A chunk of
 * its own (see `load-catalogs.ts`), fetched when that choice is made on the intro.
 */
import { localizeQuestionnaire } from '../../questions/localize.ts';
import type { ScreenCatalog } from './catalog.ts';
import { enOtherContacts } from './en-other-contacts.ts';
import { enOtherQuestions } from './en-other-questions.ts';
import { enOtherUi } from './en-other-ui.ts';

export const enOther = {
  ui: enOtherUi,
  questions: enOtherQuestions,
  contacts: enOtherContacts,
  localize: (questionnaire) => localizeQuestionnaire(questionnaire, enOtherQuestions),
} satisfies ScreenCatalog;
