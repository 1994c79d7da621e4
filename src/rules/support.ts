/** Counseling, peer support and aftercare for everyone; family therapy when someone supports them. */
import type { Answers } from '../../questions/answers.ts';
import type { Statement } from './recommendation.ts';
import { whenOne } from './reasons.ts';
import { statement } from './statement.ts';

export function support(answers: Answers): Statement[] {
  const supportPerson = whenOne(answers, 'support-person', ['yes']);
  return [
    statement(
      'counseling',
      'Counseling helps, and medicine works best with it. Ask about talk therapy (CBT) and motivational therapy. Some programs give rewards for meeting goals (contingency management).',
      ['BEH-1', 'MED-6'],
    ),
    statement(
      'peer-support',
      'Peer support groups let you meet others in recovery. Two of them are Narcotics Anonymous and SMART Recovery.',
      ['BEH-2'],
    ),
    statement(
      'aftercare',
      'Plan for care after treatment: more counseling, sober living, a plan to avoid a return to use, and a case manager for housing or work. Try to stay in care for at least six months.',
      ['BEH-2'],
    ),
    ...(supportPerson
      ? [
          statement(
            'family-therapy',
            'Family therapy can bring the people who support you into your care.',
            ['BEH-1'],
            supportPerson,
          ),
        ]
      : []),
  ];
}
