/**
 * "Porque usted dijo ...": una frase por respuesta que puede llevar a una conclusión; y los
 * puntajes de ánimo (PHQ-2, GAD-2).
 */
import type english from '../en/reasons.ts';
import type { WordsLike } from '../voices.ts';

const reasons = {
  reasons: {
    'overdose-now': {
      yes: {
        you: 'Usted dijo que alguien con usted podría tener una sobredosis ahora.',
        they: 'Usted dijo que alguien ahí podría tener una sobredosis ahora.',
      },
    },
    'self-harm-thoughts': {
      yes: {
        you: 'Usted dijo que tiene pensamientos de suicidio o de hacerse daño.',
        they: 'Usted dijo que la persona tiene pensamientos de suicidio o de hacerse daño.',
      },
    },
    'opioids-used': {
      fentanyl: {
        you: 'Usted dijo que ha usado fentanilo.',
        they: 'Usted dijo que la persona ha usado fentanilo.',
      },
      'methadone-or-buprenorphine': {
        you: 'Usted dijo que ha usado metadona o buprenorfina que no le recetaron.',
        they: 'Usted dijo que la persona ha usado metadona o buprenorfina que no le recetaron.',
      },
      'pills-as-prescribed': {
        you: 'Usted dijo que solo toma pastillas para el dolor como las recetó un médico.',
        they: 'Usted dijo que la persona solo toma pastillas para el dolor como las recetó un médico.',
      },
    },
    'last-use': {
      'past-day': {
        you: 'Usted dijo que usó un opioide por última vez en el último día.',
        they: 'Usted dijo que la persona usó un opioide por última vez en el último día.',
      },
      'past-week': {
        you: 'Usted dijo que usó un opioide por última vez hace 1 a 6 días.',
        they: 'Usted dijo que la persona usó un opioide por última vez hace 1 a 6 días.',
      },
    },
    'mental-health-diagnosis': {
      yes: {
        you: 'Usted dijo que un médico o consejero le dijo que tiene una condición de salud mental.',
        they: 'Usted dijo que un médico o consejero le dijo a la persona que tiene una condición de salud mental.',
      },
    },
    alcohol: {
      heavy: {
        you: 'Usted dijo que toma mucho alcohol la mayoría de los días.',
        they: 'Usted dijo que la persona toma mucho alcohol la mayoría de los días.',
      },
      some: {
        you: 'Usted dijo que toma un poco de alcohol la mayoría de los días.',
        they: 'Usted dijo que la persona toma un poco de alcohol la mayoría de los días.',
      },
    },
    benzodiazepines: {
      daily: {
        you: 'Usted dijo que toma benzos todos los días o casi todos los días.',
        they: 'Usted dijo que la persona toma benzos todos los días o casi todos los días.',
      },
      sometimes: {
        you: 'Usted dijo que a veces toma benzos.',
        they: 'Usted dijo que la persona a veces toma benzos.',
      },
    },
    stimulants: {
      yes: {
        you: 'Usted dijo que usa otras drogas, como metanfetamina, cocaína o crack.',
        they: 'Usted dijo que la persona usa otras drogas, como metanfetamina, cocaína o crack.',
      },
    },
    'medical-problems': {
      urgent: {
        you: 'Usted dijo que tiene un problema de salud que necesita atención de inmediato.',
        they: 'Usted dijo que la persona tiene un problema de salud que necesita atención de inmediato.',
      },
      ongoing: {
        you: 'Usted dijo que tiene un problema de salud de largo plazo.',
        they: 'Usted dijo que la persona tiene un problema de salud de largo plazo.',
      },
    },
    'withdrawal-history': {
      seizure: {
        you: 'Usted dijo que tuvo una convulsión durante la abstinencia.',
        they: 'Usted dijo que la persona tuvo una convulsión durante la abstinencia.',
      },
      severe: {
        you: 'Usted dijo que ha tenido una abstinencia muy fuerte.',
        they: 'Usted dijo que la persona ha tenido una abstinencia muy fuerte.',
      },
    },
    pregnancy: {
      pregnant: {
        you: 'Usted dijo que está embarazada.',
        they: 'Usted dijo que la persona está embarazada.',
      },
      'could-be': {
        you: 'Usted dijo que podría estar embarazada.',
        they: 'Usted dijo que la persona podría estar embarazada.',
      },
    },
    housing: {
      stable: {
        you: 'Usted dijo que tiene un lugar estable donde vivir.',
        they: 'Usted dijo que la persona tiene un lugar estable donde vivir.',
      },
      unstable: {
        you: 'Usted dijo que no siempre tiene un lugar estable donde vivir.',
        they: 'Usted dijo que la persona no siempre tiene un lugar estable donde vivir.',
      },
      none: {
        you: 'Usted dijo que no tiene dónde vivir.',
        they: 'Usted dijo que la persona no tiene dónde vivir.',
      },
    },
    'others-use': {
      yes: {
        you: 'Usted dijo que alguien con quien vive usa drogas o toma mucho alcohol.',
        they: 'Usted dijo que alguien con quien vive la persona usa drogas o toma mucho alcohol.',
      },
    },
    'home-safe': {
      no: {
        you: 'Usted dijo que no se siente a salvo donde vive.',
        they: 'Usted dijo que la persona no se siente a salvo donde vive.',
      },
    },
    'support-person': {
      yes: {
        you: 'Usted dijo que alguien en su vida apoya su recuperación.',
        they: 'Usted dijo que alguien en la vida de la persona apoya su recuperación.',
      },
      no: {
        you: 'Usted dijo que no tiene a alguien que apoye su recuperación.',
        they: 'Usted dijo que la persona no tiene a alguien que apoye su recuperación.',
      },
    },
    'recent-release': {
      jail: {
        you: 'Usted dijo que salió de la cárcel o prisión en el último mes.',
        they: 'Usted dijo que la persona salió de la cárcel o prisión en el último mes.',
      },
      detox: {
        you: 'Usted dijo que salió de desintoxicación en el último mes.',
        they: 'Usted dijo que la persona salió de desintoxicación en el último mes.',
      },
      residential: {
        you: 'Usted dijo que salió de un centro de tratamiento o de un hospital en el último mes.',
        they: 'Usted dijo que la persona salió de un centro de tratamiento o de un hospital en el último mes.',
      },
    },
    'previous-treatment': {
      'returned-once': {
        you: 'Usted dijo que volvió a usar después del tratamiento.',
        they: 'Usted dijo que la persona volvió a usar después del tratamiento.',
      },
      'returned-repeatedly': {
        you: 'Usted dijo que volvió a usar después del tratamiento más de una vez.',
        they: 'Usted dijo que la persona volvió a usar después del tratamiento más de una vez.',
      },
    },
    'previous-treatment-type': {
      outpatient: {
        you: 'Usted dijo que recibió consejería o fue a un programa desde su casa.',
        they: 'Usted dijo que la persona recibió consejería o fue a un programa desde su casa.',
      },
    },
    'open-to-medication': {
      no: {
        you: 'Usted dijo que no quisiera tomar medicina para el uso de opioides.',
        they: 'Usted dijo que la persona no quisiera tomar medicina para el uso de opioides.',
      },
      'not-sure': {
        you: 'Usted dijo que no sabe si tomar medicina para el uso de opioides.',
        they: 'Usted dijo que la persona no sabe si tomar medicina para el uso de opioides.',
      },
    },
    'daily-visits': {
      no: {
        you: 'Usted dijo que no podría ir a una clínica todos los días al principio.',
        they: 'Usted dijo que la persona no podría ir a una clínica todos los días al principio.',
      },
      'not-sure': {
        you: 'Usted dijo que no sabe si podría ir a una clínica todos los días al principio.',
        they: 'Usted dijo que la persona no sabe si podría ir a una clínica todos los días al principio.',
      },
    },
    'prefers-non-opioid': {
      yes: {
        you: 'Usted dijo que preferiría tomar una medicina que no sea un opioide.',
        they: 'Usted dijo que la persona preferiría tomar una medicina que no sea un opioide.',
      },
    },
  },
  scores: {
    phq2: {
      you: (score) =>
        `Sus respuestas sobre el ánimo bajo suman ${String(score)} de 6 en una prueba corta de depresión (PHQ-2). 3 o más merece una revisión más a fondo.`,
      they: (score) =>
        `Las respuestas sobre el ánimo bajo de la persona suman ${String(score)} de 6 en una prueba corta de depresión (PHQ-2). 3 o más merece una revisión más a fondo.`,
    },
    gad2: {
      you: (score) =>
        `Sus respuestas sobre la preocupación suman ${String(score)} de 6 en una prueba corta de ansiedad (GAD-2). 3 o más merece una revisión más a fondo.`,
      they: (score) =>
        `Las respuestas sobre la preocupación de la persona suman ${String(score)} de 6 en una prueba corta de ansiedad (GAD-2). 3 o más merece una revisión más a fondo.`,
    },
  },
} satisfies WordsLike<typeof english>;

export default reasons;
