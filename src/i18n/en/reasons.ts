/**
 * "Because you said ...": one sentence per answer that can lead to a conclusion, so the same answer
 * is always explained in the same words; and the mood-screen scores (PHQ-2, GAD-2).
 */

const reasons = {
  reasons: {
    'overdose-now': {
      yes: {
        you: 'You said someone with you may be having an overdose right now.',
        they: 'You said someone there may be having an overdose right now.',
      },
    },
    'self-harm-thoughts': {
      yes: {
        you: 'You said you are having thoughts of suicide or of hurting yourself.',
        they: 'You said they are having thoughts of suicide or of hurting themselves.',
      },
    },
    'opioids-used': {
      fentanyl: {
        you: 'You said you have used fentanyl.',
        they: 'You said they have used fentanyl.',
      },
      'methadone-or-buprenorphine': {
        you: 'You said you have used methadone or buprenorphine that was not prescribed to you.',
        they: 'You said they have used methadone or buprenorphine that was not prescribed to them.',
      },
      'pills-as-prescribed': {
        you: 'You said you only take pain pills as a doctor prescribed.',
        they: 'You said they only take pain pills as a doctor prescribed.',
      },
    },
    'last-use': {
      'past-day': {
        you: 'You said you last used an opioid in the past day.',
        they: 'You said they last used an opioid in the past day.',
      },
      'past-week': {
        you: 'You said you last used an opioid 1 to 6 days ago.',
        they: 'You said they last used an opioid 1 to 6 days ago.',
      },
    },
    'mental-health-diagnosis': {
      yes: {
        you: 'You said a doctor or counselor told you that you have a mental health condition.',
        they: 'You said a doctor or counselor told them that they have a mental health condition.',
      },
    },
    alcohol: {
      heavy: {
        you: 'You said you drink a lot of alcohol on most days.',
        they: 'You said they drink a lot of alcohol on most days.',
      },
      some: {
        you: 'You said you drink a little alcohol on most days.',
        they: 'You said they drink a little alcohol on most days.',
      },
    },
    benzodiazepines: {
      daily: {
        you: 'You said you take benzos every day or almost every day.',
        they: 'You said they take benzos every day or almost every day.',
      },
      sometimes: {
        you: 'You said you take benzos sometimes.',
        they: 'You said they take benzos sometimes.',
      },
    },
    stimulants: {
      yes: {
        you: 'You said you use other drugs, such as meth, cocaine or crack.',
        they: 'You said they use other drugs, such as meth, cocaine or crack.',
      },
    },
    'medical-problems': {
      urgent: {
        you: 'You said you have a health problem that needs care right away.',
        they: 'You said they have a health problem that needs care right away.',
      },
      ongoing: {
        you: 'You said you have a long-term health problem.',
        they: 'You said they have a long-term health problem.',
      },
    },
    'withdrawal-history': {
      seizure: {
        you: 'You said you had a seizure during withdrawal.',
        they: 'You said they had a seizure during withdrawal.',
      },
      severe: {
        you: 'You said you have had a very bad withdrawal.',
        they: 'You said they have had a very bad withdrawal.',
      },
    },
    pregnancy: {
      pregnant: {
        you: 'You said you are pregnant.',
        they: 'You said they are pregnant.',
      },
      'could-be': {
        you: 'You said you could be pregnant.',
        they: 'You said they could be pregnant.',
      },
    },
    housing: {
      stable: {
        you: 'You said you have a steady place to live.',
        they: 'You said they have a steady place to live.',
      },
      unstable: {
        you: 'You said you do not always have a steady place to live.',
        they: 'You said they do not always have a steady place to live.',
      },
      none: {
        you: 'You said you have nowhere to live.',
        they: 'You said they have nowhere to live.',
      },
    },
    'others-use': {
      yes: {
        you: 'You said someone you live with uses drugs or drinks a lot.',
        they: 'You said someone they live with uses drugs or drinks a lot.',
      },
    },
    'home-safe': {
      no: {
        you: 'You said you do not feel safe where you live.',
        they: 'You said they do not feel safe where they live.',
      },
    },
    'support-person': {
      yes: {
        you: 'You said someone in your life supports your recovery.',
        they: 'You said someone in their life supports their recovery.',
      },
      no: {
        you: 'You said you do not have someone who supports your recovery.',
        they: 'You said they do not have someone who supports their recovery.',
      },
    },
    'recent-release': {
      jail: {
        you: 'You said you left jail or prison in the past month.',
        they: 'You said they left jail or prison in the past month.',
      },
      detox: {
        you: 'You said you left detox in the past month.',
        they: 'You said they left detox in the past month.',
      },
      residential: {
        you: 'You said you left a treatment center or hospital stay in the past month.',
        they: 'You said they left a treatment center or hospital stay in the past month.',
      },
    },
    'previous-treatment': {
      'returned-once': {
        you: 'You said you started using again after treatment.',
        they: 'You said they started using again after treatment.',
      },
      'returned-repeatedly': {
        you: 'You said you started using again after treatment more than once.',
        they: 'You said they started using again after treatment more than once.',
      },
    },
    'previous-treatment-type': {
      outpatient: {
        you: 'You said you had counseling or a program you went to from home.',
        they: 'You said they had counseling or a program they went to from home.',
      },
    },
    'open-to-medication': {
      no: {
        you: 'You said you would not want to take medicine for opioid use.',
        they: 'You said they would not want to take medicine for opioid use.',
      },
      'not-sure': {
        you: 'You said you are not sure about taking medicine for opioid use.',
        they: 'You said they are not sure about taking medicine for opioid use.',
      },
    },
    'daily-visits': {
      no: {
        you: 'You said you could not go to a clinic every day at first.',
        they: 'You said they could not go to a clinic every day at first.',
      },
      'not-sure': {
        you: 'You said you are not sure you could go to a clinic every day at first.',
        they: 'You said they are not sure they could go to a clinic every day at first.',
      },
    },
    'prefers-non-opioid': {
      yes: {
        you: 'You said you would rather take a medicine that is not an opioid.',
        they: 'You said they would rather take a medicine that is not an opioid.',
      },
    },
  },
  scores: {
    phq2: {
      you: (score: number) =>
        `Your answers about low mood add up to ${String(score)} out of 6 on a short depression check (PHQ-2). 3 or more is worth a closer look.`,
      they: (score: number) =>
        `Their answers about low mood add up to ${String(score)} out of 6 on a short depression check (PHQ-2). 3 or more is worth a closer look.`,
    },
    gad2: {
      you: (score: number) =>
        `Your answers about worry add up to ${String(score)} out of 6 on a short anxiety check (GAD-2). 3 or more is worth a closer look.`,
      they: (score: number) =>
        `Their answers about worry add up to ${String(score)} out of 6 on a short anxiety check (GAD-2). 3 or more is worth a closer look.`,
    },
  },
} as const;

export default reasons;
