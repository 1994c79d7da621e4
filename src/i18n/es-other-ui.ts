/**
 * La interfaz en español para quien responde por una persona que le importa: la parte de las
 * pantallas hasta las preguntas (la que llega después está en `es-other-ui-more.ts`). Lo que no le
 * habla a nadie se comparte con `esSelfUi`; el resto habla de "la persona". El modo coordinador
 * siempre pregunta por quien llama, así que su indicación se comparte.
 */
import type { ScreenMessages } from './en-ui.ts';
import { esSelfUi } from './es-self-ui.ts';

const s = esSelfUi;

export const esOtherUi = {
  ...s,
  quickExit: {
    ...s.quickExit,
    note: 'Para salir rápido, use "Salir de este sitio" u oprima Shift 3 veces. Esto borra las respuestas y abre una página del tiempo. No borra el historial del navegador.',
  },
  notDiagnosis: 'Esto no es un diagnóstico ni un consejo médico. Ayuda a prepararse para hablar con un proveedor.',
  intro: {
    ...s.intro,
    lead: 'Conteste algunas preguntas sobre el uso de opioides, como heroína, fentanilo o pastillas para el dolor. Al final, los resultados muestran los tipos de tratamiento y las medicinas para preguntarle a un proveedor.',
    forWho: 'Las respuestas pueden ser sobre quien contesta o sobre alguien que le importa. Toma unos 5 a 10 minutos.',
    privacyHeading: 'Las respuestas son privadas',
    privacy:
      'Las respuestas se quedan en este dispositivo. No se envía nada. No se guarda nada al cerrar la página, a menos que se elija guardar en este dispositivo.',
  },
  locale: {
    ...s.locale,
    perspective: {
      ...s.locale.perspective,
      hint: 'Las respuestas pueden ser sobre quien contesta, o sobre un familiar o amigo.',
    },
  },
  save: {
    ...s.save,
    checkbox: 'Guardar las respuestas en este dispositivo',
    savingOn: 'Guardar está activado. Las respuestas se guardan en este dispositivo a medida que se dan.',
    unavailable:
      'No se puede guardar en este navegador. Las preguntas funcionan igual, pero las respuestas no se guardarán al cerrar la página.',
    clear: 'Borrar las respuestas',
    cleared: 'Las respuestas se borraron de este dispositivo.',
    foundTitle: (date: string) => `Encontramos respuestas guardadas el ${date}`,
    continue: 'Seguir donde se quedó',
  },
  errorPage: {
    ...s.errorPage,
    lead: 'Esta página dejó de funcionar. Las respuestas no se enviaron a ningún lugar.',
    help: 'La ayuda sigue disponible ahora.',
    emergency: 'Si alguien podría tener una sobredosis, o está en peligro, llame al 911.',
  },
  clinicContact: {
    ...s.clinicContact,
    shared: (clinic: string) => `${clinic} compartió esta autoevaluación.`,
  },
} satisfies ScreenMessages;
