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
      'prefer-not-to-say': {
        you: 'You chose not to say whether you are having thoughts of suicide.',
        they: 'You chose not to say whether they are having thoughts of suicide.',
      },
      'dont-know': {
        you: 'You do not know whether you are having thoughts of suicide.',
        they: 'You said you do not know whether they are having thoughts of suicide.',
      },
    },
    'danger-signs-now': {
      yes: {
        you: 'You said you have danger signs right now, such as a racing heart or chest pain.',
        they: 'You said they have danger signs right now, such as a racing heart or chest pain.',
      },
      'dont-know': {
        you: 'You do not know whether you have danger signs right now.',
        they: 'You said you do not know whether they have danger signs right now.',
      },
    },
    adult: {
      no: {
        you: 'You said you are under 18.',
        they: 'You said they are under 18.',
      },
    },
    'current-medicine': {
      methadone: {
        you: 'You said you take methadone for opioid use now.',
        they: 'You said they take methadone for opioid use now.',
      },
      buprenorphine: {
        you: 'You said you take buprenorphine for opioid use now.',
        they: 'You said they take buprenorphine for opioid use now.',
      },
      naltrexone: {
        you: 'You said you take naltrexone for opioid use now.',
        they: 'You said they take naltrexone for opioid use now.',
      },
      'dont-know': {
        you: 'You do not know whether you take a medicine for opioid use.',
        they: 'You said you do not know whether they take a medicine for opioid use.',
      },
    },
    'medicine-working': {
      yes: {
        you: 'You said the medicine is working for you.',
        they: 'You said the medicine is working for them.',
      },
      'not-sure': {
        you: 'You said you are not sure the medicine is working for you.',
        they: 'You said you are not sure the medicine is working for them.',
      },
      no: {
        you: 'You said the medicine is not working well for you.',
        they: 'You said the medicine is not working well for them.',
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
    'how-used': {
      inject: {
        you: 'You said you inject.',
        they: 'You said they inject.',
      },
      alone: {
        you: 'You said you often use alone.',
        they: 'You said they often use alone.',
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
      longer: {
        you: 'You said you last used an opioid more than 30 days ago.',
        they: 'You said they last used an opioid more than 30 days ago.',
      },
      'dont-know': {
        you: 'You do not know when you last used an opioid.',
        they: 'You said you do not know when they last used an opioid.',
      },
    },
    'recent-overdose': {
      yes: {
        you: 'You said you had an overdose in the past 12 months.',
        they: 'You said they had an overdose in the past 12 months.',
      },
      'dont-know': {
        you: 'You do not know whether you had an overdose in the past 12 months.',
        they: 'You said you do not know whether they had an overdose in the past 12 months.',
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
      'prefer-not-to-say': {
        you: 'You chose not to say whether you drink alcohol.',
        they: 'You chose not to say whether they drink alcohol.',
      },
      'dont-know': {
        you: 'You do not know whether you drink alcohol.',
        they: 'You said you do not know whether they drink alcohol.',
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
      'prefer-not-to-say': {
        you: 'You chose not to say whether you take benzos.',
        they: 'You chose not to say whether they take benzos.',
      },
      'dont-know': {
        you: 'You do not know whether you take benzos.',
        they: 'You said you do not know whether they take benzos.',
      },
    },
    'benzodiazepines-prescribed': {
      'as-prescribed': {
        you: 'You said a doctor prescribed your benzos and you take them as prescribed.',
        they: 'You said a doctor prescribed their benzos and they take them as prescribed.',
      },
      'not-prescribed': {
        you: 'You said your benzos are not prescribed, or not taken as prescribed.',
        they: 'You said their benzos are not prescribed, or not taken as prescribed.',
      },
      'not-sure': {
        you: 'You said you are not sure your benzos are prescribed.',
        they: 'You said you are not sure their benzos are prescribed.',
      },
    },
    'other-drugs': {
      stimulants: {
        you: 'You said you use meth, cocaine or crack.',
        they: 'You said they use meth, cocaine or crack.',
      },
      gabapentinoids: {
        you: 'You said you take gabapentin or pregabalin.',
        they: 'You said they take gabapentin or pregabalin.',
      },
      'sleeping-pills': {
        you: 'You said you take sleeping pills or other medicines that make you sleepy.',
        they: 'You said they take sleeping pills or other medicines that make them sleepy.',
      },
    },
    'health-now': {
      urgent: {
        you: 'You said you have a health problem that needs care right away.',
        they: 'You said they have a health problem that needs care right away.',
      },
      'wound-or-fever': {
        you: 'You said you have a wound that is red, hot, swollen or spreading, or a fever.',
        they: 'You said they have a wound that is red, hot, swollen or spreading, or a fever.',
      },
      'chronic-pain': {
        you: 'You said you have pain that has lasted for months.',
        they: 'You said they have pain that has lasted for months.',
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
      'dont-know': {
        you: 'You do not know whether you have had a very bad withdrawal.',
        they: 'You said you do not know whether they have had a very bad withdrawal.',
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
      'recently-gave-birth': {
        you: 'You said you gave birth in the past year.',
        they: 'You said they gave birth in the past year.',
      },
      'prefer-not-to-say': {
        you: 'You chose not to say whether you are pregnant.',
        they: 'You chose not to say whether they are pregnant.',
      },
      'dont-know': {
        you: 'You do not know whether you are pregnant.',
        they: 'You said you do not know whether they are pregnant.',
      },
    },
    'prenatal-care': {
      no: {
        you: 'You said you are not seeing a doctor or midwife for this pregnancy.',
        they: 'You said they are not seeing a doctor or midwife for this pregnancy.',
      },
    },
    breastfeeding: {
      yes: {
        you: 'You said you are breastfeeding.',
        they: 'You said they are breastfeeding.',
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
      'live-alone': {
        you: 'You said you live alone.',
        they: 'You said they live alone.',
      },
      'prefer-not-to-say': {
        you: 'You chose not to say whether anyone you live with uses drugs or drinks a lot.',
        they: 'You chose not to say whether anyone they live with uses drugs or drinks a lot.',
      },
      'dont-know': {
        you: 'You do not know whether anyone you live with uses drugs or drinks a lot.',
        they: 'You said you do not know whether anyone they live with uses drugs or drinks a lot.',
      },
    },
    'home-safe': {
      no: {
        you: 'You said you do not feel safe where you live.',
        they: 'You said they do not feel safe where they live.',
      },
      'prefer-not-to-say': {
        you: 'You chose not to say whether you feel safe where you live.',
        they: 'You chose not to say whether they feel safe where they live.',
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
    responsibilities: {
      children: {
        you: 'You said you care for children or others who depend on you.',
        they: 'You said they care for children or others who depend on them.',
      },
      work: {
        you: 'You said you have a job to keep.',
        they: 'You said they have a job to keep.',
      },
    },
    transport: {
      hard: {
        you: 'You said getting to a clinic several times a week would be hard.',
        they: 'You said getting to a clinic several times a week would be hard for them.',
      },
      no: {
        you: 'You said you could not get to a clinic several times a week.',
        they: 'You said they could not get to a clinic several times a week.',
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
      'stopped-medicine': {
        you: 'You said you stopped methadone or buprenorphine in the past month.',
        they: 'You said they stopped methadone or buprenorphine in the past month.',
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
      medication: {
        you: 'You said your treatment included medicine such as methadone, buprenorphine or naltrexone.',
        they: 'You said their treatment included medicine such as methadone, buprenorphine or naltrexone.',
      },
      residential: {
        you: 'You said you stayed overnight in a program.',
        they: 'You said they stayed overnight in a program.',
      },
      'detox-only': {
        you: 'You said you had detox (withdrawal care) only.',
        they: 'You said they had detox (withdrawal care) only.',
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
        you: 'You said you could not go to a clinic often at first.',
        they: 'You said they could not go to a clinic often at first.',
      },
      'not-sure': {
        you: 'You said you are not sure you could go to a clinic often at first.',
        they: 'You said they are not sure they could go to a clinic often at first.',
      },
    },
    'prefers-non-opioid': {
      yes: {
        you: 'You said you would rather take a medicine that is not an opioid.',
        they: 'You said they would rather take a medicine that is not an opioid.',
      },
    },
    payment: {
      medicaid: { you: 'You said you have Medicaid.', they: 'You said they have Medicaid.' },
      medicare: { you: 'You said you have Medicare.', they: 'You said they have Medicare.' },
      'private-insurance': {
        you: 'You said you have private health insurance.',
        they: 'You said they have private health insurance.',
      },
      'no-insurance': {
        you: 'You said you do not have health insurance.',
        they: 'You said they do not have health insurance.',
      },
    },
  },
  scores: {
    phq2: {
      you: (score: number) =>
        `Your answers about low mood add up to ${String(score)} out of 6 on a short depression check. 3 or more is worth a closer look.`,
      they: (score: number) =>
        `Their answers about low mood add up to ${String(score)} out of 6 on a short depression check. 3 or more is worth a closer look.`,
    },
    gad2: {
      you: (score: number) =>
        `Your answers about worry add up to ${String(score)} out of 6 on a short anxiety check. 3 or more is worth a closer look.`,
      they: (score: number) =>
        `Their answers about worry add up to ${String(score)} out of 6 on a short anxiety check. 3 or more is worth a closer look.`,
    },
  },
} as const;

export default reasons;
