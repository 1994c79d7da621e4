/**
 * Los resultados en español para quien responde por una persona que le importa: hablan de "la
 * persona" (las razones dicen "Usted dijo que la persona ..."). La sección para la familia le habla
 * a quien lee, a propósito. Lo que no le habla a nadie se comparte con `esSelfRules`.
 */
import type { BenzosOrAlcohol, PregnancyAnswer, RuleTexts, SeverityBand } from '../rules/texts/rule-texts.ts';
import { esMixWith } from './es-self-medicines.ts';
import { esOtherReasons } from './es-other-reasons.ts';
import { esOtherSupport } from './es-other-support.ts';
import { esBandNote, esSelfRules, esStopWhat } from './es-self-rules.ts';

const s = esSelfRules;
const tell = 'Su proveedor necesita saber lo que toma.';

export const esOtherRules = {
  ...s,
  reasons: esOtherReasons,
  scores: {
    phq2: (score: number) =>
      `Las respuestas sobre el ánimo bajo de la persona suman ${String(score)} de 6 en una prueba corta de depresión (PHQ-2). 3 o más merece una revisión más a fondo.`,
    gad2: (score: number) =>
      `Las respuestas sobre la preocupación de la persona suman ${String(score)} de 6 en una prueba corta de ansiedad (GAD-2). 3 o más merece una revisión más a fondo.`,
  },
  severity: {
    count: (count: number, band: SeverityBand) =>
      `Usted dijo que a la persona le ${count === 1 ? 'pasó' : 'pasaron'} ${String(count)} de las 11 ${count === 1 ? 'cosa' : 'cosas'} por las que preguntan los proveedores en los últimos 12 meses. ${esBandNote[band]}`,
    prescribedOnly: 'Por eso, necesitar más o sentirse mal al dejarlos no cuenta aquí.',
  },
  settings: {
    outpatient: {
      ...s.settings.outpatient,
      description:
        'La persona vive en su casa y sigue con su trabajo y su familia. Recibe atención en un programa de tratamiento de opioides (clínica de metadona), o con un proveedor en un consultorio o por telemedicina.',
    },
    'intensive-outpatient': {
      ...s.settings['intensive-outpatient'],
      description:
        'La persona vive en su casa y pasa 9 horas o más por semana en un programa. Un programa de día puede ser de 20 horas o más por semana.',
    },
    residential: {
      ...s.settings.residential,
      asamOrientation:
        'Más o menos los niveles 3.1 a 3.5 de ASAM: la persona vive en el programa, con apoyo de día y de noche.',
      description:
        'La persona vive en el programa por un tiempo, a menudo de 30 a 90 días, con atención y apoyo a toda hora. Significa pasar un tiempo fuera de casa y del trabajo.',
    },
    hospital: {
      ...s.settings.hospital,
      description:
        'La persona se queda donde médicos y enfermeros la cuidan de día y de noche. La pueden mantener a salvo durante la abstinencia y luego ayudarla a pasar a una atención continua.',
    },
  },
  medicinesTogether: {
    'medicines-help':
      'La metadona, la buprenorfina y la naltrexona ayudan a las personas a seguir en tratamiento y a usar menos. Funcionan mejor con consejería. La persona y su proveedor deciden cuál le conviene.',
    'medicine-still-an-option': 'La persona puede preguntar a un proveedor sobre estas medicinas y decidir después.',
  },
  medicines: {
    ...s.medicines,
    naloxone: { name: 'Naloxona (aerosol nasal Narcan)', howGiven: 'Un aerosol nasal que se vende sin receta.' },
  },
  medicineNotes: {
    ...s.medicineNotes,
    'methadone-monitoring': 'Con la metadona, la clínica necesita vigilar de cerca a la persona.',
    'naltrexone-non-opioid-wish': 'Esto va con el deseo de la persona de una medicina que no sea un opioide.',
    'naloxone-for-everyone':
      'La naloxona puede revertir una sobredosis de opioides. Quien usa opioides, y quien vive con esa persona, debería llevarla.',
  },
  medicineCautions: {
    ...s.medicineCautions,
    'methadone-daily-visits':
      'Puede ser difícil para la persona ir a la clínica todos los días. Pregunten por la buprenorfina, que un proveedor puede recetar en un consultorio o por telemedicina.',
    'methadone-mixing': (mix: BenzosOrAlcohol) => esMixWith('metadona', mix, tell),
    'buprenorphine-start-in-withdrawal':
      'Para empezar la buprenorfina, la persona primero necesita estar en abstinencia leve o moderada. Su proveedor le dirá cuándo.',
    'buprenorphine-fentanyl':
      'Antes de empezar, su proveedor necesita saber que la persona usa fentanilo. Con el fentanilo, puede venir una abstinencia repentina (precipitada) aunque espere más tiempo. Pregunten por un inicio con dosis bajas.',
    'buprenorphine-long-acting':
      'Si la persona ha usado opioides de acción prolongada, como la metadona, necesita esperar más tiempo antes de empezar.',
    'buprenorphine-mixing': (mix: BenzosOrAlcohol) => esMixWith('buprenorfina', mix, tell),
    'naltrexone-pregnancy': (pregnancy: PregnancyAnswer) =>
      pregnancy === 'pregnant'
        ? 'La naltrexona no se empieza durante el embarazo. Pregunten mejor por la metadona o la buprenorfina.'
        : 'No se debe empezar la naltrexona hasta descartar un embarazo. Si la persona está embarazada, pregunten mejor por la metadona o la buprenorfina.',
    'naltrexone-opioid-free-first':
      'La persona necesita unos 7 a 10 días sin opioides antes de empezar. Empezar antes causa una abstinencia fuerte.',
    'withdrawal-aids-need-ongoing-care':
      'Se usan junto con atención continua y medicina para el uso de opioides, no solas.',
    'naloxone-after-release':
      'Después de un tiempo sin opioides, el cuerpo de la persona aguanta mucho menos. Esto aumenta su riesgo de sobredosis, así que tengan naloxona a mano.',
  },
  cautions: {
    'opioids-with-benzos-or-alcohol':
      'Los opioides mezclados con benzos o alcohol pueden hacer que la respiración de la persona sea lenta o se detenga. Esto puede causar la muerte.',
    'do-not-stop-suddenly-alone': (mix: BenzosOrAlcohol) =>
      `La persona no debe dejar ${esStopWhat(mix)} de golpe por su cuenta. Puede causar convulsiones. Necesita ayuda médica para dejarlo de forma segura.`,
    'tolerance-after-release':
      'Después de un tiempo en la cárcel, en desintoxicación o en un tratamiento, el cuerpo de la persona aguanta mucho menos. Usar la cantidad que usaba antes puede causar una sobredosis.',
    'carry-naloxone': 'Tengan naloxona (Narcan) a mano. Se vende sin receta.',
    'tell-provider-other-drugs':
      'Su proveedor necesita saber todas las drogas que usa la persona, para que su atención las cubra todas.',
    'tell-provider-health-problem':
      'Su proveedor necesita saber del problema de salud de largo plazo de la persona. Puede cambiar qué atención es más segura para ella.',
    'withdrawal-care-is-not-treatment': s.cautions['withdrawal-care-is-not-treatment'],
  },
  ...esOtherSupport,
} satisfies RuleTexts;
