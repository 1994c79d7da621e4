/**
 * Las herramientas de llamada del coordinador de admisión. El modo coordinador siempre pregunta por
 * quien llama, así que hablan con una sola voz.
 */
import type english from '../en/coordinator.ts';
import type { WordsLike } from '../voices.ts';

const coordinator = {
  coordinator: {
    modeName: 'Modo de coordinador de admisión',
    toolsHeading: 'Herramientas de la llamada',
    shortcutsHeading: 'Atajos de teclado',
    shortcuts: {
      choose: (count) => ({ keys: `1 a ${count}`, action: 'Elegir una respuesta' }),
      next: { keys: 'Enter', action: 'Continuar' },
      back: { keys: 'Alt + flecha izquierda', action: 'Atrás' },
      answers: { keys: 'Alt + Shift + A', action: 'Ir a las respuestas, para cambiar una' },
      copy: { keys: 'Alt + Shift + C', action: 'Copiar notas' },
      newCaller: { keys: 'Alt + Shift + N', action: 'Nueva llamada' },
      decline: { keys: 'Alt + Shift + D', action: 'No quiso responder' },
    },
    numberKeys: 'Las teclas de números eligen respuestas',
    intake: {
      question: '¿Quién llama?',
      hint: 'Esto decide cómo se escriben las preguntas, los resultados y las notas.',
      self: 'La persona misma',
      other: 'Alguien que llama por ella (familia, amistad u otra persona)',
      start: 'Empezar la llamada',
    },
    details: {
      heading: 'Datos de la llamada',
      name: 'Nombre de quien llama',
      callback: 'Número para devolver la llamada',
      consent: '¿Aceptó quien llama que se tomen notas?',
      yes: 'Sí',
      no: 'No',
      timer: 'Tiempo de llamada',
    },
    question: {
      note: 'Nota sobre esta respuesta (opcional)',
      decline: 'No quiso responder',
    },
    declined: 'No quiso responder',
    notePrefix: 'Nota:',
    disposition: {
      heading: 'Final de la llamada',
      referredTo: 'Se refirió a',
      handOff: 'Transferencia directa a',
      helpline: 'Línea Nacional de Ayuda de SAMHSA',
      lifeline: 'Línea 988 de Prevención del Suicidio y Crisis',
      clinic: 'Una clínica',
      other: 'Otro',
      none: 'Sin transferencia',
      followUp: '¿Hay seguimiento planeado?',
      yes: 'Sí',
      no: 'No',
      followUpWhen: 'Cuándo',
      scriptHeading: 'Diga a la persona que llama',
    },
    handOffScript: {
      helpline: (number) => [
        `Me gustaría conectarle con la Línea Nacional de Ayuda de SAMHSA al ${number}.`,
        'Es gratis y privada, y está abierta todo el día, todos los días, en inglés y en español.',
        'Me quedaré en la línea hasta que contesten.',
      ],
      lifeline: (number) => [
        `Me gustaría conectarle con la Línea 988 de Prevención del Suicidio y Crisis al ${number}.`,
        'Para español, marque 2. Los veteranos pueden marcar 1.',
        'Me quedaré en la línea hasta que alguien conteste.',
      ],
      clinic: [
        'Me gustaría conectarle con una clínica que puede ayudar.',
        'Les diré quién es usted y por qué llama, si le parece bien.',
        'Me quedaré en la línea hasta que alguien conteste.',
      ],
      other: [
        'Me gustaría conectarle con alguien que puede ayudar.',
        'Les diré por qué llama, si le parece bien.',
        'Me quedaré en la línea hasta que alguien conteste.',
      ],
    },
    note: {
      caller: 'Quien llama',
      relationship: 'Quien llama es',
      self: 'la persona de quien son las respuestas',
      other: 'alguien que llama por otra persona (familia, amistad u otra)',
      callback: 'Número para devolver la llamada',
      consent: 'Aceptó que se tomen notas',
      length: 'Duración de la llamada',
      declinedHeading: 'No quiso responder',
      notesHeading: 'Notas sobre las respuestas',
      dispositionHeading: 'Final de la llamada',
      notGiven: 'No se dio',
    },
    copyNotes: 'Copiar notas',
    notesCopied: 'Notas copiadas',
    copyFailed: 'No se pudieron copiar las notas. Seleccione las notas de abajo y cópielas.',
    notesLabel: 'Notas del caso',
    newCaller: 'Nueva llamada',
    confirmNewCaller: '¿Empezar con una nueva llamada? Esto borra todas las respuestas.',
    confirmYes: 'Sí, borrar todo',
    cancel: 'Cancelar',
    summaryTitle: 'Respuestas hasta ahora',
    summaryToggle: (count) => `Respuestas hasta ahora (${count})`,
    noAnswers: 'Todavía no hay respuestas.',
    change: 'Cambiar',
    crisis: {
      overdoseTitle: 'Sobredosis ahora: dígale a la persona que llame al 911',
      overdoseDo:
        'Si el procedimiento de su centro de llamadas le permite conectar al 911 en esta llamada, hágalo ahora.',
      sayHeading: 'Diga a la persona que llama',
      doHeading: 'Qué hacer',
      overdoseSay: [
        'Llame al 911 ahora.',
        'Dele naloxona (Narcan) si la tiene.',
        'Si no responde 2 a 3 minutos después de una dosis, dele otra dosis en la otra fosa nasal.',
        'Ayúdele a respirar.',
        'Acuéstele de lado, en la posición de recuperación.',
        'Quédese con la persona hasta que llegue la ayuda. La naloxona puede dejar de hacer efecto antes que los opioides, y la respiración puede volver a ponerse lenta.',
      ],
      emergencyTitle: 'Señales de peligro ahora: dígale a la persona que busque atención de emergencia',
      emergencyDo: [
        'Si el procedimiento de su centro de llamadas le permite conectar al 911 en esta llamada, hágalo ahora.',
      ],
      emergencySay: [
        'Estas señales pueden indicar una abstinencia que pone en peligro la vida.',
        'Por favor, vaya a una sala de emergencias o llame al 911 ahora.',
        'No espere en casa.',
      ],
      selfHarmTitle: 'Pensamientos de suicidio: ofrezca conectarle con el 988',
      selfHarmDo: [
        'Quédese en la línea con la persona que llama.',
        'Ofrezca conectarle con la 988 Línea de Prevención del Suicidio y Crisis.',
      ],
      selfHarmSay: [
        'Usted puede llamar o enviar un mensaje de texto al 988 para comunicarse con la 988 Línea de Prevención del Suicidio y Crisis.',
        '¿Quiere que le ayude a comunicarse con el 988 ahora? Me quedo en la línea.',
        'Para español, oprima 2 o envíe AYUDA por mensaje de texto. Los veteranos pueden oprimir 1.',
        'Si está en peligro en este momento, llame al 911.',
      ],
      continueNote: 'Cuando la persona que llama esté a salvo y lista, siga con las preguntas.',
    },
    noteHeading: 'Nota del caso de la llamada de admisión',
  },
} satisfies WordsLike<typeof english>;

export default coordinator;
