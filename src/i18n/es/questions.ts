/**
 * Cada sección y pregunta: el texto, la pista, la etiqueta breve de "Revise sus respuestas", el
 * mensaje cuando no se elige nada y cada opción. PHQ-2 y GAD-2 siguen la versión en español
 * publicada (LIC-3).
 */
import type english from '../en/questions.ts';
import type { WordsLike } from '../voices.ts';

const questions = {
  sections: {
    safety: {
      you: 'Primero, su seguridad',
      they: 'Primero, la seguridad',
    },
    use: {
      you: 'Su uso de opioides',
      they: 'Su uso de opioides (de la persona)',
    },
    severity: {
      you: 'Cómo afectan los opioides su vida',
      they: 'Cómo afectan los opioides la vida de la persona',
    },
    health: {
      you: 'Su salud',
      they: 'La salud de la persona',
    },
    pregnancy: 'Embarazo',
    home: {
      you: 'Su hogar y su apoyo',
      they: 'El hogar y el apoyo de la persona',
    },
    preferences: {
      you: 'Lo que usted prefiere',
      they: 'Lo que la persona prefiere',
    },
  },
  questions: {
    'overdose-now': {
      text: {
        you: '¿Hay alguien con usted que muestre señales de una sobredosis en este momento?',
        they: '¿La persona, o alguien más que esté ahí, muestra señales de una sobredosis en este momento?',
      },
      hint: 'Las señales son: no se despierta, respira despacio o no respira, tiene las pupilas muy pequeñas, o tiene los labios azules o grises.',
      summary: 'Señales de sobredosis ahora',
      errorMessage: {
        you: 'Elija sí si alguien muestra señales de una sobredosis en este momento',
        they: 'Elija sí si alguien ahí muestra señales de una sobredosis en este momento',
      },
      options: { yes: { label: 'Sí' }, no: { label: 'No' } },
    },
    'self-harm-thoughts': {
      text: {
        you: '¿Tiene pensamientos de suicidio o de hacerse daño?',
        they: '¿La persona tiene pensamientos de suicidio o de hacerse daño?',
      },
      hint: {
        you: 'Si dice que sí, le mostraremos dónde conseguir ayuda ahora. Después puede volver a estas preguntas.',
        they: 'Si la respuesta es sí, mostraremos dónde conseguir ayuda ahora. Después se puede volver a estas preguntas.',
      },
      summary: {
        you: 'Pensamientos de suicidio o de hacerse daño',
        they: 'Sus pensamientos de suicidio o de hacerse daño',
      },
      errorMessage: {
        you: 'Elija sí si tiene pensamientos de suicidio o de hacerse daño',
        they: 'Elija sí si la persona tiene pensamientos de suicidio o de hacerse daño',
      },
      options: {
        yes: { label: 'Sí' },
        no: { label: 'No' },
        'prefer-not-to-say': { label: 'Prefiero no decirlo' },
        'dont-know': { label: 'No sé' },
      },
    },
    'danger-signs-now': {
      text: {
        you: 'En este momento, ¿tiene alguna de estas señales?',
        they: 'En este momento, ¿la persona tiene alguna de estas señales?',
      },
      hint: 'El corazón muy acelerado o golpeando fuerte, dolor en el pecho, desmayos o confusión. También vómitos que no paran, o una presión arterial muy alta.',
      summary: {
        you: 'Señales de peligro ahora',
        they: 'Sus señales de peligro ahora',
      },
      errorMessage: {
        you: 'Elija sí si tiene alguna de estas señales ahora',
        they: 'Elija sí si la persona tiene alguna de estas señales ahora',
      },
      options: { yes: { label: 'Sí' }, no: { label: 'No' }, 'dont-know': { label: 'No sé' } },
    },
    adult: {
      text: {
        you: '¿Tiene 18 años o más?',
        they: '¿La persona tiene 18 años o más?',
      },
      summary: '18 años o más',
      errorMessage: {
        you: 'Elija si tiene 18 años o más',
        they: 'Elija si la persona tiene 18 años o más',
      },
      options: { yes: { label: 'Sí' }, no: { label: 'No, menos de 18' } },
    },
    'current-medicine': {
      text: {
        you: '¿Toma ahora una medicina para el uso de opioides?',
        they: '¿La persona toma ahora una medicina para el uso de opioides?',
      },
      hint: {
        you: 'Solo una medicina que una clínica o un médico le da para el uso de opioides.',
        they: 'Solo una medicina que una clínica o un médico le da a la persona para el uso de opioides.',
      },
      summary: 'Medicina para el uso de opioides ahora',
      errorMessage: {
        you: 'Elija la medicina que toma ahora para el uso de opioides, o elija no',
        they: 'Elija la medicina que la persona toma ahora para el uso de opioides, o elija no',
      },
      options: {
        methadone: { label: 'Sí, metadona de una clínica' },
        buprenorphine: { label: 'Sí, buprenorfina (como Suboxone)' },
        naltrexone: { label: 'Sí, naltrexona (como Vivitrol)' },
        none: { label: 'No' },
        'dont-know': { label: 'No sé' },
      },
    },
    'medicine-working': {
      text: {
        you: '¿La medicina le está dando resultado?',
        they: '¿La medicina le está dando resultado a la persona?',
      },
      summary: 'La medicina da resultado',
      errorMessage: {
        you: 'Elija si la medicina le está dando resultado',
        they: 'Elija si la medicina le está dando resultado a la persona',
      },
      options: {
        yes: { label: 'Sí' },
        'not-sure': { label: 'No estoy seguro' },
        no: {
          label: {
            you: 'No, todavía uso o quiero un cambio',
            they: 'No, todavía usa o quiere un cambio',
          },
        },
      },
    },
    'opioids-used': {
      text: {
        you: '¿Qué opioides ha usado en los últimos 12 meses?',
        they: '¿Qué opioides ha usado la persona en los últimos 12 meses?',
      },
      hint: 'Marque todas las que correspondan.',
      summary: 'Opioides usados en los últimos 12 meses',
      errorMessage: {
        you: 'Elija los opioides que ha usado en los últimos 12 meses',
        they: 'Elija los opioides que la persona ha usado en los últimos 12 meses',
      },
      options: {
        heroin: { label: 'Heroína' },
        fentanyl: {
          label: 'Fentanilo',
          hint: {
            you: 'Incluya drogas que usted cree que tenían fentanilo.',
            they: 'Incluya drogas que la persona cree que tenían fentanilo.',
          },
        },
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
      text: {
        you: '¿Cómo los usa?',
        they: '¿Cómo los usa la persona?',
      },
      hint: 'Marque todas las que correspondan.',
      summary: {
        you: 'Cómo usa los opioides',
        they: 'Cómo usa los opioides la persona',
      },
      errorMessage: {
        you: 'Elija cómo usa los opioides',
        they: 'Elija cómo usa los opioides la persona',
      },
      options: {
        swallow: { label: 'Tragados' },
        smoke: { label: 'Fumados' },
        snort: { label: 'Inhalados por la nariz' },
        inject: { label: 'Inyectados' },
        alone: {
          label: {
            you: 'A menudo uso a solas',
            they: 'A menudo usa a solas',
          },
        },
      },
    },
    'last-use': {
      text: {
        you: '¿Cuándo usó un opioide por última vez?',
        they: '¿Cuándo usó la persona un opioide por última vez?',
      },
      summary: 'Último uso de opioides',
      errorMessage: {
        you: 'Elija cuándo usó un opioide por última vez',
        they: 'Elija cuándo usó la persona un opioide por última vez',
      },
      options: {
        'past-day': { label: 'En el último día' },
        'past-week': { label: 'Hace 1 a 6 días' },
        'past-month': { label: 'Hace 7 a 30 días' },
        longer: { label: 'Hace más de 30 días' },
        'dont-know': { label: 'No sé' },
      },
    },
    'recent-overdose': {
      text: {
        you: '¿Ha tenido una sobredosis en los últimos 12 meses?',
        they: '¿La persona ha tenido una sobredosis en los últimos 12 meses?',
      },
      hint: {
        you: 'Por ejemplo, no lo podían despertar, o alguien le dio naloxona (Narcan).',
        they: 'Por ejemplo, no la podían despertar, o alguien le dio naloxona (Narcan).',
      },
      summary: 'Sobredosis en los últimos 12 meses',
      errorMessage: {
        you: 'Elija sí si ha tenido una sobredosis en los últimos 12 meses',
        they: 'Elija sí si la persona ha tenido una sobredosis en los últimos 12 meses',
      },
      options: { yes: { label: 'Sí' }, no: { label: 'No' }, 'dont-know': { label: 'No sé' } },
    },
    control: {
      text: {
        you: 'En los últimos 12 meses, ¿cuáles de estas cosas le han pasado?',
        they: 'En los últimos 12 meses, ¿cuáles de estas cosas le han pasado a la persona?',
      },
      hint: 'Marque todas las que correspondan.',
      summary: 'Control sobre el uso',
      errorMessage: 'Elija lo que le ha pasado, o elija "Ninguna de estas"',
      options: {
        'more-than-meant': {
          label: {
            you: 'Usé más, o por más tiempo, de lo que quería',
            they: 'Usó más, o por más tiempo, de lo que quería',
          },
        },
        'could-not-cut-down': {
          label: {
            you: 'Quise usar menos o dejarlo, pero no pude',
            they: 'Quiso usar menos o dejarlo, pero no pudo',
          },
        },
        'much-time': {
          label: {
            you: 'Pasé mucho tiempo consiguiendo, usando o recuperándome de los opioides',
            they: 'Pasó mucho tiempo consiguiendo, usando o recuperándose de los opioides',
          },
        },
        craving: {
          label: {
            you: 'Tuve antojos o ganas muy fuertes de usar',
            they: 'Tuvo antojos o ganas muy fuertes de usar',
          },
        },
        none: { label: 'Ninguna de estas' },
      },
    },
    'life-impact': {
      text: 'En los últimos 12 meses, ¿cuáles de estas cosas han pasado por los opioides?',
      hint: 'Marque todas las que correspondan.',
      summary: 'Efectos en la vida diaria',
      errorMessage: 'Elija lo que ha pasado, o elija "Ninguna de estas"',
      options: {
        duties: {
          label: {
            you: 'No cumplí con el trabajo, la escuela o la casa',
            they: 'No cumplió con el trabajo, la escuela o la casa',
          },
        },
        relationships: {
          label: {
            you: 'Seguí usando aunque causaba peleas con familiares o amigos',
            they: 'Siguió usando aunque causaba peleas con familiares o amigos',
          },
        },
        'gave-up-activities': {
          label: {
            you: 'Dejé o hice menos cosas que antes disfrutaba',
            they: 'Dejó o hizo menos cosas que antes disfrutaba',
          },
        },
        'risky-situations': {
          label: {
            you: 'Usé cuando era peligroso, por ejemplo antes de manejar',
            they: 'Usó cuando era peligroso, por ejemplo antes de manejar',
          },
        },
        'despite-harm': {
          label: {
            you: 'Seguí usando aunque me hacía daño al cuerpo o a la mente',
            they: 'Siguió usando aunque le hacía daño al cuerpo o a la mente',
          },
        },
        none: { label: 'Ninguna de estas' },
      },
    },
    'body-changes': {
      text: {
        you: 'En los últimos 12 meses, ¿ha notado alguna de estas cosas?',
        they: 'En los últimos 12 meses, ¿le ha pasado a la persona alguna de estas cosas?',
      },
      hint: 'Marque todas las que correspondan.',
      summary: 'Tolerancia y abstinencia',
      errorMessage: {
        you: 'Elija lo que ha notado, o elija "Ninguna de estas"',
        they: 'Elija lo que ha pasado, o elija "Ninguna de estas"',
      },
      options: {
        tolerance: {
          label: {
            you: 'Necesitaba más para sentir lo mismo, o la misma cantidad me hacía menos efecto',
            they: 'Necesitaba más para sentir lo mismo, o la misma cantidad le hacía menos efecto',
          },
        },
        withdrawal: {
          label: {
            you: 'Me sentía mal cuando usaba menos o lo dejaba, o usaba para dejar de sentirme mal',
            they: 'Se sentía mal cuando usaba menos o lo dejaba, o usaba para dejar de sentirse mal',
          },
        },
        none: { label: 'Ninguna de estas' },
      },
    },
    'phq-interest': {
      text: {
        you: 'Durante las últimas 2 semanas, ¿con qué frecuencia le ha molestado esto: poco interés o placer en hacer cosas?',
        they: 'Durante las últimas 2 semanas, ¿con qué frecuencia le ha molestado esto a la persona: poco interés o placer en hacer cosas?',
      },
      summary: 'Poco interés o placer en hacer cosas',
      errorMessage: {
        you: 'Elija con qué frecuencia le ha molestado esto',
        they: 'Elija con qué frecuencia le ha molestado esto a la persona',
      },
      options: {
        'not-at-all': { label: 'Ningún día' },
        'several-days': { label: 'Varios días' },
        'more-than-half': { label: 'Más de la mitad de los días' },
        'nearly-every-day': { label: 'Casi todos los días' },
      },
    },
    'phq-down': {
      text: {
        you: 'Durante las últimas 2 semanas, ¿con qué frecuencia le ha molestado esto: se ha sentido decaído(a), deprimido(a) o sin esperanzas?',
        they: 'Durante las últimas 2 semanas, ¿con qué frecuencia le ha molestado esto a la persona: se ha sentido decaído(a), deprimido(a) o sin esperanzas?',
      },
      summary: 'Se ha sentido decaído(a), deprimido(a) o sin esperanzas',
      errorMessage: {
        you: 'Elija con qué frecuencia le ha molestado esto',
        they: 'Elija con qué frecuencia le ha molestado esto a la persona',
      },
      options: {
        'not-at-all': { label: 'Ningún día' },
        'several-days': { label: 'Varios días' },
        'more-than-half': { label: 'Más de la mitad de los días' },
        'nearly-every-day': { label: 'Casi todos los días' },
      },
    },
    'gad-nervous': {
      text: {
        you: 'Durante las últimas 2 semanas, ¿con qué frecuencia le ha molestado esto: se ha sentido nervioso(a), ansioso(a) o con los nervios de punta?',
        they: 'Durante las últimas 2 semanas, ¿con qué frecuencia le ha molestado esto a la persona: se ha sentido nervioso(a), ansioso(a) o con los nervios de punta?',
      },
      summary: 'Se ha sentido nervioso(a), ansioso(a) o con los nervios de punta',
      errorMessage: {
        you: 'Elija con qué frecuencia le ha molestado esto',
        they: 'Elija con qué frecuencia le ha molestado esto a la persona',
      },
      options: {
        'not-at-all': { label: 'Ningún día' },
        'several-days': { label: 'Varios días' },
        'more-than-half': { label: 'Más de la mitad de los días' },
        'nearly-every-day': { label: 'Casi todos los días' },
      },
    },
    'gad-worry': {
      text: {
        you: 'Durante las últimas 2 semanas, ¿con qué frecuencia le ha molestado esto: no ha sido capaz de parar o controlar su preocupación?',
        they: 'Durante las últimas 2 semanas, ¿con qué frecuencia le ha molestado esto a la persona: no ha sido capaz de parar o controlar su preocupación?',
      },
      summary: 'No ha sido capaz de parar o controlar su preocupación',
      errorMessage: {
        you: 'Elija con qué frecuencia le ha molestado esto',
        they: 'Elija con qué frecuencia le ha molestado esto a la persona',
      },
      options: {
        'not-at-all': { label: 'Ningún día' },
        'several-days': { label: 'Varios días' },
        'more-than-half': { label: 'Más de la mitad de los días' },
        'nearly-every-day': { label: 'Casi todos los días' },
      },
    },
    'mental-health-diagnosis': {
      text: {
        you: '¿Alguna vez un médico o consejero le ha dicho que tiene una condición de salud mental?',
        they: '¿Alguna vez un médico o consejero le ha dicho a la persona que tiene una condición de salud mental?',
      },
      hint: 'Por ejemplo depresión, ansiedad, TEPT (trastorno de estrés postraumático) o trastorno bipolar.',
      summary: 'Condición de salud mental',
      errorMessage: {
        you: 'Elija sí si le han dicho que tiene una condición de salud mental',
        they: 'Elija sí si a la persona le han dicho que tiene una condición de salud mental',
      },
      options: { yes: { label: 'Sí' }, no: { label: 'No' }, 'not-sure': { label: 'No sé' } },
    },
    alcohol: {
      text: {
        you: '¿Toma alcohol la mayoría de los días?',
        they: '¿La persona toma alcohol la mayoría de los días?',
      },
      summary: 'Alcohol la mayoría de los días',
      errorMessage: {
        you: 'Elija si toma alcohol la mayoría de los días',
        they: 'Elija si la persona toma alcohol la mayoría de los días',
      },
      options: {
        heavy: { label: 'Sí, mucho la mayoría de los días' },
        some: { label: 'Sí, un poco la mayoría de los días' },
        no: { label: 'No' },
        'prefer-not-to-say': { label: 'Prefiero no decirlo' },
        'dont-know': { label: 'No sé' },
      },
    },
    benzodiazepines: {
      text: {
        you: '¿Toma benzodiacepinas ("benzos")?',
        they: '¿La persona toma benzodiacepinas ("benzos")?',
      },
      hint: 'Por ejemplo Xanax, Valium, Klonopin o Ativan. Cuente las pastillas de un médico y las de cualquier otro lugar.',
      summary: 'Benzodiacepinas',
      errorMessage: {
        you: 'Elija si toma benzodiacepinas',
        they: 'Elija si la persona toma benzodiacepinas',
      },
      options: {
        daily: { label: 'Sí, todos los días o casi todos los días' },
        sometimes: { label: 'Sí, a veces' },
        no: { label: 'No' },
        'prefer-not-to-say': { label: 'Prefiero no decirlo' },
        'dont-know': { label: 'No sé' },
      },
    },
    'benzodiazepines-prescribed': {
      text: {
        you: '¿Un médico le recetó las benzos, y las toma como se las recetaron?',
        they: '¿Un médico le recetó las benzos a la persona, y las toma como se las recetaron?',
      },
      summary: 'Benzos recetadas',
      errorMessage: {
        you: 'Elija si un médico le recetó las benzos',
        they: 'Elija si un médico le recetó las benzos a la persona',
      },
      options: {
        'as-prescribed': { label: 'Sí, y las toma como se las recetaron' },
        'not-prescribed': { label: 'No, o no como se las recetaron' },
        'not-sure': { label: 'No estoy seguro' },
      },
    },
    'other-drugs': {
      text: {
        you: '¿También toma alguna de estas?',
        they: '¿La persona también toma alguna de estas?',
      },
      hint: 'Marque todas las que correspondan. Cuente las pastillas de un médico y las de cualquier otro lugar.',
      summary: 'Otras drogas y medicinas',
      errorMessage: {
        you: 'Elija lo que también toma, o elija "Ninguna de estas"',
        they: 'Elija lo que la persona también toma, o elija "Ninguna de estas"',
      },
      options: {
        stimulants: { label: 'Metanfetamina, cocaína o crack' },
        gabapentinoids: { label: 'Gabapentina (Neurontin) o pregabalina (Lyrica)' },
        'sleeping-pills': { label: 'Pastillas para dormir u otras medicinas que dan sueño' },
        none: { label: 'Ninguna de estas' },
      },
    },
    'health-now': {
      text: {
        you: '¿Tiene alguno de estos problemas de salud?',
        they: '¿La persona tiene alguno de estos problemas de salud?',
      },
      hint: 'Marque todas las que correspondan.',
      summary: 'Problemas de salud',
      errorMessage: {
        you: 'Elija los problemas de salud que tiene, o elija "Ninguna de estas"',
        they: 'Elija los problemas de salud que tiene la persona, o elija "Ninguna de estas"',
      },
      options: {
        urgent: {
          label: 'Un problema que necesita atención de inmediato',
          hint: 'Por ejemplo una infección fuerte, dolor en el pecho o dificultad para respirar.',
        },
        'wound-or-fever': { label: 'Una herida roja, caliente, hinchada o que se extiende, o fiebre' },
        'chronic-pain': { label: 'Dolor que dura desde hace meses' },
        ongoing: {
          label: 'Un problema de salud de largo plazo',
          hint: 'Por ejemplo hepatitis C, VIH, diabetes o una enfermedad del corazón.',
        },
        none: { label: 'Ninguna de estas' },
      },
    },
    'withdrawal-history': {
      text: {
        you: '¿Alguna vez ha tenido una abstinencia muy fuerte?',
        they: '¿Alguna vez la persona ha tenido una abstinencia muy fuerte?',
      },
      hint: 'Puede ser por cualquier droga, o por el alcohol.',
      summary: 'Abstinencia muy fuerte en el pasado',
      errorMessage: {
        you: 'Elija si alguna vez ha tenido una abstinencia muy fuerte',
        they: 'Elija si la persona alguna vez ha tenido una abstinencia muy fuerte',
      },
      options: {
        seizure: {
          label: {
            you: 'Sí, tuve una convulsión (ataque)',
            they: 'Sí, tuvo una convulsión (ataque)',
          },
        },
        severe: {
          label: {
            you: 'Sí, fue muy fuerte, pero no tuve una convulsión',
            they: 'Sí, fue muy fuerte, pero no tuvo una convulsión',
          },
        },
        no: { label: 'No' },
        'dont-know': { label: 'No sé' },
      },
    },
    pregnancy: {
      text: {
        you: '¿Está embarazada, o podría estarlo?',
        they: '¿La persona está embarazada, o podría estarlo?',
      },
      hint: 'Se lo preguntamos a todas las personas, porque cambia cuáles tratamientos son más seguros.',
      summary: 'Embarazo',
      errorMessage: {
        you: 'Elija si está embarazada, si podría estarlo o si esto no le aplica',
        they: 'Elija si la persona está embarazada, si podría estarlo o si esto no le aplica',
      },
      options: {
        pregnant: {
          label: {
            you: 'Sí, estoy embarazada',
            they: 'Sí, está embarazada',
          },
        },
        'could-be': { label: 'Podría estar embarazada' },
        'recently-gave-birth': {
          label: {
            you: 'Di a luz en el último año',
            they: 'Dio a luz en el último año',
          },
        },
        no: {
          label: {
            you: 'No, no estoy embarazada',
            they: 'No, no está embarazada',
          },
        },
        'does-not-apply': {
          label: {
            you: 'Esto no me aplica',
            they: 'Esto no le aplica',
          },
        },
        'prefer-not-to-say': { label: 'Prefiero no decirlo' },
        'dont-know': { label: 'No sé' },
      },
    },
    'prenatal-care': {
      text: {
        you: '¿Está viendo a un médico o partera para este embarazo?',
        they: '¿La persona está viendo a un médico o partera para este embarazo?',
      },
      summary: 'Atención del embarazo',
      errorMessage: {
        you: 'Elija sí si está viendo a un médico o partera para este embarazo',
        they: 'Elija sí si la persona está viendo a un médico o partera para este embarazo',
      },
      options: { yes: { label: 'Sí' }, no: { label: 'No' } },
    },
    breastfeeding: {
      text: {
        you: '¿Está dando pecho?',
        they: '¿La persona está dando pecho?',
      },
      summary: 'Dar pecho',
      errorMessage: {
        you: 'Elija sí si está dando pecho',
        they: 'Elija sí si la persona está dando pecho',
      },
      options: { yes: { label: 'Sí' }, no: { label: 'No' } },
    },
    housing: {
      text: {
        you: '¿Tiene un lugar estable donde vivir?',
        they: '¿La persona tiene un lugar estable donde vivir?',
      },
      summary: 'Lugar estable donde vivir',
      errorMessage: {
        you: 'Elija si tiene un lugar estable donde vivir',
        they: 'Elija si la persona tiene un lugar estable donde vivir',
      },
      options: {
        stable: { label: 'Sí' },
        unstable: {
          label: 'No siempre',
          hint: 'Por ejemplo, se muda seguido o se queda con otras personas.',
        },
        none: {
          label: {
            you: 'No, no tengo dónde vivir',
            they: 'No, no tiene dónde vivir',
          },
        },
      },
    },
    'others-use': {
      text: {
        you: '¿Alguien con quien vive usa drogas o toma mucho alcohol?',
        they: '¿Alguien con quien vive la persona usa drogas o toma mucho alcohol?',
      },
      summary: 'Uso de drogas o alcohol en casa',
      errorMessage: {
        you: 'Elija si alguien con quien vive usa drogas o toma mucho alcohol',
        they: 'Elija si alguien con quien vive la persona usa drogas o toma mucho alcohol',
      },
      options: {
        yes: { label: 'Sí' },
        no: { label: 'No' },
        'live-alone': {
          label: {
            you: 'No vivo con nadie',
            they: 'No vive con nadie',
          },
        },
        'prefer-not-to-say': { label: 'Prefiero no decirlo' },
        'dont-know': { label: 'No sé' },
      },
    },
    'home-safe': {
      text: {
        you: '¿Se siente a salvo donde vive?',
        they: '¿La persona se siente a salvo donde vive?',
      },
      summary: 'Seguridad en casa',
      errorMessage: {
        you: 'Elija si se siente a salvo donde vive',
        they: 'Elija si la persona se siente a salvo donde vive',
      },
      options: {
        yes: { label: 'Sí' },
        no: { label: 'No' },
        'not-sure': { label: 'No sé' },
        'prefer-not-to-say': { label: 'Prefiero no decirlo' },
      },
    },
    'support-person': {
      text: {
        you: '¿Hay alguien en su vida que apoye su recuperación?',
        they: '¿Hay alguien en la vida de la persona que apoye su recuperación?',
      },
      hint: {
        you: 'Por ejemplo un familiar, un amigo, un padrino o un consejero.',
        they: 'Por ejemplo un familiar, un amigo, un padrino o un consejero. Puede ser quien responde.',
      },
      summary: 'Alguien que apoya la recuperación',
      errorMessage: {
        you: 'Elija sí si alguien en su vida apoya su recuperación',
        they: 'Elija sí si alguien en la vida de la persona apoya su recuperación',
      },
      options: { yes: { label: 'Sí' }, no: { label: 'No' } },
    },
    responsibilities: {
      text: {
        you: '¿Necesita cumplir con alguna de estas cosas durante el tratamiento?',
        they: '¿La persona necesita cumplir con alguna de estas cosas durante el tratamiento?',
      },
      hint: 'Marque todas las que correspondan.',
      summary: 'Cosas con las que debe cumplir',
      errorMessage: {
        you: 'Elija con qué necesita cumplir, o elija "Ninguna de estas"',
        they: 'Elija con qué necesita cumplir la persona, o elija "Ninguna de estas"',
      },
      options: {
        children: {
          label: {
            you: 'Hijos u otras personas que dependen de mí',
            they: 'Hijos u otras personas que dependen de ella',
          },
        },
        work: { label: 'Un trabajo' },
        school: { label: 'Escuela o capacitación' },
        none: { label: 'Ninguna de estas' },
      },
    },
    transport: {
      text: {
        you: '¿Podría ir a una clínica varias veces por semana?',
        they: '¿Podría la persona ir a una clínica varias veces por semana?',
      },
      summary: 'Ir a una clínica varias veces por semana',
      errorMessage: {
        you: 'Elija si podría ir a una clínica varias veces por semana',
        they: 'Elija si la persona podría ir a una clínica varias veces por semana',
      },
      options: { yes: { label: 'Sí' }, hard: { label: 'Sería difícil' }, no: { label: 'No' } },
    },
    'recent-release': {
      text: {
        you: 'En el último mes, ¿le pasó alguna de estas cosas?',
        they: 'En el último mes, ¿a la persona le pasó alguna de estas cosas?',
      },
      hint: 'Marque todas las que correspondan.',
      summary: 'En el último mes',
      errorMessage: {
        you: 'Elija lo que pasó en el último mes, o elija "Ninguna de estas"',
        they: 'Elija lo que le pasó a la persona en el último mes, o elija "Ninguna de estas"',
      },
      options: {
        jail: { label: 'Salió de la cárcel o prisión' },
        detox: { label: 'Salió de desintoxicación (atención para la abstinencia)' },
        residential: {
          label: {
            you: 'Salí de un centro de tratamiento u hospital donde pasé la noche',
            they: 'Salió de un centro de tratamiento u hospital donde pasó la noche',
          },
        },
        'stopped-medicine': { label: 'Dejó la metadona o la buprenorfina' },
        none: { label: 'Ninguna de estas' },
      },
    },
    'previous-treatment': {
      text: {
        you: '¿Ha recibido tratamiento por uso de opioides antes?',
        they: '¿La persona ha recibido tratamiento por uso de opioides antes?',
      },
      summary: 'Tratamiento antes',
      errorMessage: {
        you: 'Elija si ha recibido tratamiento por uso de opioides antes',
        they: 'Elija si la persona ha recibido tratamiento por uso de opioides antes',
      },
      options: {
        never: { label: 'No' },
        helped: {
          label: {
            you: 'Sí, y me ayudó',
            they: 'Sí, y le ayudó',
          },
        },
        'returned-once': {
          label: {
            you: 'Sí, pero volví a usar',
            they: 'Sí, pero volvió a usar',
          },
        },
        'returned-repeatedly': {
          label: {
            you: 'Sí, más de una vez, y cada vez volví a usar',
            they: 'Sí, más de una vez, y cada vez volvió a usar',
          },
        },
      },
    },
    'previous-treatment-type': {
      text: {
        you: '¿Qué tipo de tratamiento recibió?',
        they: '¿Qué tipo de tratamiento recibió la persona?',
      },
      hint: 'Marque todas las que correspondan.',
      summary: 'Tipo de tratamiento antes',
      errorMessage: {
        you: 'Elija los tipos de tratamiento que recibió',
        they: 'Elija los tipos de tratamiento que recibió la persona',
      },
      options: {
        outpatient: {
          label: {
            you: 'Consejería o un programa al que iba desde mi casa',
            they: 'Consejería o un programa al que iba desde su casa',
          },
        },
        medication: { label: 'Medicina como metadona, buprenorfina o naltrexona' },
        residential: {
          label: {
            you: 'Un programa donde me quedaba a dormir',
            they: 'Un programa donde se quedaba a dormir',
          },
        },
        'detox-only': { label: 'Solo desintoxicación (atención para la abstinencia)' },
      },
    },
    'open-to-medication': {
      text: {
        you: '¿Aceptaría tomar medicina para el uso de opioides?',
        they: '¿Aceptaría la persona tomar medicina para el uso de opioides?',
      },
      hint: {
        you: 'La medicina ayuda a las personas a seguir en tratamiento y a usar menos. Un proveedor le puede explicar las opciones.',
        they: 'La medicina ayuda a las personas a seguir en tratamiento y a usar menos. Un proveedor puede explicar las opciones.',
      },
      summary: 'Acepta tomar medicina',
      errorMessage: {
        you: 'Elija si aceptaría tomar medicina',
        they: 'Elija si la persona aceptaría tomar medicina',
      },
      options: { yes: { label: 'Sí' }, no: { label: 'No' }, 'not-sure': { label: 'No sé' } },
    },
    'daily-visits': {
      text: {
        you: 'Al principio, ¿podría ir a una clínica a menudo, incluso casi todos los días?',
        they: 'Al principio, ¿podría la persona ir a una clínica a menudo, incluso casi todos los días?',
      },
      hint: 'La metadona se da en clínicas especiales. Al principio las visitas son frecuentes. Algunas clínicas dan dosis para llevar a casa desde la primera semana.',
      summary: 'Visitas frecuentes a la clínica al principio',
      errorMessage: {
        you: 'Elija si podría ir a una clínica a menudo al principio',
        they: 'Elija si la persona podría ir a una clínica a menudo al principio',
      },
      options: { yes: { label: 'Sí' }, no: { label: 'No' }, 'not-sure': { label: 'No sé' } },
    },
    'prefers-non-opioid': {
      text: {
        you: '¿Preferiría tomar una medicina que no sea un opioide?',
        they: '¿Preferiría la persona tomar una medicina que no sea un opioide?',
      },
      hint: 'La naltrexona no es un opioide. La metadona y la buprenorfina son medicinas opioides.',
      summary: 'Prefiere una medicina que no sea un opioide',
      errorMessage: {
        you: 'Elija si preferiría tomar una medicina que no sea un opioide',
        they: 'Elija si la persona preferiría tomar una medicina que no sea un opioide',
      },
      options: {
        yes: { label: 'Sí' },
        no: { label: 'No' },
        'no-preference': {
          label: {
            you: 'Me da igual',
            they: 'Le da igual',
          },
        },
      },
    },
    payment: {
      text: {
        you: '¿Cómo pagaría el tratamiento?',
        they: '¿Cómo pagaría la persona el tratamiento?',
      },
      hint: {
        you: 'Solo lo usamos para ayudarle a buscar lugares que acepten su forma de pago.',
        they: 'Solo lo usamos para ayudarle a buscar lugares que acepten la forma de pago de la persona.',
      },
      summary: 'Forma de pago del tratamiento',
      errorMessage: {
        you: 'Elija cómo pagaría el tratamiento, o elija No estoy seguro',
        they: 'Elija cómo pagaría la persona el tratamiento, o elija No estoy seguro',
      },
      options: {
        medicaid: { label: 'Medicaid' },
        medicare: { label: 'Medicare' },
        'private-insurance': { label: 'Seguro privado (del trabajo o comprado)' },
        'no-insurance': { label: 'Sin seguro' },
        'not-sure': { label: 'No estoy seguro' },
        'prefer-not-to-say': { label: 'Prefiero no decirlo' },
      },
    },
  },
} satisfies WordsLike<typeof english>;

export default questions;
