/** "Usted dijo ...": las razones en español, de usted. */
import type { RuleTexts } from '../rules/texts/rule-texts.ts';

export const esSelfReasons = {
  'overdose-now': { yes: 'Usted dijo que alguien con usted podría tener una sobredosis ahora.' },
  'self-harm-thoughts': { yes: 'Usted dijo que tiene pensamientos de suicidio o de hacerse daño.' },
  'opioids-used': {
    fentanyl: 'Usted dijo que ha usado fentanilo.',
    'methadone-or-buprenorphine': 'Usted dijo que ha usado metadona o buprenorfina que no le recetaron.',
    'pills-as-prescribed': 'Usted dijo que solo toma pastillas para el dolor como las recetó un médico.',
  },
  'last-use': {
    'past-day': 'Usted dijo que usó un opioide por última vez en el último día.',
    'past-week': 'Usted dijo que usó un opioide por última vez hace 1 a 6 días.',
  },
  'mental-health-diagnosis': {
    yes: 'Usted dijo que un médico o consejero le dijo que tiene una condición de salud mental.',
  },
  alcohol: {
    heavy: 'Usted dijo que toma mucho alcohol la mayoría de los días.',
    some: 'Usted dijo que toma un poco de alcohol la mayoría de los días.',
  },
  benzodiazepines: {
    daily: 'Usted dijo que toma benzos todos los días o casi todos los días.',
    sometimes: 'Usted dijo que a veces toma benzos.',
  },
  stimulants: { yes: 'Usted dijo que usa otras drogas, como metanfetamina, cocaína o crack.' },
  'medical-problems': {
    urgent: 'Usted dijo que tiene un problema de salud que necesita atención de inmediato.',
    ongoing: 'Usted dijo que tiene un problema de salud de largo plazo.',
  },
  'withdrawal-history': {
    seizure: 'Usted dijo que tuvo una convulsión durante la abstinencia.',
    severe: 'Usted dijo que ha tenido una abstinencia muy fuerte.',
  },
  pregnancy: {
    pregnant: 'Usted dijo que está embarazada.',
    'could-be': 'Usted dijo que podría estar embarazada.',
  },
  housing: {
    stable: 'Usted dijo que tiene un lugar estable donde vivir.',
    unstable: 'Usted dijo que no siempre tiene un lugar estable donde vivir.',
    none: 'Usted dijo que no tiene dónde vivir.',
  },
  'others-use': { yes: 'Usted dijo que alguien con quien vive usa drogas o toma mucho alcohol.' },
  'home-safe': { no: 'Usted dijo que no se siente a salvo donde vive.' },
  'support-person': {
    yes: 'Usted dijo que alguien en su vida apoya su recuperación.',
    no: 'Usted dijo que no tiene a alguien que apoye su recuperación.',
  },
  'recent-release': {
    jail: 'Usted dijo que salió de la cárcel o prisión en el último mes.',
    detox: 'Usted dijo que salió de desintoxicación en el último mes.',
    residential: 'Usted dijo que salió de un centro de tratamiento o de un hospital en el último mes.',
  },
  'previous-treatment': {
    'returned-once': 'Usted dijo que volvió a usar después del tratamiento.',
    'returned-repeatedly': 'Usted dijo que volvió a usar después del tratamiento más de una vez.',
  },
  'previous-treatment-type': {
    outpatient: 'Usted dijo que recibió consejería o fue a un programa desde su casa.',
  },
  'open-to-medication': {
    no: 'Usted dijo que no quisiera tomar medicina para el uso de opioides.',
    'not-sure': 'Usted dijo que no sabe si tomar medicina para el uso de opioides.',
  },
  'daily-visits': {
    no: 'Usted dijo que no podría ir a una clínica todos los días al principio.',
    'not-sure': 'Usted dijo que no sabe si podría ir a una clínica todos los días al principio.',
  },
  'prefers-non-opioid': { yes: 'Usted dijo que preferiría tomar una medicina que no sea un opioide.' },
} satisfies RuleTexts['reasons'];
