/**
 * Lo que agrega el marco de una clínica a los resultados: lo que ofrece y compartir el resultado
 * con su página.
 */
import type english from '../en/embed.ts';
import type { WordsLike } from '../voices.ts';

const embed = {
  embed: {
    offeredHeading: (clinic) => `Lo que ofrece ${clinic}`,
    offeredLead: {
      you: (clinic) => `Estas son las sugerencias de sus resultados. Marcamos las que ${clinic} dice que ofrece.`,
      they: (clinic) => `Estas son las sugerencias de los resultados. Marcamos las que ${clinic} dice que ofrece.`,
    },
    offeredTag: (clinic) => `Lo ofrece ${clinic}`,
    notListed: (clinic) =>
      `${clinic} no incluyó esto. Pregúnteles, o llame a la Línea Nacional de Ayuda de SAMHSA para encontrar un lugar que lo ofrezca.`,
    settingLabel: 'Lugar de tratamiento sugerido:',
    medicineLabel: 'Medicina para preguntar:',
    shareHeading: {
      you: (clinic) => `Comparta su resultado con ${clinic}`,
      they: (clinic) => `Compartir el resultado con ${clinic}`,
    },
    shareLead: {
      you: (clinic) => `Solo si usted quiere. Si oprime el botón, ${clinic} recibe:`,
      they: (clinic) => `Solo si se desea. Al oprimir el botón, ${clinic} recibe:`,
    },
    shareSetting: (setting) => `el lugar de tratamiento sugerido: ${setting}`,
    shareNoSetting: 'que todavía no se sugiere un lugar de tratamiento',
    shareMedicines: (names) => `las medicinas para preguntar: ${names}`,
    shareNoMedicines: 'que por ahora no hay medicinas para preguntar',
    shareWithdrawal: {
      you: 'que podría necesitar atención médica para dejarlo de forma segura (atención para la abstinencia)',
      they: 'que la persona podría necesitar atención médica para dejarlo de forma segura (atención para la abstinencia)',
    },
    shareVersions: 'qué versión de esta autoevaluación dio el resultado',
    shareNotAnswers: {
      you: 'Sus respuestas a las preguntas no se envían.',
      they: 'Las respuestas a las preguntas no se envían.',
    },
    shareButton: {
      you: (clinic) => `Compartir mi resultado con ${clinic}`,
      they: (clinic) => `Compartir el resultado con ${clinic}`,
    },
    shared: {
      you: (clinic) => `Su resultado se envió a ${clinic}. No se envió nada más.`,
      they: (clinic) => `El resultado se envió a ${clinic}. No se envió nada más.`,
    },
  },
} satisfies WordsLike<typeof english>;

export default embed;
