/**
 * Las palabras que llevan a cada contacto de ayuda, en español, de usted. En su propio módulo: las
 * pantallas las necesitan antes que el resto de los textos de los resultados.
 */
import type { RuleTexts } from '../rules/texts/rule-texts.ts';

export const esSelfContacts = {
  samhsa: 'Llame a la Línea Nacional de Ayuda de SAMHSA al',
  samhsaTty: 'TTY',
  samhsaText: 'Envíe su código postal por mensaje de texto al',
  findTreatment: 'Busque en FindTreatment.gov',
  lifelineCall: 'Llame al 988',
  lifelineText: 'Envíe un mensaje de texto al 988',
  lifelineChat: 'Chatee en 988lifeline.org',
  emergency: 'Llame al 911',
  poisonControl: 'Llame al Centro de Toxicología al',
} satisfies RuleTexts['contacts'];
