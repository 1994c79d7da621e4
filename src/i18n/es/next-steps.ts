/**
 * Los próximos pasos, cada uno con un título y una línea, por id de paso.
 */
import type english from '../en/next-steps.ts';
import type { WordsLike } from '../voices.ts';

const nextSteps = {
  nextSteps: {
    'overdose-call-911': {
      title: 'Si alguien podría tener una sobredosis, llame al 911 ahora',
      text: {
        you: 'Llame al 911. Dele naloxona (Narcan) si la tiene. Ayúdele a respirar y acuéstele de lado. Quédese con la persona. Si no responde en 2 a 3 minutos, dele una segunda dosis. La naloxona puede dejar de hacer efecto, así que quédese hasta que llegue ayuda.',
        they: 'Llame al 911. Dele naloxona (Narcan) si hay. Ayúdele a respirar y acuéstele de lado. Quédense con la persona. Si no responde en 2 a 3 minutos, denle una segunda dosis. La naloxona puede dejar de hacer efecto, así que quédense hasta que llegue ayuda.',
      },
    },
    'crisis-988': {
      title: {
        you: 'Hable con alguien ahora: llame o envíe un mensaje de texto al 988',
        they: 'Hablar con alguien ahora: llamar o enviar un mensaje de texto al 988',
      },
      text: {
        you: 'Llame o envíe un mensaje de texto al 988 para comunicarse con la 988 Línea de Prevención del Suicidio y Crisis. Para español, oprima 2 o envíe AYUDA por mensaje de texto. Los veteranos pueden oprimir 1.',
        they: 'La persona puede llamar o enviar un mensaje de texto al 988 para comunicarse con la 988 Línea de Prevención del Suicidio y Crisis. Para español, se oprime 2 o se envía AYUDA por mensaje de texto. Los veteranos pueden oprimir 1.',
      },
    },
    'dangerous-withdrawal': {
      title: 'Vaya a una sala de emergencias o llame al 911 ahora',
      text: {
        you: 'El corazón acelerado, dolor en el pecho, desmayos, confusión o vómitos que no paran pueden ser una abstinencia peligrosa. No espere en casa.',
        they: 'El corazón acelerado, dolor en el pecho, desmayos, confusión o vómitos que no paran pueden ser una abstinencia peligrosa. La persona no debe esperar en casa.',
      },
    },
    'urgent-medical-care': {
      title: {
        you: 'Busque atención médica ahora',
        they: 'Buscar atención médica ahora',
      },
      text: {
        you: 'Su problema de salud necesita atención de inmediato. Vea a un médico ahora. En una emergencia, llame al 911.',
        they: 'El problema de salud de la persona necesita atención de inmediato. Necesita ver a un médico ahora. En una emergencia, llame al 911.',
      },
    },
    'wound-care': {
      title: {
        you: 'Haga que vean su herida o su fiebre hoy',
        they: 'Hacer que vean la herida o la fiebre de la persona hoy',
      },
      text: {
        you: 'Una herida roja, caliente o que se extiende, o la fiebre, necesitan atención médica. Vaya a una clínica o a atención de urgencia hoy.',
        they: 'Una herida roja, caliente o que se extiende, o la fiebre, necesitan atención médica. La persona debe ir a una clínica o a atención de urgencia hoy.',
      },
    },
    'unsafe-home': {
      title: {
        you: 'Si no está a salvo en casa',
        they: 'Si la persona no está a salvo en casa',
      },
      text: {
        you: 'Si está en peligro ahora, llame al 911. La Línea Nacional sobre la Violencia Doméstica es gratis, privada y abierta las 24 horas, en inglés y en español. Le puede ayudar a planear cómo estar a salvo.',
        they: 'Si la persona está en peligro ahora, llamen al 911. La Línea Nacional sobre la Violencia Doméstica es gratis, privada y abierta las 24 horas, en inglés y en español. Le puede ayudar a planear cómo estar a salvo.',
      },
    },
    'samhsa-helpline': {
      title: {
        you: 'Llame a la Línea Nacional de Ayuda de SAMHSA',
        they: 'Llamar a la Línea Nacional de Ayuda de SAMHSA',
      },
      text: {
        you: 'Es gratis y confidencial, abierta las 24 horas, los 7 días de la semana, en inglés y en español. Le pueden referir a un tratamiento cerca de usted. También puede enviar su código postal por mensaje de texto al 435748 (solo en inglés).',
        they: 'Es gratis y confidencial, abierta las 24 horas, los 7 días de la semana, en inglés y en español. Refieren a tratamientos cercanos. También se puede enviar un código postal por mensaje de texto al 435748 (solo en inglés).',
      },
    },
    'adolescent-care': {
      title: 'Pida atención para adolescentes',
      text: {
        you: 'Busque un médico que atienda a adolescentes, o un programa para jóvenes. La Línea Nacional de Ayuda de SAMHSA le puede ayudar a encontrarlo.',
        they: 'Busquen un médico que atienda a adolescentes, o un programa para jóvenes. La Línea Nacional de Ayuda de SAMHSA puede ayudar a encontrarlo.',
      },
    },
    'find-treatment': {
      title: {
        you: 'Busque tratamiento cerca de usted',
        they: 'Buscar tratamiento cerca',
      },
      text: {
        you: 'FindTreatment.gov es un buscador de SAMHSA. No tiene que dar su nombre. Muestra proveedores de buprenorfina y clínicas de metadona.',
        they: 'FindTreatment.gov es un buscador de SAMHSA. No hace falta dar un nombre. Muestra proveedores de buprenorfina y clínicas de metadona.',
      },
    },
    'say-you-are-pregnant': {
      title: {
        you: 'Diga que está embarazada cuando llame',
        they: 'Decir que la persona está embarazada al llamar',
      },
      text: {
        you: 'Dígale a la línea de ayuda o al programa que está embarazada, o que podría estarlo. Pida atención que junte el tratamiento de la adicción y el cuidado del embarazo. A las clínicas de metadona se les pide atender primero a las personas embarazadas.',
        they: 'Digan a la línea de ayuda o al programa que la persona está embarazada, o que podría estarlo. Pidan atención que junte el tratamiento de la adicción y el cuidado del embarazo. A las clínicas de metadona se les pide atender primero a las personas embarazadas.',
      },
    },
    'start-prenatal-care': {
      title: {
        you: 'Empiece el cuidado de su embarazo',
        they: 'Empezar el cuidado del embarazo',
      },
      text: {
        you: 'Vea a un médico o partera por su embarazo, y dígale que usa opioides. Así el cuidado del embarazo y el tratamiento de la adicción pueden trabajar juntos.',
        they: 'La persona debe ver a un médico o partera por el embarazo, y decir que usa opioides. Así el cuidado del embarazo y el tratamiento de la adicción pueden trabajar juntos.',
      },
    },
    'medicines-and-children': {
      title: 'Guarde las medicinas bajo llave, lejos de los niños',
      text: 'La metadona y la buprenorfina deben estar bajo llave: una pequeña cantidad puede matar a un niño. Si un niño se traga algo, llame al 911 o al Centro de Toxicología.',
    },
    'support-for-family': {
      title: 'Busque apoyo para usted',
      text: 'Partnership to End Addiction da ayuda gratis a familias y amigos, en inglés y en español, por teléfono, mensaje de texto o internet.',
    },
    'mood-988': {
      title: {
        you: 'Hable con alguien sobre cómo se siente',
        they: 'Hablar con alguien sobre cómo se siente la persona',
      },
      text: {
        you: 'Algunas de sus respuestas indican ánimo bajo o preocupación. Puede llamar o enviar un mensaje de texto al 988, o chatear en 988lifeline.org. Dígaselo también a su proveedor.',
        they: 'Algunas de las respuestas indican ánimo bajo o preocupación en la persona. Puede llamar o enviar un mensaje de texto al 988, o chatear en 988lifeline.org. Díganselo también a su proveedor.',
      },
    },
  },
} satisfies WordsLike<typeof english>;

export default nextSteps;
