/**
 * Cómo se explica la gravedad (SEV-2, SEV-3) y el nombre y la descripción de cada lugar de
 * tratamiento (LIC-1, SET-2).
 */
import type { SeverityBand } from '../../rules/text-params.ts';
import type english from '../en/settings.ts';
import type { WordsLike } from '../voices.ts';

const bandNote: Record<SeverityBand, string> = {
  severe: '6 o más se considera grave.',
  moderate: '4 o 5 se considera moderado.',
  mild: '2 o 3 se considera leve.',
  none: 'Menos de 2 por lo general no se considera un problema.',
};

const settings = {
  severity: {
    count: {
      you: (count, band) =>
        `Usted dijo que ${String(count)} de las 11 ${count === 1 ? 'cosa' : 'cosas'} por las que preguntan los proveedores ${count === 1 ? 'pasó' : 'pasaron'} en los últimos 12 meses. ${bandNote[band]}`,
      they: (count, band) =>
        `Usted dijo que a la persona le ${count === 1 ? 'pasó' : 'pasaron'} ${String(count)} de las 11 ${count === 1 ? 'cosa' : 'cosas'} por las que preguntan los proveedores en los últimos 12 meses. ${bandNote[band]}`,
    },
    prescribedOnly: 'Por eso, necesitar más o sentirse mal al dejarlos no cuenta aquí.',
  },
  insteadOfSetting: {
    'crisis-first': {
      you: 'Primero, busque ayuda con sus pensamientos de suicidio. Llame o envíe un mensaje de texto al 988, o vaya a una sala de emergencias. Quienes le ayuden ahí podrán luego ayudarle a elegir atención para el uso de opioides.',
      they: 'Primero, la persona necesita ayuda con sus pensamientos de suicidio. Puede llamar o enviar un mensaje de texto al 988, o ir a una sala de emergencias. Quienes le ayuden ahí podrán luego ayudar a elegir atención para el uso de opioides.',
    },
    'under-18': {
      you: 'Esta autoevaluación está escrita para adultos. La atención para menores de 18 años es diferente. Pida un médico que atienda a adolescentes, y llame a la Línea Nacional de Ayuda de SAMHSA para que le ayuden a encontrarlo.',
      they: 'Esta autoevaluación está escrita para adultos. La atención para menores de 18 años es diferente. Pida un médico que atienda a adolescentes, y llame a la Línea Nacional de Ayuda de SAMHSA para que le ayuden a encontrarlo.',
    },
    'in-treatment': {
      you: 'Usted ya está en tratamiento, y le está dando resultado. Siga adelante. Si quiere un cambio, háblelo con quien le receta la medicina.',
      they: 'La persona ya está en tratamiento, y le está dando resultado. Seguir con él es importante. Si quiere un cambio, puede hablarlo con quien le receta la medicina.',
    },
    'few-signs': {
      you: 'Sus respuestas no indican un problema con el uso de opioides, así que no sugerimos un lugar de tratamiento. Los pasos de seguridad de abajo siguen siendo importantes. Puede llamar a la línea de ayuda cuando quiera.',
      they: 'Las respuestas no indican un problema de la persona con el uso de opioides, así que no sugerimos un lugar de tratamiento. Los pasos de seguridad de abajo siguen siendo importantes. La línea de ayuda puede ayudar cuando quiera.',
    },
  },
  settings: {
    outpatient: {
      name: 'Atención ambulatoria',
      asamOrientation: 'Más o menos el nivel 1 de ASAM: menos de 9 horas por semana.',
      description: {
        you: 'Usted vive en su casa y sigue con su trabajo y su familia. Recibe atención en un programa de tratamiento de opioides (clínica de metadona), o con un proveedor en un consultorio o por telemedicina. Pregunte si el programa ofrece metadona o buprenorfina, y si la seguirá dando.',
        they: 'La persona vive en su casa y sigue con su trabajo y su familia. Recibe atención en un programa de tratamiento de opioides (clínica de metadona), o con un proveedor en un consultorio o por telemedicina. Pregunte si el programa ofrece metadona o buprenorfina, y si la seguirá dando.',
      },
    },
    'intensive-outpatient': {
      name: 'Programa ambulatorio intensivo o de día',
      asamOrientation: 'Más o menos los niveles 2.1 a 2.5 de ASAM: 9 horas o más por semana, viviendo en casa.',
      description: {
        you: 'Usted vive en su casa y pasa 9 horas o más por semana en un programa. Un programa de día puede ser de 20 horas o más por semana. Pregunte si el programa ofrece metadona o buprenorfina, y si la seguirá dando.',
        they: 'La persona vive en su casa y pasa 9 horas o más por semana en un programa. Un programa de día puede ser de 20 horas o más por semana. Pregunte si el programa ofrece metadona o buprenorfina, y si la seguirá dando.',
      },
    },
    residential: {
      name: 'Tratamiento residencial',
      asamOrientation: {
        you: 'Más o menos los niveles 3.1 a 3.5 de ASAM: usted vive en el programa, con apoyo de día y de noche.',
        they: 'Más o menos los niveles 3.1 a 3.5 de ASAM: la persona vive en el programa, con apoyo de día y de noche.',
      },
      description: {
        you: 'Usted vive en el programa por un tiempo, a menudo de 30 a 90 días, con atención y apoyo a toda hora. Significa pasar un tiempo fuera de casa y del trabajo. Pregunte si el programa ofrece metadona o buprenorfina, y si la seguirá dando.',
        they: 'La persona vive en el programa por un tiempo, a menudo de 30 a 90 días, con atención y apoyo a toda hora. Significa pasar un tiempo fuera de casa y del trabajo. Pregunte si el programa ofrece metadona o buprenorfina, y si la seguirá dando.',
      },
    },
    hospital: {
      name: 'Hospital o atención médica con internación',
      asamOrientation: 'Más o menos los niveles 3.7 a 4 de ASAM: atención médica las 24 horas.',
      description: {
        you: 'Usted se queda donde médicos y enfermeros le cuidan de día y de noche. Le pueden mantener a salvo durante la abstinencia y luego ayudarle a pasar a una atención continua. Pregunte si el programa ofrece metadona o buprenorfina, y si la seguirá dando.',
        they: 'La persona se queda donde médicos y enfermeros la cuidan de día y de noche. La pueden mantener a salvo durante la abstinencia y luego ayudarla a pasar a una atención continua. Pregunte si el programa ofrece metadona o buprenorfina, y si la seguirá dando.',
      },
    },
  },
} satisfies WordsLike<typeof english>;

export default settings;
