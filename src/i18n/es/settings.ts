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
  settings: {
    outpatient: {
      name: 'Atención ambulatoria',
      asamOrientation: 'Más o menos el nivel 1 de ASAM: menos de 9 horas por semana.',
      description: {
        you: 'Usted vive en su casa y sigue con su trabajo y su familia. Recibe atención en un programa de tratamiento de opioides (clínica de metadona), o con un proveedor en un consultorio o por telemedicina.',
        they: 'La persona vive en su casa y sigue con su trabajo y su familia. Recibe atención en un programa de tratamiento de opioides (clínica de metadona), o con un proveedor en un consultorio o por telemedicina.',
      },
    },
    'intensive-outpatient': {
      name: 'Programa ambulatorio intensivo o de día',
      asamOrientation: 'Más o menos los niveles 2.1 a 2.5 de ASAM: 9 horas o más por semana, viviendo en casa.',
      description: {
        you: 'Usted vive en su casa y pasa 9 horas o más por semana en un programa. Un programa de día puede ser de 20 horas o más por semana.',
        they: 'La persona vive en su casa y pasa 9 horas o más por semana en un programa. Un programa de día puede ser de 20 horas o más por semana.',
      },
    },
    residential: {
      name: 'Tratamiento residencial',
      asamOrientation: {
        you: 'Más o menos los niveles 3.1 a 3.5 de ASAM: usted vive en el programa, con apoyo de día y de noche.',
        they: 'Más o menos los niveles 3.1 a 3.5 de ASAM: la persona vive en el programa, con apoyo de día y de noche.',
      },
      description: {
        you: 'Usted vive en el programa por un tiempo, a menudo de 30 a 90 días, con atención y apoyo a toda hora. Significa pasar un tiempo fuera de casa y del trabajo.',
        they: 'La persona vive en el programa por un tiempo, a menudo de 30 a 90 días, con atención y apoyo a toda hora. Significa pasar un tiempo fuera de casa y del trabajo.',
      },
    },
    hospital: {
      name: 'Hospital o atención médica con internación',
      asamOrientation: 'Más o menos los niveles 3.7 a 4 de ASAM: atención médica las 24 horas.',
      description: {
        you: 'Usted se queda donde médicos y enfermeros le cuidan de día y de noche. Le pueden mantener a salvo durante la abstinencia y luego ayudarle a pasar a una atención continua.',
        they: 'La persona se queda donde médicos y enfermeros la cuidan de día y de noche. La pueden mantener a salvo durante la abstinencia y luego ayudarla a pasar a una atención continua.',
      },
    },
  },
} satisfies WordsLike<typeof english>;

export default settings;
