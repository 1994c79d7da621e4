/**
 * Every section title and question: its text, hint, the short label on "Check your answers", the
 * message when nothing is chosen, and each option. PHQ-2 and GAD-2 items are the published items
 * (LIC-3); the severity questions paraphrase SEV-1 (LIC-2).
 */
import type { QuestionnaireWords } from '../question-words.ts';

const questions = {
  sections: {
    safety: 'Safety first',
    use: {
      you: 'Your opioid use',
      they: 'Their opioid use',
    },
    severity: {
      you: 'How opioids affect your life',
      they: 'How opioids affect their life',
    },
    health: {
      you: 'Your health',
      they: 'Their health',
    },
    pregnancy: 'Pregnancy',
    home: {
      you: 'Your home and support',
      they: 'Their home and support',
    },
    preferences: {
      you: 'What you would like',
      they: 'What they would like',
    },
  },
  questions: {
    'overdose-now': {
      text: {
        you: 'Is anyone with you showing signs of an overdose right now?',
        they: 'Is the person, or anyone else there, showing signs of an overdose right now?',
      },
      hint: 'Signs include: cannot be woken up, slow or stopped breathing, tiny pupils, or blue or gray lips.',
      summary: 'Signs of an overdose right now',
      errorMessage: {
        you: 'Select yes if anyone is showing signs of an overdose right now',
        they: 'Select yes if anyone there is showing signs of an overdose right now',
      },
      options: { yes: { label: 'Yes' }, no: { label: 'No' } },
    },
    'self-harm-thoughts': {
      text: {
        you: 'Are you having thoughts of suicide or of hurting yourself?',
        they: 'Is the person having thoughts of suicide or of hurting themselves?',
      },
      hint: {
        you: 'If you say yes, we will show you where to get help now. You can come back to these questions after.',
        they: 'If the answer is yes, we will show where to get help now. The questions can go on after.',
      },
      summary: {
        you: 'Thoughts of suicide or self-harm',
        they: 'Their thoughts of suicide or self-harm',
      },
      errorMessage: {
        you: 'Select yes if you are having thoughts of suicide or of hurting yourself',
        they: 'Select yes if they are having thoughts of suicide or of hurting themselves',
      },
      options: {
        yes: { label: 'Yes' },
        no: { label: 'No' },
        'prefer-not-to-say': { label: 'Prefer not to say' },
        'dont-know': { label: "I don't know" },
      },
    },
    'danger-signs-now': {
      text: {
        you: 'Right now, do you have any of these?',
        they: 'Right now, do they have any of these?',
      },
      hint: 'A heart that races or pounds, chest pain, fainting or feeling confused. Also vomiting that will not stop, or very high blood pressure.',
      summary: {
        you: 'Danger signs right now',
        they: 'Their danger signs right now',
      },
      errorMessage: {
        you: 'Select yes if you have any of these signs right now',
        they: 'Select yes if they have any of these signs right now',
      },
      options: { yes: { label: 'Yes' }, no: { label: 'No' }, 'dont-know': { label: "I don't know" } },
    },
    adult: {
      text: {
        you: 'Are you 18 or older?',
        they: 'Is the person 18 or older?',
      },
      summary: '18 or older',
      errorMessage: {
        you: 'Select whether you are 18 or older',
        they: 'Select whether the person is 18 or older',
      },
      options: { yes: { label: 'Yes' }, no: { label: 'No, under 18' } },
    },
    'current-medicine': {
      text: {
        you: 'Do you take a medicine for opioid use now?',
        they: 'Do they take a medicine for opioid use now?',
      },
      hint: {
        you: 'Only a medicine a clinic or a doctor gives you for opioid use.',
        they: 'Only a medicine a clinic or a doctor gives them for opioid use.',
      },
      summary: 'Medicine for opioid use now',
      errorMessage: {
        you: 'Select the medicine you take for opioid use now, or select no',
        they: 'Select the medicine they take for opioid use now, or select no',
      },
      options: {
        methadone: { label: 'Yes, methadone from a clinic' },
        buprenorphine: { label: 'Yes, buprenorphine (such as Suboxone)' },
        naltrexone: { label: 'Yes, naltrexone (such as Vivitrol)' },
        none: { label: 'No' },
        'dont-know': { label: "I don't know" },
      },
    },
    'medicine-working': {
      text: {
        you: 'Is the medicine working for you?',
        they: 'Is the medicine working for them?',
      },
      summary: 'Medicine working',
      errorMessage: {
        you: 'Select whether the medicine is working for you',
        they: 'Select whether the medicine is working for them',
      },
      options: {
        yes: { label: 'Yes' },
        'not-sure': { label: 'Not sure' },
        no: {
          label: {
            you: 'No, I still use or want a change',
            they: 'No, they still use or want a change',
          },
        },
      },
    },
    'opioids-used': {
      text: {
        you: 'Which opioids have you used in the past 12 months?',
        they: 'Which opioids have they used in the past 12 months?',
      },
      hint: 'Select all that apply.',
      summary: 'Opioids used in the past 12 months',
      errorMessage: {
        you: 'Select the opioids you have used in the past 12 months',
        they: 'Select the opioids they have used in the past 12 months',
      },
      options: {
        heroin: { label: 'Heroin' },
        fentanyl: {
          label: 'Fentanyl',
          hint: {
            you: 'Include drugs you think had fentanyl in them.',
            they: 'Include drugs they think had fentanyl in them.',
          },
        },
        'pills-not-as-prescribed': {
          label: {
            you: 'Pain pills not prescribed to you, or more than prescribed',
            they: 'Pain pills not prescribed to them, or more than prescribed',
          },
          hint: 'For example oxycodone, hydrocodone or morphine.',
        },
        'pills-as-prescribed': { label: 'Pain pills taken only as a doctor prescribed' },
        'methadone-or-buprenorphine': {
          label: {
            you: 'Methadone or buprenorphine not prescribed to you',
            they: 'Methadone or buprenorphine not prescribed to them',
          },
        },
        other: { label: 'Another opioid' },
      },
    },
    'how-used': {
      text: {
        you: 'How do you take them?',
        they: 'How do they take them?',
      },
      hint: 'Select all that apply.',
      summary: 'How opioids are taken',
      errorMessage: {
        you: 'Select how you take opioids',
        they: 'Select how they take opioids',
      },
      options: {
        swallow: { label: 'Swallow' },
        smoke: { label: 'Smoke' },
        snort: { label: 'Snort' },
        inject: { label: 'Inject' },
        alone: {
          label: {
            you: 'I often use alone',
            they: 'They often use alone',
          },
        },
      },
    },
    'last-use': {
      text: {
        you: 'When did you last use an opioid?',
        they: 'When did they last use an opioid?',
      },
      summary: 'Last opioid use',
      errorMessage: {
        you: 'Select when you last used an opioid',
        they: 'Select when they last used an opioid',
      },
      options: {
        'past-day': { label: 'In the past day' },
        'past-week': { label: '1 to 6 days ago' },
        'past-month': { label: '7 to 30 days ago' },
        longer: { label: 'More than 30 days ago' },
        'dont-know': { label: "I don't know" },
      },
    },
    'recent-overdose': {
      text: {
        you: 'Have you had an overdose in the past 12 months?',
        they: 'Have they had an overdose in the past 12 months?',
      },
      hint: {
        you: 'For example, you could not be woken up, or someone gave you naloxone (Narcan).',
        they: 'For example, they could not be woken up, or someone gave them naloxone (Narcan).',
      },
      summary: 'Overdose in the past 12 months',
      errorMessage: {
        you: 'Select yes if you have had an overdose in the past 12 months',
        they: 'Select yes if they have had an overdose in the past 12 months',
      },
      options: { yes: { label: 'Yes' }, no: { label: 'No' }, 'dont-know': { label: "I don't know" } },
    },
    control: {
      text: {
        you: 'In the past 12 months, which of these have happened to you?',
        they: 'In the past 12 months, which of these have happened to them?',
      },
      hint: 'Select all that apply.',
      summary: 'Control over use',
      errorMessage: 'Select the things that have happened, or select "None of these"',
      options: {
        'more-than-meant': {
          label: {
            you: 'I used more, or for longer, than I meant to',
            they: 'They used more, or for longer, than they meant to',
          },
        },
        'could-not-cut-down': {
          label: {
            you: 'I wanted to cut down or stop, but could not',
            they: 'They wanted to cut down or stop, but could not',
          },
        },
        'much-time': {
          label: {
            you: 'I spent a lot of time getting, using or getting over opioids',
            they: 'They spent a lot of time getting, using or getting over opioids',
          },
        },
        craving: {
          label: {
            you: 'I had strong cravings or urges to use',
            they: 'They had strong cravings or urges to use',
          },
        },
        none: { label: 'None of these' },
      },
    },
    'life-impact': {
      text: 'In the past 12 months, which of these have happened because of opioids?',
      hint: 'Select all that apply.',
      summary: 'Effects on daily life',
      errorMessage: 'Select the things that have happened, or select "None of these"',
      options: {
        duties: {
          label: {
            you: 'I did not keep up with work, school or home',
            they: 'They did not keep up with work, school or home',
          },
        },
        relationships: {
          label: {
            you: 'I kept using even though it caused fights with family or friends',
            they: 'They kept using even though it caused fights with family or friends',
          },
        },
        'gave-up-activities': {
          label: {
            you: 'I gave up or cut back on things I used to enjoy',
            they: 'They gave up or cut back on things they used to enjoy',
          },
        },
        'risky-situations': {
          label: {
            you: 'I used when it was risky, such as before driving',
            they: 'They used when it was risky, such as before driving',
          },
        },
        'despite-harm': {
          label: {
            you: 'I kept using even though it hurt my body or my mind',
            they: 'They kept using even though it hurt their body or their mind',
          },
        },
        none: { label: 'None of these' },
      },
    },
    'body-changes': {
      text: {
        you: 'In the past 12 months, have you noticed either of these?',
        they: 'In the past 12 months, have they had either of these?',
      },
      hint: 'Select all that apply.',
      summary: 'Tolerance and withdrawal',
      errorMessage: {
        you: 'Select the things you have noticed, or select "None of these"',
        they: 'Select the things that have happened, or select "None of these"',
      },
      options: {
        tolerance: {
          label: {
            you: 'I needed more to feel the same, or the same amount did less',
            they: 'They needed more to feel the same, or the same amount did less',
          },
        },
        withdrawal: {
          label: {
            you: 'I felt sick when I cut down or stopped, or I used to stop feeling sick',
            they: 'They felt sick when they cut down or stopped, or they used to stop feeling sick',
          },
        },
        none: { label: 'None of these' },
      },
    },
    'phq-interest': {
      text: {
        you: 'Over the last 2 weeks, how often have you been bothered by this: little interest or pleasure in doing things?',
        they: 'Over the last 2 weeks, how often have they been bothered by this: little interest or pleasure in doing things?',
      },
      summary: 'Little interest or pleasure in doing things',
      errorMessage: {
        you: 'Select how often this has bothered you',
        they: 'Select how often this has bothered them',
      },
      options: {
        'not-at-all': { label: 'Not at all' },
        'several-days': { label: 'Several days' },
        'more-than-half': { label: 'More than half the days' },
        'nearly-every-day': { label: 'Nearly every day' },
      },
    },
    'phq-down': {
      text: {
        you: 'Over the last 2 weeks, how often have you been bothered by this: feeling down, depressed, or hopeless?',
        they: 'Over the last 2 weeks, how often have they been bothered by this: feeling down, depressed, or hopeless?',
      },
      summary: 'Feeling down, depressed, or hopeless',
      errorMessage: {
        you: 'Select how often this has bothered you',
        they: 'Select how often this has bothered them',
      },
      options: {
        'not-at-all': { label: 'Not at all' },
        'several-days': { label: 'Several days' },
        'more-than-half': { label: 'More than half the days' },
        'nearly-every-day': { label: 'Nearly every day' },
      },
    },
    'gad-nervous': {
      text: {
        you: 'Over the last 2 weeks, how often have you been bothered by this: feeling nervous, anxious, or on edge?',
        they: 'Over the last 2 weeks, how often have they been bothered by this: feeling nervous, anxious, or on edge?',
      },
      summary: 'Feeling nervous, anxious, or on edge',
      errorMessage: {
        you: 'Select how often this has bothered you',
        they: 'Select how often this has bothered them',
      },
      options: {
        'not-at-all': { label: 'Not at all' },
        'several-days': { label: 'Several days' },
        'more-than-half': { label: 'More than half the days' },
        'nearly-every-day': { label: 'Nearly every day' },
      },
    },
    'gad-worry': {
      text: {
        you: 'Over the last 2 weeks, how often have you been bothered by this: not being able to stop or control worrying?',
        they: 'Over the last 2 weeks, how often have they been bothered by this: not being able to stop or control worrying?',
      },
      summary: 'Not being able to stop or control worrying',
      errorMessage: {
        you: 'Select how often this has bothered you',
        they: 'Select how often this has bothered them',
      },
      options: {
        'not-at-all': { label: 'Not at all' },
        'several-days': { label: 'Several days' },
        'more-than-half': { label: 'More than half the days' },
        'nearly-every-day': { label: 'Nearly every day' },
      },
    },
    'mental-health-diagnosis': {
      text: {
        you: 'Has a doctor or counselor ever told you that you have a mental health condition?',
        they: 'Has a doctor or counselor ever told them that they have a mental health condition?',
      },
      hint: 'For example depression, anxiety, PTSD or bipolar disorder.',
      summary: 'Mental health condition',
      errorMessage: {
        you: 'Select yes if you have been told you have a mental health condition',
        they: 'Select yes if they have been told they have a mental health condition',
      },
      options: { yes: { label: 'Yes' }, no: { label: 'No' }, 'not-sure': { label: 'Not sure' } },
    },
    alcohol: {
      text: {
        you: 'Do you drink alcohol on most days?',
        they: 'Do they drink alcohol on most days?',
      },
      summary: 'Alcohol on most days',
      errorMessage: {
        you: 'Select whether you drink alcohol on most days',
        they: 'Select whether they drink alcohol on most days',
      },
      options: {
        heavy: { label: 'Yes, a lot on most days' },
        some: { label: 'Yes, a little on most days' },
        no: { label: 'No' },
        'prefer-not-to-say': { label: 'Prefer not to say' },
        'dont-know': { label: "I don't know" },
      },
    },
    benzodiazepines: {
      text: {
        you: 'Do you take benzodiazepines ("benzos")?',
        they: 'Do they take benzodiazepines ("benzos")?',
      },
      hint: 'For example Xanax, Valium, Klonopin or Ativan. Count pills from a doctor and from anywhere else.',
      summary: 'Benzodiazepines',
      errorMessage: {
        you: 'Select whether you take benzodiazepines',
        they: 'Select whether they take benzodiazepines',
      },
      options: {
        daily: { label: 'Yes, every day or almost every day' },
        sometimes: { label: 'Yes, sometimes' },
        no: { label: 'No' },
        'prefer-not-to-say': { label: 'Prefer not to say' },
        'dont-know': { label: "I don't know" },
      },
    },
    'benzodiazepines-prescribed': {
      text: {
        you: 'Did a doctor prescribe the benzos for you, and do you take them as prescribed?',
        they: 'Did a doctor prescribe the benzos for them, and do they take them as prescribed?',
      },
      summary: 'Benzos prescribed',
      errorMessage: {
        you: 'Select whether a doctor prescribed the benzos for you',
        they: 'Select whether a doctor prescribed the benzos for them',
      },
      options: {
        'as-prescribed': { label: 'Yes, and taken as prescribed' },
        'not-prescribed': { label: 'No, or not as prescribed' },
        'not-sure': { label: 'Not sure' },
      },
    },
    'other-drugs': {
      text: {
        you: 'Do you also take any of these?',
        they: 'Do they also take any of these?',
      },
      hint: 'Select all that apply. Count pills from a doctor and from anywhere else.',
      summary: 'Other drugs and medicines',
      errorMessage: {
        you: 'Select what you also take, or select "None of these"',
        they: 'Select what they also take, or select "None of these"',
      },
      options: {
        stimulants: { label: 'Meth, cocaine or crack' },
        gabapentinoids: { label: 'Gabapentin (Neurontin) or pregabalin (Lyrica)' },
        'sleeping-pills': {
          label: {
            you: 'Sleeping pills or other medicines that make you sleepy',
            they: 'Sleeping pills or other medicines that make them sleepy',
          },
        },
        none: { label: 'None of these' },
      },
    },
    'health-now': {
      text: {
        you: 'Do you have any of these health problems?',
        they: 'Do they have any of these health problems?',
      },
      hint: 'Select all that apply.',
      summary: 'Health problems',
      errorMessage: {
        you: 'Select the health problems you have, or select "None of these"',
        they: 'Select the health problems they have, or select "None of these"',
      },
      options: {
        urgent: {
          label: 'A problem that needs care right away',
          hint: 'For example a bad infection, chest pain or trouble breathing.',
        },
        'wound-or-fever': { label: 'A wound that is red, hot, swollen or spreading, or a fever' },
        'chronic-pain': { label: 'Pain that has lasted for months' },
        ongoing: {
          label: 'A long-term health problem',
          hint: 'For example hepatitis C, HIV, diabetes or heart disease.',
        },
        none: { label: 'None of these' },
      },
    },
    'withdrawal-history': {
      text: {
        you: 'Have you ever had a very bad withdrawal?',
        they: 'Have they ever had a very bad withdrawal?',
      },
      hint: 'It could be from any drug, or from alcohol.',
      summary: 'Very bad withdrawal in the past',
      errorMessage: {
        you: 'Select whether you have ever had a very bad withdrawal',
        they: 'Select whether they have ever had a very bad withdrawal',
      },
      options: {
        seizure: {
          label: {
            you: 'Yes, I had a seizure (fit)',
            they: 'Yes, they had a seizure (fit)',
          },
        },
        severe: {
          label: {
            you: 'Yes, it was very bad, but I did not have a seizure',
            they: 'Yes, it was very bad, but they did not have a seizure',
          },
        },
        no: { label: 'No' },
        'dont-know': { label: "I don't know" },
      },
    },
    pregnancy: {
      text: {
        you: 'Are you pregnant, or could you be?',
        they: 'Is the person pregnant, or could they be?',
      },
      hint: 'We ask everyone, because it changes which treatments are safest.',
      summary: 'Pregnancy',
      errorMessage: {
        you: 'Select whether you are pregnant, could be, or this does not apply to you',
        they: 'Select whether they are pregnant, could be, or this does not apply to them',
      },
      options: {
        pregnant: {
          label: {
            you: 'Yes, I am pregnant',
            they: 'Yes, they are pregnant',
          },
        },
        'could-be': {
          label: {
            you: 'I could be pregnant',
            they: 'They could be pregnant',
          },
        },
        'recently-gave-birth': {
          label: {
            you: 'I gave birth in the past year',
            they: 'They gave birth in the past year',
          },
        },
        no: {
          label: {
            you: 'No, I am not pregnant',
            they: 'No, they are not pregnant',
          },
        },
        'does-not-apply': {
          label: {
            you: 'This does not apply to me',
            they: 'This does not apply to them',
          },
        },
        'prefer-not-to-say': { label: 'Prefer not to say' },
        'dont-know': { label: "I don't know" },
      },
    },
    'prenatal-care': {
      text: {
        you: 'Are you seeing a doctor or midwife for this pregnancy?',
        they: 'Are they seeing a doctor or midwife for this pregnancy?',
      },
      summary: 'Pregnancy care',
      errorMessage: {
        you: 'Select yes if you are seeing a doctor or midwife for this pregnancy',
        they: 'Select yes if they are seeing a doctor or midwife for this pregnancy',
      },
      options: { yes: { label: 'Yes' }, no: { label: 'No' } },
    },
    breastfeeding: {
      text: {
        you: 'Are you breastfeeding?',
        they: 'Are they breastfeeding?',
      },
      summary: 'Breastfeeding',
      errorMessage: {
        you: 'Select yes if you are breastfeeding',
        they: 'Select yes if they are breastfeeding',
      },
      options: { yes: { label: 'Yes' }, no: { label: 'No' } },
    },
    housing: {
      text: {
        you: 'Do you have a steady place to live?',
        they: 'Do they have a steady place to live?',
      },
      summary: 'Steady place to live',
      errorMessage: {
        you: 'Select whether you have a steady place to live',
        they: 'Select whether they have a steady place to live',
      },
      options: {
        stable: { label: 'Yes' },
        unstable: {
          label: 'Not always',
          hint: {
            you: 'For example, you move around or stay with others.',
            they: 'For example, they move around or stay with others.',
          },
        },
        none: {
          label: {
            you: 'No, I have nowhere to live',
            they: 'No, they have nowhere to live',
          },
        },
      },
    },
    'others-use': {
      text: {
        you: 'Does anyone you live with use drugs or drink a lot?',
        they: 'Does anyone they live with use drugs or drink a lot?',
      },
      summary: 'Drug or alcohol use at home',
      errorMessage: {
        you: 'Select whether anyone you live with uses drugs or drinks a lot',
        they: 'Select whether anyone they live with uses drugs or drinks a lot',
      },
      options: {
        yes: { label: 'Yes' },
        no: { label: 'No' },
        'live-alone': {
          label: {
            you: 'I live alone',
            they: 'They live alone',
          },
        },
        'prefer-not-to-say': { label: 'Prefer not to say' },
        'dont-know': { label: "I don't know" },
      },
    },
    'home-safe': {
      text: {
        you: 'Do you feel safe where you live?',
        they: 'Do they feel safe where they live?',
      },
      summary: 'Safe at home',
      errorMessage: {
        you: 'Select whether you feel safe where you live',
        they: 'Select whether they feel safe where they live',
      },
      options: {
        yes: { label: 'Yes' },
        no: { label: 'No' },
        'not-sure': { label: 'Not sure' },
        'prefer-not-to-say': { label: 'Prefer not to say' },
      },
    },
    'support-person': {
      text: {
        you: 'Is there someone in your life who supports your recovery?',
        they: 'Is there someone in their life who supports their recovery?',
      },
      hint: {
        you: 'For example family, a friend, a sponsor or a counselor.',
        they: 'For example family, a friend, a sponsor or a counselor. This can include the person answering.',
      },
      summary: 'Someone who supports recovery',
      errorMessage: {
        you: 'Select yes if someone in your life supports your recovery',
        they: 'Select yes if someone in their life supports their recovery',
      },
      options: { yes: { label: 'Yes' }, no: { label: 'No' } },
    },
    responsibilities: {
      text: {
        you: 'Do you need to keep up with any of these during treatment?',
        they: 'Do they need to keep up with any of these during treatment?',
      },
      hint: 'Select all that apply.',
      summary: 'Things to keep up with',
      errorMessage: {
        you: 'Select what you need to keep up with, or select "None of these"',
        they: 'Select what they need to keep up with, or select "None of these"',
      },
      options: {
        children: {
          label: {
            you: 'Children or others who depend on me',
            they: 'Children or others who depend on them',
          },
        },
        work: { label: 'A job' },
        school: { label: 'School or training' },
        none: { label: 'None of these' },
      },
    },
    transport: {
      text: {
        you: 'Could you get to a clinic several times a week?',
        they: 'Could they get to a clinic several times a week?',
      },
      summary: 'Getting to a clinic several times a week',
      errorMessage: {
        you: 'Select whether you could get to a clinic several times a week',
        they: 'Select whether they could get to a clinic several times a week',
      },
      options: { yes: { label: 'Yes' }, hard: { label: 'It would be hard' }, no: { label: 'No' } },
    },
    'recent-release': {
      text: {
        you: 'In the past month, have any of these happened to you?',
        they: 'In the past month, have any of these happened to them?',
      },
      hint: 'Select all that apply.',
      summary: 'In the past month',
      errorMessage: {
        you: 'Select what happened in the past month, or select "None of these"',
        they: 'Select what happened in the past month, or select "None of these"',
      },
      options: {
        jail: { label: 'Left jail or prison' },
        detox: { label: 'Left detox (withdrawal care)' },
        residential: {
          label: {
            you: 'Left a treatment center or hospital where I stayed overnight',
            they: 'Left a treatment center or hospital where they stayed overnight',
          },
        },
        'stopped-medicine': { label: 'Stopped methadone or buprenorphine' },
        none: { label: 'None of these' },
      },
    },
    'previous-treatment': {
      text: {
        you: 'Have you had treatment for opioid use before?',
        they: 'Have they had treatment for opioid use before?',
      },
      summary: 'Treatment before',
      errorMessage: {
        you: 'Select whether you have had treatment for opioid use before',
        they: 'Select whether they have had treatment for opioid use before',
      },
      options: {
        never: { label: 'No' },
        helped: { label: 'Yes, and it helped' },
        'returned-once': {
          label: {
            you: 'Yes, but I started using again',
            they: 'Yes, but they started using again',
          },
        },
        'returned-repeatedly': {
          label: {
            you: 'Yes, more than once, and each time I started using again',
            they: 'Yes, more than once, and each time they started using again',
          },
        },
      },
    },
    'previous-treatment-type': {
      text: {
        you: 'What kind of treatment did you have?',
        they: 'What kind of treatment did they have?',
      },
      hint: 'Select all that apply.',
      summary: 'Kind of treatment before',
      errorMessage: {
        you: 'Select the kinds of treatment you had',
        they: 'Select the kinds of treatment they had',
      },
      options: {
        outpatient: {
          label: {
            you: 'Counseling or a program I went to from home',
            they: 'Counseling or a program they went to from home',
          },
        },
        medication: { label: 'Medicine such as methadone, buprenorphine or naltrexone' },
        residential: {
          label: {
            you: 'A program where I stayed overnight',
            they: 'A program where they stayed overnight',
          },
        },
        'detox-only': { label: 'Detox (withdrawal care) only' },
      },
    },
    'open-to-medication': {
      text: {
        you: 'Would you be open to taking medicine for opioid use?',
        they: 'Would they be open to taking medicine for opioid use?',
      },
      hint: 'Medicine helps people stay in treatment and use less. A provider can explain the choices.',
      summary: 'Open to medicine',
      errorMessage: {
        you: 'Select whether you would be open to taking medicine',
        they: 'Select whether they would be open to taking medicine',
      },
      options: { yes: { label: 'Yes' }, no: { label: 'No' }, 'not-sure': { label: 'Not sure' } },
    },
    'daily-visits': {
      text: {
        you: 'At first, could you go to a clinic often, even most days?',
        they: 'At first, could they go to a clinic often, even most days?',
      },
      hint: 'Methadone is given at special clinics. Visits are frequent at first. Some clinics give take-home doses from the first week.',
      summary: 'Frequent clinic visits at first',
      errorMessage: {
        you: 'Select whether you could go to a clinic often at first',
        they: 'Select whether they could go to a clinic often at first',
      },
      options: { yes: { label: 'Yes' }, no: { label: 'No' }, 'not-sure': { label: 'Not sure' } },
    },
    'prefers-non-opioid': {
      text: {
        you: 'Would you rather take a medicine that is not an opioid?',
        they: 'Would they rather take a medicine that is not an opioid?',
      },
      hint: 'Naltrexone is not an opioid. Methadone and buprenorphine are opioid medicines.',
      summary: 'Prefers a medicine that is not an opioid',
      errorMessage: {
        you: 'Select whether you would rather take a medicine that is not an opioid',
        they: 'Select whether they would rather take a medicine that is not an opioid',
      },
      options: {
        yes: { label: 'Yes' },
        no: { label: 'No' },
        'no-preference': {
          label: {
            you: 'I do not mind',
            they: 'They do not mind',
          },
        },
      },
    },
    payment: {
      text: {
        you: 'How would you pay for treatment?',
        they: 'How would they pay for treatment?',
      },
      hint: {
        you: 'This is used only to look for places that take your kind of payment.',
        they: 'This is used only to look for places that take their kind of payment.',
      },
      summary: 'How treatment would be paid for',
      errorMessage: {
        you: 'Select how you would pay for treatment, or choose Not sure',
        they: 'Select how they would pay for treatment, or choose Not sure',
      },
      options: {
        medicaid: { label: 'Medicaid' },
        medicare: { label: 'Medicare' },
        'private-insurance': { label: 'Private insurance (through work or bought)' },
        'no-insurance': { label: 'No insurance' },
        'not-sure': { label: 'Not sure' },
        'prefer-not-to-say': { label: 'Prefer not to say' },
      },
    },
  },
} as const satisfies QuestionnaireWords;

export default questions;
