/**
 * The top and the search part of the results as rules: "Do this now" (the call, what to say, the
 * one safety step) and "Find a place" (what to choose on FindTreatment.gov, what to ask a program),
 * read off src/rules/do-this-now.ts and src/rules/find-care.ts.
 */
import { safetyRules } from '../../src/rules/do-this-now.ts';
import { askRules, lookForRules } from '../../src/rules/find-care.ts';
import { cite } from './citations.ts';
import { en } from './english.ts';
import { statementRows } from './statement-rows.ts';

export function doThisNowSection(): string[] {
  return [
    '## Do this now',
    '',
    `The box at the top of the results gives one call: the first urgent step that has a number to call, else the SAMHSA National Helpline (${cite(['HELP-1'])}). In a clinic's embed with no urgent step, the clinic's own call and booking page come first. When the call is about treatment, it adds what to say, built from the setting (or why none), the medicines to ask about, pregnancy (${cite(['PREG-4'])}), the page's language and the payment answer; someone already taking a medicine is told what to ask their prescriber instead (${cite(['CONT-1'])}).`,
    '',
    'One safety step is shown: the first of these that applies.',
    '',
    ...statementRows(safetyRules, 'safety step'),
  ];
}

export function findCareSection(): string[] {
  const lookFor = en.findCare.lookFor;
  return [
    '## Find a place',
    '',
    `The results link to FindTreatment.gov (${cite(['HELP-2'])}). The site keeps its search filters out of its address, so nothing is filled in or sent; the results list what to choose there.`,
    '',
    `- **service-methadone**, **service-buprenorphine** (what to look for, first). When they take that medicine for opioid use now, so they can keep it.\n  Says: “${lookFor['service-methadone']}” or “${lookFor['service-buprenorphine']}”\n  Sources: ${cite(['CONT-1', 'SET-5'])}.`,
    `- **service-<setting>** (what to look for, first). Otherwise, the suggested setting; nothing when no setting is suggested.\n  Says, for example: “${lookFor['service-outpatient']}” or “${lookFor['service-residential']}”\n  Sources: ${cite(['SET-2', 'SET-6'])} for outpatient care, else ${cite(['SET-2', 'SET-5'])}.`,
    `- **spanish** (what to look for). When the results are read in Spanish.\n  Says: “${lookFor.spanish}”\n  Sources: ${cite(['HELP-2'])}.`,
    ...statementRows(lookForRules, 'what to look for'),
    '',
    'Telehealth is also left out when the suggested setting is residential or hospital care: those are places to stay.',
    '',
    'Questions to ask a program:',
    '',
    ...statementRows(askRules, 'question to ask'),
  ];
}
