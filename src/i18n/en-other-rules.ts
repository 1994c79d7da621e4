/**
 * The results in English when someone answers about a person they care about: every sentence
 * speaks of "they" (reasons say "You said they ..."). The family section speaks to the reader by
 * design. Texts that do not speak to anyone are shared with the English catalog.
 */
import { en } from '../rules/texts/en.ts';
import type { BenzosOrAlcohol, PregnancyAnswer, RuleTexts, SeverityBand } from '../rules/texts/rule-texts.ts';
import { enOtherContacts } from './en-other-contacts.ts';
import { enOtherReasons } from './en-other-reasons.ts';

const bandNote: Record<SeverityBand, string> = {
  severe: '6 or more is counted as severe.',
  moderate: '4 or 5 is counted as moderate.',
  mild: '2 or 3 is counted as mild.',
  none: 'Fewer than 2 is not usually counted as a problem.',
};

const mixWith = (name: string, { benzos, alcohol }: BenzosOrAlcohol) =>
  `Using ${benzos && alcohol ? 'benzos or alcohol' : benzos ? 'benzos' : 'alcohol'} with ${name} raises the risk of overdose.${
    benzos ? ` Taking benzos is not a reason to go without ${name}.` : ''
  } Their provider needs to know what they take.`;

export const enOtherRules = {
  ...en,
  reasons: enOtherReasons,
  scores: {
    phq2: (score: number) =>
      `Their answers about low mood add up to ${String(score)} out of 6 on a short depression check (PHQ-2). 3 or more is worth a closer look.`,
    gad2: (score: number) =>
      `Their answers about worry add up to ${String(score)} out of 6 on a short anxiety check (GAD-2). 3 or more is worth a closer look.`,
  },
  severity: {
    count: (count: number, band: SeverityBand) =>
      `You said ${String(count)} of the 11 ${count === 1 ? 'thing' : 'things'} that providers ask about happened to them in the past 12 months. ${bandNote[band]}`,
    prescribedOnly: 'So needing more, or feeling sick when they stop, does not count here.',
  },
  settings: {
    outpatient: {
      ...en.settings.outpatient,
      description:
        'They live at home and keep up with work and family. They get care at an opioid treatment program (methadone clinic), or from a provider in an office or by telehealth.',
    },
    'intensive-outpatient': {
      ...en.settings['intensive-outpatient'],
      description:
        'They live at home and spend 9 or more hours a week at a program. A day program can be 20 or more hours a week.',
    },
    residential: {
      name: 'Residential treatment',
      asamOrientation: 'Roughly ASAM level 3.1 to 3.5: the person lives at the program with support day and night.',
      description:
        'They live at the program for a while, often 30 to 90 days, with care and support around the clock. It means time away from home and work.',
    },
    hospital: {
      ...en.settings.hospital,
      description:
        'They stay where doctors and nurses care for them day and night. Staff can keep them safe through withdrawal, then help them move on to ongoing care.',
    },
  },
  medicinesTogether: {
    'medicines-help':
      'Methadone, buprenorphine and naltrexone all help people stay in treatment and use less. They work best with counseling. Which one fits is up to the person and their provider.',
    'medicine-still-an-option': 'They can still ask a provider about these medicines, and decide later.',
  },
  medicines: {
    ...en.medicines,
    naloxone: {
      name: 'Naloxone (Narcan nasal spray)',
      howGiven: 'A nasal spray sold over the counter, without a prescription.',
    },
  },
  medicineNotes: {
    ...en.medicineNotes,
    'methadone-monitoring': 'With methadone, the clinic needs to check on them closely.',
    'methadone-pregnancy': 'During pregnancy, experts advise taking methadone or buprenorphine.',
    'buprenorphine-pregnancy': 'During pregnancy, experts advise taking methadone or buprenorphine.',
    'naltrexone-non-opioid-wish': 'This fits their wish for a medicine that is not an opioid.',
    'naloxone-for-everyone':
      'Naloxone can reverse an opioid overdose. People who use opioids, and the people they live with, should carry it.',
  },
  medicineCautions: {
    ...en.medicineCautions,
    'methadone-daily-visits':
      'Daily clinic visits may be hard for them. Ask about buprenorphine, which a provider can prescribe in an office or by telehealth.',
    'methadone-mixing': (mix: BenzosOrAlcohol) => mixWith('methadone', mix),
    'buprenorphine-start-in-withdrawal':
      'To start buprenorphine, they need to be in mild to moderate withdrawal first. Their provider will tell them when.',
    'buprenorphine-fentanyl':
      'Their provider needs to know that they use fentanyl before they start. With fentanyl, withdrawal can start all at once, even after a longer wait. Ask about a low-dose start.',
    'buprenorphine-long-acting':
      'If they have used long-acting opioids such as methadone, they need to wait longer before they start.',
    'buprenorphine-mixing': (mix: BenzosOrAlcohol) => mixWith('buprenorphine', mix),
    'naltrexone-pregnancy': (pregnancy: PregnancyAnswer) =>
      pregnancy === 'pregnant'
        ? 'Naltrexone is not started during pregnancy. Ask about methadone or buprenorphine instead.'
        : 'Do not start naltrexone until pregnancy is ruled out. If they are pregnant, ask about methadone or buprenorphine instead.',
    'naltrexone-opioid-free-first':
      'They need about 7 to 10 days with no opioids before they start. Starting too soon brings on bad withdrawal.',
    'naloxone-after-release':
      'After time away from opioids, their body can handle much less. This raises their risk of overdose, so keep naloxone close.',
  },
  ...enOtherSafetyAndSteps(),
} satisfies RuleTexts;

function enOtherSafetyAndSteps() {
  return {
    cautions: {
      'opioids-with-benzos-or-alcohol':
        'Opioids mixed with benzos or alcohol can slow or stop their breathing. This can cause death.',
      'do-not-stop-suddenly-alone': ({ benzos, alcohol }: BenzosOrAlcohol) =>
        `They should not stop ${alcohol && benzos ? 'drinking or taking benzos' : alcohol ? 'drinking' : 'taking benzos'} suddenly on their own. It can cause seizures. They need medical help to stop safely.`,
      'tolerance-after-release':
        'After time in jail, detox or a treatment stay, their body can handle much less. Using the amount they used before can cause an overdose.',
      'carry-naloxone': 'Keep naloxone (Narcan) close. It is sold over the counter.',
      'tell-provider-other-drugs':
        'Their provider needs to know about all the drugs they use, so their care can cover all of them.',
      'tell-provider-health-problem':
        'Their provider needs to know about their long-term health problem. It can change which care is safest for them.',
      'withdrawal-care-is-not-treatment': en.cautions['withdrawal-care-is-not-treatment'],
    },
    support: {
      counseling: en.support.counseling,
      'peer-support':
        'Peer support groups let people meet others in recovery. Two of them are Narcotics Anonymous and SMART Recovery.',
      aftercare:
        'Plan for care after treatment. This can mean more counseling and sober living. It can also mean a plan to avoid a return to use, and a case manager for housing or work. Staying in care for at least six months helps.',
      'family-therapy': 'Family therapy can bring the people who support them into their care.',
    },
    family: en.family,
    nextSteps: {
      ...en.nextSteps,
      'overdose-call-911': {
        title: 'If someone may be overdosing, call 911 now',
        text: 'Call 911. Give naloxone (Narcan) if there is some. Support their breathing, and lay them on their side in the recovery position.',
      },
      'urgent-medical-care': {
        title: 'Get medical care now',
        text: 'Their health problem needs care right away. They need to see a doctor now. In an emergency, call 911.',
      },
      'samhsa-helpline': {
        title: 'Call the SAMHSA National Helpline',
        text: 'It is free and confidential, open 24 hours a day, 7 days a week, in English and Spanish. They can refer people to treatment nearby. It also takes a ZIP code by text at 435748 (English only).',
      },
      'find-treatment': {
        title: 'Search for treatment nearby',
        text: 'FindTreatment.gov is a search tool run by SAMHSA. No name is needed. It lists buprenorphine providers and methadone clinics.',
      },
      'say-you-are-pregnant': {
        title: 'Say that they are pregnant when calling',
        text: 'Tell the helpline or program that they are pregnant, or could be. Ask for care that brings addiction care and pregnancy care together.',
      },
      'mood-988': {
        title: 'Talk to someone about how they feel',
        text: 'Some of their answers point to low mood or worry. They can call or text 988, or chat at 988lifeline.org. Tell their provider too.',
      },
    },
    contacts: enOtherContacts,
  };
}
