/**
 * Las pantallas en español para quien responde por sí mismo ("usted"). Un chunk propio (ver
 * `load-catalogs.ts`), que se descarga solo cuando se elige el español o el navegador lo prefiere.
 */
import { localizeQuestionnaire } from '../../questions/localize.ts';
import type { ScreenCatalog } from './catalog.ts';
import { esSelfContacts } from './es-self-contacts.ts';
import { esSelfQuestions } from './es-self-questions.ts';
import { esSelfUi } from './es-self-ui.ts';

export const esSelf = {
  ui: esSelfUi,
  questions: esSelfQuestions,
  contacts: esSelfContacts,
  localize: (questionnaire) => localizeQuestionnaire(questionnaire, esSelfQuestions),
} satisfies ScreenCatalog;
