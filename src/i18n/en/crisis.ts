/**
 * The crisis screens: an overdose now (SAFE-1) and thoughts of suicide or self-harm (SAFE-2).
 */

const crisis = {
  crisis: {
    overdoseTitle: 'Call 911 now',
    overdoseSteps: {
      you: [
        'Call 911.',
        'Give naloxone (Narcan) if you have it.',
        'Help them breathe: support their breathing.',
        'Put them in the recovery position, on their side.',
      ],
      they: [
        'Call 911.',
        'Give naloxone (Narcan) if there is some.',
        'Help them breathe: support their breathing.',
        'Put them in the recovery position, on their side.',
      ],
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
