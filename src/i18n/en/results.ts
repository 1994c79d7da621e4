/**
 * The results page around the rules' sentences: headings, the lead, versions and buttons.
 */

const results = {
  results: {
    title: 'Treatment options to talk about',
    lead: {
      you: 'These are suggestions to talk about with a doctor, nurse or counselor. Only a provider can tell you which treatment is right for you.',
      they: 'These are suggestions to talk about with a doctor, nurse or counselor. Only a provider can tell which treatment is right for them.',
    },
    doThisNow: {
      heading: 'Do this now',
      whatToSay: 'What to say',
      safetyLabel: 'Stay safe:',
      /** After the clinic's own call or booking link, in an embed: the helpline is still there. */
      orHelpline: 'Or call the SAMHSA National Helpline, free and open 24/7:',
      listen: 'Listen to this box',
    },
    jumpTo: 'Jump to',
    urgentHeading: 'Get help now',
    noSettingHeading: 'What to do first',
    unknownsHeading: 'What to tell the provider',
    settingHeading: 'Suggested setting',
    reasonsHeading: 'Why we suggest this',
    withdrawalCare: {
      you: 'You may need medical care to stop safely (withdrawal care), before or along with treatment.',
      they: 'They may need medical care to stop safely (withdrawal care), before or along with treatment.',
    },
    medicationsHeading: 'Medicines to ask a provider about',
    notNow: 'Not to be started now',
    cautionLabel: 'Caution:',
    cautionsHeading: 'Stay safe',
    supportHeading: 'Support alongside treatment',
    nextStepsHeading: 'Next steps',
    /** "Find a place": FindTreatment.gov, what to choose there and what to ask (src/rules/find-care.ts). */
    findCare: {
      heading: 'Find a place',
      lookForHeading: 'What to choose on FindTreatment.gov',
      nothingSent: 'Nothing is sent there from this page: choose these filters on the site.',
      askHeading: 'Questions to ask a program',
    },
    sourcesHeading: 'Where this information comes from',
    version: (questionnaire: string, rules: string) =>
      `Questionnaire version ${questionnaire}, rules version ${rules}.`,
    createdOn: (date: string) => `Created on ${date}.`,
    changeAnswers: {
      you: 'Change my answers',
      they: 'Change the answers',
    },
    startAgain: 'Start again',
  },
  familySection: { heading: 'What family and friends can do' },
} as const;

export default results;
