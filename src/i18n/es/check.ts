/**
 * "Revise sus respuestas".
 */
import type english from '../en/check.ts';
import type { WordsLike } from '../voices.ts';

const check = {
  check: {
    title: {
      you: 'Revise sus respuestas',
      they: 'Revise las respuestas',
    },
    change: 'Cambiar',
    notAnswered: 'Sin respuesta',
    declined: 'No quiso responder',
    answer: 'Responder',
    confirmHeading: {
      you: 'Ahora vea sus resultados',
      they: 'Ahora vea los resultados',
    },
    confirmNote: {
      you: 'Verá los tipos de tratamiento y las medicinas para preguntarle a un proveedor.',
      they: 'Los resultados muestran los tipos de tratamiento y las medicinas para preguntarle a un proveedor.',
    },
    confirm: {
      you: 'Ver mis resultados',
      they: 'Ver los resultados',
    },
  },
} satisfies WordsLike<typeof english>;

export default check;
