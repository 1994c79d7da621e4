/**
 * La parte que llega después de la interfaz en español para quien responde por una persona que le
 * importa (ver `en-ui-more.ts`). Lo que no le habla a nadie se comparte con `esSelfUiMore`; el modo
 * coordinador siempre pregunta por quien llama, así que sus textos se comparten.
 */
import type { LaterMessages } from './en-ui-more.ts';
import { esSelfUiMore } from './es-self-ui-more.ts';

const m = esSelfUiMore;

export const esOtherUiMore = {
  ...m,
  crisis: {
    ...m.crisis,
    overdoseSteps: [
      'Llame al 911.',
      'Dele naloxona (Narcan) si hay.',
      'Ayúdele a respirar.',
      'Acuéstele en la posición de recuperación, de lado.',
    ],
    selfHarmTitle: 'La persona puede recibir ayuda ahora mismo',
    selfHarmLead:
      'La persona puede llamar o enviar un mensaje de texto al 988 para comunicarse con la 988 Línea de Prevención del Suicidio y Crisis. Es gratis y está abierta 24/7.',
    selfHarmLanguages:
      'Para español, se oprime 2 o se envía AYUDA por mensaje de texto. Los veteranos pueden oprimir 1.',
    inDanger: 'Si la persona está en peligro en este momento, llame al 911.',
    continueNote: 'Cuando sea el momento, se puede seguir con las preguntas.',
  },
  check: {
    ...m.check,
    title: 'Revise las respuestas',
    confirmHeading: 'Ahora vea los resultados',
    confirmNote: 'Los resultados muestran los tipos de tratamiento y las medicinas para preguntarle a un proveedor.',
    confirm: 'Ver los resultados',
  },
  results: {
    ...m.results,
    lead: 'Estas son sugerencias para hablar con un médico, enfermero o consejero. Solo un proveedor puede decir qué tratamiento es el adecuado para la persona.',
    withdrawalCare:
      'La persona podría necesitar atención médica para dejarlo de forma segura (atención para la abstinencia), antes o junto con el tratamiento.',
    cautionsHeading: 'Seguridad',
    changeAnswers: 'Cambiar las respuestas',
  },
  exports: {
    ...m.exports,
    cautionsHeading: 'Seguridad',
    answersHeading: 'Las respuestas',
    actions: {
      ...m.exports.actions,
      heading: 'Guardar o compartir los resultados',
      nothingSent: 'Estos botones solo hacen una copia en este dispositivo. No se envía nada.',
      copied: 'Copiado. Los resultados se pueden pegar en un mensaje o en un portal de paciente.',
      copyFailed: 'El navegador no nos dejó copiar. Seleccione el texto de abajo y cópielo.',
      copyFallbackLabel: 'Los resultados como texto',
      download: 'Descargar para su clínica (FHIR)',
      downloaded: 'El archivo está en la carpeta de descargas.',
    },
  },
  embed: {
    ...m.embed,
    offeredLead: (clinic: string) =>
      `Estas son las sugerencias de los resultados. Marcamos las que ${clinic} dice que ofrece.`,
    shareHeading: (clinic: string) => `Compartir el resultado con ${clinic}`,
    shareLead: (clinic: string) => `Solo si se desea. Al oprimir el botón, ${clinic} recibe:`,
    shareWithdrawal:
      'que la persona podría necesitar atención médica para dejarlo de forma segura (atención para la abstinencia)',
    shareNotAnswers: 'Las respuestas a las preguntas no se envían.',
    shareButton: (clinic: string) => `Compartir el resultado con ${clinic}`,
    shared: (clinic: string) => `El resultado se envió a ${clinic}. No se envió nada más.`,
  },
} satisfies LaterMessages;
