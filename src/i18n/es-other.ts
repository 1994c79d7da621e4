/**
 * Las pantallas en español para quien responde por una persona que le importa ("la persona"). Un
 * chunk propio (ver `load-catalogs.ts`), que se descarga cuando se elige esa opción en español.
 */
import { localizeQuestionnaire } from '../../questions/localize.ts';
import type { ScreenCatalog } from './catalog.ts';
import { esOtherContacts } from './es-other-contacts.ts';
import { esOtherQuestions } from './es-other-questions.ts';
import { esOtherUi } from './es-other-ui.ts';

export const esOther = {
  ui: esOtherUi,
  questions: esOtherQuestions,
  contacts: esOtherContacts,
  localize: (questionnaire) => localizeQuestionnaire(questionnaire, esOtherQuestions),
} satisfies ScreenCatalog;
