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
      you: (clinic) => `Muestre su resultado a la página de ${clinic}`,
      they: (clinic) => `Mostrar el resultado a la página de ${clinic}`,
    },
    shareLead: {
      you: (clinic) =>
        `Solo si usted quiere. Si oprime el botón, la página de ${clinic} alrededor de esta autoevaluación recibe:`,
      they: (clinic) =>
        `Solo si se desea. Al oprimir el botón, la página de ${clinic} alrededor de esta autoevaluación recibe:`,
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
      you: (clinic) => `Mostrar mi resultado a la página de ${clinic}`,
      they: (clinic) => `Mostrar el resultado a la página de ${clinic}`,
    },
    shareHint: (clinic) =>
      `Se queda en este navegador. La página de ${clinic} puede leerlo, por ejemplo para llenar un formulario de contacto. No se le avisa a nadie por sí solo.`,
    shared: {
      you: (clinic) =>
        `La página de ${clinic} ya tiene su resultado. Esta autoevaluación no le avisó a nadie, así que no espere una llamada.`,
      they: (clinic) =>
        `La página de ${clinic} ya tiene el resultado. Esta autoevaluación no le avisó a nadie, así que no hay que esperar una llamada.`,
    },
    nextStep: {
      you: (clinic) => `Para dar el siguiente paso, comuníquese usted con ${clinic}.`,
      they: (clinic) => `El siguiente paso es comunicarse directamente con ${clinic}.`,
    },
    callClinic: (clinic) => `Llame a ${clinic}:`,
    bookOnline: (clinic) => `Pedir cita en línea con ${clinic} (se abre en otra pestaña)`,
  },
} satisfies WordsLike<typeof english>;

export default embed;
