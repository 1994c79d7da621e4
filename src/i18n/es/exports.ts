/**
 * La copia impresa, la copia en texto y la descarga FHIR, y los botones que las crean.
 */
import type english from '../en/exports.ts';
import type { WordsLike } from '../voices.ts';

const exportWords = {
  exports: {
    title: 'Opciones de tratamiento para hablar con un proveedor',
    formatDate: (date) => date.toLocaleDateString('es-US', { dateStyle: 'long' }),
    date: (date) => `Fecha: ${date}`,
    versions: (questionnaire, rules) => `Versión del cuestionario ${questionnaire}, versión de las reglas ${rules}`,
    firstStepHeading: 'Lo primero que hay que hacer (no se sugiere un lugar de tratamiento)',
    unknownsHeading: 'Qué decirle al proveedor',
    moodChecks: {
      heading: 'Pruebas cortas de ánimo',
      phq2: 'PHQ-2 (ánimo bajo)',
      gad2: 'GAD-2 (preocupación)',
      score: (name, score, positive) =>
        `${name}: ${String(score)} de 6, ${positive ? 'prueba positiva (3 o más)' : 'prueba negativa (menos de 3)'}`,
      notAnswered: (name) => `${name}: sin responder`,
    },
    settingHeading: 'Lugar de tratamiento sugerido',
    reasonsHeading: 'Por qué',
    withdrawalCare:
      'Podría necesitar atención médica para dejarlo de forma segura (atención para la abstinencia), antes o junto con el tratamiento.',
    medicationsHeading: 'Medicinas para preguntarle a un proveedor',
    notNow: 'No se debe empezar ahora',
    cautionLabel: 'Precaución:',
    cautionsHeading: {
      you: 'Cuídese',
      they: 'Seguridad',
    },
    answersHeading: {
      you: 'Sus respuestas',
      they: 'Las respuestas',
    },
    helplinesHeading: 'Ayuda a cualquier hora',
    helplines: {
      samhsa: 'Línea Nacional de Ayuda de SAMHSA (gratis, privada, 24/7, en inglés y en español)',
      lifeline: '988 Línea de Prevención del Suicidio y Crisis (llamada o mensaje de texto; para español, oprima 2)',
      emergency: 'Emergencias',
    },
    actions: {
      heading: {
        you: 'Guarde o comparta sus resultados',
        they: 'Guardar o compartir los resultados',
      },
      nothingSent: {
        you: 'Estos botones solo hacen una copia en este dispositivo. No se envía nada. Usted decide a quién dársela.',
        they: 'Estos botones solo hacen una copia en este dispositivo. No se envía nada.',
      },
      print: 'Imprimir o guardar como PDF',
      copy: 'Copiar como texto',
      copied: {
        you: 'Copiado. Puede pegar sus resultados en un mensaje o en su portal de paciente.',
        they: 'Copiado. Los resultados se pueden pegar en un mensaje o en un portal de paciente.',
      },
      copyFailed: {
        you: 'Su navegador no nos dejó copiar. Seleccione el texto de abajo y cópielo.',
        they: 'El navegador no nos dejó copiar. Seleccione el texto de abajo y cópielo.',
      },
      copyFallbackLabel: {
        you: 'Sus resultados como texto',
        they: 'Los resultados como texto',
      },
      downloadHint: {
        you: 'Archivos en formato FHIR, que muchos sistemas de computadoras de clínicas pueden leer. Si no sabe cuál, pregunte en la clínica.',
        they: 'Archivos en formato FHIR, que muchos sistemas de computadoras de clínicas pueden leer. La clínica puede decir cuál necesita.',
      },
      downloadResponse: {
        you: 'Descargar sus respuestas para un formulario de la clínica (FHIR)',
        they: 'Descargar las respuestas para un formulario de la clínica (FHIR)',
      },
      downloadResponseHint: 'Se abre como un formulario lleno en la herramienta de formularios de una clínica.',
      downloadBundle: {
        you: 'Descargar sus respuestas y resultados para el sistema de la clínica (FHIR)',
        they: 'Descargar las respuestas y los resultados para el sistema de la clínica (FHIR)',
      },
      downloadBundleHint: 'También tiene los resultados, para el sistema de registros de una clínica.',
      downloaded: {
        you: 'El archivo está en sus descargas.',
        they: 'El archivo está en la carpeta de descargas.',
      },
      responseFileName: 'opciones-de-tratamiento-respuestas.json',
      bundleFileName: 'opciones-de-tratamiento-resultados.json',
    },
    fhir: {
      resultTitle: 'Resultado de Opciones de Tratamiento: Autoevaluación',
      variantName: {
        you: 'español, respuestas sobre uno mismo',
        they: 'español, respuestas sobre otra persona',
      },
      settingCode: 'Lugar de tratamiento sugerido',
      noSettingCode: 'Sin lugar de tratamiento sugerido: lo primero',
      unknownCode: 'Respuesta que no se sabe: qué decirle al proveedor',
      moodCheckCode: { phq2: 'Puntaje total de PHQ-2', gad2: 'Puntaje total de GAD-2' },
      positive: 'Positivo',
      negative: 'Negativo',
      medicationCode: 'Medicina para preguntarle a un proveedor',
      notNowCode: 'Medicina que no se debe empezar ahora',
      cautionCode: 'Precaución',
      method: (rules) => `Opciones de Tratamiento: Autoevaluación, versión de las reglas ${rules}`,
    },
  },
} satisfies WordsLike<typeof english>;

export default exportWords;
