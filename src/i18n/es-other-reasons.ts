/** "Usted dijo que la persona ...": las razones en español, sobre una persona que le importa a quien responde. */
import type { RuleTexts } from '../rules/texts/rule-texts.ts';

export const esOtherReasons = {
  'overdose-now': { yes: 'Usted dijo que alguien ahí podría tener una sobredosis ahora.' },
  'self-harm-thoughts': { yes: 'Usted dijo que la persona tiene pensamientos de suicidio o de hacerse daño.' },
  'opioids-used': {
    fentanyl: 'Usted dijo que la persona ha usado fentanilo.',
    'methadone-or-buprenorphine': 'Usted dijo que la persona ha usado metadona o buprenorfina que no le recetaron.',
    'pills-as-prescribed': 'Usted dijo que la persona solo toma pastillas para el dolor como las recetó un médico.',
  },
  'last-use': {
    'past-day': 'Usted dijo que la persona usó un opioide por última vez en el último día.',
    'past-week': 'Usted dijo que la persona usó un opioide por última vez hace 1 a 6 días.',
  },
  'mental-health-diagnosis': {
    yes: 'Usted dijo que un médico o consejero le dijo a la persona que tiene una condición de salud mental.',
  },
  alcohol: {
    heavy: 'Usted dijo que la persona toma mucho alcohol la mayoría de los días.',
    some: 'Usted dijo que la persona toma un poco de alcohol la mayoría de los días.',
  },
  benzodiazepines: {
    daily: 'Usted dijo que la persona toma benzos todos los días o casi todos los días.',
    sometimes: 'Usted dijo que la persona a veces toma benzos.',
  },
  stimulants: { yes: 'Usted dijo que la persona usa otras drogas, como metanfetamina, cocaína o crack.' },
  'medical-problems': {
    urgent: 'Usted dijo que la persona tiene un problema de salud que necesita atención de inmediato.',
    ongoing: 'Usted dijo que la persona tiene un problema de salud de largo plazo.',
  },
  'withdrawal-history': {
    seizure: 'Usted dijo que la persona tuvo una convulsión durante la abstinencia.',
    severe: 'Usted dijo que la persona ha tenido una abstinencia muy fuerte.',
  },
  pregnancy: {
    pregnant: 'Usted dijo que la persona está embarazada.',
    'could-be': 'Usted dijo que la persona podría estar embarazada.',
  },
  housing: {
    stable: 'Usted dijo que la persona tiene un lugar estable donde vivir.',
    unstable: 'Usted dijo que la persona no siempre tiene un lugar estable donde vivir.',
    none: 'Usted dijo que la persona no tiene dónde vivir.',
  },
  'others-use': { yes: 'Usted dijo que alguien con quien vive la persona usa drogas o toma mucho alcohol.' },
  'home-safe': { no: 'Usted dijo que la persona no se siente a salvo donde vive.' },
  'support-person': {
    yes: 'Usted dijo que alguien en la vida de la persona apoya su recuperación.',
    no: 'Usted dijo que la persona no tiene a alguien que apoye su recuperación.',
  },
  'recent-release': {
    jail: 'Usted dijo que la persona salió de la cárcel o prisión en el último mes.',
    detox: 'Usted dijo que la persona salió de desintoxicación en el último mes.',
    residential: 'Usted dijo que la persona salió de un centro de tratamiento o de un hospital en el último mes.',
  },
  'previous-treatment': {
    'returned-once': 'Usted dijo que la persona volvió a usar después del tratamiento.',
    'returned-repeatedly': 'Usted dijo que la persona volvió a usar después del tratamiento más de una vez.',
  },
  'previous-treatment-type': {
    outpatient: 'Usted dijo que la persona recibió consejería o fue a un programa desde su casa.',
  },
  'open-to-medication': {
    no: 'Usted dijo que la persona no quisiera tomar medicina para el uso de opioides.',
    'not-sure': 'Usted dijo que la persona no sabe si tomar medicina para el uso de opioides.',
  },
  'daily-visits': {
    no: 'Usted dijo que la persona no podría ir a una clínica todos los días al principio.',
    'not-sure': 'Usted dijo que la persona no sabe si podría ir a una clínica todos los días al principio.',
  },
  'prefers-non-opioid': { yes: 'Usted dijo que la persona preferiría tomar una medicina que no sea un opioide.' },
} satisfies RuleTexts['reasons'];
