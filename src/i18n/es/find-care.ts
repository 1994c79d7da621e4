/**
 * "Buscar un lugar": qué buscar en FindTreatment.gov (HELP-2), según las respuestas
 * (src/rules/find-care.ts), y las preguntas para hacerle a un programa.
 */
import type english from '../en/find-care.ts';
import type { WordsLike } from '../voices.ts';

const findCare = {
  findCare: {
    lookFor: {
      'service-methadone': 'Metadona: un programa de tratamiento con opioides.',
      'service-buprenorphine': 'Buprenorfina.',
      'service-outpatient': 'Atención ambulatoria que ofrezca buprenorfina o metadona.',
      'service-intensive-outpatient': 'Atención ambulatoria intensiva.',
      'service-residential': 'Atención residencial.',
      'service-hospital': 'Atención en el hospital.',
      telehealth: 'Telesalud: atención por teléfono o video.',
      spanish: 'Servicios en español.',
      pregnant: 'Programas para personas embarazadas.',
      'payment-medicaid': 'Acepta Medicaid.',
      'payment-medicare': 'Acepta Medicare.',
      'payment-private-insurance': 'Acepta seguro médico privado.',
      'payment-no-insurance': 'Atención gratuita o de bajo costo.',
    },
    ask: {
      'offers-moud': '¿El programa ofrece metadona o buprenorfina, y la seguirá dando?',
      'start-quickly': '¿Qué tan pronto puede empezar el tratamiento?',
      'take-home-doses': 'Con metadona, ¿se pueden llevar algunas dosis a casa?',
      'mental-health': '¿El programa también atiende la salud mental?',
      cost: {
        you: '¿Cuánto me costará y acepta el programa mi seguro?',
        they: '¿Cuánto costará y acepta el programa su seguro?',
      },
      'after-withdrawal': '¿Qué pasa cuando termina la atención de la abstinencia?',
    },
  },
} satisfies WordsLike<typeof english>;

export default findCare;
