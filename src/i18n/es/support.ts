/**
 * El apoyo junto al tratamiento (BEH-1, BEH-2) y lo que pueden hacer la familia y los amigos.
 */
import type english from '../en/support.ts';
import type { WordsLike } from '../voices.ts';

const support = {
  support: {
    counseling:
      'La consejería ayuda, y la medicina funciona mejor con ella. Pregunte por la terapia de conversación (TCC) y la terapia de motivación. Algunos programas dan premios por cumplir metas (manejo de contingencias).',
    'peer-support': {
      you: 'Los grupos de apoyo entre pares le permiten conocer a otras personas en recuperación. Dos de ellos son Narcóticos Anónimos y SMART Recovery.',
      they: 'Los grupos de apoyo entre pares permiten conocer a otras personas en recuperación. Dos de ellos son Narcóticos Anónimos y SMART Recovery.',
    },
    aftercare: {
      you: 'Planee la atención después del tratamiento: más consejería, una vivienda sin drogas ni alcohol, un plan para no volver a usar, y un administrador de casos para la vivienda o el trabajo. Trate de seguir en atención por lo menos seis meses.',
      they: 'Planeen la atención después del tratamiento: más consejería, una vivienda sin drogas ni alcohol, un plan para no volver a usar, y un administrador de casos para la vivienda o el trabajo. Seguir en atención por lo menos seis meses ayuda.',
    },
    'family-therapy': {
      you: 'La terapia familiar puede incluir en su atención a las personas que le apoyan.',
      they: 'La terapia familiar puede incluir en la atención de la persona a quienes la apoyan.',
    },
  },
  family: {
    'family-carry-naloxone':
      'Tenga naloxona (Narcan) en casa y llévela con usted. Puede revertir una sobredosis de opioides, y se puede comprar sin receta.',
    'family-overdose-signs':
      'Aprenda las señales de una sobredosis: la persona no se despierta, respira despacio o no respira, tiene las pupilas muy pequeñas, o tiene los labios azules o grises. Llame al 911, dele naloxona y acuéstela de lado.',
    'family-therapy-option':
      'La terapia familiar es un tipo de consejería que se usa en el tratamiento. Puede incluirle a usted en la atención de la persona.',
    'family-find-care':
      'Puede llamar a la Línea Nacional de Ayuda de SAMHSA para que le refieran a un tratamiento. FindTreatment.gov muestra programas cerca.',
    'family-how-to-talk':
      'Elija un momento tranquilo para hablar del tratamiento. Dígale que le importa. Ofrezca ayudarle a buscar atención, por ejemplo haciendo la llamada juntos.',
  },
} satisfies WordsLike<typeof english>;

export default support;
