/**
 * Las pantallas de crisis: una sobredosis ahora (SAFE-1) y pensamientos de suicidio o de hacerse
 * daño (SAFE-2).
 */
import type english from '../en/crisis.ts';
import type { WordsLike } from '../voices.ts';

const crisis = {
  crisis: {
    overdoseTitle: 'Llame al 911 ahora',
    overdoseSteps: {
      you: [
        'Llame al 911.',
        'Dele naloxona (Narcan) si la tiene.',
        'Ayúdele a respirar.',
        'Acuéstele en la posición de recuperación, de lado.',
      ],
      they: [
        'Llame al 911.',
        'Dele naloxona (Narcan) si hay.',
        'Ayúdele a respirar.',
        'Acuéstele en la posición de recuperación, de lado.',
      ],
    },
    selfHarmTitle: {
      you: 'Puede recibir ayuda ahora mismo',
      they: 'La persona puede recibir ayuda ahora mismo',
    },
    selfHarmLead: {
      you: 'Llame o envíe un mensaje de texto al 988 para comunicarse con la 988 Línea de Prevención del Suicidio y Crisis. Es gratis y está abierta 24/7.',
      they: 'La persona puede llamar o enviar un mensaje de texto al 988 para comunicarse con la 988 Línea de Prevención del Suicidio y Crisis. Es gratis y está abierta 24/7.',
    },
    selfHarmLanguages: {
      you: 'Para español, oprima 2 o envíe AYUDA por mensaje de texto. Los veteranos pueden oprimir 1.',
      they: 'Para español, se oprime 2 o se envía AYUDA por mensaje de texto. Los veteranos pueden oprimir 1.',
    },
    inDanger: {
      you: 'Si está en peligro en este momento, llame al 911.',
      they: 'Si la persona está en peligro en este momento, llame al 911.',
    },
    continueNote: {
      you: 'Cuando quiera, puede seguir con las preguntas.',
      they: 'Cuando sea el momento, se puede seguir con las preguntas.',
    },
    continue: 'Seguir con las preguntas',
  },
} satisfies WordsLike<typeof english>;

export default crisis;
