/** Each medicine's name and how it is given, with its notes and cautions keyed by statement id. Never a dose. */
import type { BenzosOrAlcohol, PregnancyAnswer } from './text-params.ts';

const mixWith = (name: string, { benzos, alcohol }: BenzosOrAlcohol) =>
  `Using ${benzos && alcohol ? 'benzos or alcohol' : benzos ? 'benzos' : 'alcohol'} with ${name} raises the risk of overdose.${
    benzos ? ` Taking benzos is not a reason to go without ${name}.` : ''
  } Tell your provider what you take.`;

export const enMedicines = {
  methadone: {
    name: 'Methadone',
    howGiven:
      'For opioid use, only certified opioid treatment programs (methadone clinics) can give it. Most people go there every day at first.',
  },
  buprenorphine: {
    name: 'Buprenorphine',
    howGiven:
      'Alone, or combined with naloxone (as in Suboxone). A provider can prescribe it in an office or by telehealth, where state law allows.',
  },
  naltrexone: { name: 'Naltrexone', howGiven: 'A pill taken daily, or a shot once a month (Vivitrol).' },
  'withdrawal-aids': {
    name: 'Withdrawal aids: lofexidine (Lucemyra) or clonidine',
    howGiven: 'Prescribed for a short time to ease withdrawal symptoms. Lofexidine is used for up to 14 days.',
  },
  naloxone: {
    name: 'Naloxone (Narcan nasal spray)',
    howGiven: 'A nasal spray you can buy over the counter, without a prescription.',
  },
};

/** About the medicines together, shown before them. */
export const enMedicinesTogether = {
  'medicines-help':
    'Methadone, buprenorphine and naltrexone all help people stay in treatment and use less. They work best with counseling. Which one fits is up to you and your provider.',
  'medicine-still-an-option': 'You can still ask a provider about these medicines, and decide later.',
};

export const enMedicineNotes = {
  'methadone-monitoring': 'With methadone, the clinic needs to check on you closely.',
  'methadone-pregnancy': 'When you are pregnant, experts advise taking methadone or buprenorphine.',
  'buprenorphine-lower-risk': 'Buprenorphine has a lower risk of overdose and of slowed breathing.',
  'buprenorphine-pregnancy': 'When you are pregnant, experts advise taking methadone or buprenorphine.',
  'naltrexone-not-opioid': 'Naltrexone is not an opioid, and it is not addictive.',
  'naltrexone-non-opioid-wish': 'This fits your wish for a medicine that is not an opioid.',
  'withdrawal-aids-symptoms-only':
    'These only ease the symptoms of withdrawal. Neither one treats opioid use disorder.',
  'naloxone-for-everyone':
    'Naloxone can reverse an opioid overdose. Carry it if you use opioids or live with someone who does.',
};

export const enMedicineCautions = {
  'methadone-daily-visits':
    'Daily clinic visits may be hard for you. Ask about buprenorphine, which a provider can prescribe in an office or by telehealth.',
  'methadone-mixing': (mix: BenzosOrAlcohol) => mixWith('methadone', mix),
  'buprenorphine-start-in-withdrawal':
    'To start buprenorphine, you need to be in mild to moderate withdrawal first. Your provider will tell you when.',
  'buprenorphine-fentanyl':
    'Tell your provider that you use fentanyl before you start. With fentanyl, withdrawal can start all at once, even after a longer wait. Ask about a low-dose start.',
  'buprenorphine-long-acting':
    'If you have used long-acting opioids such as methadone, you need to wait longer before you start.',
  'buprenorphine-mixing': (mix: BenzosOrAlcohol) => mixWith('buprenorphine', mix),
  'naltrexone-pregnancy': (pregnancy: PregnancyAnswer) =>
    pregnancy === 'pregnant'
      ? 'Naltrexone is not started during pregnancy. Ask about methadone or buprenorphine instead.'
      : 'Do not start naltrexone until pregnancy is ruled out. If you are pregnant, ask about methadone or buprenorphine instead.',
  'naltrexone-opioid-free-first':
    'You need about 7 to 10 days with no opioids before you start. Starting too soon brings on bad withdrawal.',
  'withdrawal-aids-need-ongoing-care':
    'Use them together with ongoing care and medicine for opioid use, not on their own.',
  'naloxone-after-release':
    'After time away from opioids, your body can handle much less. This raises your risk of overdose, so keep naloxone with you.',
};
