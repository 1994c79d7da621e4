/**
 * El apoyo junto al tratamiento (BEH-1, BEH-2, SET-3) y lo que pueden hacer la familia y los amigos
 * (FAM-1, SAFE-1, HELP-7).
 */
import type english from '../en/support.ts';
import type { WordsLike } from '../voices.ts';

const support = {
  support: {
    counseling:
      'La consejería ayuda, junto con la medicina o sola. Pregunte por la terapia de conversación (TCC) y la terapia de motivación. Algunos programas dan premios por cumplir metas (manejo de contingencias).',
    'keep-work-and-children': {
      you: 'Usted tiene un trabajo o hijos que atender. Una atención que le deje vivir en casa puede servir: un programa ambulatorio intensivo con medicina, o buprenorfina por telemedicina.',
      they: 'La persona tiene un trabajo o hijos que atender. Una atención que le deje vivir en casa puede servir: un programa ambulatorio intensivo con medicina, o buprenorfina por telemedicina.',
    },
    'peer-support': {
      you: 'Los grupos de apoyo entre pares le permiten conocer a otras personas en recuperación. Dos de ellos son Narcóticos Anónimos y SMART Recovery.',
      they: 'Los grupos de apoyo entre pares permiten conocer a otras personas en recuperación. Dos de ellos son Narcóticos Anónimos y SMART Recovery.',
    },
    aftercare: {
      you: 'Planee la atención después del tratamiento: más consejería, una vivienda de recuperación, un plan para no volver a usar, y un administrador de casos para la vivienda o el trabajo. Trate de seguir en atención por lo menos seis meses.',
      they: 'Planeen la atención después del tratamiento: más consejería, una vivienda de recuperación, un plan para no volver a usar, y un administrador de casos para la vivienda o el trabajo. Seguir en atención por lo menos seis meses ayuda.',
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
      'Aprenda las señales de una sobredosis: la persona no se despierta, respira despacio o no respira, tiene las pupilas muy pequeñas, o tiene los labios azules o grises. Llame al 911, dele naloxona y acuéstela de lado. Quédese con ella. Si no responde en 2 a 3 minutos, dele una segunda dosis.',
    'family-craft':
      'Un método llamado CRAFT enseña a las familias a ayudar a una persona a llegar al tratamiento con una forma de hablar tranquila y positiva, en vez de discusiones. También le ayuda a cuidarse a usted.',
    'family-find-care':
      'Puede llamar a la Línea Nacional de Ayuda de SAMHSA para que le refieran a un tratamiento. FindTreatment.gov muestra programas cerca.',
    'family-support-for-you':
      'También hay apoyo para usted. Partnership to End Addiction ayuda gratis a familias y amigos, en inglés y en español, con orientación basada en CRAFT.',
  },
} satisfies WordsLike<typeof english>;

export default support;
