/**
 * What to do next, urgent steps first (911, 988, urgent medical care), then the SAMHSA National
 * Helpline and FindTreatment.gov for everyone. Contacts come only from `helplines.ts`, so no
 * number is ever typed twice.
 */
import type { Answers } from '../../questions/answers.ts';
import { single } from '../../questions/read-answers.ts';
import { helplines } from './helplines.ts';
import type { NextStep } from './recommendation.ts';
import { positiveMoodScreen } from './risk-signals.ts';

const overdose: NextStep = {
  id: 'overdose-call-911',
  urgent: true,
  title: 'If someone may be overdosing, call 911 now',
  text: 'Call 911. Give naloxone (Narcan) if you have it. Support their breathing, and lay them on their side in the recovery position.',
  contacts: [helplines.emergency],
  sources: ['SAFE-1', 'HELP-4'],
};

const crisis: NextStep = {
  id: 'crisis-988',
  urgent: true,
  title: 'Talk to someone now: call or text 988',
  text: 'Call or text 988 to reach the 988 Suicide & Crisis Lifeline. For Spanish, press 2 or text AYUDA. Veterans, press 1.',
  contacts: [helplines.lifelineCall, helplines.lifelineText, helplines.lifelineChat],
  sources: ['SAFE-2', 'HELP-3'],
};

const urgentMedical: NextStep = {
  id: 'urgent-medical-care',
  urgent: true,
  title: 'Get medical care now',
  text: 'Your health problem needs care right away. See a doctor now. In an emergency, call 911.',
  contacts: [helplines.emergency],
  sources: ['HELP-4'],
};

const samhsa: NextStep = {
  id: 'samhsa-helpline',
  urgent: false,
  title: 'Call the SAMHSA National Helpline',
  text: 'It is free and confidential, open 24 hours a day, 7 days a week, in English and Spanish. They can refer you to treatment near you. You can also text your ZIP code to 435748 (English only).',
  contacts: [helplines.samhsa, helplines.samhsaTty, helplines.samhsaText],
  sources: ['HELP-1'],
};

const findTreatment: NextStep = {
  id: 'find-treatment',
  urgent: false,
  title: 'Search for treatment near you',
  text: 'FindTreatment.gov is a search tool run by SAMHSA. You do not have to give your name. It lists buprenorphine providers and methadone clinics.',
  contacts: [helplines.findTreatment],
  sources: ['HELP-2'],
};

const pregnancy: NextStep = {
  id: 'say-you-are-pregnant',
  urgent: false,
  title: 'Say that you are pregnant when you call',
  text: 'Tell the helpline or program that you are pregnant, or could be. Ask for care that brings addiction care and pregnancy care together.',
  contacts: [],
  sources: ['PREG-4'],
};

const mood: NextStep = {
  id: 'mood-988',
  urgent: false,
  title: 'Talk to someone about how you feel',
  text: 'Some of your answers point to low mood or worry. You can call or text 988, or chat at 988lifeline.org. Tell your provider too.',
  contacts: [helplines.lifelineCall, helplines.lifelineText, helplines.lifelineChat],
  sources: ['HELP-3', 'PHQ-2', 'GAD-2'],
};

export function nextSteps(answers: Answers): NextStep[] {
  const selfHarm = single(answers, 'self-harm-thoughts') === 'yes';
  const pregnant = ['pregnant', 'could-be'].includes(single(answers, 'pregnancy') ?? '');
  return [
    ...(single(answers, 'overdose-now') === 'yes' ? [overdose] : []),
    ...(selfHarm ? [crisis] : []),
    ...(single(answers, 'medical-problems') === 'urgent' ? [urgentMedical] : []),
    samhsa,
    findTreatment,
    ...(pregnant ? [pregnancy] : []),
    ...(!selfHarm && positiveMoodScreen(answers) ? [mood] : []),
  ].map((step) => ({
    ...step,
    contacts: step.contacts.map((contact) => ({ ...contact })),
    sources: [...step.sources],
  }));
}
