/**
 * Las preguntas en español, de usted, para quien responde por sí mismo. PHQ-2 y GAD-2 siguen la
 * versión en español publicada de esos cuestionarios (LIC-3).
 */
import type { QuestionTexts } from '../../questions/texts.ts';
import { esSelfMoreQuestions } from './es-self-questions-more.ts';

const stem = 'Durante las últimas 2 semanas, ¿con qué frecuencia le ha molestado esto:';
const scaleError = 'Elija con qué frecuencia le ha molestado esto';
const scale = {
  'not-at-all': { label: 'Ningún día' },
  'several-days': { label: 'Varios días' },
  'more-than-half': { label: 'Más de la mitad de los días' },
  'nearly-every-day': { label: 'Casi todos los días' },
} as const;
const yesNo = { yes: { label: 'Sí' }, no: { label: 'No' } } as const;
const selectAll = 'Marque todas las que correspondan.';
const none = { label: 'Ninguna de estas' } as const;

export const esSelfQuestions = {
  sections: {
    safety: 'Primero, su seguridad',
    use: 'Su uso de opioides',
    severity: 'Cómo afectan los opioides su vida',
    health: 'Su salud',
    pregnancy: 'Embarazo',
    home: 'Su hogar y su apoyo',
    preferences: 'Lo que usted prefiere',
  },
  questions: {
    'overdose-now': {
      text: '¿Hay alguien con usted que muestre señales de una sobredosis en este momento?',
      hint: 'Las señales son: no se despierta, respira despacio o no respira, tiene las pupilas muy pequeñas, o tiene los labios azules o grises.',
      summary: 'Señales de sobredosis ahora',
      errorMessage: 'Elija sí si alguien muestra señales de una sobredosis en este momento',
      options: yesNo,
    },
    'self-harm-thoughts': {
      text: '¿Tiene pensamientos de suicidio o de hacerse daño?',
      hint: 'Si dice que sí, le mostraremos dónde conseguir ayuda ahora. Después puede volver a estas preguntas.',
      summary: 'Pensamientos de suicidio o de hacerse daño',
      errorMessage: 'Elija sí si tiene pensamientos de suicidio o de hacerse daño',
      options: yesNo,
    },
    'opioids-used': {
      text: '¿Qué opioides ha usado en los últimos 12 meses?',
      hint: selectAll,
      summary: 'Opioides usados en los últimos 12 meses',
      errorMessage: 'Elija los opioides que ha usado en los últimos 12 meses',
      options: {
        heroin: { label: 'Heroína' },
        fentanyl: { label: 'Fentanilo', hint: 'Incluya drogas que usted cree que tenían fentanilo.' },
        'pills-not-as-prescribed': {
          label: 'Pastillas para el dolor que no le recetaron, o más de lo recetado',
          hint: 'Por ejemplo oxicodona, hidrocodona o morfina.',
        },
        'pills-as-prescribed': { label: 'Pastillas para el dolor tomadas solo como las recetó un médico' },
        'methadone-or-buprenorphine': { label: 'Metadona o buprenorfina que no le recetaron' },
        other: { label: 'Otro opioide' },
      },
    },
    'how-used': {
      text: '¿Cómo los usa?',
      hint: selectAll,
      summary: 'Cómo usa los opioides',
      errorMessage: 'Elija cómo usa los opioides',
      options: {
        swallow: { label: 'Tragados' },
        smoke: { label: 'Fumados' },
        snort: { label: 'Inhalados por la nariz' },
        inject: { label: 'Inyectados' },
      },
    },
    'last-use': {
      text: '¿Cuándo usó un opioide por última vez?',
      summary: 'Último uso de opioides',
      errorMessage: 'Elija cuándo usó un opioide por última vez',
      options: {
        'past-day': { label: 'En el último día' },
        'past-week': { label: 'Hace 1 a 6 días' },
        'past-month': { label: 'Hace 7 a 30 días' },
        longer: { label: 'Hace más de 30 días' },
      },
    },
    control: {
      text: 'En los últimos 12 meses, ¿cuáles de estas cosas le han pasado?',
      hint: selectAll,
      summary: 'Control sobre el uso',
      errorMessage: 'Elija lo que le ha pasado, o elija "Ninguna de estas"',
      options: {
        'more-than-meant': { label: 'Usé más, o por más tiempo, de lo que quería' },
        'could-not-cut-down': { label: 'Quise usar menos o dejarlo, pero no pude' },
        'much-time': { label: 'Pasé mucho tiempo consiguiendo, usando o recuperándome de los opioides' },
        craving: { label: 'Tuve antojos o ganas muy fuertes de usar' },
        none,
      },
    },
    'life-impact': {
      text: 'En los últimos 12 meses, ¿cuáles de estas cosas han pasado por los opioides?',
      hint: selectAll,
      summary: 'Efectos en la vida diaria',
      errorMessage: 'Elija lo que ha pasado, o elija "Ninguna de estas"',
      options: {
        duties: { label: 'No cumplí con el trabajo, la escuela o la casa' },
        relationships: { label: 'Seguí usando aunque causaba peleas con familiares o amigos' },
        'gave-up-activities': { label: 'Dejé o hice menos cosas que antes disfrutaba' },
        'risky-situations': { label: 'Usé cuando era peligroso, por ejemplo antes de manejar' },
        'despite-harm': { label: 'Seguí usando aunque me hacía daño al cuerpo o a la mente' },
        none,
      },
    },
    'body-changes': {
      text: 'En los últimos 12 meses, ¿ha notado alguna de estas cosas?',
      hint: selectAll,
      summary: 'Tolerancia y abstinencia',
      errorMessage: 'Elija lo que ha notado, o elija "Ninguna de estas"',
      options: {
        tolerance: { label: 'Necesitaba más para sentir lo mismo, o la misma cantidad me hacía menos efecto' },
        withdrawal: { label: 'Me sentía mal cuando usaba menos o lo dejaba, o usaba para dejar de sentirme mal' },
        none,
      },
    },
    'phq-interest': {
      text: `${stem} poco interés o placer en hacer cosas?`,
      summary: 'Poco interés o placer en hacer cosas',
      errorMessage: scaleError,
      options: scale,
    },
    'phq-down': {
      text: `${stem} se ha sentido decaído(a), deprimido(a) o sin esperanzas?`,
      summary: 'Se ha sentido decaído(a), deprimido(a) o sin esperanzas',
      errorMessage: scaleError,
      options: scale,
    },
    'gad-nervous': {
      text: `${stem} se ha sentido nervioso(a), ansioso(a) o con los nervios de punta?`,
      summary: 'Se ha sentido nervioso(a), ansioso(a) o con los nervios de punta',
      errorMessage: scaleError,
      options: scale,
    },
    'gad-worry': {
      text: `${stem} no ha sido capaz de parar o controlar su preocupación?`,
      summary: 'No ha sido capaz de parar o controlar su preocupación',
      errorMessage: scaleError,
      options: scale,
    },
    ...esSelfMoreQuestions,
  },
} satisfies QuestionTexts;
