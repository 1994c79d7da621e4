/**
 * "Find a place": what to look for on FindTreatment.gov (HELP-2), built from the answers by
 * src/rules/find-care.ts, and the questions to ask a program. The questions speak of "the
 * program", so the same words serve both voices where they can.
 */

const findCare = {
  findCare: {
    /** One line each of what to choose or look for when searching. */
    lookFor: {
      'service-methadone': 'Methadone: an opioid treatment program.',
      'service-buprenorphine': 'Buprenorphine.',
      'service-outpatient': 'Outpatient care that offers buprenorphine or methadone.',
      'service-intensive-outpatient': 'Intensive outpatient care.',
      'service-residential': 'Residential care.',
      'service-hospital': 'Hospital inpatient care.',
      telehealth: 'Telehealth: care by phone or video.',
      spanish: 'Services in Spanish.',
      pregnant: 'Programs for pregnant people.',
      'payment-medicaid': 'Accepts Medicaid.',
      'payment-medicare': 'Accepts Medicare.',
      'payment-private-insurance': 'Accepts private health insurance.',
      'payment-no-insurance': 'Free or low-cost care.',
    },
    /** Questions for any program, before choosing it. */
    ask: {
      'offers-moud': 'Does the program offer methadone or buprenorphine, and will it keep giving it?',
      'start-quickly': 'How soon can treatment start?',
      'take-home-doses': 'For methadone, can some doses be taken home?',
      'mental-health': 'Does the program care for mental health too?',
      cost: {
        you: 'What will it cost me, and does the program take my insurance?',
        they: 'What will it cost, and does the program take their insurance?',
      },
      'after-withdrawal': 'What happens after withdrawal care ends?',
    },
  },
};

export default findCare;
