/**
 * Las preguntas en español para quien responde por una persona que le importa: cada texto habla
 * de "la persona" o de "ella". Lo que se dice igual en ambos casos viene de `esSelfQuestions`.
 */
import type { QuestionTexts } from '../../questions/texts.ts';
import { esOtherMoreQuestions } from './es-other-questions-more.ts';
import { esSelfQuestions } from './es-self-questions.ts';

const q = esSelfQuestions.questions;
const stem = 'Durante las últimas 2 semanas, ¿con qué frecuencia le ha molestado esto a la persona:';
const scaleError = 'Elija con qué frecuencia le ha molestado esto a la persona';

export const esOtherQuestions = {
  sections: {
    safety: 'Primero, la seguridad',
    use: 'Su uso de opioides (de la persona)',
    severity: 'Cómo afectan los opioides la vida de la persona',
    health: 'La salud de la persona',
    pregnancy: 'Embarazo',
    home: 'El hogar y el apoyo de la persona',
    preferences: 'Lo que la persona prefiere',
  },
  questions: {
    'overdose-now': {
      ...q['overdose-now'],
      text: '¿La persona, o alguien más que esté ahí, muestra señales de una sobredosis en este momento?',
      errorMessage: 'Elija sí si alguien ahí muestra señales de una sobredosis en este momento',
    },
    'self-harm-thoughts': {
      ...q['self-harm-thoughts'],
      text: '¿La persona tiene pensamientos de suicidio o de hacerse daño?',
      hint: 'Si la respuesta es sí, mostraremos dónde conseguir ayuda ahora. Después se puede volver a estas preguntas.',
      summary: 'Sus pensamientos de suicidio o de hacerse daño',
      errorMessage: 'Elija sí si la persona tiene pensamientos de suicidio o de hacerse daño',
    },
    'opioids-used': {
      ...q['opioids-used'],
      text: '¿Qué opioides ha usado la persona en los últimos 12 meses?',
      errorMessage: 'Elija los opioides que la persona ha usado en los últimos 12 meses',
      options: {
        ...q['opioids-used'].options,
        fentanyl: { label: 'Fentanilo', hint: 'Incluya drogas que la persona cree que tenían fentanilo.' },
        'pills-not-as-prescribed': {
          label: 'Pastillas para el dolor que no le recetaron, o más de lo recetado',
          hint: 'Por ejemplo oxicodona, hidrocodona o morfina.',
        },
      },
    },
    'how-used': {
      ...q['how-used'],
      text: '¿Cómo los usa la persona?',
      summary: 'Cómo usa los opioides la persona',
      errorMessage: 'Elija cómo usa los opioides la persona',
    },
    'last-use': {
      ...q['last-use'],
      text: '¿Cuándo usó la persona un opioide por última vez?',
      errorMessage: 'Elija cuándo usó la persona un opioide por última vez',
    },
    control: {
      ...q.control,
      text: 'En los últimos 12 meses, ¿cuáles de estas cosas le han pasado a la persona?',
      options: {
        ...q.control.options,
        'more-than-meant': { label: 'Usó más, o por más tiempo, de lo que quería' },
        'could-not-cut-down': { label: 'Quiso usar menos o dejarlo, pero no pudo' },
        'much-time': { label: 'Pasó mucho tiempo consiguiendo, usando o recuperándose de los opioides' },
        craving: { label: 'Tuvo antojos o ganas muy fuertes de usar' },
      },
    },
    'life-impact': {
      ...q['life-impact'],
      options: {
        ...q['life-impact'].options,
        duties: { label: 'No cumplió con el trabajo, la escuela o la casa' },
        relationships: { label: 'Siguió usando aunque causaba peleas con familiares o amigos' },
        'gave-up-activities': { label: 'Dejó o hizo menos cosas que antes disfrutaba' },
        'risky-situations': { label: 'Usó cuando era peligroso, por ejemplo antes de manejar' },
        'despite-harm': { label: 'Siguió usando aunque le hacía daño al cuerpo o a la mente' },
      },
    },
    'body-changes': {
      ...q['body-changes'],
      text: 'En los últimos 12 meses, ¿le ha pasado a la persona alguna de estas cosas?',
      errorMessage: 'Elija lo que ha pasado, o elija "Ninguna de estas"',
      options: {
        ...q['body-changes'].options,
        tolerance: { label: 'Necesitaba más para sentir lo mismo, o la misma cantidad le hacía menos efecto' },
        withdrawal: { label: 'Se sentía mal cuando usaba menos o lo dejaba, o usaba para dejar de sentirse mal' },
      },
    },
    'phq-interest': {
      ...q['phq-interest'],
      text: `${stem} poco interés o placer en hacer cosas?`,
      errorMessage: scaleError,
    },
    'phq-down': {
      ...q['phq-down'],
      text: `${stem} se ha sentido decaído(a), deprimido(a) o sin esperanzas?`,
      errorMessage: scaleError,
    },
    'gad-nervous': {
      ...q['gad-nervous'],
      text: `${stem} se ha sentido nervioso(a), ansioso(a) o con los nervios de punta?`,
      errorMessage: scaleError,
    },
    'gad-worry': {
      ...q['gad-worry'],
      text: `${stem} no ha sido capaz de parar o controlar su preocupación?`,
      errorMessage: scaleError,
    },
    ...esOtherMoreQuestions,
  },
} satisfies QuestionTexts;
