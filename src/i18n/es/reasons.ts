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
      'prefer-not-to-say': {
        you: 'Usted prefirió no decir si tiene pensamientos de suicidio.',
        they: 'Usted prefirió no decir si la persona tiene pensamientos de suicidio.',
      },
      'dont-know': {
        you: 'Usted no sabe si tiene pensamientos de suicidio.',
        they: 'Usted dijo que no sabe si la persona tiene pensamientos de suicidio.',
      },
    },
    'danger-signs-now': {
      yes: {
        you: 'Usted dijo que tiene señales de peligro ahora, como el corazón acelerado o dolor en el pecho.',
        they: 'Usted dijo que la persona tiene señales de peligro ahora, como el corazón acelerado o dolor en el pecho.',
      },
      'dont-know': {
        you: 'Usted no sabe si tiene señales de peligro ahora.',
        they: 'Usted dijo que no sabe si la persona tiene señales de peligro ahora.',
      },
    },
    adult: {
      no: {
        you: 'Usted dijo que tiene menos de 18 años.',
        they: 'Usted dijo que la persona tiene menos de 18 años.',
      },
    },
    'current-medicine': {
      methadone: {
        you: 'Usted dijo que toma metadona para el uso de opioides ahora.',
        they: 'Usted dijo que la persona toma metadona para el uso de opioides ahora.',
      },
      buprenorphine: {
        you: 'Usted dijo que toma buprenorfina para el uso de opioides ahora.',
        they: 'Usted dijo que la persona toma buprenorfina para el uso de opioides ahora.',
      },
      naltrexone: {
        you: 'Usted dijo que toma naltrexona para el uso de opioides ahora.',
        they: 'Usted dijo que la persona toma naltrexona para el uso de opioides ahora.',
      },
      'dont-know': {
        you: 'Usted no sabe si toma una medicina para el uso de opioides.',
        they: 'Usted dijo que no sabe si la persona toma una medicina para el uso de opioides.',
      },
    },
    'medicine-working': {
      yes: {
        you: 'Usted dijo que la medicina le está dando resultado.',
        they: 'Usted dijo que la medicina le está dando resultado a la persona.',
      },
      'not-sure': {
        you: 'Usted dijo que no está seguro de que la medicina le dé resultado.',
        they: 'Usted dijo que no está seguro de que la medicina le dé resultado a la persona.',
      },
      no: {
        you: 'Usted dijo que la medicina no le está dando buen resultado.',
        they: 'Usted dijo que la medicina no le está dando buen resultado a la persona.',
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
    'how-used': {
      inject: {
        you: 'Usted dijo que se inyecta.',
        they: 'Usted dijo que la persona se inyecta.',
      },
      alone: {
        you: 'Usted dijo que a menudo usa a solas.',
        they: 'Usted dijo que la persona a menudo usa a solas.',
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
      longer: {
        you: 'Usted dijo que usó un opioide por última vez hace más de 30 días.',
        they: 'Usted dijo que la persona usó un opioide por última vez hace más de 30 días.',
      },
      'dont-know': {
        you: 'Usted no sabe cuándo usó un opioide por última vez.',
        they: 'Usted dijo que no sabe cuándo la persona usó un opioide por última vez.',
      },
    },
    'recent-overdose': {
      yes: {
        you: 'Usted dijo que tuvo una sobredosis en los últimos 12 meses.',
        they: 'Usted dijo que la persona tuvo una sobredosis en los últimos 12 meses.',
      },
      'dont-know': {
        you: 'Usted no sabe si tuvo una sobredosis en los últimos 12 meses.',
        they: 'Usted dijo que no sabe si la persona tuvo una sobredosis en los últimos 12 meses.',
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
      'prefer-not-to-say': {
        you: 'Usted prefirió no decir si toma alcohol.',
        they: 'Usted prefirió no decir si la persona toma alcohol.',
      },
      'dont-know': {
        you: 'Usted no sabe si toma alcohol.',
        they: 'Usted dijo que no sabe si la persona toma alcohol.',
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
      'prefer-not-to-say': {
        you: 'Usted prefirió no decir si toma benzos.',
        they: 'Usted prefirió no decir si la persona toma benzos.',
      },
      'dont-know': {
        you: 'Usted no sabe si toma benzos.',
        they: 'Usted dijo que no sabe si la persona toma benzos.',
      },
    },
    'benzodiazepines-prescribed': {
      'as-prescribed': {
        you: 'Usted dijo que un médico le recetó las benzos y las toma como se las recetaron.',
        they: 'Usted dijo que un médico le recetó las benzos a la persona y las toma como se las recetaron.',
      },
      'not-prescribed': {
        you: 'Usted dijo que sus benzos no son recetadas, o no las toma como se las recetaron.',
        they: 'Usted dijo que las benzos de la persona no son recetadas, o no las toma como se las recetaron.',
      },
      'not-sure': {
        you: 'Usted dijo que no está seguro de que sus benzos sean recetadas.',
        they: 'Usted dijo que no está seguro de que las benzos de la persona sean recetadas.',
      },
    },
    'other-drugs': {
      stimulants: {
        you: 'Usted dijo que usa metanfetamina, cocaína o crack.',
        they: 'Usted dijo que la persona usa metanfetamina, cocaína o crack.',
      },
      gabapentinoids: {
        you: 'Usted dijo que toma gabapentina o pregabalina.',
        they: 'Usted dijo que la persona toma gabapentina o pregabalina.',
      },
      'sleeping-pills': {
        you: 'Usted dijo que toma pastillas para dormir u otras medicinas que dan sueño.',
        they: 'Usted dijo que la persona toma pastillas para dormir u otras medicinas que dan sueño.',
      },
    },
    'health-now': {
      urgent: {
        you: 'Usted dijo que tiene un problema de salud que necesita atención de inmediato.',
        they: 'Usted dijo que la persona tiene un problema de salud que necesita atención de inmediato.',
      },
      'wound-or-fever': {
        you: 'Usted dijo que tiene una herida roja, caliente, hinchada o que se extiende, o fiebre.',
        they: 'Usted dijo que la persona tiene una herida roja, caliente, hinchada o que se extiende, o fiebre.',
      },
      'chronic-pain': {
        you: 'Usted dijo que tiene dolor desde hace meses.',
        they: 'Usted dijo que la persona tiene dolor desde hace meses.',
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
      'dont-know': {
        you: 'Usted no sabe si ha tenido una abstinencia muy fuerte.',
        they: 'Usted dijo que no sabe si la persona ha tenido una abstinencia muy fuerte.',
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
      'recently-gave-birth': {
        you: 'Usted dijo que dio a luz en el último año.',
        they: 'Usted dijo que la persona dio a luz en el último año.',
      },
      'prefer-not-to-say': {
        you: 'Usted prefirió no decir si está embarazada.',
        they: 'Usted prefirió no decir si la persona está embarazada.',
      },
      'dont-know': {
        you: 'Usted no sabe si está embarazada.',
        they: 'Usted dijo que no sabe si la persona está embarazada.',
      },
    },
    'prenatal-care': {
      no: {
        you: 'Usted dijo que no ve a un médico o partera por este embarazo.',
        they: 'Usted dijo que la persona no ve a un médico o partera por este embarazo.',
      },
    },
    breastfeeding: {
      yes: {
        you: 'Usted dijo que está dando pecho.',
        they: 'Usted dijo que la persona está dando pecho.',
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
      'live-alone': {
        you: 'Usted dijo que vive solo.',
        they: 'Usted dijo que la persona vive sola.',
      },
      'prefer-not-to-say': {
        you: 'Usted prefirió no decir si alguien con quien vive usa drogas o toma mucho.',
        they: 'Usted prefirió no decir si alguien con quien vive la persona usa drogas o toma mucho.',
      },
      'dont-know': {
        you: 'Usted no sabe si alguien con quien vive usa drogas o toma mucho.',
        they: 'Usted dijo que no sabe si alguien con quien vive la persona usa drogas o toma mucho.',
      },
    },
    'home-safe': {
      no: {
        you: 'Usted dijo que no se siente a salvo donde vive.',
        they: 'Usted dijo que la persona no se siente a salvo donde vive.',
      },
      'prefer-not-to-say': {
        you: 'Usted prefirió no decir si se siente a salvo donde vive.',
        they: 'Usted prefirió no decir si la persona se siente a salvo donde vive.',
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
    responsibilities: {
      children: {
        you: 'Usted dijo que cuida a niños o a otras personas que dependen de usted.',
        they: 'Usted dijo que la persona cuida a niños o a otras personas que dependen de ella.',
      },
      work: {
        you: 'Usted dijo que tiene un trabajo que mantener.',
        they: 'Usted dijo que la persona tiene un trabajo que mantener.',
      },
    },
    transport: {
      hard: {
        you: 'Usted dijo que le costaría ir a una clínica varias veces por semana.',
        they: 'Usted dijo que a la persona le costaría ir a una clínica varias veces por semana.',
      },
      no: {
        you: 'Usted dijo que no podría ir a una clínica varias veces por semana.',
        they: 'Usted dijo que la persona no podría ir a una clínica varias veces por semana.',
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
      'stopped-medicine': {
        you: 'Usted dijo que dejó la metadona o la buprenorfina en el último mes.',
        they: 'Usted dijo que la persona dejó la metadona o la buprenorfina en el último mes.',
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
      medication: {
        you: 'Usted dijo que su tratamiento incluyó una medicina como metadona, buprenorfina o naltrexona.',
        they: 'Usted dijo que el tratamiento de la persona incluyó una medicina como metadona, buprenorfina o naltrexona.',
      },
      residential: {
        you: 'Usted dijo que pasó la noche en un programa.',
        they: 'Usted dijo que la persona pasó la noche en un programa.',
      },
      'detox-only': {
        you: 'Usted dijo que solo tuvo desintoxicación (atención para la abstinencia).',
        they: 'Usted dijo que la persona solo tuvo desintoxicación (atención para la abstinencia).',
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
        you: 'Usted dijo que no podría ir a una clínica a menudo al principio.',
        they: 'Usted dijo que la persona no podría ir a una clínica a menudo al principio.',
      },
      'not-sure': {
        you: 'Usted dijo que no sabe si podría ir a una clínica a menudo al principio.',
        they: 'Usted dijo que la persona no sabe si podría ir a una clínica a menudo al principio.',
      },
    },
    'prefers-non-opioid': {
      yes: {
        you: 'Usted dijo que preferiría tomar una medicina que no sea un opioide.',
        they: 'Usted dijo que la persona preferiría tomar una medicina que no sea un opioide.',
      },
    },
    payment: {
      medicaid: { you: 'Usted dijo que tiene Medicaid.', they: 'Usted dijo que la persona tiene Medicaid.' },
      medicare: { you: 'Usted dijo que tiene Medicare.', they: 'Usted dijo que la persona tiene Medicare.' },
      'private-insurance': {
        you: 'Usted dijo que tiene seguro médico privado.',
        they: 'Usted dijo que la persona tiene seguro médico privado.',
      },
      'no-insurance': {
        you: 'Usted dijo que no tiene seguro médico.',
        they: 'Usted dijo que la persona no tiene seguro médico.',
      },
    },
  },
  scores: {
    phq2: {
      you: (score) =>
        `Sus respuestas sobre el ánimo bajo suman ${String(score)} de 6 en una prueba corta de depresión. 3 o más merece una revisión más a fondo.`,
      they: (score) =>
        `Las respuestas sobre el ánimo bajo de la persona suman ${String(score)} de 6 en una prueba corta de depresión. 3 o más merece una revisión más a fondo.`,
    },
    gad2: {
      you: (score) =>
        `Sus respuestas sobre la preocupación suman ${String(score)} de 6 en una prueba corta de ansiedad. 3 o más merece una revisión más a fondo.`,
      they: (score) =>
        `Las respuestas sobre la preocupación de la persona suman ${String(score)} de 6 en una prueba corta de ansiedad. 3 o más merece una revisión más a fondo.`,
    },
  },
} satisfies WordsLike<typeof english>;

export default reasons;
