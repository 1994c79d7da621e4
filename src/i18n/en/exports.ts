/**
 * The printout, the plain-text copy and the FHIR download, and the buttons that make them.
 */

const exportWords = {
  exports: {
    title: 'Treatment options to talk about with a provider',
    formatDate: (date: Date) => date.toLocaleDateString('en-US', { dateStyle: 'long' }),
    date: (date: string) => `Date: ${date}`,
    versions: (questionnaire: string, rules: string) =>
      `Questionnaire version ${questionnaire}, rules version ${rules}`,
    settingHeading: 'Suggested setting',
    firstStepHeading: 'What to do first (no setting is suggested)',
    unknownsHeading: 'What to tell the provider',
    // Named as the provider knows them: these names stay off the person's own results screen.
    moodChecks: {
      heading: 'Short mood checks',
      phq2: 'PHQ-2 (low mood)',
      gad2: 'GAD-2 (worry)',
      score: (name: string, score: number, positive: boolean) =>
        `${name}: ${String(score)} of 6, ${positive ? 'positive screen (3 or more)' : 'negative screen (under 3)'}`,
      notAnswered: (name: string) => `${name}: not answered`,
    },
    reasonsHeading: 'Why',
    withdrawalCare: 'May need medical care to stop safely (withdrawal care), before or along with treatment.',
    medicationsHeading: 'Medicines to ask a provider about',
    notNow: 'Not to be started now',
    cautionLabel: 'Caution:',
    cautionsHeading: 'Stay safe',
    answersHeading: {
      you: 'Your answers',
      they: 'The answers',
    },
    helplinesHeading: 'Help any time',
    helplines: {
      samhsa: 'SAMHSA National Helpline (free, private, 24/7)',
      lifeline: '988 Suicide & Crisis Lifeline (call or text)',
      emergency: 'Emergency',
    },
    actions: {
      heading: {
        you: 'Keep or share your results',
        they: 'Keep or share the results',
      },
      nothingSent: {
        you: 'These buttons only make a copy on this device. Nothing is sent anywhere. You choose who to give it to.',
        they: 'These buttons only make a copy on this device. Nothing is sent anywhere.',
      },
      print: 'Print or save as PDF',
      copy: 'Copy as text',
      copied: {
        you: 'Copied. You can paste your results into a message or your patient portal.',
        they: 'Copied. The results can now be pasted into a message or a patient portal.',
      },
      copyFailed: {
        you: 'Your browser did not let us copy. Select the text below, then copy it.',
        they: 'The browser did not let us copy. Select the text below, then copy it.',
      },
      copyFallbackLabel: {
        you: 'Your results as text',
        they: 'The results as text',
      },
      downloadHint: {
        you: 'Files in FHIR format, which many clinic computer systems can read. If you are not sure which one, ask the clinic.',
        they: 'Files in FHIR format, which many clinic computer systems can read. The clinic can say which one it needs.',
      },
      downloadResponse: {
        you: 'Download your answers for a clinic form (FHIR)',
        they: 'Download the answers for a clinic form (FHIR)',
      },
      downloadResponseHint: "Opens as a filled-in form in a clinic's form tool.",
      downloadBundle: {
        you: 'Download your answers and results for a clinic system (FHIR)',
        they: 'Download the answers and results for a clinic system (FHIR)',
      },
      downloadBundleHint: "Also has the results, for a clinic's records system.",
      downloaded: {
        you: 'The file is in your downloads.',
        they: 'The file is in the downloads folder.',
      },
      responseFileName: 'treatment-options-answers.json',
      bundleFileName: 'treatment-options-results.json',
    },
    fhir: {
      resultTitle: 'Treatment Options Self-Check result',
      /** Which Questionnaire this is, after the service's name in its title. */
      variantName: {
        you: 'English, answers about oneself',
        they: 'English, answers about someone else',
      },
      settingCode: 'Suggested setting',
      noSettingCode: 'No setting suggested: what comes first',
      unknownCode: 'Answer not known: what to tell the provider',
      moodCheckCode: { phq2: 'PHQ-2 total score', gad2: 'GAD-2 total score' },
      positive: 'Positive',
      negative: 'Negative',
      medicationCode: 'Medicine to ask a provider about',
      notNowCode: 'Medicine not to be started now',
      cautionCode: 'Caution',
      method: (rules: string) => `Treatment Options Self-Check, rules version ${rules}`,
    },
  },
} as const;

export default exportWords;
