/**
 * Each medicine's name and how it is given, the notes about them together and the notes and
 * cautions of each, keyed by statement id. Never a dose.
 */
import type { BenzosOrAlcohol, PregnancyAnswer, TreatmentMedicine } from '../../rules/text-params.ts';

const mixWith = (name: string, { benzos, alcohol }: BenzosOrAlcohol, tell: string) =>
  `Using ${benzos && alcohol ? 'benzos or alcohol' : benzos ? 'benzos' : 'alcohol'} with ${name} raises the risk of overdose.${
    benzos ? ` Taking benzos is not a reason to go without ${name}.` : ''
  } ${tell}`;
const tellYours = 'Tell your provider what you take.';
const tellTheirs = 'Their provider needs to know what they take.';

const medicineName: Record<TreatmentMedicine, string> = {
  methadone: 'methadone',
  buprenorphine: 'buprenorphine',
  naltrexone: 'naltrexone',
};

const medicines = {
  medicinesTogether: {
    'keep-taking-your-medicine': {
      you: (medicine: TreatmentMedicine) =>
        `Keep taking your ${medicineName[medicine]}. Do not stop it suddenly: stopping raises the risk of overdose. Decide any change to the dose, the medicine or the clinic together with your prescriber.`,
      they: (medicine: TreatmentMedicine) =>
        `They should keep taking their ${medicineName[medicine]}. Stopping it suddenly raises the risk of overdose. Any change to the dose, the medicine or the clinic is for them and their prescriber to decide together.`,
    },
    'medicine-not-working': {
      you: 'Tell your prescriber that the medicine is not working well for you. A change in the dose, the medicine or the kind of care can help.',
      they: 'Their prescriber needs to know that the medicine is not working well for them. A change in the dose, the medicine or the kind of care can help.',
    },
    'after-an-overdose': {
      you: 'After an overdose, the risk of another one is high. Starting methadone or buprenorphine soon lowers the risk of dying. Keep naloxone with you, and do not use alone.',
      they: 'After an overdose, the risk of another one is high. Starting methadone or buprenorphine soon lowers the risk of dying. They should keep naloxone close, and not use alone.',
    },
    'medicines-save-lives': 'Methadone and buprenorphine lower the risk of dying from an overdose.',
    'medicines-help': {
      you: 'Methadone, buprenorphine and naltrexone all help people stay in treatment and use less. Counseling helps too, but you can get medicine without it. Which one fits is up to you and your provider.',
      they: 'Methadone, buprenorphine and naltrexone all help people stay in treatment and use less. Counseling helps too, but they can get medicine without it. Which one fits is up to them and their provider.',
    },
    'add-medicine-first': {
      you: 'You started using again after care without medicine. Adding medicine is the next step to ask about. It can start in any kind of care, even by telehealth.',
      they: 'They started using again after care without medicine. Adding medicine is the next step to ask about. It can start in any kind of care, even by telehealth.',
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
        'For opioid use, only certified opioid treatment programs (methadone clinics) can give it. Visits are frequent at first.',
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
    'methadone-take-home': {
      you: 'Clinics may give take-home doses from the first week when it is safe. State rules differ, so ask.',
      they: 'Clinics may give take-home doses from the first week when it is safe. State rules differ, so ask.',
    },
    'methadone-pregnancy': {
      you: 'When you are pregnant, experts advise taking methadone or buprenorphine. Methadone clinics are asked to take pregnant people first.',
      they: 'During pregnancy, experts advise taking methadone or buprenorphine. Methadone clinics are asked to take pregnant people first.',
    },
    'buprenorphine-lower-risk': 'Buprenorphine has a lower risk of overdose and of slowed breathing.',
    'buprenorphine-telehealth': {
      you: 'A provider can start it after a telehealth visit, where state law allows. You may not need to go to a clinic every day.',
      they: 'A provider can start it after a telehealth visit, where state law allows. They may not need to go to a clinic every day.',
    },
    'buprenorphine-pregnancy': {
      you: 'When you are pregnant, experts advise taking methadone or buprenorphine.',
      they: 'During pregnancy, experts advise taking methadone or buprenorphine.',
    },
    'naltrexone-not-opioid': 'Naltrexone is not an opioid.',
    'naltrexone-non-opioid-wish': {
      you: 'This fits your wish for a medicine that is not an opioid.',
      they: 'This fits their wish for a medicine that is not an opioid.',
    },
    'withdrawal-aids-symptoms-only':
      'These only ease the symptoms of opioid withdrawal. Neither one treats opioid use disorder.',
    'naloxone-for-everyone': {
      you: 'Naloxone can reverse an opioid overdose. Carry it if you use opioids or live with someone who does.',
      they: 'Naloxone can reverse an opioid overdose. People who use opioids, and the people they live with, should carry it.',
    },
    'naloxone-how-to-use':
      'In an overdose, call 911 and give a dose. Stay with the person. If they do not respond in 2 to 3 minutes, give a second dose in the other nostril. Naloxone can wear off before the opioids do.',
  },
  medicineCautions: {
    'methadone-visits': {
      you: 'Clinic visits may be hard for you at first. Ask about take-home doses. Or ask about buprenorphine: a provider can prescribe it in an office or by telehealth.',
      they: 'Clinic visits may be hard for them at first. Ask about take-home doses. Or ask about buprenorphine: a provider can prescribe it in an office or by telehealth.',
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
      you: 'You need about 7 to 10 days with no opioids before you start, and longer after methadone or buprenorphine. Starting too soon brings on bad withdrawal.',
      they: 'They need about 7 to 10 days with no opioids before they start, and longer after methadone or buprenorphine. Starting too soon brings on bad withdrawal.',
    },
    'naltrexone-blocks-pain-medicine': {
      you: 'Naltrexone blocks opioid pain medicine. Tell every doctor you see that you take it, for example before surgery.',
      they: 'Naltrexone blocks opioid pain medicine. Every doctor they see needs to know that they take it, for example before surgery.',
    },
    'naltrexone-after-stopping': {
      you: 'After you stop naltrexone, or miss a dose, your body can handle much less. Using then can cause an overdose.',
      they: 'After they stop naltrexone, or miss a dose, their body can handle much less. Using then can cause an overdose.',
    },
    'withdrawal-aids-pregnancy': {
      you: 'These are not the plan in pregnancy. Ask about methadone or buprenorphine instead. If those are not for you, your care team decides what is safe.',
      they: 'These are not the plan in pregnancy. Ask about methadone or buprenorphine instead. If those are not for them, their care team decides what is safe.',
    },
    'withdrawal-aids-not-for-alcohol-or-benzos':
      'They are for opioid withdrawal only. They do not make it safe to stop drinking or taking benzos.',
    'withdrawal-aids-need-ongoing-care':
      'Use them together with ongoing care and medicine for opioid use, not on their own.',
    'naloxone-after-release': {
      you: 'After time away from opioids, your body can handle much less. This raises your risk of overdose, so keep naloxone with you.',
      they: 'After time away from opioids, their body can handle much less. This raises their risk of overdose, so keep naloxone close.',
    },
  },
} as const;

export default medicines;
