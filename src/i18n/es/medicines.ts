/**
 * El nombre de cada medicina y cómo se da, las notas sobre todas y las notas y precauciones de cada
 * una, por id de frase. Nunca una dosis.
 */
import type { BenzosOrAlcohol, TreatmentMedicine } from '../../rules/text-params.ts';
import type english from '../en/medicines.ts';
import type { WordsLike } from '../voices.ts';

const mixWith = (name: string, { benzos, alcohol }: BenzosOrAlcohol, tell: string) =>
  `Usar ${benzos && alcohol ? 'benzos o alcohol' : benzos ? 'benzos' : 'alcohol'} con ${name} aumenta el riesgo de sobredosis.${
    benzos ? ` Tomar benzos no es razón para dejar de recibir ${name}.` : ''
  } ${tell}`;
const tellYours = 'Dígale a su proveedor lo que toma.';
const tellTheirs = 'Su proveedor necesita saber lo que toma.';

const medicineName: Record<TreatmentMedicine, string> = {
  methadone: 'metadona',
  buprenorphine: 'buprenorfina',
  naltrexone: 'naltrexona',
};

const medicines = {
  medicinesTogether: {
    'keep-taking-your-medicine': {
      you: (medicine) =>
        `Siga tomando su ${medicineName[medicine]}. No la deje de golpe: dejarla aumenta el riesgo de sobredosis. Decida cualquier cambio de dosis, de medicina o de clínica junto con quien se la receta.`,
      they: (medicine) =>
        `La persona debe seguir tomando su ${medicineName[medicine]}. Dejarla de golpe aumenta el riesgo de sobredosis. Cualquier cambio de dosis, de medicina o de clínica lo deciden juntos la persona y quien se la receta.`,
    },
    'medicine-not-working': {
      you: 'Dígale a quien le receta la medicina que no le está dando buen resultado. Un cambio de dosis, de medicina o del tipo de atención puede ayudar.',
      they: 'Quien le receta la medicina necesita saber que no le está dando buen resultado a la persona. Un cambio de dosis, de medicina o del tipo de atención puede ayudar.',
    },
    'after-an-overdose': {
      you: 'Después de una sobredosis, el riesgo de otra es alto. Empezar pronto la metadona o la buprenorfina reduce el riesgo de morir. Lleve naloxona con usted, y no use a solas.',
      they: 'Después de una sobredosis, el riesgo de otra es alto. Empezar pronto la metadona o la buprenorfina reduce el riesgo de morir. La persona debe tener naloxona a mano, y no usar a solas.',
    },
    'medicines-save-lives': 'La metadona y la buprenorfina reducen el riesgo de morir por una sobredosis.',
    'medicines-help': {
      you: 'La metadona, la buprenorfina y la naltrexona ayudan a las personas a seguir en tratamiento y a usar menos. La consejería también ayuda, pero usted puede recibir la medicina sin ella. Usted y su proveedor deciden cuál le conviene.',
      they: 'La metadona, la buprenorfina y la naltrexona ayudan a las personas a seguir en tratamiento y a usar menos. La consejería también ayuda, pero la persona puede recibir la medicina sin ella. La persona y su proveedor deciden cuál le conviene.',
    },
    'add-medicine-first': {
      you: 'Usted volvió a usar después de una atención sin medicina. Agregar una medicina es el siguiente paso por el que preguntar. Se puede empezar en cualquier tipo de atención, incluso por telemedicina.',
      they: 'La persona volvió a usar después de una atención sin medicina. Agregar una medicina es el siguiente paso por el que preguntar. Se puede empezar en cualquier tipo de atención, incluso por telemedicina.',
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
        'Para el uso de opioides, solo la pueden dar los programas certificados de tratamiento de opioides (clínicas de metadona). Al principio las visitas son frecuentes.',
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
    'methadone-take-home':
      'Las clínicas pueden dar dosis para llevar a casa desde la primera semana cuando es seguro. Las reglas cambian según el estado, así que pregunte.',
    'methadone-pregnancy':
      'Durante el embarazo, los expertos aconsejan tomar metadona o buprenorfina. A las clínicas de metadona se les pide atender primero a las personas embarazadas.',
    'buprenorphine-lower-risk':
      'La buprenorfina tiene menos riesgo de sobredosis y de que la respiración se vuelva lenta.',
    'buprenorphine-telehealth': {
      you: 'Un proveedor la puede empezar después de una consulta por telemedicina, donde la ley del estado lo permite. Puede que no necesite ir a una clínica todos los días.',
      they: 'Un proveedor la puede empezar después de una consulta por telemedicina, donde la ley del estado lo permite. Puede que la persona no necesite ir a una clínica todos los días.',
    },
    'buprenorphine-pregnancy': 'Durante el embarazo, los expertos aconsejan tomar metadona o buprenorfina.',
    'naltrexone-not-opioid': 'La naltrexona no es un opioide.',
    'naltrexone-non-opioid-wish': {
      you: 'Esto va con su deseo de una medicina que no sea un opioide.',
      they: 'Esto va con el deseo de la persona de una medicina que no sea un opioide.',
    },
    'withdrawal-aids-symptoms-only':
      'Solo alivian los síntomas de la abstinencia de opioides. Ninguna de las dos trata el trastorno por uso de opioides.',
    'naloxone-for-everyone': {
      you: 'La naloxona puede revertir una sobredosis de opioides. Llévela con usted si usa opioides o vive con alguien que los usa.',
      they: 'La naloxona puede revertir una sobredosis de opioides. Quien usa opioides, y quien vive con esa persona, debería llevarla.',
    },
    'naloxone-how-to-use':
      'En una sobredosis, llame al 911 y dé una dosis. Quédese con la persona. Si no responde en 2 a 3 minutos, dé una segunda dosis en la otra fosa nasal. La naloxona puede dejar de hacer efecto antes que los opioides.',
  },
  medicineCautions: {
    'methadone-visits': {
      you: 'Al principio puede ser difícil para usted ir a la clínica. Pregunte por las dosis para llevar a casa, o por la buprenorfina, que un proveedor puede recetar en un consultorio o por telemedicina.',
      they: 'Al principio puede ser difícil para la persona ir a la clínica. Pregunten por las dosis para llevar a casa, o por la buprenorfina, que un proveedor puede recetar en un consultorio o por telemedicina.',
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
      you: 'Necesita unos 7 a 10 días sin opioides antes de empezar, y más tiempo después de la metadona o la buprenorfina. Empezar antes causa una abstinencia fuerte.',
      they: 'La persona necesita unos 7 a 10 días sin opioides antes de empezar, y más tiempo después de la metadona o la buprenorfina. Empezar antes causa una abstinencia fuerte.',
    },
    'naltrexone-blocks-pain-medicine': {
      you: 'La naltrexona bloquea las medicinas opioides para el dolor. Dígales a todos sus médicos que la toma, por ejemplo antes de una cirugía.',
      they: 'La naltrexona bloquea las medicinas opioides para el dolor. Todos los médicos de la persona necesitan saber que la toma, por ejemplo antes de una cirugía.',
    },
    'naltrexone-after-stopping': {
      you: 'Después de dejar la naltrexona, o de saltarse una dosis, su cuerpo aguanta mucho menos. Usar entonces puede causar una sobredosis.',
      they: 'Después de dejar la naltrexona, o de saltarse una dosis, el cuerpo de la persona aguanta mucho menos. Usar entonces puede causar una sobredosis.',
    },
    'withdrawal-aids-pregnancy': {
      you: 'No son el plan durante el embarazo. Pregunte mejor por la metadona o la buprenorfina. Si esas no son para usted, su equipo de atención decide lo que es seguro.',
      they: 'No son el plan durante el embarazo. Pregunten mejor por la metadona o la buprenorfina. Si esas no son para la persona, su equipo de atención decide lo que es seguro.',
    },
    'withdrawal-aids-not-for-alcohol-or-benzos':
      'Son solo para la abstinencia de opioides. No hacen seguro dejar el alcohol o las benzos.',
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
