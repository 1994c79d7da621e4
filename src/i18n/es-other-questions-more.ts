/** Salud, embarazo, hogar y preferencias en español, sobre una persona que le importa a quien responde. */
import type { QuestionTexts } from '../../questions/texts.ts';
import { esSelfQuestions } from './es-self-questions.ts';

const q = esSelfQuestions.questions;

export const esOtherMoreQuestions = {
  'mental-health-diagnosis': {
    ...q['mental-health-diagnosis'],
    text: '¿Alguna vez un médico o consejero le ha dicho a la persona que tiene una condición de salud mental?',
    errorMessage: 'Elija sí si a la persona le han dicho que tiene una condición de salud mental',
  },
  alcohol: {
    ...q.alcohol,
    text: '¿La persona toma alcohol la mayoría de los días?',
    errorMessage: 'Elija si la persona toma alcohol la mayoría de los días',
  },
  benzodiazepines: {
    ...q.benzodiazepines,
    text: '¿La persona toma benzodiacepinas ("benzos")?',
    errorMessage: 'Elija si la persona toma benzodiacepinas',
  },
  stimulants: {
    ...q.stimulants,
    text: '¿La persona usa otras drogas, como metanfetamina, cocaína o crack?',
    errorMessage: 'Elija sí si la persona usa otras drogas',
  },
  'medical-problems': {
    ...q['medical-problems'],
    text: '¿La persona tiene un problema grave de salud física?',
    errorMessage: 'Elija si la persona tiene un problema grave de salud física',
  },
  'withdrawal-history': {
    ...q['withdrawal-history'],
    text: '¿Alguna vez la persona ha tenido una abstinencia muy fuerte?',
    errorMessage: 'Elija si la persona alguna vez ha tenido una abstinencia muy fuerte',
    options: {
      ...q['withdrawal-history'].options,
      seizure: { label: 'Sí, tuvo una convulsión (ataque)' },
      severe: { label: 'Sí, fue muy fuerte, pero no tuvo una convulsión' },
    },
  },
  pregnancy: {
    ...q.pregnancy,
    text: '¿La persona está embarazada, o podría estarlo?',
    errorMessage: 'Elija si la persona está embarazada, si podría estarlo o si esto no le aplica',
    options: {
      pregnant: { label: 'Sí, está embarazada' },
      'could-be': { label: 'Podría estar embarazada' },
      'recently-gave-birth': { label: 'Dio a luz en el último año' },
      no: { label: 'No, no está embarazada' },
      'does-not-apply': { label: 'Esto no le aplica' },
    },
  },
  'prenatal-care': {
    ...q['prenatal-care'],
    text: '¿La persona está viendo a un médico o partera para este embarazo?',
    errorMessage: 'Elija sí si la persona está viendo a un médico o partera para este embarazo',
  },
  breastfeeding: {
    ...q.breastfeeding,
    text: '¿La persona está dando pecho?',
    errorMessage: 'Elija sí si la persona está dando pecho',
  },
  housing: {
    ...q.housing,
    text: '¿La persona tiene un lugar estable donde vivir?',
    errorMessage: 'Elija si la persona tiene un lugar estable donde vivir',
    options: {
      ...q.housing.options,
      unstable: { label: 'No siempre', hint: 'Por ejemplo, se muda seguido o se queda con otras personas.' },
      none: { label: 'No, no tiene dónde vivir' },
    },
  },
  'others-use': {
    ...q['others-use'],
    text: '¿Alguien con quien vive la persona usa drogas o toma mucho alcohol?',
    errorMessage: 'Elija si alguien con quien vive la persona usa drogas o toma mucho alcohol',
    options: { ...q['others-use'].options, 'live-alone': { label: 'No vive con nadie' } },
  },
  'home-safe': {
    ...q['home-safe'],
    text: '¿La persona se siente a salvo donde vive?',
    errorMessage: 'Elija si la persona se siente a salvo donde vive',
  },
  'support-person': {
    ...q['support-person'],
    text: '¿Hay alguien en la vida de la persona que apoye su recuperación?',
    hint: 'Por ejemplo un familiar, un amigo, un padrino o un consejero. Puede ser quien responde.',
    errorMessage: 'Elija sí si alguien en la vida de la persona apoya su recuperación',
  },
  responsibilities: {
    ...q.responsibilities,
    text: '¿La persona necesita cumplir con alguna de estas cosas durante el tratamiento?',
    errorMessage: 'Elija con qué necesita cumplir la persona, o elija "Ninguna de estas"',
    options: { ...q.responsibilities.options, children: { label: 'Hijos u otras personas que dependen de ella' } },
  },
  transport: {
    ...q.transport,
    text: '¿Podría la persona ir a una clínica varias veces por semana?',
    errorMessage: 'Elija si la persona podría ir a una clínica varias veces por semana',
  },
  'recent-release': {
    ...q['recent-release'],
    text: 'En el último mes, ¿la persona ha salido de alguno de estos lugares?',
    errorMessage: 'Elija los lugares de donde salió la persona en el último mes, o elija "Ninguna de estas"',
    options: {
      ...q['recent-release'].options,
      residential: { label: 'Un centro de tratamiento u hospital donde pasó la noche' },
    },
  },
  'previous-treatment': {
    ...q['previous-treatment'],
    text: '¿La persona ha recibido tratamiento por uso de opioides antes?',
    errorMessage: 'Elija si la persona ha recibido tratamiento por uso de opioides antes',
    options: {
      ...q['previous-treatment'].options,
      helped: { label: 'Sí, y le ayudó' },
      'returned-once': { label: 'Sí, pero volvió a usar' },
      'returned-repeatedly': { label: 'Sí, más de una vez, y cada vez volvió a usar' },
    },
  },
  'previous-treatment-type': {
    ...q['previous-treatment-type'],
    text: '¿Qué tipo de tratamiento recibió la persona?',
    errorMessage: 'Elija los tipos de tratamiento que recibió la persona',
    options: {
      ...q['previous-treatment-type'].options,
      outpatient: { label: 'Consejería o un programa al que iba desde su casa' },
      residential: { label: 'Un programa donde se quedaba a dormir' },
    },
  },
  'open-to-medication': {
    ...q['open-to-medication'],
    text: '¿Aceptaría la persona tomar medicina para el uso de opioides?',
    hint: 'La medicina ayuda a las personas a seguir en tratamiento y a usar menos. Un proveedor puede explicar las opciones.',
    errorMessage: 'Elija si la persona aceptaría tomar medicina',
  },
  'daily-visits': {
    ...q['daily-visits'],
    text: 'Al principio, ¿podría la persona ir a una clínica todos los días?',
    errorMessage: 'Elija si la persona podría ir a una clínica todos los días al principio',
  },
  'prefers-non-opioid': {
    ...q['prefers-non-opioid'],
    text: '¿Preferiría la persona tomar una medicina que no sea un opioide?',
    errorMessage: 'Elija si la persona preferiría tomar una medicina que no sea un opioide',
    options: { ...q['prefers-non-opioid'].options, 'no-preference': { label: 'Le da igual' } },
  },
} satisfies Partial<QuestionTexts['questions']>;
