/**
 * Las palabras que llevan a cada contacto de ayuda, o que ya lo contienen ("Llame al 911").
 */
import type english from '../en/contacts.ts';
import type { WordsLike } from '../voices.ts';

const contacts = {
  contacts: {
    samhsa: 'Llame a la Línea Nacional de Ayuda de SAMHSA al',
    samhsaTty: 'TTY',
    samhsaText: {
      you: 'Envíe su código postal por mensaje de texto al',
      they: 'Envíe un código postal por mensaje de texto al',
    },
    findTreatment: 'Busque en FindTreatment.gov',
    lifelineCall: 'Llame al 988',
    lifelineText: 'Envíe un mensaje de texto al 988',
    lifelineChat: 'Chatee en 988lifeline.org',
    emergency: 'Llame al 911',
    poisonControl: 'Llame al Centro de Toxicología al',
    domesticViolence: 'Llame a la Línea Nacional sobre la Violencia Doméstica al',
    domesticViolenceText: 'Envíe START por mensaje de texto al',
    domesticViolenceChat: 'Chatee en',
    familySupport: 'Partnership to End Addiction:',
  },
} satisfies WordsLike<typeof english>;

export default contacts;
