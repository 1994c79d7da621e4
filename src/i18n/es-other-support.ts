/** Apoyo, próximos pasos y contactos en español, sobre una persona que le importa a quien responde. */
import type { RuleTexts } from '../rules/texts/rule-texts.ts';
import { esOtherContacts } from './es-other-contacts.ts';
import { esSelfSupport } from './es-self-support.ts';

const s = esSelfSupport;

export const esOtherSupport = {
  support: {
    counseling: s.support.counseling,
    'peer-support':
      'Los grupos de apoyo entre pares permiten conocer a otras personas en recuperación. Dos de ellos son Narcóticos Anónimos y SMART Recovery.',
    aftercare:
      'Planeen la atención después del tratamiento: más consejería, una vivienda sin drogas ni alcohol, un plan para no volver a usar, y un administrador de casos para la vivienda o el trabajo. Seguir en atención por lo menos seis meses ayuda.',
    'family-therapy': 'La terapia familiar puede incluir en la atención de la persona a quienes la apoyan.',
  },
  family: s.family,
  nextSteps: {
    ...s.nextSteps,
    'overdose-call-911': {
      title: 'Si alguien podría tener una sobredosis, llame al 911 ahora',
      text: 'Llame al 911. Dele naloxona (Narcan) si hay. Ayúdele a respirar y acuéstele de lado, en la posición de recuperación.',
    },
    'crisis-988': {
      title: 'Hablar con alguien ahora: llamar o enviar un mensaje de texto al 988',
      text: 'La persona puede llamar o enviar un mensaje de texto al 988 para comunicarse con la 988 Línea de Prevención del Suicidio y Crisis. Para español, se oprime 2 o se envía AYUDA por mensaje de texto. Los veteranos pueden oprimir 1.',
    },
    'urgent-medical-care': {
      title: 'Buscar atención médica ahora',
      text: 'El problema de salud de la persona necesita atención de inmediato. Necesita ver a un médico ahora. En una emergencia, llame al 911.',
    },
    'samhsa-helpline': {
      title: 'Llamar a la Línea Nacional de Ayuda de SAMHSA',
      text: 'Es gratis y confidencial, abierta las 24 horas, los 7 días de la semana, en inglés y en español. Refieren a tratamientos cercanos. También se puede enviar un código postal por mensaje de texto al 435748 (solo en inglés).',
    },
    'find-treatment': {
      title: 'Buscar tratamiento cerca',
      text: 'FindTreatment.gov es un buscador de SAMHSA. No hace falta dar un nombre. Muestra proveedores de buprenorfina y clínicas de metadona.',
    },
    'say-you-are-pregnant': {
      title: 'Decir que la persona está embarazada al llamar',
      text: 'Digan a la línea de ayuda o al programa que la persona está embarazada, o que podría estarlo. Pidan atención que junte el tratamiento de la adicción y el cuidado del embarazo.',
    },
    'mood-988': {
      title: 'Hablar con alguien sobre cómo se siente la persona',
      text: 'Algunas de las respuestas indican ánimo bajo o preocupación en la persona. Puede llamar o enviar un mensaje de texto al 988, o chatear en 988lifeline.org. Díganselo también a su proveedor.',
    },
  },
  contacts: esOtherContacts,
} satisfies Pick<RuleTexts, 'support' | 'family' | 'nextSteps' | 'contacts'>;
