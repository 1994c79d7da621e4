/**
 * How severity is explained (SEV-2, SEV-3), and each setting's name and description. The names are
 * our own and neutral; the ASAM level is named only for orientation ("roughly"), never copied
 * (LIC-1, SET-2).
 */
import type { SeverityBand } from '../../rules/text-params.ts';

const bandNote: Record<SeverityBand, string> = {
  severe: '6 or more is counted as severe.',
  moderate: '4 or 5 is counted as moderate.',
  mild: '2 or 3 is counted as mild.',
  none: 'Fewer than 2 is not usually counted as a problem.',
};

const settings = {
  severity: {
    count: {
      you: (count: number, band: SeverityBand) =>
        `You said ${String(count)} of the 11 ${count === 1 ? 'thing' : 'things'} that providers ask about happened in the past 12 months. ${bandNote[band]}`,
      they: (count: number, band: SeverityBand) =>
        `You said ${String(count)} of the 11 ${count === 1 ? 'thing' : 'things'} that providers ask about happened to them in the past 12 months. ${bandNote[band]}`,
    },
    prescribedOnly: {
      you: 'So needing more, or feeling sick when you stop, does not count here.',
      they: 'So needing more, or feeling sick when they stop, does not count here.',
    },
  },
  insteadOfSetting: {
    'crisis-first': {
      you: 'First, get help with your thoughts of suicide. Call or text 988, or go to an emergency department. The people who help you there can then help you choose care for opioid use.',
      they: 'First, they need help with their thoughts of suicide. They can call or text 988, or go to an emergency department. The people who help them there can then help choose care for opioid use.',
    },
    'under-18': {
      you: 'This self-check is written for adults. Care for people under 18 is different. Ask for a doctor who treats teens, and call the SAMHSA National Helpline for help finding one.',
      they: 'This self-check is written for adults. Care for people under 18 is different. Ask for a doctor who treats teens, and call the SAMHSA National Helpline for help finding one.',
    },
    'in-treatment': {
      you: 'You are already in treatment, and it is working. Keep going. If you want a change, talk it over with the person who prescribes your medicine.',
      they: 'They are already in treatment, and it is working. Keeping on with it matters. If they want a change, they can talk it over with the person who prescribes their medicine.',
    },
    'few-signs': {
      you: 'Your answers do not point to an opioid use problem, so we do not suggest a treatment setting. The safety steps below still matter. You can call the helpline at any time.',
      they: 'Their answers do not point to an opioid use problem, so we do not suggest a treatment setting. The safety steps below still matter. The helpline can help at any time.',
    },
  },
  settings: {
    outpatient: {
      name: 'Outpatient care',
      asamOrientation: 'Roughly ASAM level 1: under 9 hours a week.',
      description: {
        you: 'You live at home and keep up with work and family. You get care at an opioid treatment program (methadone clinic), or from a provider in an office or by telehealth. Ask if the program offers methadone or buprenorphine, and will keep giving it.',
        they: 'They live at home and keep up with work and family. They get care at an opioid treatment program (methadone clinic), or from a provider in an office or by telehealth. Ask if the program offers methadone or buprenorphine, and will keep giving it.',
      },
    },
    'intensive-outpatient': {
      name: 'Intensive outpatient or day program',
      asamOrientation: 'Roughly ASAM level 2.1 to 2.5: 9 or more hours a week, while living at home.',
      description: {
        you: 'You live at home and spend 9 or more hours a week at a program. A day program can be 20 or more hours a week. Ask if the program offers methadone or buprenorphine, and will keep giving it.',
        they: 'They live at home and spend 9 or more hours a week at a program. A day program can be 20 or more hours a week. Ask if the program offers methadone or buprenorphine, and will keep giving it.',
      },
    },
    residential: {
      name: 'Residential treatment',
      asamOrientation: {
        you: 'Roughly ASAM level 3.1 to 3.5: you live at the program with support day and night.',
        they: 'Roughly ASAM level 3.1 to 3.5: the person lives at the program with support day and night.',
      },
      description: {
        you: 'You live at the program for a while, often 30 to 90 days, with care and support around the clock. It means time away from home and work. Ask if the program offers methadone or buprenorphine, and will keep giving it.',
        they: 'They live at the program for a while, often 30 to 90 days, with care and support around the clock. It means time away from home and work. Ask if the program offers methadone or buprenorphine, and will keep giving it.',
      },
    },
    hospital: {
      name: 'Hospital or medically managed inpatient care',
      asamOrientation: 'Roughly ASAM level 3.7 to 4: 24-hour medical care.',
      description: {
        you: 'You stay where doctors and nurses care for you day and night. They can keep you safe through withdrawal, then help you move on to ongoing care. Ask if the program offers methadone or buprenorphine, and will keep giving it.',
        they: 'They stay where doctors and nurses care for them day and night. Staff can keep them safe through withdrawal, then help them move on to ongoing care. Ask if the program offers methadone or buprenorphine, and will keep giving it.',
      },
    },
  },
} as const;

export default settings;
