/** Las medicinas en español, de usted: cómo se dan, notas y precauciones. Nunca una dosis. */
import type { BenzosOrAlcohol, PregnancyAnswer, RuleTexts } from '../rules/texts/rule-texts.ts';

const mixWith = (name: string, { benzos, alcohol }: BenzosOrAlcohol, tell: string) =>
  `Usar ${benzos && alcohol ? 'benzos o alcohol' : benzos ? 'benzos' : 'alcohol'} con ${name} aumenta el riesgo de sobredosis.${
    benzos ? ` Tomar benzos no es razón para dejar de recibir ${name}.` : ''
  } ${tell}`;

export const esMixWith = mixWith;

export const esSelfMedicines = {
  medicinesTogether: {
    'medicines-help':
      'La metadona, la buprenorfina y la naltrexona ayudan a las personas a seguir en tratamiento y a usar menos. Funcionan mejor con consejería. Usted y su proveedor deciden cuál le conviene.',
    'medicine-still-an-option': 'Usted puede preguntar a un proveedor sobre estas medicinas y decidir después.',
  },
  medicines: {
    methadone: {
      name: 'Metadona',
      howGiven:
        'Para el uso de opioides, solo la pueden dar los programas certificados de tratamiento de opioides (clínicas de metadona). Al principio, la mayoría de las personas va todos los días.',
    },
    buprenorphine: {
      name: 'Buprenorfina',
      howGiven:
        'Sola, o combinada con naloxona (como en Suboxone). Un proveedor la puede recetar en un consultorio o por telemedicina, donde la ley del estado lo permite.',
    },
    naltrexone: { name: 'Naltrexona', howGiven: 'Una pastilla diaria, o una inyección una vez al mes (Vivitrol).' },
    'withdrawal-aids': {
      name: 'Ayudas para la abstinencia: lofexidina (Lucemyra) o clonidina',
      howGiven:
        'Se recetan por poco tiempo para aliviar los síntomas de la abstinencia. La lofexidina se usa hasta por 14 días.',
    },
    naloxone: {
      name: 'Naloxona (aerosol nasal Narcan)',
      howGiven: 'Un aerosol nasal que usted puede comprar sin receta.',
    },
  },
  medicineNotes: {
    'methadone-monitoring': 'Con la metadona, la clínica necesita vigilarle de cerca.',
    'methadone-pregnancy': 'Durante el embarazo, los expertos aconsejan tomar metadona o buprenorfina.',
    'buprenorphine-lower-risk':
      'La buprenorfina tiene menos riesgo de sobredosis y de que la respiración se vuelva lenta.',
    'buprenorphine-pregnancy': 'Durante el embarazo, los expertos aconsejan tomar metadona o buprenorfina.',
    'naltrexone-not-opioid': 'La naltrexona no es un opioide y no causa adicción.',
    'naltrexone-non-opioid-wish': 'Esto va con su deseo de una medicina que no sea un opioide.',
    'withdrawal-aids-symptoms-only':
      'Solo alivian los síntomas de la abstinencia. Ninguna de las dos trata el trastorno por uso de opioides.',
    'naloxone-for-everyone':
      'La naloxona puede revertir una sobredosis de opioides. Llévela con usted si usa opioides o vive con alguien que los usa.',
  },
  medicineCautions: {
    'methadone-daily-visits':
      'Puede ser difícil para usted ir a la clínica todos los días. Pregunte por la buprenorfina, que un proveedor puede recetar en un consultorio o por telemedicina.',
    'methadone-mixing': (mix: BenzosOrAlcohol) => mixWith('metadona', mix, 'Dígale a su proveedor lo que toma.'),
    'buprenorphine-start-in-withdrawal':
      'Para empezar la buprenorfina, primero necesita estar en abstinencia leve o moderada. Su proveedor le dirá cuándo.',
    'buprenorphine-fentanyl':
      'Antes de empezar, dígale a su proveedor que usa fentanilo. Con el fentanilo, puede venir una abstinencia repentina (precipitada) aunque espere más tiempo. Pregunte por un inicio con dosis bajas.',
    'buprenorphine-long-acting':
      'Si ha usado opioides de acción prolongada, como la metadona, necesita esperar más tiempo antes de empezar.',
    'buprenorphine-mixing': (mix: BenzosOrAlcohol) =>
      mixWith('buprenorfina', mix, 'Dígale a su proveedor lo que toma.'),
    'naltrexone-pregnancy': (pregnancy: PregnancyAnswer) =>
      pregnancy === 'pregnant'
        ? 'La naltrexona no se empieza durante el embarazo. Pregunte mejor por la metadona o la buprenorfina.'
        : 'No empiece la naltrexona hasta descartar un embarazo. Si está embarazada, pregunte mejor por la metadona o la buprenorfina.',
    'naltrexone-opioid-free-first':
      'Necesita unos 7 a 10 días sin opioides antes de empezar. Empezar antes causa una abstinencia fuerte.',
    'withdrawal-aids-need-ongoing-care':
      'Úselas junto con atención continua y medicina para el uso de opioides, no solas.',
    'naloxone-after-release':
      'Después de un tiempo sin opioides, su cuerpo aguanta mucho menos. Esto aumenta su riesgo de sobredosis, así que lleve naloxona con usted.',
  },
} satisfies Pick<RuleTexts, 'medicinesTogether' | 'medicines' | 'medicineNotes' | 'medicineCautions'>;
