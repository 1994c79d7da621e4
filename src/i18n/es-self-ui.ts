/**
 * La interfaz en español, de usted, con palabras sencillas: la parte de las pantallas hasta las
 * preguntas (la parte que llega después está en `es-self-ui-more.ts`). Los números de ayuda no
 * cambian; las notas dicen dónde hay ayuda en español (HELP-1, SAFE-2).
 */
import type { ScreenMessages } from './en-ui.ts';

export const esSelfUi = {
  serviceName: 'Opciones de Tratamiento: Autoevaluación',
  skipLink: 'Saltar al contenido principal',
  speed: {
    loadingPage: 'Cargando la página siguiente.',
    notLoaded: 'Una parte de esta página no se cargó. Revise la conexión a internet y vuelva a intentarlo.',
  },
  quickExit: {
    button: 'Salir de este sitio',
    link: 'Salir de este sitio ahora',
    note: 'Para salir rápido, use "Salir de este sitio" u oprima Shift 3 veces. Esto borra sus respuestas y abre una página del tiempo. No borra el historial de su navegador.',
    cover: 'Cargando.',
    shiftPressesLeft: (left: number) => `Shift: oprima ${left} ${left === 1 ? 'vez' : 'veces'} más para salir.`,
    shiftExpired: 'Salida cancelada. Oprima Shift 3 veces en menos de 5 segundos para salir.',
    leaving: 'Saliendo de este sitio.',
  },
  helplineBanner: '¿Quiere hablar con alguien ahora? Línea Nacional de Ayuda de SAMHSA:',
  helplineBannerNote: 'Gratis, privada, 24/7, en inglés y en español.',
  back: 'Atrás',
  continue: 'Continuar',
  hiddenError: 'Error:',
  errorSummaryTitle: 'Hay un problema',
  errorTitlePrefix: 'Error: ',
  notDiagnosis: 'Esto no es un diagnóstico ni un consejo médico. Le ayuda a prepararse para hablar con un proveedor.',
  intro: {
    title: 'Encuentre opciones de tratamiento para el uso de opioides',
    lead: 'Conteste algunas preguntas sobre el uso de opioides, como heroína, fentanilo o pastillas para el dolor. Al final verá los tipos de tratamiento y las medicinas para preguntarle a un proveedor.',
    forWho: 'Puede contestar por usted o por alguien que le importa. Toma unos 5 a 10 minutos.',
    privacyHeading: 'Sus respuestas son privadas',
    privacy:
      'Sus respuestas se quedan en este dispositivo. No se envía nada. No se guarda nada al cerrar la página, a menos que usted elija guardar sus respuestas en este dispositivo.',
    notDiagnosisHeading: 'Esto no es un diagnóstico',
    start: 'Empezar ahora',
    helplineHeading: 'Hable con alguien ahora',
    helpline:
      'La Línea Nacional de Ayuda de SAMHSA es gratis, privada y está abierta las 24 horas, todos los días, en inglés y en español.',
  },
  progress: {
    question: (number: number, total: number) => `Pregunta ${number} de unas ${total}`,
    section: (number: number, total: number, title: string) => `Sección ${number} de ${total}: ${title}`,
  },
  locale: {
    switchLabel: 'Idioma',
    helplineRegion: 'Línea de ayuda',
    choiceDivider: 'o',
    perspective: {
      question: '¿Sobre quién son las respuestas?',
      hint: 'Puede contestar por usted, o por un familiar o amigo que le preocupa.',
      self: 'Sobre mí',
      other: 'Sobre alguien que me importa',
      error: 'Elija sobre quién son las respuestas',
    },
  },
  pageTitle: (title: string) => `${title} - Opciones de Tratamiento: Autoevaluación`,
  save: {
    checkbox: 'Guardar mis respuestas en este dispositivo',
    hint: 'Se guardan en este navegador, en este dispositivo, por 7 días y luego se borran. Cualquier persona que use este dispositivo podría verlas.',
    savingOn: 'Guardar está activado. Sus respuestas se guardan en este dispositivo a medida que avanza.',
    unavailable:
      'No se puede guardar en este navegador. Puede contestar las preguntas, pero sus respuestas no se guardarán al cerrar la página.',
    clear: 'Borrar mis respuestas',
    cleared: 'Sus respuestas se borraron de este dispositivo.',
    foundTitle: (date: string) => `Encontramos respuestas que usted guardó el ${date}`,
    foundNote: 'Están guardadas en este navegador, en este dispositivo.',
    continue: 'Seguir donde se quedó',
    startAgain: 'Empezar de nuevo (borrarlas)',
    discarded: 'Encontramos respuestas guardadas que no pudimos usar, así que las borramos. Puede empezar de nuevo.',
    formatDate: (time: number) => new Date(time).toLocaleDateString('es-US', { dateStyle: 'long' }),
  },
  errorPage: {
    title: 'Lo sentimos, algo salió mal',
    lead: 'Esta página dejó de funcionar. Sus respuestas no se enviaron a ningún lugar.',
    help: 'Todavía puede recibir ayuda ahora.',
    emergency: 'Si alguien podría tener una sobredosis, o si usted está en peligro, llame al 911.',
    startAgain: 'Empezar de nuevo',
  },
  urlNotice: {
    lead: 'No entendimos parte de la dirección web, así que usamos la opción de siempre para:',
    names: {
      lang: 'idioma',
      mode: 'modo',
      embed: 'inserción en otro sitio',
      parentOrigin: 'sitio principal',
      clinic: 'datos de la clínica',
    },
  },
  coordinatorCue: 'Lea esto a la persona que llama',
  clinicContact: {
    call: (clinic: string) => `O llame a ${clinic}:`,
    shared: (clinic: string) => `${clinic} compartió esta autoevaluación con usted.`,
  },
} satisfies ScreenMessages;
