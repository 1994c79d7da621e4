/**
 * The next steps, each a title and a line, keyed by step id. The numbers and links beside them
 * come from src/rules/helplines.ts.
 */

const nextSteps = {
  nextSteps: {
    'overdose-call-911': {
      title: 'If someone may be overdosing, call 911 now',
      text: {
        you: 'Call 911. Give naloxone (Narcan) if you have it. Support their breathing, and lay them on their side. Stay with them. If they do not respond in 2 to 3 minutes, give a second dose. Naloxone can wear off, so stay until help comes.',
        they: 'Call 911. Give naloxone (Narcan) if there is some. Support their breathing, and lay them on their side. Stay with them. If they do not respond in 2 to 3 minutes, give a second dose. Naloxone can wear off, so stay until help comes.',
      },
    },
    'crisis-988': {
      title: 'Talk to someone now: call or text 988',
      text: 'Call or text 988 to reach the 988 Suicide & Crisis Lifeline. For Spanish, press 2 or text AYUDA. Veterans, press 1.',
    },
    'dangerous-withdrawal': {
      title: 'Go to an emergency department or call 911 now',
      text: {
        you: 'A racing heart, chest pain, fainting, confusion or vomiting that will not stop are warning signs. These can mean a dangerous withdrawal. Do not wait at home.',
        they: 'A racing heart, chest pain, fainting, confusion or vomiting that will not stop are warning signs. These can mean a dangerous withdrawal. They should not wait at home.',
      },
    },
    'urgent-medical-care': {
      title: 'Get medical care now',
      text: {
        you: 'Your health problem needs care right away. See a doctor now. In an emergency, call 911.',
        they: 'Their health problem needs care right away. They need to see a doctor now. In an emergency, call 911.',
      },
    },
    'wound-care': {
      title: {
        you: 'Get your wound or fever seen today',
        they: 'Get their wound or fever seen today',
      },
      text: {
        you: 'A wound that is red, hot or spreading, or a fever, needs medical care. Go to a clinic or urgent care today.',
        they: 'A wound that is red, hot or spreading, or a fever, needs medical care. They should go to a clinic or urgent care today.',
      },
    },
    'unsafe-home': {
      title: {
        you: 'If you are not safe at home',
        they: 'If they are not safe at home',
      },
      text: {
        you: 'If you are in danger now, call 911. The National Domestic Violence Hotline is free, private and open 24/7, in English and Spanish. It can help you plan to stay safe.',
        they: 'If they are in danger now, call 911. The National Domestic Violence Hotline is free, private and open 24/7, in English and Spanish. It can help them plan to stay safe.',
      },
    },
    'samhsa-helpline': {
      title: 'Call the SAMHSA National Helpline',
      text: {
        you: 'It is free and confidential, open 24 hours a day, 7 days a week, in English and Spanish. They can refer you to treatment near you. You can also text your ZIP code to 435748 (English only).',
        they: 'It is free and confidential, open 24 hours a day, 7 days a week, in English and Spanish. They can refer people to treatment nearby. It also takes a ZIP code by text at 435748 (English only).',
      },
    },
    'adolescent-care': {
      title: {
        you: 'Ask for care for teens',
        they: 'Ask for care for teens',
      },
      text: {
        you: 'Look for a doctor who treats teens, or a program for young people. The SAMHSA National Helpline can help you find one.',
        they: 'Look for a doctor who treats teens, or a program for young people. The SAMHSA National Helpline can help find one.',
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
        you: 'Tell the helpline or program that you are pregnant, or could be. Ask for care that brings addiction care and pregnancy care together. Methadone clinics are asked to take pregnant people first.',
        they: 'Tell the helpline or program that they are pregnant, or could be. Ask for care that brings addiction care and pregnancy care together. Methadone clinics are asked to take pregnant people first.',
      },
    },
    'start-prenatal-care': {
      title: {
        you: 'Start care for your pregnancy',
        they: 'Start care for their pregnancy',
      },
      text: {
        you: 'See a doctor or midwife for your pregnancy, and tell them that you use opioids. Then your pregnancy care and your addiction care can work together.',
        they: 'They should see a doctor or midwife for the pregnancy, and say that they use opioids. Then pregnancy care and addiction care can work together.',
      },
    },
    'medicines-and-children': {
      title: 'Keep medicines locked away from children',
      text: 'Methadone and buprenorphine must be locked away: a small amount can kill a child. If a child swallows any, call 911 or Poison Control.',
    },
    'support-for-family': {
      title: 'Get support for yourself',
      text: 'Partnership to End Addiction gives free help to families and friends, in English and Spanish, by phone, text or online.',
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
