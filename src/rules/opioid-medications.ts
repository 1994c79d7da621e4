/**
 * Methadone and buprenorphine: what to know before asking a provider. Never a dose. Benzos or
 * alcohol never remove them from the list: the mix raises overdose risk, so the person is told
 * to tell the provider (MED-7, SAFE-3).
 */
import type { Answers } from '../../questions/answers.ts';
import type { Medication, Reason, Statement } from './recommendation.ts';
import { anyOf, whenAny, whenOne } from './reasons.ts';
import type { SourceId } from './sources.ts';
import { statement } from './statement.ts';

export function pregnancyReasons(answers: Answers): Reason[] | null {
  return whenOne(answers, 'pregnancy', ['pregnant', 'could-be']);
}

function pregnancyNote(answers: Answers, medicine: string): Statement[] {
  const reasons = pregnancyReasons(answers);
  if (!reasons) return [];
  return [
    statement(
      `${medicine}-pregnancy`,
      'When you are pregnant, experts advise taking methadone or buprenorphine.',
      ['PREG-1'],
      reasons,
    ),
  ];
}

/** Opioids mixed with benzos or alcohol: a caution on each opioid medicine. */
function mixingCaution(answers: Answers, id: 'methadone' | 'buprenorphine', name: string): Statement[] {
  const benzos = whenOne(answers, 'benzodiazepines', ['daily', 'sometimes']);
  const alcohol = whenOne(answers, 'alcohol', ['heavy', 'some']);
  const reasons = anyOf(benzos, alcohol);
  if (!reasons) return [];
  const what = benzos && alcohol ? 'benzos or alcohol' : benzos ? 'benzos' : 'alcohol';
  const sources: SourceId[] = benzos ? ['MED-7', 'SAFE-3'] : ['SAFE-3'];
  const notAReason = benzos ? ` Taking benzos is not a reason to go without ${name}.` : '';
  return [
    statement(
      `${id}-mixing`,
      `Using ${what} with ${name} raises the risk of overdose.${notAReason} Tell your provider what you take.`,
      sources,
      reasons,
    ),
  ];
}

export function methadone(answers: Answers): Medication {
  const dailyVisits = whenOne(answers, 'daily-visits', ['no', 'not-sure']);
  return {
    id: 'methadone',
    name: 'Methadone',
    howGiven:
      'For opioid use, only certified opioid treatment programs (methadone clinics) can give it. Most people go there every day at first.',
    stance: 'discuss',
    notes: [
      statement('methadone-monitoring', 'With methadone, the clinic needs to check on you closely.', ['MED-1']),
      ...pregnancyNote(answers, 'methadone'),
    ],
    cautions: [
      ...(dailyVisits
        ? [
            statement(
              'methadone-daily-visits',
              'Daily clinic visits may be hard for you. Ask about buprenorphine, which a provider can prescribe in an office or by telehealth.',
              ['MED-1', 'MED-2'],
              dailyVisits,
            ),
          ]
        : []),
      ...mixingCaution(answers, 'methadone', 'methadone'),
    ],
    sources: ['MED-1', 'MED-6'],
  };
}

export function buprenorphine(answers: Answers): Medication {
  const fentanyl = whenAny(answers, 'opioids-used', ['fentanyl']);
  const longActing = whenAny(answers, 'opioids-used', ['methadone-or-buprenorphine']);
  return {
    id: 'buprenorphine',
    name: 'Buprenorphine',
    howGiven:
      'Alone, or combined with naloxone (as in Suboxone). A provider can prescribe it in an office or by telehealth, where state law allows.',
    stance: 'discuss',
    notes: [
      statement('buprenorphine-lower-risk', 'Buprenorphine has a lower risk of overdose and of slowed breathing.', [
        'MED-2',
      ]),
      ...pregnancyNote(answers, 'buprenorphine'),
    ],
    cautions: [
      statement(
        'buprenorphine-start-in-withdrawal',
        'To start buprenorphine, you need to be in mild to moderate withdrawal first. Your provider will tell you when.',
        ['MED-3'],
      ),
      ...(fentanyl
        ? [
            statement(
              'buprenorphine-fentanyl',
              'Tell your provider that you use fentanyl before you start. With fentanyl, sudden (precipitated) withdrawal can happen even after a longer wait. Ask about a low-dose start.',
              ['MED-3'],
              fentanyl,
            ),
          ]
        : []),
      ...(longActing
        ? [
            statement(
              'buprenorphine-long-acting',
              'If you have used long-acting opioids such as methadone, you need to wait longer before you start.',
              ['MED-3'],
              longActing,
            ),
          ]
        : []),
      ...mixingCaution(answers, 'buprenorphine', 'buprenorphine'),
    ],
    sources: ['MED-2', 'MED-6'],
  };
}
