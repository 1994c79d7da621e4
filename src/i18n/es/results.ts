/**
 * La página de resultados alrededor de las frases de las reglas: títulos, la introducción,
 * versiones y botones.
 */
import type english from '../en/results.ts';
import type { WordsLike } from '../voices.ts';

const results = {
  results: {
    title: 'Opciones de tratamiento para hablar',
    lead: {
      you: 'Estas son sugerencias para hablar con un médico, enfermero o consejero. Solo un proveedor le puede decir qué tratamiento es el adecuado para usted.',
      they: 'Estas son sugerencias para hablar con un médico, enfermero o consejero. Solo un proveedor puede decir qué tratamiento es el adecuado para la persona.',
    },
    doThisNow: {
      heading: {
        you: 'Haga esto ahora',
        they: 'Qué hacer ahora',
      },
      whatToSay: 'Qué decir',
      safetyLabel: 'Seguridad:',
      orHelpline: 'O llame a la Línea Nacional de Ayuda de SAMHSA, gratis y abierta las 24 horas:',
      listen: 'Escuchar este recuadro',
    },
    jumpTo: 'Ir a',
    urgentHeading: 'Busque ayuda ahora',
    noSettingHeading: 'Lo primero que hay que hacer',
    unknownsHeading: 'Qué decirle al proveedor',
    settingHeading: 'Lugar de tratamiento sugerido',
    reasonsHeading: 'Por qué sugerimos esto',
    withdrawalCare: {
      you: 'Podría necesitar atención médica para dejarlo de forma segura (atención para la abstinencia), antes o junto con el tratamiento.',
      they: 'La persona podría necesitar atención médica para dejarlo de forma segura (atención para la abstinencia), antes o junto con el tratamiento.',
    },
    medicationsHeading: 'Medicinas para preguntarle a un proveedor',
    notNow: 'No se debe empezar ahora',
    cautionLabel: 'Precaución:',
    cautionsHeading: {
      you: 'Cuídese',
      they: 'Seguridad',
    },
    supportHeading: 'Apoyo junto con el tratamiento',
    nextStepsHeading: 'Próximos pasos',
    findCare: {
      heading: 'Buscar un lugar',
      lookForHeading: 'Qué elegir en FindTreatment.gov',
      nothingSent: 'Esta página no envía nada al sitio: elija estos filtros allí.',
      askHeading: 'Preguntas para hacerle a un programa',
    },
    sourcesHeading: 'De dónde viene esta información',
    version: (questionnaire, rules) => `Versión del cuestionario ${questionnaire}, versión de las reglas ${rules}.`,
    createdOn: (date) => `Creado el ${date}.`,
    changeAnswers: {
      you: 'Cambiar mis respuestas',
      they: 'Cambiar las respuestas',
    },
    startAgain: 'Empezar de nuevo',
  },
  familySection: { heading: 'Lo que pueden hacer la familia y los amigos' },
} satisfies WordsLike<typeof english>;

export default results;
