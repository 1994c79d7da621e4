/**
 * Las palabras que llevan a cada contacto de ayuda, en español, para quien responde por una persona
 * que le importa. En su propio módulo, como `es-self-contacts.ts`.
 */
import type { RuleTexts } from '../rules/texts/rule-texts.ts';
import { esSelfContacts } from './es-self-contacts.ts';

export const esOtherContacts = {
  ...esSelfContacts,
  samhsaText: 'Envíe un código postal por mensaje de texto al',
} satisfies RuleTexts['contacts'];
