/**
 * The crisis screens: an overdose now (SAFE-1), thoughts of suicide or self-harm (SAFE-2), and
 * signs of a dangerous withdrawal now, which mean the emergency department or 911 (WD-1).
 */

const crisis = {
  crisis: {
    overdoseTitle: 'Call 911 now',
    overdoseSteps: {
      you: [
        'Call 911.',
        'Give naloxone (Narcan) if you have it.',
        'If there is no response 2 to 3 minutes after a dose, give another dose in the other nostril.',
        'Help them breathe: support their breathing.',
        'Put them in the recovery position, on their side.',
        'Stay with them until help arrives. Naloxone can wear off before the opioids do, so their breathing can slow again.',
      ],
      they: [
        'Call 911.',
        'Give naloxone (Narcan) if there is some.',
        'If there is no response 2 to 3 minutes after a dose, give another dose in the other nostril.',
        'Help them breathe: support their breathing.',
        'Put them in the recovery position, on their side.',
        'Stay with them until help arrives. Naloxone can wear off before the opioids do, so their breathing can slow again.',
      ],
    },
    emergencyTitle: {
      you: 'Get emergency care now',
      they: 'Get them emergency care now',
    },
    emergencyLead: {
      you: 'These signs can mean a life-threatening withdrawal. Go to an emergency department or call 911 now. Do not wait at home.',
      they: 'These signs can mean a life-threatening withdrawal. They need an emergency department or 911 now. Do not wait at home.',
    },
    selfHarmTitle: {
      you: 'You can get help right now',
      they: 'They can get help right now',
    },
    selfHarmLead: {
      you: 'Call or text 988 to reach the 988 Suicide & Crisis Lifeline. It is free and open 24/7.',
      they: 'They can call or text 988 to reach the 988 Suicide & Crisis Lifeline. It is free and open 24/7.',
    },
    selfHarmLanguages: 'For Spanish, press 2 or text AYUDA. Veterans can press 1.',
    inDanger: {
      you: 'If you are in danger right now, call 911.',
      they: 'If they are in danger right now, call 911.',
    },
    continueNote: {
      you: 'When you are ready, you can go on with the questions.',
      they: 'When ready, the questions can go on.',
    },
    continue: 'Continue the questions',
  },
} as const;

export default crisis;
