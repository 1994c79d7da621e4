/**
 * «Haga esto ahora», el recuadro al principio de los resultados: la llamada que hacer, qué decir y
 * el paso de seguridad que más importa. Frases cortas: todo el recuadro cabe en la primera pantalla
 * de un teléfono.
 */
import type english from '../en/do-this-now.ts';
import type { WordsLike } from '../voices.ts';

const doThisNow = {
  doThisNow: {
    helpline: {
      title: {
        you: 'Llame a la Línea Nacional de Ayuda de SAMHSA',
        they: 'Llamar a la Línea Nacional de Ayuda de SAMHSA',
      },
      text: 'Gratis, privada, 24 horas, en inglés y español.',
    },
    script: {
      'calling-for-someone': 'Llamo por un ser querido.',
      setting: {
        outpatient: {
          you: 'Busco atención ambulatoria por el uso de opioides.',
          they: 'Busca atención ambulatoria por el uso de opioides.',
        },
        'intensive-outpatient': {
          you: 'Busco un programa ambulatorio intensivo o de día por el uso de opioides.',
          they: 'Busca un programa ambulatorio intensivo o de día por el uso de opioides.',
        },
        residential: {
          you: 'Busco tratamiento residencial por el uso de opioides.',
          they: 'Busca tratamiento residencial por el uso de opioides.',
        },
        hospital: {
          you: 'Busco atención en un hospital o internación por el uso de opioides.',
          they: 'Busca atención en un hospital o internación por el uso de opioides.',
        },
      },
      'under-18': {
        you: 'Tengo menos de 18 años. Busco un médico o un programa para jóvenes.',
        they: 'Tiene menos de 18 años. Buscamos un médico o un programa para jóvenes.',
      },
      'few-signs': {
        you: 'Quiero hablar de mi uso de opioides.',
        they: 'Quiero hablar de su uso de opioides.',
      },
      'ask-about-medicines': {
        you: (medicines) => `Quiero preguntar por ${medicines}.`,
        they: (medicines) => `Quiere preguntar por ${medicines}.`,
      },
      'ask-prescriber': {
        you: (medicine) =>
          `Pregunte a quien le receta: «Quiero seguir tomando ${medicine}. ¿Qué más me podría ayudar?»`,
        they: (medicine) =>
          `La persona puede preguntar a quien le receta: «Quiero seguir tomando ${medicine}. ¿Qué más me podría ayudar?»`,
      },
      pregnant: { you: 'Estoy embarazada.', they: 'Está embarazada.' },
      'could-be-pregnant': { you: 'Puede que esté embarazada.', they: 'Puede que esté embarazada.' },
      'recently-gave-birth': { you: 'Di a luz en el último año.', they: 'Dio a luz en el último año.' },
      'in-spanish': { you: 'Quiero atención en español.', they: 'Quiere atención en español.' },
      payment: {
        medicaid: { you: 'Tengo Medicaid.', they: 'Tiene Medicaid.' },
        medicare: { you: 'Tengo Medicare.', they: 'Tiene Medicare.' },
        'private-insurance': { you: 'Tengo seguro médico privado.', they: 'Tiene seguro médico privado.' },
        'no-insurance': { you: 'No tengo seguro médico.', they: 'No tiene seguro médico.' },
      },
    },
    medicines: { methadone: 'metadona', buprenorphine: 'buprenorfina', naltrexone: 'naltrexona' },
    safety: {
      'give-naloxone-and-stay': 'Dele naloxona (Narcan) si hay. Quédese con la persona hasta que llegue ayuda.',
      'do-not-wait': {
        you: 'No espere en casa a que se le pase.',
        they: 'La persona no debe esperar en casa a que se le pase.',
      },
      'crisis-emergency': {
        you: 'Si podría hacer algo con esos pensamientos ahora, llame al 911 o vaya a una sala de emergencias.',
        they: 'Si la persona podría hacer algo con esos pensamientos ahora, llame al 911 o vayan a una sala de emergencias.',
      },
      'danger-at-home': {
        you: 'Si está en peligro ahora, llame al 911.',
        they: 'Si la persona está en peligro ahora, llame al 911.',
      },
      'wound-care-today': {
        you: 'Hágase ver la herida o la fiebre hoy en una clínica o en atención de urgencia.',
        they: 'La persona debe hacerse ver la herida o la fiebre hoy en una clínica o en atención de urgencia.',
      },
      'keep-taking-medicine': {
        you: 'Siga tomando su medicina mientras ve sus opciones. No la deje por su cuenta.',
        they: 'La persona debe seguir tomando su medicina mientras ve sus opciones, y no dejarla por su cuenta.',
      },
      'higher-risk-naloxone': {
        you: 'Ahora corre más riesgo de sobredosis. Lleve naloxona (Narcan) y no consuma a solas.',
        they: 'Ahora corre más riesgo de sobredosis. Debe llevar naloxona (Narcan) y no consumir a solas.',
      },
      'naloxone-not-alone': {
        you: 'Lleve naloxona (Narcan) y diga a otros dónde está. No consuma a solas.',
        they: 'Tenga naloxona (Narcan) en casa y aprenda a usarla. No debe consumir a solas.',
      },
    },
  },
} satisfies WordsLike<typeof english>;

export default doThisNow;
