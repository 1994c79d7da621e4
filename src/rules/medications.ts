/**
 * All five medicines, always, in a fixed order, so everyone sees every option (MED-6); the answers
 * only add notes and cautions or, for naltrexone in pregnancy, set "not now". Notes about the
 * medicines together come separately, before the list.
 */
import type { Answers } from '../../questions/answers.ts';
import type { Medication, Statement } from './recommendation.ts';
import { whenOne } from './reasons.ts';
import { buprenorphine, methadone } from './opioid-medications.ts';
import { naloxone, naltrexone, withdrawalAids } from './other-medications.ts';
import { statement } from './statement.ts';

export function medications(answers: Answers): Medication[] {
  return [methadone(answers), buprenorphine(answers), naltrexone(answers), withdrawalAids(), naloxone(answers)];
}

/** What holds for the medicines together, shown before them (MED-6). */
export function medicationNotes(answers: Answers): Statement[] {
  const shared = statement(
    'medicines-help',
    'Methadone, buprenorphine and naltrexone all help people stay in treatment and use less. They work best with counseling. Which one fits is up to you and your provider.',
    ['MED-6'],
    [],
  );
  const unsure = whenOne(answers, 'open-to-medication', ['no', 'not-sure']);
  if (!unsure) return [shared];
  return [
    shared,
    statement(
      'medicine-still-an-option',
      'You can still ask a provider about these medicines, and decide later.',
      ['MED-6'],
      unsure,
    ),
  ];
}
