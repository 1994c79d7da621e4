/**
 * The interface in English for someone answering about a person they care about: the screens' part
 * (the later part is `en-other-ui-more.ts`). Texts that do not speak to anyone stay shared with
 * `enUi`; the rest speak of "the person" or "they". The coordinator's cue stays shared: coordinator
 * mode always asks about the caller.
 */
import { enUi, type ScreenMessages } from './en-ui.ts';

export const enOtherUi = {
  ...enUi,
  quickExit: {
    ...enUi.quickExit,
    note: 'To leave fast, use "Leave this site" or press Shift 3 times. It clears the answers and opens a weather page. It does not clear the browser history.',
  },
  notDiagnosis: 'This is not a diagnosis and not medical advice. It helps prepare for a talk with a provider.',
  intro: {
    ...enUi.intro,
    lead: 'Answer some questions about opioid use, like heroin, fentanyl or pain pills. At the end, the results show the kinds of treatment and medicines to ask a provider about.',
    forWho:
      'The answers can be about the person answering, or about someone they care about. It takes about 5 to 10 minutes.',
    privacyHeading: 'The answers stay private',
    privacy:
      'The answers stay on this device. Nothing is sent anywhere. Nothing is kept after the page is closed, unless saving on this device is chosen.',
  },
  locale: {
    ...enUi.locale,
    perspective: {
      ...enUi.locale.perspective,
      hint: 'The answers can be about the person answering, or about a family member or friend.',
    },
  },
  save: {
    ...enUi.save,
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
    ...enUi.errorPage,
    lead: 'This page stopped working. The answers were not sent anywhere.',
    help: 'Help is still there now.',
    emergency: 'If someone may be overdosing, or is in danger, call 911.',
  },
  clinicContact: {
    ...enUi.clinicContact,
    shared: (clinic: string) => `${clinic} shared this self-check.`,
  },
} satisfies ScreenMessages;
