/**
 * Las palabras de las pantallas hasta las preguntas: el encabezado y la salida rápida, la
 * introducción, las páginas de preguntas, guardar, la página de error, el aviso sobre la dirección
 * web y la línea de la clínica.
 */
import type english from '../en/screens.ts';
import type { WordsLike } from '../voices.ts';

const screens = {
  serviceName: 'Opciones de Tratamiento: Autoevaluación',
  skipLink: 'Saltar al contenido principal',
  offline: {
    kept: {
      you: 'No tiene conexión a internet. Esta autoevaluación sigue funcionando en este dispositivo. Los enlaces a otros sitios web necesitan conexión. Los números de teléfono siguen funcionando: puede llamarlos desde su teléfono.',
      they: 'Este dispositivo no tiene conexión a internet. La autoevaluación sigue funcionando en él. Los enlaces a otros sitios web necesitan conexión. Los números de teléfono siguen funcionando: se puede llamar desde un teléfono.',
    },
    notKept: {
      you: 'No tiene conexión a internet. Es posible que algunas partes de esta autoevaluación no se carguen hasta que vuelva a tener conexión. Los números de teléfono siguen funcionando: puede llamarlos desde su teléfono.',
      they: 'Este dispositivo no tiene conexión a internet. Es posible que algunas partes de esta autoevaluación no se carguen hasta que vuelva a tener conexión. Los números de teléfono siguen funcionando: se puede llamar desde un teléfono.',
    },
  },
  speed: {
    loadingPage: 'Cargando la página siguiente.',
    notLoaded: 'Una parte de esta página no se cargó. Revise la conexión a internet y vuelva a intentarlo.',
  },
  quickExit: {
    button: 'Salir de este sitio',
    link: 'Salir de este sitio ahora',
    note: {
      you: 'Para salir rápido, use "Salir de este sitio" u oprima Shift 3 veces. Esto borra sus respuestas y abre una página del tiempo. No borra el historial de su navegador.',
      they: 'Para salir rápido, use "Salir de este sitio" u oprima Shift 3 veces. Esto borra las respuestas y abre una página del tiempo. No borra el historial del navegador.',
    },
    cover: 'Cargando.',
    shiftPressesLeft: (left) => `Shift: oprima ${left} ${left === 1 ? 'vez' : 'veces'} más para salir.`,
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
  exclusiveAlone: 'Elija "Ninguna de estas" sola, o elija las opciones que correspondan',
  notDiagnosis: {
    you: 'Esto no es un diagnóstico ni un consejo médico. Le ayuda a prepararse para hablar con un proveedor.',
    they: 'Esto no es un diagnóstico ni un consejo médico. Ayuda a prepararse para hablar con un proveedor.',
  },
  intro: {
    title: 'Encuentre opciones de tratamiento para el uso de opioides',
    lead: {
      you: 'Conteste algunas preguntas sobre el uso de opioides, como heroína, fentanilo o pastillas para el dolor. Al final verá los tipos de tratamiento y las medicinas para preguntarle a un proveedor.',
      they: 'Conteste algunas preguntas sobre el uso de opioides, como heroína, fentanilo o pastillas para el dolor. Al final, los resultados muestran los tipos de tratamiento y las medicinas para preguntarle a un proveedor.',
    },
    forWho: {
      you: 'Puede contestar por usted o por alguien que le importa. Toma unos 5 a 10 minutos.',
      they: 'Las respuestas pueden ser sobre quien contesta o sobre alguien que le importa. Toma unos 5 a 10 minutos.',
    },
    privacyHeading: {
      you: 'Sus respuestas son privadas',
      they: 'Las respuestas son privadas',
    },
    privacy: {
      you: 'Sus respuestas se quedan en este dispositivo. No se envía nada. No se guarda nada al cerrar la página, a menos que usted elija guardar sus respuestas en este dispositivo.',
      they: 'Las respuestas se quedan en este dispositivo. No se envía nada. No se guarda nada al cerrar la página, a menos que se elija guardar en este dispositivo.',
    },
    notDiagnosisHeading: 'Esto no es un diagnóstico',
    start: 'Empezar ahora',
    helplineHeading: 'Hable con alguien ahora',
    helpline:
      'La Línea Nacional de Ayuda de SAMHSA es gratis, privada y está abierta las 24 horas, todos los días, en inglés y en español.',
  },
  progress: {
    question: (number, total) => `Pregunta ${number} de unas ${total}`,
    section: (number, total, title) => `Sección ${number} de ${total}: ${title}`,
  },
  locale: {
    switchLabel: 'Idioma',
    helplineRegion: 'Línea de ayuda',
    choiceDivider: 'o',
    perspective: {
      question: '¿Sobre quién son las respuestas?',
      hint: {
        you: 'Puede contestar por usted, o por un familiar o amigo que le preocupa.',
        they: 'Las respuestas pueden ser sobre quien contesta, o sobre un familiar o amigo.',
      },
      self: 'Sobre mí',
      other: 'Sobre alguien que me importa',
      error: 'Elija sobre quién son las respuestas',
    },
  },
  pageTitle: (title) => `${title} - Opciones de Tratamiento: Autoevaluación`,
  save: {
    checkbox: {
      you: 'Guardar mis respuestas en este dispositivo',
      they: 'Guardar las respuestas en este dispositivo',
    },
    hint: 'Se guardan en este navegador, en este dispositivo. Pasados 7 días, se borran la próxima vez que se abra este sitio. Cualquier persona que use este dispositivo podría verlas.',
    savingOn: {
      you: 'Guardar está activado. Sus respuestas se guardan en este dispositivo a medida que avanza.',
      they: 'Guardar está activado. Las respuestas se guardan en este dispositivo a medida que se dan.',
    },
    unavailable: {
      you: 'No se puede guardar en este navegador. Puede contestar las preguntas, pero sus respuestas no se guardarán al cerrar la página.',
      they: 'No se puede guardar en este navegador. Las preguntas funcionan igual, pero las respuestas no se guardarán al cerrar la página.',
    },
    clear: {
      you: 'Borrar mis respuestas',
      they: 'Borrar las respuestas',
    },
    cleared: {
      you: 'Sus respuestas se borraron de este dispositivo.',
      they: 'Las respuestas se borraron de este dispositivo.',
    },
    foundTitle: {
      you: (date) => `Encontramos respuestas que usted guardó el ${date}`,
      they: (date) => `Encontramos respuestas guardadas el ${date}`,
    },
    foundNote: 'Están guardadas en este navegador, en este dispositivo.',
    continue: 'Seguir donde se quedó',
    startAgain: 'Empezar de nuevo (borrarlas)',
    discarded: 'Encontramos respuestas guardadas que no pudimos usar, así que las borramos. Puede empezar de nuevo.',
    formatDate: (time) => new Date(time).toLocaleDateString('es-US', { dateStyle: 'long' }),
  },
  errorPage: {
    title: 'Lo sentimos, algo salió mal',
    lead: {
      you: 'Esta página dejó de funcionar. Sus respuestas no se enviaron a ningún lugar.',
      they: 'Esta página dejó de funcionar. Las respuestas no se enviaron a ningún lugar.',
    },
    help: {
      you: 'Todavía puede recibir ayuda ahora.',
      they: 'La ayuda sigue disponible ahora.',
    },
    emergency: {
      you: 'Si alguien podría tener una sobredosis, o si usted está en peligro, llame al 911.',
      they: 'Si alguien podría tener una sobredosis, o está en peligro, llame al 911.',
    },
    kept: {
      you: 'Sus respuestas siguen aquí. Si se cortó la conexión, vuelva a intentarlo cuando regrese: seguirá donde estaba.',
      they: 'Las respuestas siguen aquí. Si se cortó la conexión, vuelva a intentarlo cuando regrese: las preguntas seguirán donde estaban.',
    },
    tryAgain: 'Intentar de nuevo',
    startAgainNote: {
      you: 'Empezar de nuevo borra todas sus respuestas, también una copia guardada.',
      they: 'Empezar de nuevo borra todas las respuestas, también una copia guardada.',
    },
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
  listen: {
    start: 'Escuchar',
    stop: 'Detener',
  },
  coordinatorCue: 'Lea esto a la persona que llama',
  clinicContact: {
    call: (clinic) => `O llame a ${clinic}:`,
    shared: {
      you: (clinic) => `${clinic} compartió esta autoevaluación con usted.`,
      they: (clinic) => `${clinic} compartió esta autoevaluación.`,
    },
  },
} satisfies WordsLike<typeof english>;

export default screens;
