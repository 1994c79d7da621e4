/**
 * The fixed strings of the interface in English that the screens up to and including the questions
 * need: the header, the intro, the question pages, saving, the error page. They come with the page.
 * The words of the later screens (crisis, check, results, exports, a clinic's results and the
 * coordinator's tools) are a chunk of their own: `en-ui-more.ts`. Question text lives with the
 * questions.
 */
import type { Widen } from './widen.ts';

export const enUi = {
  serviceName: 'Treatment Options Self-Check',
  skipLink: 'Skip to main content',
  quickExit: {
    button: 'Leave this site',
    link: 'Leave this site now',
    note: 'To leave fast, use "Leave this site" or press Shift 3 times. It clears your answers and opens a weather page. It does not clear your browser history.',
    cover: 'Loading.',
    shiftPressesLeft: (left: number) => `Shift, press ${left} more ${left === 1 ? 'time' : 'times'} to exit.`,
    shiftExpired: 'Exit cancelled. Press Shift 3 times within 5 seconds to leave.',
    leaving: 'Leaving this site.',
  },
  helplineBanner: 'Want to talk to someone now? SAMHSA National Helpline:',
  helplineBannerNote: 'Free, private, 24/7, in English and Spanish.',
  back: 'Back',
  continue: 'Continue',
  hiddenError: 'Error:',
  errorSummaryTitle: 'There is a problem',
  errorTitlePrefix: 'Error: ',
  notDiagnosis: 'This is not a diagnosis and not medical advice. It helps you prepare to talk with a provider.',
  speed: {
    loadingPage: 'Loading the next page.',
    notLoaded: 'Part of this page did not load. Check the internet connection, then try again.',
  },
  intro: {
    title: 'Find treatment options for opioid use',
    lead: 'Answer some questions about opioid use, like heroin, fentanyl or pain pills. At the end you will see the kinds of treatment and medicines to ask a provider about.',
    forWho: 'You can answer for yourself or for someone you care about. It takes about 5 to 10 minutes.',
    privacyHeading: 'Your answers stay private',
    privacy:
      'Your answers stay on this device. Nothing is sent anywhere. Nothing is kept after you close the page, unless you choose to save your answers on this device.',
    notDiagnosisHeading: 'This is not a diagnosis',
    start: 'Start now',
    helplineHeading: 'Talk to someone now',
    helpline:
      'The SAMHSA National Helpline is free, private and open 24 hours a day, every day, in English and Spanish.',
  },
  progress: {
    question: (number: number, total: number) => `Question ${number} of about ${total}`,
    section: (number: number, total: number, title: string) => `Section ${number} of ${total}: ${title}`,
  },
  locale: {
    switchLabel: 'Language',
    helplineRegion: 'Helpline',
    choiceDivider: 'or',
    perspective: {
      question: 'Who are the answers about?',
      hint: 'You can answer for yourself, or for a family member or friend you are worried about.',
      self: 'Myself',
      other: 'Someone I care about',
      error: 'Select who the answers are about',
    },
  },
  pageTitle: (title: string) => `${title} - Treatment Options Self-Check`,
  save: {
    checkbox: 'Save my answers on this device',
    hint: 'They are kept in this browser on this device for 7 days, then deleted. Anyone who uses this device could see them.',
    savingOn: 'Saving is on. Your answers are saved on this device as you go.',
    unavailable:
      'Saving is not available on this browser. You can still answer the questions, but your answers will not be kept after you close the page.',
    clear: 'Clear my answers',
    cleared: 'Your answers have been cleared from this device.',
    foundTitle: (date: string) => `We found answers you saved on ${date}`,
    foundNote: 'They are kept in this browser on this device.',
    continue: 'Continue where you left off',
    startAgain: 'Start again (clear them)',
    discarded: 'We found saved answers we could not use, so we deleted them. You can start again.',
    formatDate: (time: number) => new Date(time).toLocaleDateString('en-US', { dateStyle: 'long' }),
  },
  errorPage: {
    title: 'Sorry, something went wrong',
    lead: 'This page stopped working. Your answers were not sent anywhere.',
    help: 'You can still get help now.',
    emergency: 'If someone may be overdosing, or you are in danger, call 911.',
    startAgain: 'Start again',
  },
  urlNotice: {
    lead: 'Part of the web address was not understood, so we used the usual setting for:',
    names: {
      lang: 'language',
      mode: 'mode',
      embed: 'embedding',
      parentOrigin: 'parent site',
      clinic: 'clinic details',
    },
  },
  // Coordinator mode: the cue above each question (the rest of its words come with its tools).
  coordinatorCue: 'Read to the caller',
  // Inside a clinic's frame: the clinic's line beside the helpline, in the header of every screen.
  clinicContact: {
    call: (clinic: string) => `Or call ${clinic}:`,
    shared: (clinic: string) => `${clinic} shared this self-check with you.`,
  },
} as const;

/** The shape of the screens' part of every interface catalog (any language, any perspective). */
export type ScreenMessages = Widen<typeof enUi>;
