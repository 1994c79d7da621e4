/**
 * The interface in English for someone answering about a person they care about. Texts that do
 * not speak to anyone stay shared with `en`; the rest speak of "the person" or "they". The
 * coordinator texts stay shared: coordinator mode always asks about the caller.
 */
import { en, type Messages } from './en.ts';

export const enOtherUi = {
  ...en,
  quickExit: {
    ...en.quickExit,
    note: 'To leave fast, use "Leave this site" or press Shift 3 times. It clears the answers and opens a weather page. It does not clear the browser history.',
  },
  notDiagnosis: 'This is not a diagnosis and not medical advice. It helps prepare for a talk with a provider.',
  intro: {
    ...en.intro,
    lead: 'Answer some questions about opioid use, like heroin, fentanyl or pain pills. At the end, the results show the kinds of treatment and medicines to ask a provider about.',
    forWho:
      'The answers can be about the person answering, or about someone they care about. It takes about 5 to 10 minutes.',
    privacyHeading: 'The answers stay private',
    privacy:
      'The answers stay on this device. Nothing is sent anywhere. Nothing is kept after the page is closed, unless saving on this device is chosen.',
  },
  crisis: {
    ...en.crisis,
    overdoseSteps: [
      'Call 911.',
      'Give naloxone (Narcan) if there is some.',
      'Help them breathe: support their breathing.',
      'Put them in the recovery position, on their side.',
    ],
    selfHarmTitle: 'They can get help right now',
    selfHarmLead: 'They can call or text 988 to reach the 988 Suicide & Crisis Lifeline. It is free and open 24/7.',
    inDanger: 'If they are in danger right now, call 911.',
    continueNote: 'When ready, the questions can go on.',
  },
  check: {
    ...en.check,
    title: 'Check the answers',
    confirmHeading: 'Now see the results',
    confirmNote: 'The results show the kinds of treatment and medicines to ask a provider about.',
    confirm: 'See the results',
  },
  results: {
    ...en.results,
    lead: 'These are suggestions to talk about with a doctor, nurse or counselor. Only a provider can tell which treatment is right for them.',
    withdrawalCare: 'They may need medical care to stop safely (withdrawal care), before or along with treatment.',
    changeAnswers: 'Change the answers',
  },
  exports: {
    ...en.exports,
    answersHeading: 'The answers',
    actions: {
      ...en.exports.actions,
      heading: 'Keep or share the results',
      nothingSent: 'These buttons only make a copy on this device. Nothing is sent anywhere.',
      copied: 'Copied. The results can now be pasted into a message or a patient portal.',
      copyFailed: 'The browser did not let us copy. Select the text below, then copy it.',
      copyFallbackLabel: 'The results as text',
      download: 'Download for their clinic (FHIR)',
      downloaded: 'The file is in the downloads folder.',
    },
  },
  locale: {
    ...en.locale,
    perspective: {
      ...en.locale.perspective,
      hint: 'The answers can be about the person answering, or about a family member or friend.',
    },
  },
  save: {
    ...en.save,
    checkbox: 'Save the answers on this device',
    hint: 'They are kept in this browser on this device for 7 days, then deleted. Anyone who uses this device could see them.',
    savingOn: 'Saving is on. The answers are saved on this device as they are given.',
    unavailable:
      'Saving is not available on this browser. The questions still work, but the answers will not be kept after the page is closed.',
    clear: 'Clear the answers',
    cleared: 'The answers have been cleared from this device.',
    foundTitle: (date: string) => `We found answers saved on ${date}`,
    continue: 'Continue from where it stopped',
    discarded: 'We found saved answers we could not use, so we deleted them. The questions can start again.',
  },
  errorPage: {
    ...en.errorPage,
    lead: 'This page stopped working. The answers were not sent anywhere.',
    help: 'Help is still there now.',
    emergency: 'If someone may be overdosing, or is in danger, call 911.',
  },
  embed: {
    ...en.embed,
    clinicShared: (clinic: string) => `${clinic} shared this self-check.`,
    offeredLead: (clinic: string) =>
      `These are the suggestions from the results. We marked the ones ${clinic} says it offers.`,
    shareHeading: (clinic: string) => `Share the result with ${clinic}`,
    shareLead: (clinic: string) => `Only if wanted. After the button is pressed, ${clinic} gets:`,
    shareWithdrawal: 'that they may need medical care to stop safely (withdrawal care)',
    shareNotAnswers: 'The answers to the questions are not sent.',
    shareButton: (clinic: string) => `Share the result with ${clinic}`,
    shared: (clinic: string) => `The result was sent to ${clinic}. Nothing else was sent.`,
  },
} satisfies Messages;
