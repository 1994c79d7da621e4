/**
 * Los resultados en español, de usted. Los números de ayuda no cambian; las notas dicen dónde hay
 * ayuda en español (HELP-1: SAMHSA atiende en inglés y en español; SAFE-2: 988, oprima 2 o AYUDA).
 */
import type { BenzosOrAlcohol, RuleTexts, SeverityBand } from '../rules/texts/rule-texts.ts';
import { esSelfMedicines } from './es-self-medicines.ts';
import { esSelfReasons } from './es-self-reasons.ts';
import { esSelfSupport } from './es-self-support.ts';

export const esBandNote: Record<SeverityBand, string> = {
  severe: '6 o más se considera grave.',
  moderate: '4 o 5 se considera moderado.',
  mild: '2 o 3 se considera leve.',
  none: 'Menos de 2 por lo general no se considera un problema.',
};

export const esStopWhat = ({ benzos, alcohol }: BenzosOrAlcohol) =>
  alcohol && benzos ? 'de tomar alcohol o benzos' : alcohol ? 'de tomar alcohol' : 'de tomar benzos';

export const esSelfRules = {
  reasons: esSelfReasons,
  scores: {
    phq2: (score: number) =>
      `Sus respuestas sobre el ánimo bajo suman ${String(score)} de 6 en una prueba corta de depresión (PHQ-2). 3 o más merece una revisión más a fondo.`,
    gad2: (score: number) =>
      `Sus respuestas sobre la preocupación suman ${String(score)} de 6 en una prueba corta de ansiedad (GAD-2). 3 o más merece una revisión más a fondo.`,
  },
  severity: {
    count: (count: number, band: SeverityBand) =>
      `Usted dijo que ${String(count)} de las 11 ${count === 1 ? 'cosa' : 'cosas'} por las que preguntan los proveedores ${count === 1 ? 'pasó' : 'pasaron'} en los últimos 12 meses. ${esBandNote[band]}`,
    prescribedOnly: 'Por eso, necesitar más o sentirse mal al dejarlos no cuenta aquí.',
  },
  settings: {
    outpatient: {
      name: 'Atención ambulatoria',
      asamOrientation: 'Más o menos el nivel 1 de ASAM: menos de 9 horas por semana.',
      description:
        'Usted vive en su casa y sigue con su trabajo y su familia. Recibe atención en un programa de tratamiento de opioides (clínica de metadona), o con un proveedor en un consultorio o por telemedicina.',
    },
    'intensive-outpatient': {
      name: 'Programa ambulatorio intensivo o de día',
      asamOrientation: 'Más o menos los niveles 2.1 a 2.5 de ASAM: 9 horas o más por semana, viviendo en casa.',
      description:
        'Usted vive en su casa y pasa 9 horas o más por semana en un programa. Un programa de día puede ser de 20 horas o más por semana.',
    },
    residential: {
      name: 'Tratamiento residencial',
      asamOrientation:
        'Más o menos los niveles 3.1 a 3.5 de ASAM: usted vive en el programa, con apoyo de día y de noche.',
      description:
        'Usted vive en el programa por un tiempo, a menudo de 30 a 90 días, con atención y apoyo a toda hora. Significa pasar un tiempo fuera de casa y del trabajo.',
    },
    hospital: {
      name: 'Hospital o atención médica con internación',
      asamOrientation: 'Más o menos los niveles 3.7 a 4 de ASAM: atención médica las 24 horas.',
      description:
        'Usted se queda donde médicos y enfermeros le cuidan de día y de noche. Le pueden mantener a salvo durante la abstinencia y luego ayudarle a pasar a una atención continua.',
    },
  },
  ...esSelfMedicines,
  cautions: {
    'opioids-with-benzos-or-alcohol':
      'Los opioides mezclados con benzos o alcohol pueden hacer que su respiración sea lenta o se detenga. Esto puede causar la muerte.',
    'do-not-stop-suddenly-alone': (mix: BenzosOrAlcohol) =>
      `No deje ${esStopWhat(mix)} de golpe por su cuenta. Puede causar convulsiones. Busque ayuda médica para dejarlo de forma segura.`,
    'tolerance-after-release':
      'Después de un tiempo en la cárcel, en desintoxicación o en un tratamiento, su cuerpo aguanta mucho menos. Usar la cantidad que usaba antes puede causar una sobredosis.',
    'carry-naloxone': 'Lleve naloxona (Narcan) con usted. La puede comprar sin receta.',
    'tell-provider-other-drugs':
      'Dígale a su proveedor todas las drogas que usa, para que su atención las cubra todas.',
    'tell-provider-health-problem':
      'Hable con su proveedor sobre su problema de salud de largo plazo. Puede cambiar qué atención es más segura para usted.',
    'withdrawal-care-is-not-treatment':
      'La atención médica durante la abstinencia es solo un primer paso, no un tratamiento por sí sola. Planee una atención continua y pregunte por medicina para el uso de opioides.',
  },
  ...esSelfSupport,
} satisfies RuleTexts;
