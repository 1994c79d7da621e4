/** Apoyo, familia, próximos pasos y contactos en español, de usted. Los números no cambian. */
import type { RuleTexts } from '../rules/texts/rule-texts.ts';
import { esSelfContacts } from './es-self-contacts.ts';

export const esSelfSupport = {
  support: {
    counseling:
      'La consejería ayuda, y la medicina funciona mejor con ella. Pregunte por la terapia de conversación (TCC) y la terapia de motivación. Algunos programas dan premios por cumplir metas (manejo de contingencias).',
    'peer-support':
      'Los grupos de apoyo entre pares le permiten conocer a otras personas en recuperación. Dos de ellos son Narcóticos Anónimos y SMART Recovery.',
    aftercare:
      'Planee la atención después del tratamiento: más consejería, una vivienda sin drogas ni alcohol, un plan para no volver a usar, y un administrador de casos para la vivienda o el trabajo. Trate de seguir en atención por lo menos seis meses.',
    'family-therapy': 'La terapia familiar puede incluir en su atención a las personas que le apoyan.',
  },
  family: {
    'family-carry-naloxone':
      'Tenga naloxona (Narcan) en casa y llévela con usted. Puede revertir una sobredosis de opioides, y se puede comprar sin receta.',
    'family-overdose-signs':
      'Aprenda las señales de una sobredosis: la persona no se despierta, respira despacio o no respira, tiene las pupilas muy pequeñas, o tiene los labios azules o grises. Llame al 911, dele naloxona y acuéstela de lado.',
    'family-therapy-option':
      'La terapia familiar es un tipo de consejería que se usa en el tratamiento. Puede incluirle a usted en la atención de la persona.',
    'family-find-care':
      'Puede llamar a la Línea Nacional de Ayuda de SAMHSA para que le refieran a un tratamiento. FindTreatment.gov muestra programas cerca.',
    'family-how-to-talk':
      'Elija un momento tranquilo para hablar del tratamiento. Dígale que le importa. Ofrezca ayudarle a buscar atención, por ejemplo haciendo la llamada juntos.',
  },
  nextSteps: {
    'overdose-call-911': {
      title: 'Si alguien podría tener una sobredosis, llame al 911 ahora',
      text: 'Llame al 911. Dele naloxona (Narcan) si la tiene. Ayúdele a respirar y acuéstele de lado, en la posición de recuperación.',
    },
    'crisis-988': {
      title: 'Hable con alguien ahora: llame o envíe un mensaje de texto al 988',
      text: 'Llame o envíe un mensaje de texto al 988 para comunicarse con la 988 Línea de Prevención del Suicidio y Crisis. Para español, oprima 2 o envíe AYUDA por mensaje de texto. Los veteranos pueden oprimir 1.',
    },
    'urgent-medical-care': {
      title: 'Busque atención médica ahora',
      text: 'Su problema de salud necesita atención de inmediato. Vea a un médico ahora. En una emergencia, llame al 911.',
    },
    'samhsa-helpline': {
      title: 'Llame a la Línea Nacional de Ayuda de SAMHSA',
      text: 'Es gratis y confidencial, abierta las 24 horas, los 7 días de la semana, en inglés y en español. Le pueden referir a un tratamiento cerca de usted. También puede enviar su código postal por mensaje de texto al 435748 (solo en inglés).',
    },
    'find-treatment': {
      title: 'Busque tratamiento cerca de usted',
      text: 'FindTreatment.gov es un buscador de SAMHSA. No tiene que dar su nombre. Muestra proveedores de buprenorfina y clínicas de metadona.',
    },
    'say-you-are-pregnant': {
      title: 'Diga que está embarazada cuando llame',
      text: 'Dígale a la línea de ayuda o al programa que está embarazada, o que podría estarlo. Pida atención que junte el tratamiento de la adicción y el cuidado del embarazo.',
    },
    'mood-988': {
      title: 'Hable con alguien sobre cómo se siente',
      text: 'Algunas de sus respuestas indican ánimo bajo o preocupación. Puede llamar o enviar un mensaje de texto al 988, o chatear en 988lifeline.org. Dígaselo también a su proveedor.',
    },
  },
  contacts: esSelfContacts,
} satisfies Pick<RuleTexts, 'support' | 'family' | 'nextSteps' | 'contacts'>;
