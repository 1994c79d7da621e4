/**
 * El nombre de cada medicina y cómo se da, las notas sobre todas y las notas y precauciones de cada
 * una, por id de frase. Nunca una dosis.
 */
import type { BenzosOrAlcohol } from '../../rules/text-params.ts';
import type english from '../en/medicines.ts';
import type { WordsLike } from '../voices.ts';

const mixWith = (name: string, { benzos, alcohol }: BenzosOrAlcohol, tell: string) =>
  `Usar ${benzos && alcohol ? 'benzos o alcohol' : benzos ? 'benzos' : 'alcohol'} con ${name} aumenta el riesgo de sobredosis.${
    benzos ? ` Tomar benzos no es razón para dejar de recibir ${name}.` : ''
  } ${tell}`;
const tellYours = 'Dígale a su proveedor lo que toma.';
const tellTheirs = 'Su proveedor necesita saber lo que toma.';

const medicines = {
  medicinesTogether: {
    'medicines-help': {
      you: 'La metadona, la buprenorfina y la naltrexona ayudan a las personas a seguir en tratamiento y a usar menos. Funcionan mejor con consejería. Usted y su proveedor deciden cuál le conviene.',
      they: 'La metadona, la buprenorfina y la naltrexona ayudan a las personas a seguir en tratamiento y a usar menos. Funcionan mejor con consejería. La persona y su proveedor deciden cuál le conviene.',
    },
    'medicine-still-an-option': {
      you: 'Usted puede preguntar a un proveedor sobre estas medicinas y decidir después.',
      they: 'La persona puede preguntar a un proveedor sobre estas medicinas y decidir después.',
    },
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
    naltrexone: {
      name: 'Naltrexona',
      howGiven: 'Una pastilla diaria, o una inyección una vez al mes (Vivitrol).',
    },
    'withdrawal-aids': {
      name: 'Ayudas para la abstinencia: lofexidina (Lucemyra) o clonidina',
      howGiven:
        'Se recetan por poco tiempo para aliviar los síntomas de la abstinencia. La lofexidina se usa hasta por 14 días.',
    },
    naloxone: {
      name: 'Naloxona (aerosol nasal Narcan)',
      howGiven: {
        you: 'Un aerosol nasal que usted puede comprar sin receta.',
        they: 'Un aerosol nasal que se vende sin receta.',
      },
    },
  },
  medicineNotes: {
    'methadone-monitoring': {
      you: 'Con la metadona, la clínica necesita vigilarle de cerca.',
      they: 'Con la metadona, la clínica necesita vigilar de cerca a la persona.',
    },
    'methadone-pregnancy': 'Durante el embarazo, los expertos aconsejan tomar metadona o buprenorfina.',
    'buprenorphine-lower-risk':
      'La buprenorfina tiene menos riesgo de sobredosis y de que la respiración se vuelva lenta.',
    'buprenorphine-pregnancy': 'Durante el embarazo, los expertos aconsejan tomar metadona o buprenorfina.',
    'naltrexone-not-opioid': 'La naltrexona no es un opioide y no causa adicción.',
    'naltrexone-non-opioid-wish': {
      you: 'Esto va con su deseo de una medicina que no sea un opioide.',
      they: 'Esto va con el deseo de la persona de una medicina que no sea un opioide.',
    },
    'withdrawal-aids-symptoms-only':
      'Solo alivian los síntomas de la abstinencia. Ninguna de las dos trata el trastorno por uso de opioides.',
    'naloxone-for-everyone': {
      you: 'La naloxona puede revertir una sobredosis de opioides. Llévela con usted si usa opioides o vive con alguien que los usa.',
      they: 'La naloxona puede revertir una sobredosis de opioides. Quien usa opioides, y quien vive con esa persona, debería llevarla.',
    },
  },
  medicineCautions: {
    'methadone-daily-visits': {
      you: 'Puede ser difícil para usted ir a la clínica todos los días. Pregunte por la buprenorfina, que un proveedor puede recetar en un consultorio o por telemedicina.',
      they: 'Puede ser difícil para la persona ir a la clínica todos los días. Pregunten por la buprenorfina, que un proveedor puede recetar en un consultorio o por telemedicina.',
    },
    'methadone-mixing': {
      you: (mix) => mixWith('metadona', mix, tellYours),
      they: (mix) => mixWith('metadona', mix, tellTheirs),
    },
    'buprenorphine-start-in-withdrawal': {
      you: 'Para empezar la buprenorfina, primero necesita estar en abstinencia leve o moderada. Su proveedor le dirá cuándo.',
      they: 'Para empezar la buprenorfina, la persona primero necesita estar en abstinencia leve o moderada. Su proveedor le dirá cuándo.',
    },
    'buprenorphine-fentanyl': {
      you: 'Antes de empezar, dígale a su proveedor que usa fentanilo. Con el fentanilo, puede venir una abstinencia repentina (precipitada) aunque espere más tiempo. Pregunte por un inicio con dosis bajas.',
      they: 'Antes de empezar, su proveedor necesita saber que la persona usa fentanilo. Con el fentanilo, puede venir una abstinencia repentina (precipitada) aunque espere más tiempo. Pregunten por un inicio con dosis bajas.',
    },
    'buprenorphine-long-acting': {
      you: 'Si ha usado opioides de acción prolongada, como la metadona, necesita esperar más tiempo antes de empezar.',
      they: 'Si la persona ha usado opioides de acción prolongada, como la metadona, necesita esperar más tiempo antes de empezar.',
    },
    'buprenorphine-mixing': {
      you: (mix) => mixWith('buprenorfina', mix, tellYours),
      they: (mix) => mixWith('buprenorfina', mix, tellTheirs),
    },
    'naltrexone-pregnancy': {
      you: (pregnancy) =>
        pregnancy === 'pregnant'
          ? 'La naltrexona no se empieza durante el embarazo. Pregunte mejor por la metadona o la buprenorfina.'
          : 'No empiece la naltrexona hasta descartar un embarazo. Si está embarazada, pregunte mejor por la metadona o la buprenorfina.',
      they: (pregnancy) =>
        pregnancy === 'pregnant'
          ? 'La naltrexona no se empieza durante el embarazo. Pregunten mejor por la metadona o la buprenorfina.'
          : 'No se debe empezar la naltrexona hasta descartar un embarazo. Si la persona está embarazada, pregunten mejor por la metadona o la buprenorfina.',
    },
    'naltrexone-opioid-free-first': {
      you: 'Necesita unos 7 a 10 días sin opioides antes de empezar. Empezar antes causa una abstinencia fuerte.',
      they: 'La persona necesita unos 7 a 10 días sin opioides antes de empezar. Empezar antes causa una abstinencia fuerte.',
    },
    'withdrawal-aids-need-ongoing-care': {
      you: 'Úselas junto con atención continua y medicina para el uso de opioides, no solas.',
      they: 'Se usan junto con atención continua y medicina para el uso de opioides, no solas.',
    },
    'naloxone-after-release': {
      you: 'Después de un tiempo sin opioides, su cuerpo aguanta mucho menos. Esto aumenta su riesgo de sobredosis, así que lleve naloxona con usted.',
      they: 'Después de un tiempo sin opioides, el cuerpo de la persona aguanta mucho menos. Esto aumenta su riesgo de sobredosis, así que tengan naloxona a mano.',
    },
  },
} satisfies WordsLike<typeof english>;

export default medicines;
