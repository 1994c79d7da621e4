/**
 * La interfaz en español para quien responde por una persona que le importa. Lo que no le habla a
 * nadie se comparte con `esSelfUi`; el resto habla de "la persona". El modo coordinador siempre
 * pregunta por quien llama, así que sus textos se comparten.
 */
import type { Messages } from './en.ts';
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
  crisis: {
    ...s.crisis,
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
    ...s.check,
    title: 'Revise las respuestas',
    confirmHeading: 'Ahora vea los resultados',
    confirmNote: 'Los resultados muestran los tipos de tratamiento y las medicinas para preguntarle a un proveedor.',
    confirm: 'Ver los resultados',
  },
  results: {
    ...s.results,
    lead: 'Estas son sugerencias para hablar con un médico, enfermero o consejero. Solo un proveedor puede decir qué tratamiento es el adecuado para la persona.',
    withdrawalCare:
      'La persona podría necesitar atención médica para dejarlo de forma segura (atención para la abstinencia), antes o junto con el tratamiento.',
    cautionsHeading: 'Seguridad',
    changeAnswers: 'Cambiar las respuestas',
  },
  exports: {
    ...s.exports,
    cautionsHeading: 'Seguridad',
    answersHeading: 'Las respuestas',
    actions: {
      ...s.exports.actions,
      heading: 'Guardar o compartir los resultados',
      nothingSent: 'Estos botones solo hacen una copia en este dispositivo. No se envía nada.',
      copied: 'Copiado. Los resultados se pueden pegar en un mensaje o en un portal de paciente.',
      copyFailed: 'El navegador no nos dejó copiar. Seleccione el texto de abajo y cópielo.',
      copyFallbackLabel: 'Los resultados como texto',
      download: 'Descargar para su clínica (FHIR)',
      downloaded: 'El archivo está en la carpeta de descargas.',
    },
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
  embed: {
    ...s.embed,
    clinicShared: (clinic: string) => `${clinic} compartió esta autoevaluación.`,
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
} satisfies Messages;
