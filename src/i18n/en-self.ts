/** The English screens for the person answering ("you"): the only words that come with the page. */
import { enContacts } from '../rules/texts/en-contacts.ts';
import type { ScreenCatalog } from './catalog.ts';
import { enUi } from './en-ui.ts';

export const enSelf: ScreenCatalog = {
  ui: enUi,
  contacts: enContacts,
  localize: (questionnaire) => questionnaire,
};
