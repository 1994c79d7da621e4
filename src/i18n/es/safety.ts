/**
 * Las precauciones de seguridad que no son de una medicina (SAFE-3, SAFE-4, SET-4), por id de
 * frase.
 */
import type { BenzosOrAlcohol } from '../../rules/text-params.ts';
import type english from '../en/safety.ts';
import type { WordsLike } from '../voices.ts';

const stopWhat = ({ benzos, alcohol }: BenzosOrAlcohol) =>
  alcohol && benzos ? 'de tomar alcohol o benzos' : alcohol ? 'de tomar alcohol' : 'de tomar benzos';

const safety = {
  cautions: {
    'opioids-with-benzos-or-alcohol': {
      you: 'Los opioides mezclados con benzos o alcohol pueden hacer que su respiración sea lenta o se detenga. Esto puede causar la muerte.',
      they: 'Los opioides mezclados con benzos o alcohol pueden hacer que la respiración de la persona sea lenta o se detenga. Esto puede causar la muerte.',
    },
    'do-not-stop-suddenly-alone': {
      you: (mix) =>
        `No deje ${stopWhat(mix)} de golpe por su cuenta. Puede causar convulsiones. Busque ayuda médica para dejarlo de forma segura.`,
      they: (mix) =>
        `La persona no debe dejar ${stopWhat(mix)} de golpe por su cuenta. Puede causar convulsiones. Necesita ayuda médica para dejarlo de forma segura.`,
    },
    'tolerance-after-release': {
      you: 'Después de un tiempo en la cárcel, en desintoxicación o en un tratamiento, su cuerpo aguanta mucho menos. Usar la cantidad que usaba antes puede causar una sobredosis.',
      they: 'Después de un tiempo en la cárcel, en desintoxicación o en un tratamiento, el cuerpo de la persona aguanta mucho menos. Usar la cantidad que usaba antes puede causar una sobredosis.',
    },
    'carry-naloxone': {
      you: 'Lleve naloxona (Narcan) con usted. La puede comprar sin receta.',
      they: 'Tengan naloxona (Narcan) a mano. Se vende sin receta.',
    },
    'tell-provider-other-drugs': {
      you: 'Dígale a su proveedor todas las drogas que usa, para que su atención las cubra todas.',
      they: 'Su proveedor necesita saber todas las drogas que usa la persona, para que su atención las cubra todas.',
    },
    'tell-provider-health-problem': {
      you: 'Hable con su proveedor sobre su problema de salud de largo plazo. Puede cambiar qué atención es más segura para usted.',
      they: 'Su proveedor necesita saber del problema de salud de largo plazo de la persona. Puede cambiar qué atención es más segura para ella.',
    },
    'withdrawal-care-is-not-treatment':
      'La atención médica durante la abstinencia es solo un primer paso, no un tratamiento por sí sola. Planee una atención continua y pregunte por medicina para el uso de opioides.',
  },
} satisfies WordsLike<typeof english>;

export default safety;
