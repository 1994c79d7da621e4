/**
 * What a clinic's frame adds to the results: what the clinic offers, and sharing the result with
 * its page.
 */

const embed = {
  embed: {
    offeredHeading: (clinic: string) => `What ${clinic} offers`,
    offeredLead: {
      you: (clinic: string) =>
        `These are the suggestions from your results. We marked the ones ${clinic} says it offers.`,
      they: (clinic: string) =>
        `These are the suggestions from the results. We marked the ones ${clinic} says it offers.`,
    },
    offeredTag: (clinic: string) => `Offered by ${clinic}`,
    notListed: (clinic: string) =>
      `${clinic} did not list this. Ask them, or call the SAMHSA National Helpline to find a place that offers it.`,
    settingLabel: 'Suggested setting:',
    medicineLabel: 'Medicine to ask about:',
    shareHeading: {
      you: (clinic: string) => `Show your result to ${clinic}'s page`,
      they: (clinic: string) => `Show the result to ${clinic}'s page`,
    },
    shareLead: {
      you: (clinic: string) =>
        `Only if you want to. If you press the button, the ${clinic} page around this self-check gets:`,
      they: (clinic: string) =>
        `Only if wanted. After the button is pressed, the ${clinic} page around this self-check gets:`,
    },
    shareSetting: (setting: string) => `the suggested setting: ${setting}`,
    shareNoSetting: 'that no treatment setting is suggested yet',
    shareMedicines: (names: string) => `the medicines to ask about: ${names}`,
    shareNoMedicines: 'that there are no medicines to ask about right now',
    shareWithdrawal: {
      you: 'that you may need medical care to stop safely (withdrawal care)',
      they: 'that they may need medical care to stop safely (withdrawal care)',
    },
    shareVersions: 'which version of this self-check made the result',
    shareNotAnswers: {
      you: 'Your answers to the questions are not sent.',
      they: 'The answers to the questions are not sent.',
    },
    shareButton: {
      you: (clinic: string) => `Show my result to ${clinic}'s page`,
      they: (clinic: string) => `Show the result to ${clinic}'s page`,
    },
    shareHint: (clinic: string) =>
      `It stays in this browser. ${clinic}'s page can read it, for example to fill in a contact form. Nobody is told on their own.`,
    shared: {
      you: (clinic: string) =>
        `${clinic}'s page now has your result. This self-check did not tell anyone, so do not wait for a call.`,
      they: (clinic: string) =>
        `${clinic}'s page now has the result. This self-check did not tell anyone, so do not wait for a call.`,
    },
    nextStep: {
      you: (clinic: string) => `To take the next step, contact ${clinic} yourself.`,
      they: (clinic: string) => `The next step is to contact ${clinic} directly.`,
    },
    callClinic: (clinic: string) => `Call ${clinic}:`,
    bookOnline: (clinic: string) => `Book online with ${clinic} (opens a new tab)`,
  },
} as const;

export default embed;
