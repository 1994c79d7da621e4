/**
 * "Do this now", the box at the top of the results: the one call to make, what to say on it, and
 * the one safety step that matters most (src/rules/do-this-now.ts decides which). Short sentences:
 * the whole box has to fit on the first screen of a phone.
 */

const doThisNow = {
  doThisNow: {
    /** The call for everyone without a crisis answer: the SAMHSA National Helpline (HELP-1). */
    helpline: {
      title: 'Call the SAMHSA National Helpline',
      text: 'Free, private, 24/7, in English and Spanish.',
    },
    /** What to say, sentence by sentence; the person reads them out or says them in their own words. */
    script: {
      'calling-for-someone': 'I am calling about someone I care about.',
      setting: {
        outpatient: {
          you: 'I am looking for outpatient care for opioid use.',
          they: 'They are looking for outpatient care for opioid use.',
        },
        'intensive-outpatient': {
          you: 'I am looking for an intensive outpatient or day program for opioid use.',
          they: 'They are looking for an intensive outpatient or day program for opioid use.',
        },
        residential: {
          you: 'I am looking for residential treatment for opioid use.',
          they: 'They are looking for residential treatment for opioid use.',
        },
        hospital: {
          you: 'I am looking for hospital or inpatient care for opioid use.',
          they: 'They are looking for hospital or inpatient care for opioid use.',
        },
      },
      'under-18': {
        you: 'I am under 18. I am looking for a doctor or program for teens.',
        they: 'They are under 18. We are looking for a doctor or program for teens.',
      },
      'few-signs': {
        you: 'I would like to talk about my opioid use.',
        they: 'I would like to talk about their opioid use.',
      },
      'ask-about-medicines': {
        you: (medicines: string) => `I would like to ask about ${medicines}.`,
        they: (medicines: string) => `They would like to ask about ${medicines}.`,
      },
      /** For someone already taking a medicine: what to ask the prescriber (CONT-1). */
      'ask-prescriber': {
        you: (medicine: string) => `Ask your prescriber: "I want to keep taking ${medicine}. What could help me more?"`,
        they: (medicine: string) =>
          `They can ask their prescriber: "I want to keep taking ${medicine}. What could help me more?"`,
      },
      pregnant: { you: 'I am pregnant.', they: 'They are pregnant.' },
      'could-be-pregnant': { you: 'I may be pregnant.', they: 'They may be pregnant.' },
      'recently-gave-birth': { you: 'I gave birth in the past year.', they: 'They gave birth in the past year.' },
      'in-spanish': { you: 'I would like care in Spanish.', they: 'They would like care in Spanish.' },
      payment: {
        medicaid: { you: 'I have Medicaid.', they: 'They have Medicaid.' },
        medicare: { you: 'I have Medicare.', they: 'They have Medicare.' },
        'private-insurance': { you: 'I have private health insurance.', they: 'They have private health insurance.' },
        'no-insurance': { you: 'I do not have health insurance.', they: 'They do not have health insurance.' },
      },
    },
    /** The names of the medicines as they sit inside a sentence. */
    medicines: { methadone: 'methadone', buprenorphine: 'buprenorphine', naltrexone: 'naltrexone' },
    /** The one safety step, keyed by the rule that chose it. */
    safety: {
      'give-naloxone-and-stay': 'Give naloxone (Narcan) if there is some. Stay with the person until help comes.',
      'do-not-wait': {
        you: 'Do not wait at home for it to pass.',
        they: 'They should not wait at home for it to pass.',
      },
      'crisis-emergency': {
        you: 'If you might act on these thoughts now, call 911 or go to an emergency department.',
        they: 'If they might act on these thoughts now, call 911 or go to an emergency department.',
      },
      'danger-at-home': {
        you: 'If you are in danger now, call 911.',
        they: 'If they are in danger now, call 911.',
      },
      'wound-care-today': {
        you: 'Get the wound or fever seen at a clinic or urgent care today.',
        they: 'They should get the wound or fever seen at a clinic or urgent care today.',
      },
      'keep-taking-medicine': {
        you: 'Keep taking your medicine while you look at options. Do not stop it on your own.',
        they: 'They should keep taking their medicine while they look at options, and not stop it on their own.',
      },
      'higher-risk-naloxone': {
        you: 'Your risk of overdose is higher now. Carry naloxone (Narcan), and do not use alone.',
        they: 'Their risk of overdose is higher now. They should carry naloxone (Narcan) and not use alone.',
      },
      'naloxone-not-alone': {
        you: 'Carry naloxone (Narcan) and tell people where it is. Do not use alone.',
        they: 'Keep naloxone (Narcan) at home and learn how to use it. They should not use alone.',
      },
    },
  },
} as const;

export default doThisNow;
