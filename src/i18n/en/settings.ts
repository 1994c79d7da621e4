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
  settings: {
    outpatient: {
      name: 'Outpatient care',
      asamOrientation: 'Roughly ASAM level 1: under 9 hours a week.',
      description: {
        you: 'You live at home and keep up with work and family. You get care at an opioid treatment program (methadone clinic), or from a provider in an office or by telehealth.',
        they: 'They live at home and keep up with work and family. They get care at an opioid treatment program (methadone clinic), or from a provider in an office or by telehealth.',
      },
    },
    'intensive-outpatient': {
      name: 'Intensive outpatient or day program',
      asamOrientation: 'Roughly ASAM level 2.1 to 2.5: 9 or more hours a week, while living at home.',
      description: {
        you: 'You live at home and spend 9 or more hours a week at a program. A day program can be 20 or more hours a week.',
        they: 'They live at home and spend 9 or more hours a week at a program. A day program can be 20 or more hours a week.',
      },
    },
    residential: {
      name: 'Residential treatment',
      asamOrientation: {
        you: 'Roughly ASAM level 3.1 to 3.5: you live at the program with support day and night.',
        they: 'Roughly ASAM level 3.1 to 3.5: the person lives at the program with support day and night.',
      },
      description: {
        you: 'You live at the program for a while, often 30 to 90 days, with care and support around the clock. It means time away from home and work.',
        they: 'They live at the program for a while, often 30 to 90 days, with care and support around the clock. It means time away from home and work.',
      },
    },
    hospital: {
      name: 'Hospital or medically managed inpatient care',
      asamOrientation: 'Roughly ASAM level 3.7 to 4: 24-hour medical care.',
      description: {
        you: 'You stay where doctors and nurses care for you day and night. They can keep you safe through withdrawal, then help you move on to ongoing care.',
        they: 'They stay where doctors and nurses care for them day and night. Staff can keep them safe through withdrawal, then help them move on to ongoing care.',
      },
    },
  },
} as const;

export default settings;
