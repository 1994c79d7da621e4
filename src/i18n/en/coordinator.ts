/**
 * The intake coordinator's call tools: shortcuts, notes, the running summary and the crisis
 * scripts. Coordinator mode always asks about the caller, so these speak in one voice.
 */

const coordinator = {
  coordinator: {
    modeName: 'Intake coordinator mode',
    toolsHeading: 'Call tools',
    shortcutsHeading: 'Keyboard shortcuts',
    shortcuts: {
      choose: (count: number) => ({ keys: `1 to ${count}`, action: 'Choose an answer' }),
      next: { keys: 'Enter', action: 'Continue' },
      back: { keys: 'Alt + Left arrow', action: 'Back' },
      answers: { keys: 'Alt + Shift + A', action: 'Go to the answers, to change one' },
      copy: { keys: 'Alt + Shift + C', action: 'Copy notes' },
      newCaller: { keys: 'Alt + Shift + N', action: 'New caller' },
    },
    copyNotes: 'Copy notes',
    notesCopied: 'Notes copied',
    copyFailed: 'The notes could not be copied. Select the notes below and copy them.',
    notesLabel: 'Case notes',
    newCaller: 'New caller',
    confirmNewCaller: 'Start a new caller? This clears every answer.',
    confirmYes: 'Yes, clear everything',
    cancel: 'Cancel',
    summaryTitle: 'Answers so far',
    summaryToggle: (count: number) => `Answers so far (${count})`,
    noAnswers: 'No answers yet.',
    change: 'Change',
    crisis: {
      overdoseTitle: 'Overdose now: tell the caller to call 911',
      overdoseDo: "If your call center's procedure lets you connect 911 to this call, do that now.",
      sayHeading: 'Say to the caller',
      doHeading: 'What to do',
      overdoseSay: [
        'Call 911 now.',
        'Give naloxone (Narcan) if you have it.',
        'If there is no response 2 to 3 minutes after a dose, give another dose in the other nostril.',
        'Support their breathing.',
        'Put them on their side, in the recovery position.',
        'Stay with them until help arrives. Naloxone can wear off before the opioids do, so their breathing can slow again.',
      ],
      emergencyTitle: 'Danger signs now: tell the caller to get emergency care',
      emergencyDo: ["If your call center's procedure lets you connect 911 to this call, do that now."],
      emergencySay: [
        'These signs can mean a life-threatening withdrawal.',
        'Please go to an emergency department or call 911 now.',
        'Do not wait at home.',
      ],
      selfHarmTitle: 'Thoughts of suicide: offer a warm hand-off to 988',
      selfHarmDo: ['Stay on the line with the caller.', 'Offer to connect them to the 988 Suicide & Crisis Lifeline.'],
      selfHarmSay: [
        'You can call or text 988 to reach the 988 Suicide & Crisis Lifeline.',
        'Would you like me to help you connect to 988 now? I will stay on the line.',
        'For Spanish, press 2 or text AYUDA. Veterans can press 1.',
        'If you are in danger right now, call 911.',
      ],
      continueNote: 'When the caller is safe and ready, go on with the questions.',
    },
    noteHeading: 'Intake call case note',
  },
} as const;

export default coordinator;
