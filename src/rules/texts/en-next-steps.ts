/** What to do next: a title and a text per step id. The contacts' own words are in `en-contacts.ts`. */
export const enNextSteps = {
  'overdose-call-911': {
    title: 'If someone may be overdosing, call 911 now',
    text: 'Call 911. Give naloxone (Narcan) if you have it. Support their breathing, and lay them on their side in the recovery position.',
  },
  'crisis-988': {
    title: 'Talk to someone now: call or text 988',
    text: 'Call or text 988 to reach the 988 Suicide & Crisis Lifeline. For Spanish, press 2 or text AYUDA. Veterans, press 1.',
  },
  'urgent-medical-care': {
    title: 'Get medical care now',
    text: 'Your health problem needs care right away. See a doctor now. In an emergency, call 911.',
  },
  'samhsa-helpline': {
    title: 'Call the SAMHSA National Helpline',
    text: 'It is free and confidential, open 24 hours a day, 7 days a week, in English and Spanish. They can refer you to treatment near you. You can also text your ZIP code to 435748 (English only).',
  },
  'find-treatment': {
    title: 'Search for treatment near you',
    text: 'FindTreatment.gov is a search tool run by SAMHSA. You do not have to give your name. It lists buprenorphine providers and methadone clinics.',
  },
  'say-you-are-pregnant': {
    title: 'Say that you are pregnant when you call',
    text: 'Tell the helpline or program that you are pregnant, or could be. Ask for care that brings addiction care and pregnancy care together.',
  },
  'mood-988': {
    title: 'Talk to someone about how you feel',
    text: 'Some of your answers point to low mood or worry. You can call or text 988, or chat at 988lifeline.org. Tell your provider too.',
  },
};
