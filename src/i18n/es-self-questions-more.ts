/** Las preguntas de salud, embarazo, hogar y preferencias en español, de usted. */
import type { QuestionTexts } from '../../questions/texts.ts';

const yes = { label: 'Sí' } as const;
const no = { label: 'No' } as const;
const yesNo = { yes, no } as const;
const yesNoNotSure = { yes, no, 'not-sure': { label: 'No sé' } } as const;
const selectAll = 'Marque todas las que correspondan.';
const none = { label: 'Ninguna de estas' } as const;

export const esSelfMoreQuestions = {
  'mental-health-diagnosis': {
    text: '¿Alguna vez un médico o consejero le ha dicho que tiene una condición de salud mental?',
    hint: 'Por ejemplo depresión, ansiedad, TEPT (trastorno de estrés postraumático) o trastorno bipolar.',
    summary: 'Condición de salud mental',
    errorMessage: 'Elija sí si le han dicho que tiene una condición de salud mental',
    options: yesNoNotSure,
  },
  alcohol: {
    text: '¿Toma alcohol la mayoría de los días?',
    summary: 'Alcohol la mayoría de los días',
    errorMessage: 'Elija si toma alcohol la mayoría de los días',
    options: {
      heavy: { label: 'Sí, mucho la mayoría de los días' },
      some: { label: 'Sí, un poco la mayoría de los días' },
      no,
    },
  },
  benzodiazepines: {
    text: '¿Toma benzodiacepinas ("benzos")?',
    hint: 'Por ejemplo Xanax, Valium, Klonopin o Ativan. Cuente las pastillas de un médico y las de cualquier otro lugar.',
    summary: 'Benzodiacepinas',
    errorMessage: 'Elija si toma benzodiacepinas',
    options: {
      daily: { label: 'Sí, todos los días o casi todos los días' },
      sometimes: { label: 'Sí, a veces' },
      no,
    },
  },
  stimulants: {
    text: '¿Usa otras drogas, como metanfetamina, cocaína o crack?',
    summary: 'Otras drogas',
    errorMessage: 'Elija sí si usa otras drogas',
    options: yesNo,
  },
  'medical-problems': {
    text: '¿Tiene un problema grave de salud física?',
    summary: 'Problema grave de salud física',
    errorMessage: 'Elija si tiene un problema grave de salud física',
    options: {
      urgent: {
        label: 'Sí, uno que necesita atención de inmediato',
        hint: 'Por ejemplo una infección fuerte, dolor en el pecho o dificultad para respirar.',
      },
      ongoing: {
        label: 'Sí, uno de largo plazo',
        hint: 'Por ejemplo hepatitis C, VIH, diabetes o una enfermedad del corazón.',
      },
      no,
    },
  },
  'withdrawal-history': {
    text: '¿Alguna vez ha tenido una abstinencia muy fuerte?',
    hint: 'Puede ser por cualquier droga, o por el alcohol.',
    summary: 'Abstinencia muy fuerte en el pasado',
    errorMessage: 'Elija si alguna vez ha tenido una abstinencia muy fuerte',
    options: {
      seizure: { label: 'Sí, tuve una convulsión (ataque)' },
      severe: { label: 'Sí, fue muy fuerte, pero no tuve una convulsión' },
      no,
    },
  },
  pregnancy: {
    text: '¿Está embarazada, o podría estarlo?',
    hint: 'Se lo preguntamos a todas las personas, porque cambia cuáles tratamientos son más seguros.',
    summary: 'Embarazo',
    errorMessage: 'Elija si está embarazada, si podría estarlo o si esto no le aplica',
    options: {
      pregnant: { label: 'Sí, estoy embarazada' },
      'could-be': { label: 'Podría estar embarazada' },
      'recently-gave-birth': { label: 'Di a luz en el último año' },
      no: { label: 'No, no estoy embarazada' },
      'does-not-apply': { label: 'Esto no me aplica' },
    },
  },
  'prenatal-care': {
    text: '¿Está viendo a un médico o partera para este embarazo?',
    summary: 'Atención del embarazo',
    errorMessage: 'Elija sí si está viendo a un médico o partera para este embarazo',
    options: yesNo,
  },
  breastfeeding: {
    text: '¿Está dando pecho?',
    summary: 'Dar pecho',
    errorMessage: 'Elija sí si está dando pecho',
    options: yesNo,
  },
  housing: {
    text: '¿Tiene un lugar estable donde vivir?',
    summary: 'Lugar estable donde vivir',
    errorMessage: 'Elija si tiene un lugar estable donde vivir',
    options: {
      stable: { label: 'Sí' },
      unstable: { label: 'No siempre', hint: 'Por ejemplo, se muda seguido o se queda con otras personas.' },
      none: { label: 'No, no tengo dónde vivir' },
    },
  },
  'others-use': {
    text: '¿Alguien con quien vive usa drogas o toma mucho alcohol?',
    summary: 'Uso de drogas o alcohol en casa',
    errorMessage: 'Elija si alguien con quien vive usa drogas o toma mucho alcohol',
    options: { yes, no, 'live-alone': { label: 'No vivo con nadie' } },
  },
  'home-safe': {
    text: '¿Se siente a salvo donde vive?',
    summary: 'Seguridad en casa',
    errorMessage: 'Elija si se siente a salvo donde vive',
    options: yesNoNotSure,
  },
  'support-person': {
    text: '¿Hay alguien en su vida que apoye su recuperación?',
    hint: 'Por ejemplo un familiar, un amigo, un padrino o un consejero.',
    summary: 'Alguien que apoya la recuperación',
    errorMessage: 'Elija sí si alguien en su vida apoya su recuperación',
    options: yesNo,
  },
  responsibilities: {
    text: '¿Necesita cumplir con alguna de estas cosas durante el tratamiento?',
    hint: selectAll,
    summary: 'Cosas con las que debe cumplir',
    errorMessage: 'Elija con qué necesita cumplir, o elija "Ninguna de estas"',
    options: {
      children: { label: 'Hijos u otras personas que dependen de mí' },
      work: { label: 'Un trabajo' },
      school: { label: 'Escuela o capacitación' },
      none,
    },
  },
  transport: {
    text: '¿Podría ir a una clínica varias veces por semana?',
    summary: 'Ir a una clínica varias veces por semana',
    errorMessage: 'Elija si podría ir a una clínica varias veces por semana',
    options: { yes, hard: { label: 'Sería difícil' }, no },
  },
  'recent-release': {
    text: 'En el último mes, ¿ha salido de alguno de estos lugares?',
    hint: selectAll,
    summary: 'Salió en el último mes',
    errorMessage: 'Elija los lugares de donde salió en el último mes, o elija "Ninguna de estas"',
    options: {
      jail: { label: 'La cárcel o prisión' },
      detox: { label: 'Desintoxicación (atención para la abstinencia)' },
      residential: { label: 'Un centro de tratamiento u hospital donde pasé la noche' },
      none,
    },
  },
  'previous-treatment': {
    text: '¿Ha recibido tratamiento por uso de opioides antes?',
    summary: 'Tratamiento antes',
    errorMessage: 'Elija si ha recibido tratamiento por uso de opioides antes',
    options: {
      never: { label: 'No' },
      helped: { label: 'Sí, y me ayudó' },
      'returned-once': { label: 'Sí, pero volví a usar' },
      'returned-repeatedly': { label: 'Sí, más de una vez, y cada vez volví a usar' },
    },
  },
  'previous-treatment-type': {
    text: '¿Qué tipo de tratamiento recibió?',
    hint: selectAll,
    summary: 'Tipo de tratamiento antes',
    errorMessage: 'Elija los tipos de tratamiento que recibió',
    options: {
      outpatient: { label: 'Consejería o un programa al que iba desde mi casa' },
      medication: { label: 'Medicina como metadona, buprenorfina o naltrexona' },
      residential: { label: 'Un programa donde me quedaba a dormir' },
      'detox-only': { label: 'Solo desintoxicación (atención para la abstinencia)' },
    },
  },
  'open-to-medication': {
    text: '¿Aceptaría tomar medicina para el uso de opioides?',
    hint: 'La medicina ayuda a las personas a seguir en tratamiento y a usar menos. Un proveedor le puede explicar las opciones.',
    summary: 'Acepta tomar medicina',
    errorMessage: 'Elija si aceptaría tomar medicina',
    options: yesNoNotSure,
  },
  'daily-visits': {
    text: 'Al principio, ¿podría ir a una clínica todos los días?',
    hint: 'La metadona se da en clínicas especiales, por lo general con visitas diarias al principio.',
    summary: 'Visitas diarias a la clínica al principio',
    errorMessage: 'Elija si podría ir a una clínica todos los días al principio',
    options: yesNoNotSure,
  },
  'prefers-non-opioid': {
    text: '¿Preferiría tomar una medicina que no sea un opioide?',
    hint: 'La naltrexona no es un opioide. La metadona y la buprenorfina son medicinas opioides.',
    summary: 'Prefiere una medicina que no sea un opioide',
    errorMessage: 'Elija si preferiría tomar una medicina que no sea un opioide',
    options: { yes, no, 'no-preference': { label: 'Me da igual' } },
  },
} satisfies Partial<QuestionTexts['questions']>;
