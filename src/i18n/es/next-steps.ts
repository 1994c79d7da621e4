/**
 * Los próximos pasos, cada uno con un título y una línea, por id de paso.
 */
import type english from '../en/next-steps.ts';
import type { WordsLike } from '../voices.ts';

const nextSteps = {
  nextSteps: {
    'overdose-call-911': {
      title: 'Si alguien podría tener una sobredosis, llame al 911 ahora',
      text: {
        you: 'Llame al 911. Dele naloxona (Narcan) si la tiene. Ayúdele a respirar y acuéstele de lado, en la posición de recuperación.',
        they: 'Llame al 911. Dele naloxona (Narcan) si hay. Ayúdele a respirar y acuéstele de lado, en la posición de recuperación.',
      },
    },
    'crisis-988': {
      title: {
        you: 'Hable con alguien ahora: llame o envíe un mensaje de texto al 988',
        they: 'Hablar con alguien ahora: llamar o enviar un mensaje de texto al 988',
      },
      text: {
        you: 'Llame o envíe un mensaje de texto al 988 para comunicarse con la 988 Línea de Prevención del Suicidio y Crisis. Para español, oprima 2 o envíe AYUDA por mensaje de texto. Los veteranos pueden oprimir 1.',
        they: 'La persona puede llamar o enviar un mensaje de texto al 988 para comunicarse con la 988 Línea de Prevención del Suicidio y Crisis. Para español, se oprime 2 o se envía AYUDA por mensaje de texto. Los veteranos pueden oprimir 1.',
      },
    },
    'urgent-medical-care': {
      title: {
        you: 'Busque atención médica ahora',
        they: 'Buscar atención médica ahora',
      },
      text: {
        you: 'Su problema de salud necesita atención de inmediato. Vea a un médico ahora. En una emergencia, llame al 911.',
        they: 'El problema de salud de la persona necesita atención de inmediato. Necesita ver a un médico ahora. En una emergencia, llame al 911.',
      },
    },
    'samhsa-helpline': {
      title: {
        you: 'Llame a la Línea Nacional de Ayuda de SAMHSA',
        they: 'Llamar a la Línea Nacional de Ayuda de SAMHSA',
      },
      text: {
        you: 'Es gratis y confidencial, abierta las 24 horas, los 7 días de la semana, en inglés y en español. Le pueden referir a un tratamiento cerca de usted. También puede enviar su código postal por mensaje de texto al 435748 (solo en inglés).',
        they: 'Es gratis y confidencial, abierta las 24 horas, los 7 días de la semana, en inglés y en español. Refieren a tratamientos cercanos. También se puede enviar un código postal por mensaje de texto al 435748 (solo en inglés).',
      },
    },
    'find-treatment': {
      title: {
        you: 'Busque tratamiento cerca de usted',
        they: 'Buscar tratamiento cerca',
      },
      text: {
        you: 'FindTreatment.gov es un buscador de SAMHSA. No tiene que dar su nombre. Muestra proveedores de buprenorfina y clínicas de metadona.',
        they: 'FindTreatment.gov es un buscador de SAMHSA. No hace falta dar un nombre. Muestra proveedores de buprenorfina y clínicas de metadona.',
      },
    },
    'say-you-are-pregnant': {
      title: {
        you: 'Diga que está embarazada cuando llame',
        they: 'Decir que la persona está embarazada al llamar',
      },
      text: {
        you: 'Dígale a la línea de ayuda o al programa que está embarazada, o que podría estarlo. Pida atención que junte el tratamiento de la adicción y el cuidado del embarazo.',
        they: 'Digan a la línea de ayuda o al programa que la persona está embarazada, o que podría estarlo. Pidan atención que junte el tratamiento de la adicción y el cuidado del embarazo.',
      },
    },
    'mood-988': {
      title: {
        you: 'Hable con alguien sobre cómo se siente',
        they: 'Hablar con alguien sobre cómo se siente la persona',
      },
      text: {
        you: 'Algunas de sus respuestas indican ánimo bajo o preocupación. Puede llamar o enviar un mensaje de texto al 988, o chatear en 988lifeline.org. Dígaselo también a su proveedor.',
        they: 'Algunas de las respuestas indican ánimo bajo o preocupación en la persona. Puede llamar o enviar un mensaje de texto al 988, o chatear en 988lifeline.org. Díganselo también a su proveedor.',
      },
    },
  },
} satisfies WordsLike<typeof english>;

export default nextSteps;
