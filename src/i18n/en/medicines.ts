/**
 * Each medicine's name and how it is given, the notes about them together and the notes and
 * cautions of each, keyed by statement id. Never a dose.
 */
import type { BenzosOrAlcohol, PregnancyAnswer } from '../../rules/text-params.ts';

const mixWith = (name: string, { benzos, alcohol }: BenzosOrAlcohol, tell: string) =>
  `Using ${benzos && alcohol ? 'benzos or alcohol' : benzos ? 'benzos' : 'alcohol'} with ${name} raises the risk of overdose.${
    benzos ? ` Taking benzos is not a reason to go without ${name}.` : ''
  } ${tell}`;
const tellYours = 'Tell your provider what you take.';
const tellTheirs = 'Their provider needs to know what they take.';

const medicines = {
  medicinesTogether: {
    'medicines-help': {
      you: 'Methadone, buprenorphine and naltrexone all help people stay in treatment and use less. They work best with counseling. Which one fits is up to you and your provider.',
      they: 'Methadone, buprenorphine and naltrexone all help people stay in treatment and use less. They work best with counseling. Which one fits is up to the person and their provider.',
    },
    'medicine-still-an-option': {
      you: 'You can still ask a provider about these medicines, and decide later.',
      they: 'They can still ask a provider about these medicines, and decide later.',
    },
  },
  medicines: {
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
      howGiven: {
        you: 'A nasal spray you can buy over the counter, without a prescription.',
        they: 'A nasal spray sold over the counter, without a prescription.',
      },
    },
  },
  medicineNotes: {
    'methadone-monitoring': {
      you: 'With methadone, the clinic needs to check on you closely.',
      they: 'With methadone, the clinic needs to check on them closely.',
    },
    'methadone-pregnancy': {
      you: 'When you are pregnant, experts advise taking methadone or buprenorphine.',
      they: 'During pregnancy, experts advise taking methadone or buprenorphine.',
    },
    'buprenorphine-lower-risk': 'Buprenorphine has a lower risk of overdose and of slowed breathing.',
    'buprenorphine-pregnancy': {
      you: 'When you are pregnant, experts advise taking methadone or buprenorphine.',
      they: 'During pregnancy, experts advise taking methadone or buprenorphine.',
    },
    'naltrexone-not-opioid': 'Naltrexone is not an opioid, and it is not addictive.',
    'naltrexone-non-opioid-wish': {
      you: 'This fits your wish for a medicine that is not an opioid.',
      they: 'This fits their wish for a medicine that is not an opioid.',
    },
    'withdrawal-aids-symptoms-only':
      'These only ease the symptoms of withdrawal. Neither one treats opioid use disorder.',
    'naloxone-for-everyone': {
      you: 'Naloxone can reverse an opioid overdose. Carry it if you use opioids or live with someone who does.',
      they: 'Naloxone can reverse an opioid overdose. People who use opioids, and the people they live with, should carry it.',
    },
  },
  medicineCautions: {
    'methadone-daily-visits': {
      you: 'Daily clinic visits may be hard for you. Ask about buprenorphine, which a provider can prescribe in an office or by telehealth.',
      they: 'Daily clinic visits may be hard for them. Ask about buprenorphine, which a provider can prescribe in an office or by telehealth.',
    },
    'methadone-mixing': {
      you: (mix: BenzosOrAlcohol) => mixWith('methadone', mix, tellYours),
      they: (mix: BenzosOrAlcohol) => mixWith('methadone', mix, tellTheirs),
    },
    'buprenorphine-start-in-withdrawal': {
      you: 'To start buprenorphine, you need to be in mild to moderate withdrawal first. Your provider will tell you when.',
      they: 'To start buprenorphine, they need to be in mild to moderate withdrawal first. Their provider will tell them when.',
    },
    'buprenorphine-fentanyl': {
      you: 'Tell your provider that you use fentanyl before you start. With fentanyl, withdrawal can start all at once, even after a longer wait. Ask about a low-dose start.',
      they: 'Their provider needs to know that they use fentanyl before they start. With fentanyl, withdrawal can start all at once, even after a longer wait. Ask about a low-dose start.',
    },
    'buprenorphine-long-acting': {
      you: 'If you have used long-acting opioids such as methadone, you need to wait longer before you start.',
      they: 'If they have used long-acting opioids such as methadone, they need to wait longer before they start.',
    },
    'buprenorphine-mixing': {
      you: (mix: BenzosOrAlcohol) => mixWith('buprenorphine', mix, tellYours),
      they: (mix: BenzosOrAlcohol) => mixWith('buprenorphine', mix, tellTheirs),
    },
    'naltrexone-pregnancy': {
      you: (pregnancy: PregnancyAnswer) =>
        pregnancy === 'pregnant'
          ? 'Naltrexone is not started during pregnancy. Ask about methadone or buprenorphine instead.'
          : 'Do not start naltrexone until pregnancy is ruled out. If you are pregnant, ask about methadone or buprenorphine instead.',
      they: (pregnancy: PregnancyAnswer) =>
        pregnancy === 'pregnant'
          ? 'Naltrexone is not started during pregnancy. Ask about methadone or buprenorphine instead.'
          : 'Do not start naltrexone until pregnancy is ruled out. If they are pregnant, ask about methadone or buprenorphine instead.',
    },
    'naltrexone-opioid-free-first': {
      you: 'You need about 7 to 10 days with no opioids before you start. Starting too soon brings on bad withdrawal.',
      they: 'They need about 7 to 10 days with no opioids before they start. Starting too soon brings on bad withdrawal.',
    },
    'withdrawal-aids-need-ongoing-care':
      'Use them together with ongoing care and medicine for opioid use, not on their own.',
    'naloxone-after-release': {
      you: 'After time away from opioids, your body can handle much less. This raises your risk of overdose, so keep naloxone with you.',
      they: 'After time away from opioids, their body can handle much less. This raises their risk of overdose, so keep naloxone close.',
    },
  },
} as const;

export default medicines;
