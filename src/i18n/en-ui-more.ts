/**
 * The fixed strings of the interface in English that only come after the questions have started:
 * the crisis screen, "Check your answers", the results and their exports, what a clinic's frame
 * adds to the results, and the coordinator's call tools. No screen up to the first question needs
 * them, so they are a chunk of their own, fetched on idle once the page is up (see
 * `load-catalogs.ts`), and the screens that use them wait for them (`use-all-messages.ts`).
 */
import type { Widen } from './widen.ts';

export const enUiMore = {
  crisis: {
    overdoseTitle: 'Call 911 now',
    overdoseSteps: [
      'Call 911.',
      'Give naloxone (Narcan) if you have it.',
      'Help them breathe: support their breathing.',
      'Put them in the recovery position, on their side.',
    ],
    selfHarmTitle: 'You can get help right now',
    selfHarmLead: 'Call or text 988 to reach the 988 Suicide & Crisis Lifeline. It is free and open 24/7.',
    selfHarmLanguages: 'For Spanish, press 2 or text AYUDA. Veterans can press 1.',
    inDanger: 'If you are in danger right now, call 911.',
    continueNote: 'When you are ready, you can go on with the questions.',
    continue: 'Continue the questions',
  },
  check: {
    title: 'Check your answers',
    change: 'Change',
    notAnswered: 'Not answered',
    answer: 'Answer',
    confirmHeading: 'Now see your results',
    confirmNote: 'You will see the kinds of treatment and medicines to ask a provider about.',
    confirm: 'See my results',
  },
  results: {
    title: 'Treatment options to talk about',
    lead: 'These are suggestions to talk about with a doctor, nurse or counselor. Only a provider can tell you which treatment is right for you.',
    urgentHeading: 'Get help now',
    settingHeading: 'Suggested setting',
    reasonsHeading: 'Why we suggest this',
    withdrawalCare: 'You may need medical care to stop safely (withdrawal care), before or along with treatment.',
    medicationsHeading: 'Medicines to ask a provider about',
    notNow: 'Not to be started now',
    cautionLabel: 'Caution:',
    cautionsHeading: 'Stay safe',
    supportHeading: 'Support alongside treatment',
    nextStepsHeading: 'Next steps',
    sourcesHeading: 'Where this information comes from',
    version: (questionnaire: string, rules: string) =>
      `Questionnaire version ${questionnaire}, rules version ${rules}.`,
    createdOn: (date: string) => `Created on ${date}.`,
    changeAnswers: 'Change my answers',
    startAgain: 'Start again',
  },
  familySection: {
    heading: 'What family and friends can do',
  },
  exports: {
    title: 'Treatment options to talk about with a provider',
    formatDate: (date: Date) => date.toLocaleDateString('en-US', { dateStyle: 'long' }),
    date: (date: string) => `Date: ${date}`,
    versions: (questionnaire: string, rules: string) =>
      `Questionnaire version ${questionnaire}, rules version ${rules}`,
    settingHeading: 'Suggested setting',
    reasonsHeading: 'Why',
    withdrawalCare: 'May need medical care to stop safely (withdrawal care), before or along with treatment.',
    medicationsHeading: 'Medicines to ask a provider about',
    notNow: 'Not to be started now',
    cautionLabel: 'Caution:',
    cautionsHeading: 'Stay safe',
    answersHeading: 'Your answers',
    helplinesHeading: 'Help any time',
    helplines: {
      samhsa: 'SAMHSA National Helpline (free, private, 24/7)',
      lifeline: '988 Suicide & Crisis Lifeline (call or text)',
      emergency: 'Emergency',
    },
    actions: {
      heading: 'Keep or share your results',
      nothingSent:
        'These buttons only make a copy on this device. Nothing is sent anywhere. You choose who to give it to.',
      print: 'Print or save as PDF',
      copy: 'Copy as text',
      copied: 'Copied. You can paste your results into a message or your patient portal.',
      copyFailed: 'Your browser did not let us copy. Select the text below, then copy it.',
      copyFallbackLabel: 'Your results as text',
      download: 'Download for your clinic (FHIR)',
      downloadHint: 'A file in FHIR format, which many clinic computer systems can read.',
      downloaded: 'The file is in your downloads.',
      fileName: 'treatment-options-results.json',
    },
    fhir: {
      resultTitle: 'Treatment Options Self-Check result',
      settingCode: 'Suggested setting',
      medicationCode: 'Medicine to ask a provider about',
      notNowCode: 'Medicine not to be started now',
      cautionCode: 'Caution',
      method: (rules: string) => `Treatment Options Self-Check, rules version ${rules}`,
    },
  },
  embed: {
    offeredHeading: (clinic: string) => `What ${clinic} offers`,
    offeredLead: (clinic: string) =>
      `These are the suggestions from your results. We marked the ones ${clinic} says it offers.`,
    offeredTag: (clinic: string) => `Offered by ${clinic}`,
    notListed: (clinic: string) =>
      `${clinic} did not list this. Ask them, or call the SAMHSA National Helpline to find a place that offers it.`,
    settingLabel: 'Suggested setting:',
    medicineLabel: 'Medicine to ask about:',
    shareHeading: (clinic: string) => `Share your result with ${clinic}`,
    shareLead: (clinic: string) => `Only if you want to. If you press the button, ${clinic} gets:`,
    shareSetting: (setting: string) => `the suggested setting: ${setting}`,
    shareMedicines: (names: string) => `the medicines to ask about: ${names}`,
    shareNoMedicines: 'that there are no medicines to ask about right now',
    shareWithdrawal: 'that you may need medical care to stop safely (withdrawal care)',
    shareVersions: 'which version of this self-check made the result',
    shareNotAnswers: 'Your answers to the questions are not sent.',
    shareButton: (clinic: string) => `Share my result with ${clinic}`,
    shared: (clinic: string) => `Your result was sent to ${clinic}. Nothing else was sent.`,
  },
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
        'Support their breathing.',
        'Put them on their side, in the recovery position.',
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

/** The shape of the later part of every interface catalog (any language, any perspective). */
export type LaterMessages = Widen<typeof enUiMore>;
