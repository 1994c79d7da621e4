/**
 * Las pantallas de crisis: una sobredosis ahora (SAFE-1), pensamientos de suicidio o de hacerse
 * daño (SAFE-2), y señales de una abstinencia peligrosa ahora, que piden la sala de emergencias o
 * el 911 (WD-1).
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
        'Si no responde 2 a 3 minutos después de una dosis, dele otra dosis en la otra fosa nasal.',
        'Ayúdele a respirar.',
        'Acuéstele en la posición de recuperación, de lado.',
        'Quédese con la persona hasta que llegue la ayuda. La naloxona puede dejar de hacer efecto antes que los opioides, y la respiración puede volver a ponerse lenta.',
      ],
      they: [
        'Llame al 911.',
        'Dele naloxona (Narcan) si hay.',
        'Si no responde 2 a 3 minutos después de una dosis, dele otra dosis en la otra fosa nasal.',
        'Ayúdele a respirar.',
        'Acuéstele en la posición de recuperación, de lado.',
        'Quédese con la persona hasta que llegue la ayuda. La naloxona puede dejar de hacer efecto antes que los opioides, y la respiración puede volver a ponerse lenta.',
      ],
    },
    emergencyTitle: {
      you: 'Busque atención de emergencia ahora',
      they: 'Busque atención de emergencia para la persona ahora',
    },
    emergencyLead: {
      you: 'Estas señales pueden indicar una abstinencia que pone en peligro la vida. Vaya a una sala de emergencias o llame al 911 ahora. No espere en casa.',
      they: 'Estas señales pueden indicar una abstinencia que pone en peligro la vida. La persona necesita una sala de emergencias o el 911 ahora. No esperen en casa.',
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
