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
      you: (clinic: string) => `Share your result with ${clinic}`,
      they: (clinic: string) => `Share the result with ${clinic}`,
    },
    shareLead: {
      you: (clinic: string) => `Only if you want to. If you press the button, ${clinic} gets:`,
      they: (clinic: string) => `Only if wanted. After the button is pressed, ${clinic} gets:`,
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
      you: (clinic: string) => `Share my result with ${clinic}`,
      they: (clinic: string) => `Share the result with ${clinic}`,
    },
    shared: {
      you: (clinic: string) => `Your result was sent to ${clinic}. Nothing else was sent.`,
      they: (clinic: string) => `The result was sent to ${clinic}. Nothing else was sent.`,
    },
  },
} as const;

export default embed;
