/**
 * The next steps, each a title and a line, keyed by step id.
 */

const nextSteps = {
  nextSteps: {
    'overdose-call-911': {
      title: 'If someone may be overdosing, call 911 now',
      text: {
        you: 'Call 911. Give naloxone (Narcan) if you have it. Support their breathing, and lay them on their side in the recovery position.',
        they: 'Call 911. Give naloxone (Narcan) if there is some. Support their breathing, and lay them on their side in the recovery position.',
      },
    },
    'crisis-988': {
      title: 'Talk to someone now: call or text 988',
      text: 'Call or text 988 to reach the 988 Suicide & Crisis Lifeline. For Spanish, press 2 or text AYUDA. Veterans, press 1.',
    },
    'urgent-medical-care': {
      title: 'Get medical care now',
      text: {
        you: 'Your health problem needs care right away. See a doctor now. In an emergency, call 911.',
        they: 'Their health problem needs care right away. They need to see a doctor now. In an emergency, call 911.',
      },
    },
    'samhsa-helpline': {
      title: 'Call the SAMHSA National Helpline',
      text: {
        you: 'It is free and confidential, open 24 hours a day, 7 days a week, in English and Spanish. They can refer you to treatment near you. You can also text your ZIP code to 435748 (English only).',
        they: 'It is free and confidential, open 24 hours a day, 7 days a week, in English and Spanish. They can refer people to treatment nearby. It also takes a ZIP code by text at 435748 (English only).',
      },
    },
    'find-treatment': {
      title: {
        you: 'Search for treatment near you',
        they: 'Search for treatment nearby',
      },
      text: {
        you: 'FindTreatment.gov is a search tool run by SAMHSA. You do not have to give your name. It lists buprenorphine providers and methadone clinics.',
        they: 'FindTreatment.gov is a search tool run by SAMHSA. No name is needed. It lists buprenorphine providers and methadone clinics.',
      },
    },
    'say-you-are-pregnant': {
      title: {
        you: 'Say that you are pregnant when you call',
        they: 'Say that they are pregnant when calling',
      },
      text: {
        you: 'Tell the helpline or program that you are pregnant, or could be. Ask for care that brings addiction care and pregnancy care together.',
        they: 'Tell the helpline or program that they are pregnant, or could be. Ask for care that brings addiction care and pregnancy care together.',
      },
    },
    'mood-988': {
      title: {
        you: 'Talk to someone about how you feel',
        they: 'Talk to someone about how they feel',
      },
      text: {
        you: 'Some of your answers point to low mood or worry. You can call or text 988, or chat at 988lifeline.org. Tell your provider too.',
        they: 'Some of their answers point to low mood or worry. They can call or text 988, or chat at 988lifeline.org. Tell their provider too.',
      },
    },
  },
} as const;

export default nextSteps;
