/**
 * The words of the screens up to and including the questions: the header and quick exit, the intro,
 * the question pages, saving, the error page, the notice about a web address, and the clinic line
 * of an embed.
 */

const screens = {
  serviceName: 'Treatment Options Self-Check',
  skipLink: 'Skip to main content',
  quickExit: {
    button: 'Leave this site',
    link: 'Leave this site now',
    note: {
      you: 'To leave fast, use "Leave this site" or press Shift 3 times. It clears your answers and opens a weather page. It does not clear your browser history.',
      they: 'To leave fast, use "Leave this site" or press Shift 3 times. It clears the answers and opens a weather page. It does not clear the browser history.',
    },
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
  // A checkbox question's "None of these" ticked together with another option.
  exclusiveAlone: 'Select "None of these" on its own, or select the options that apply',
  notDiagnosis: {
    you: 'This is not a diagnosis and not medical advice. It helps you prepare to talk with a provider.',
    they: 'This is not a diagnosis and not medical advice. It helps prepare for a talk with a provider.',
  },
  // Shown while the device has no connection: `kept` once this site's files are kept on the device
  // for offline use (src/offline/service-worker.ts), `notKept` before that (or in a clinic's frame).
  offline: {
    kept: {
      you: 'You are offline. This self-check still works on this device. Links to other websites need a connection. Phone numbers still work: you can call them from your phone.',
      they: 'This device is offline. The self-check still works on it. Links to other websites need a connection. Phone numbers still work: call them from a phone.',
    },
    notKept: {
      you: 'You are offline. Some parts of this self-check may not load until you are back online. Phone numbers still work: you can call them from your phone.',
      they: 'This device is offline. Some parts of this self-check may not load until it is back online. Phone numbers still work: call them from a phone.',
    },
  },
  speed: {
    loadingPage: 'Loading the next page.',
    notLoaded: 'Part of this page did not load. Check the internet connection, then try again.',
  },
  intro: {
    title: 'Find treatment options for opioid use',
    lead: {
      you: 'Answer some questions about opioid use, like heroin, fentanyl or pain pills. At the end you will see the kinds of treatment and medicines to ask a provider about.',
      they: 'Answer some questions about opioid use, like heroin, fentanyl or pain pills. At the end, the results show the kinds of treatment and medicines to ask a provider about.',
    },
    forWho: {
      you: 'You can answer for yourself or for someone you care about. It takes about 5 to 10 minutes.',
      they: 'The answers can be about the person answering, or about someone they care about. It takes about 5 to 10 minutes.',
    },
    privacyHeading: {
      you: 'Your answers stay private',
      they: 'The answers stay private',
    },
    privacy: {
      you: 'Your answers stay on this device. Nothing is sent anywhere. Nothing is kept after you close the page, unless you choose to save your answers on this device.',
      they: 'The answers stay on this device. Nothing is sent anywhere. Nothing is kept after the page is closed, unless saving on this device is chosen.',
    },
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
      hint: {
        you: 'You can answer for yourself, or for a family member or friend you are worried about.',
        they: 'The answers can be about the person answering, or about a family member or friend.',
      },
      self: 'Myself',
      other: 'Someone I care about',
      error: 'Select who the answers are about',
    },
  },
  pageTitle: (title: string) => `${title} - Treatment Options Self-Check`,
  save: {
    checkbox: {
      you: 'Save my answers on this device',
      they: 'Save the answers on this device',
    },
    hint: 'They are kept in this browser on this device. After 7 days they are deleted the next time this site is opened. Anyone who uses this device could see them.',
    savingOn: {
      you: 'Saving is on. Your answers are saved on this device as you go.',
      they: 'Saving is on. The answers are saved on this device as they are given.',
    },
    unavailable: {
      you: 'Saving is not available on this browser. You can still answer the questions, but your answers will not be kept after you close the page.',
      they: 'Saving is not available on this browser. The questions still work, but the answers will not be kept after the page is closed.',
    },
    clear: {
      you: 'Clear my answers',
      they: 'Clear the answers',
    },
    cleared: {
      you: 'Your answers have been cleared from this device.',
      they: 'The answers have been cleared from this device.',
    },
    foundTitle: {
      you: (date: string) => `We found answers you saved on ${date}`,
      they: (date: string) => `We found answers saved on ${date}`,
    },
    foundNote: 'They are kept in this browser on this device.',
    continue: {
      you: 'Continue where you left off',
      they: 'Continue from where it stopped',
    },
    startAgain: 'Start again (clear them)',
    discarded: {
      you: 'We found saved answers we could not use, so we deleted them. You can start again.',
      they: 'We found saved answers we could not use, so we deleted them. The questions can start again.',
    },
    formatDate: (time: number) => new Date(time).toLocaleDateString('en-US', { dateStyle: 'long' }),
  },
  errorPage: {
    title: 'Sorry, something went wrong',
    lead: {
      you: 'This page stopped working. Your answers were not sent anywhere.',
      they: 'This page stopped working. The answers were not sent anywhere.',
    },
    help: {
      you: 'You can still get help now.',
      they: 'Help is still there now.',
    },
    emergency: {
      you: 'If someone may be overdosing, or you are in danger, call 911.',
      they: 'If someone may be overdosing, or is in danger, call 911.',
    },
    /** Only where "Try again" is offered: the answers are still in the page. */
    kept: {
      you: 'Your answers are still here. If the connection dropped, try again once it is back: you will go on where you were.',
      they: 'The answers are still here. If the connection dropped, try again once it is back: the questions go on where they were.',
    },
    tryAgain: 'Try again',
    startAgainNote: {
      you: 'Start again clears all your answers, a saved copy too.',
      they: 'Start again clears all the answers, a saved copy too.',
    },
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
  // The button that reads a question aloud (src/ui/read-aloud/), and its words while it reads.
  listen: {
    start: 'Listen',
    stop: 'Stop',
  },
  coordinatorCue: 'Read to the caller',
  clinicContact: {
    call: (clinic: string) => `Or call ${clinic}:`,
    shared: {
      you: (clinic: string) => `${clinic} shared this self-check with you.`,
      they: (clinic: string) => `${clinic} shared this self-check.`,
    },
  },
} as const;

export default screens;
