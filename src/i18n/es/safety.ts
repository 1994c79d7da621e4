/**
 * Las precauciones de seguridad que no son de una medicina (SAFE-3, SAFE-4, SED-1, HR-1, HR-2,
 * XYL-1, PREG-3, PREG-5, PAIN-1, SET-4), por id de frase; y, para cada respuesta que la persona
 * prefirió no dar o no sabía, qué decirle al proveedor.
 */
import type { BenzosOrAlcohol } from '../../rules/text-params.ts';
import type english from '../en/safety.ts';
import type { WordsLike } from '../voices.ts';

const stopWhat = ({ benzos, alcohol }: BenzosOrAlcohol) =>
  alcohol && benzos ? 'de tomar alcohol o benzos' : alcohol ? 'de tomar alcohol' : 'de tomar benzos';

const safety = {
  cautions: {
    'opioids-with-benzos-or-alcohol': {
      you: 'Los opioides mezclados con benzos o alcohol pueden hacer que su respiración sea lenta o se detenga. Esto puede causar la muerte.',
      they: 'Los opioides mezclados con benzos o alcohol pueden hacer que la respiración de la persona sea lenta o se detenga. Esto puede causar la muerte.',
    },
    'sedating-medicines': {
      you: 'La gabapentina, la pregabalina, las pastillas para dormir y otras medicinas que dan sueño pueden hacer lenta su respiración si las toma con opioides. Dígale a su proveedor lo que toma.',
      they: 'La gabapentina, la pregabalina, las pastillas para dormir y otras medicinas que dan sueño pueden hacer lenta la respiración de la persona si las toma con opioides. Su proveedor necesita saber lo que toma.',
    },
    'do-not-stop-suddenly-alone': {
      you: (mix) =>
        `No deje ${stopWhat(mix)} de golpe por su cuenta. Puede causar convulsiones. Busque ayuda médica para dejarlo de forma segura.`,
      they: (mix) =>
        `La persona no debe dejar ${stopWhat(mix)} de golpe por su cuenta. Puede causar convulsiones. Necesita ayuda médica para dejarlo de forma segura.`,
    },
    'prescribed-benzos': {
      you: 'No deje sus benzos de golpe. Hable con el médico que se las receta antes de cualquier cambio.',
      they: 'La persona no debe dejar sus benzos de golpe. El médico que se las receta necesita planear cualquier cambio.',
    },
    'past-seizure': {
      you: 'Dígale a su proveedor que antes tuvo una convulsión durante la abstinencia.',
      they: 'Su proveedor necesita saber que la persona tuvo antes una convulsión durante la abstinencia.',
    },
    'tolerance-after-release': {
      you: 'Después de un tiempo en la cárcel, en desintoxicación o en un tratamiento, o después de dejar la metadona o la buprenorfina, su cuerpo aguanta mucho menos. Usar la cantidad que usaba antes puede causar una sobredosis.',
      they: 'Después de un tiempo en la cárcel, en desintoxicación o en un tratamiento, o después de dejar la metadona o la buprenorfina, el cuerpo de la persona aguanta mucho menos. Usar la cantidad que usaba antes puede causar una sobredosis.',
    },
    'carry-naloxone': {
      you: 'Lleve naloxona (Narcan) con usted. La puede comprar sin receta.',
      they: 'Tengan naloxona (Narcan) a mano. Se vende sin receta.',
    },
    'do-not-use-alone': {
      you: 'No use a solas: si tiene una sobredosis, alguien tiene que estar ahí para darle naloxona y llamar al 911. Diga a otros dónde está su naloxona. Cuando la droga puede haber cambiado, empiece con poca cantidad.',
      they: 'La persona no debe usar a solas: en una sobredosis, alguien tiene que estar ahí para darle naloxona y llamar al 911. Digan a otros dónde está la naloxona. Cuando la droga puede haber cambiado, es más seguro empezar con poca cantidad.',
    },
    'new-supplies-every-time': {
      you: 'Use agujas y materiales nuevos y limpios cada vez, y nunca los comparta. Los programas de servicios de jeringas los dan gratis. Hágase la prueba del VIH y de la hepatitis C: la hepatitis C tiene cura.',
      they: 'La persona debe usar agujas y materiales nuevos y limpios cada vez, y nunca compartirlos. Los programas de servicios de jeringas los dan gratis. Hacerse la prueba del VIH y de la hepatitis C es importante: la hepatitis C tiene cura.',
    },
    'naloxone-with-xylazine':
      'El fentanilo puede venir mezclado con xilacina ("tranq"), que causa un sueño muy profundo y heridas graves. La naloxona no revierte la xilacina, pero siempre hay que darla en una sobredosis: casi siempre hay fentanilo también.',
    'after-giving-birth': {
      you: 'El año después de dar a luz es un tiempo de alto riesgo de sobredosis. Si toma metadona o buprenorfina, siga tomándola después del parto, y planéelo antes del parto. Tenga naloxona en casa.',
      they: 'El año después de dar a luz es un tiempo de alto riesgo de sobredosis. Si la persona toma metadona o buprenorfina, debe seguir tomándola después del parto, y planearlo antes del parto. Tengan naloxona en casa.',
    },
    'breastfeeding-on-medicine': {
      you: 'Por lo general se aconseja dar pecho mientras toma metadona o buprenorfina. Pregunte a su proveedor qué es lo mejor para usted.',
      they: 'Por lo general se aconseja dar pecho mientras se toma metadona o buprenorfina. Su proveedor puede decir qué es lo mejor para la persona.',
    },
    'tell-provider-other-drugs': {
      you: 'Dígale a su proveedor todas las drogas que usa, para que su atención las tenga en cuenta todas.',
      they: 'Su proveedor necesita saber todas las drogas que usa la persona, para que su atención las tenga en cuenta todas.',
    },
    'tell-provider-pain': {
      you: 'Dígale a su proveedor sobre su dolor y cómo lo trata. Cambia qué medicina le conviene: la naltrexona bloquea el alivio de los opioides para el dolor, y la metadona y la buprenorfina alivian el dolor a algunas personas.',
      they: 'Su proveedor necesita saber sobre el dolor de la persona y cómo lo trata. Cambia qué medicina le conviene: la naltrexona bloquea el alivio de los opioides para el dolor, y la metadona y la buprenorfina alivian el dolor a algunas personas.',
    },
    'tell-provider-health-problem': {
      you: 'Dígale a su proveedor sobre su problema de salud de largo plazo. Puede cambiar qué atención es más segura para usted.',
      they: 'Su proveedor necesita saber sobre el problema de salud de largo plazo de la persona. Puede cambiar qué atención es más segura para ella.',
    },
    'withdrawal-care-is-not-treatment':
      'La atención médica durante la abstinencia es solo un primer paso, no un tratamiento por sí sola. Planee una atención continua y pregunte por medicinas para el uso de opioides.',
  },
  unknowns: {
    'self-harm-thoughts': {
      you: 'Si tiene pensamientos de suicidio o de hacerse daño, puede llamar o enviar un mensaje de texto al 988 en cualquier momento. Dígaselo también a su proveedor.',
      they: 'Si la persona tiene pensamientos de suicidio o de hacerse daño, puede llamar o enviar un mensaje de texto al 988 en cualquier momento. Su proveedor también necesita saberlo.',
    },
    'danger-signs-now': {
      you: 'Si su corazón se acelera, le duele el pecho, se desmaya o no puede parar de vomitar, vaya a una sala de emergencias o llame al 911.',
      they: 'Si el corazón de la persona se acelera, le duele el pecho, se desmaya o no puede parar de vomitar, necesita una sala de emergencias o el 911.',
    },
    'current-medicine': {
      you: 'Dígale a su proveedor sobre cualquier medicina que toma para el uso de opioides. No la deje de golpe.',
      they: 'Su proveedor necesita saber sobre cualquier medicina que la persona toma para el uso de opioides. No debe dejarla de golpe.',
    },
    'last-use': {
      you: 'Dígale a su proveedor cuándo usó por última vez. Eso decide cuándo pueden empezar algunas medicinas.',
      they: 'Su proveedor necesita saber cuándo usó la persona por última vez. Eso decide cuándo pueden empezar algunas medicinas.',
    },
    'recent-overdose': {
      you: 'Dígale a su proveedor si tuvo alguna sobredosis. Cambia qué tan pronto debe empezar una medicina.',
      they: 'Su proveedor necesita saber si la persona tuvo alguna sobredosis. Cambia qué tan pronto debe empezar una medicina.',
    },
    alcohol: {
      you: 'Dígale a su proveedor cuánto toma. Dejar de golpe el alcohol cuando se toma mucho puede causar convulsiones.',
      they: 'Su proveedor necesita saber cuánto toma la persona. Dejar de golpe el alcohol cuando se toma mucho puede causar convulsiones.',
    },
    benzodiazepines: {
      you: 'Dígale a su proveedor si toma benzos. Con opioides aumentan el riesgo de sobredosis, y dejarlas de golpe puede causar convulsiones.',
      they: 'Su proveedor necesita saber si la persona toma benzos. Con opioides aumentan el riesgo de sobredosis, y dejarlas de golpe puede causar convulsiones.',
    },
    'withdrawal-history': {
      you: 'Dígale a su proveedor si alguna vez tuvo una abstinencia muy fuerte, como una convulsión.',
      they: 'Su proveedor necesita saber si la persona alguna vez tuvo una abstinencia muy fuerte, como una convulsión.',
    },
    pregnancy: {
      you: 'Si está embarazada o podría estarlo, dígalo al llamar. Cambia qué medicinas son seguras.',
      they: 'Si la persona está embarazada o podría estarlo, díganlo al llamar. Cambia qué medicinas son seguras.',
    },
    'others-use': {
      you: 'Dígale a su proveedor cómo es su hogar. Le ayuda a sugerir el tipo de atención adecuado.',
      they: 'Su proveedor necesita saber cómo es el hogar de la persona. Ayuda a sugerir el tipo de atención adecuado.',
    },
    'home-safe': {
      you: 'Si no se siente a salvo en casa, puede decírselo a su proveedor, o llamar a la Línea Nacional sobre la Violencia Doméstica. Si está en peligro ahora, llame al 911.',
      they: 'Si la persona no se siente a salvo en casa, puede decírselo a su proveedor, o llamar a la Línea Nacional sobre la Violencia Doméstica. Si está en peligro ahora, llamen al 911.',
    },
  },
} satisfies WordsLike<typeof english>;

export default safety;
