/**
 * Naltrexone, withdrawal aids and naloxone. Naltrexone is "not now" in pregnancy or possible
 * pregnancy (PREG-2); withdrawal aids are never presented as treatment on their own (MED-5, SET-4).
 */
import type { Answers } from '../../questions/answers.ts';
import { single } from '../../questions/read-answers.ts';
import type { Medication, Statement } from './recommendation.ts';
import { whenAny, whenOne } from './reasons.ts';
import { statement } from './statement.ts';

function naltrexonePregnancyCaution(answers: Answers): Statement[] {
  const pregnancy = single(answers, 'pregnancy');
  if (pregnancy === 'pregnant') {
    return [
      statement(
        'naltrexone-pregnancy',
        'Naltrexone is not started during pregnancy. Ask about methadone or buprenorphine instead.',
        ['PREG-2', 'PREG-1'],
        whenOne(answers, 'pregnancy', ['pregnant']) ?? [],
      ),
    ];
  }
  if (pregnancy === 'could-be') {
    return [
      statement(
        'naltrexone-pregnancy',
        'Do not start naltrexone until pregnancy is ruled out. If you are pregnant, ask about methadone or buprenorphine instead.',
        ['PREG-2', 'PREG-1'],
        whenOne(answers, 'pregnancy', ['could-be']) ?? [],
      ),
    ];
  }
  return [];
}

export function naltrexone(answers: Answers): Medication {
  const pregnancy = naltrexonePregnancyCaution(answers);
  const prefersNonOpioid = whenOne(answers, 'prefers-non-opioid', ['yes']);
  return {
    id: 'naltrexone',
    name: 'Naltrexone',
    howGiven: 'A pill taken daily, or a shot once a month (Vivitrol).',
    stance: pregnancy.length > 0 ? 'not-now' : 'discuss',
    notes: [
      statement('naltrexone-not-opioid', 'Naltrexone is not an opioid, and it is not addictive.', ['MED-4']),
      ...(prefersNonOpioid
        ? [
            statement(
              'naltrexone-non-opioid-wish',
              'This fits your wish for a medicine that is not an opioid.',
              ['MED-4'],
              prefersNonOpioid,
            ),
          ]
        : []),
    ],
    cautions: [
      ...pregnancy,
      statement(
        'naltrexone-opioid-free-first',
        'You need about 7 to 10 days with no opioids before you start. Starting sooner causes severe withdrawal.',
        ['MED-4'],
        whenOne(answers, 'last-use', ['past-day', 'past-week']) ?? [],
      ),
    ],
    sources: ['MED-4', 'MED-6'],
  };
}

export function withdrawalAids(): Medication {
  return {
    id: 'withdrawal-aids',
    name: 'Withdrawal aids: lofexidine (Lucemyra) or clonidine',
    howGiven: 'Prescribed for a short time to ease withdrawal symptoms. Lofexidine is used for up to 14 days.',
    stance: 'discuss',
    notes: [
      statement(
        'withdrawal-aids-symptoms-only',
        'These only ease the symptoms of withdrawal. Neither one treats opioid use disorder.',
        ['MED-5'],
      ),
    ],
    cautions: [
      statement(
        'withdrawal-aids-need-ongoing-care',
        'Use them together with ongoing care and medicine for opioid use, not on their own.',
        ['SET-4'],
      ),
    ],
    sources: ['MED-5'],
  };
}

export function naloxone(answers: Answers): Medication {
  const released = whenAny(answers, 'recent-release', ['jail', 'detox', 'residential']);
  return {
    id: 'naloxone',
    name: 'Naloxone (Narcan nasal spray)',
    howGiven: 'A nasal spray you can buy over the counter, without a prescription.',
    stance: 'discuss',
    notes: [
      statement(
        'naloxone-for-everyone',
        'Naloxone can reverse an opioid overdose. Carry it if you use opioids or live with someone who does.',
        ['MED-8'],
      ),
    ],
    cautions: released
      ? [
          statement(
            'naloxone-after-release',
            'After time away from opioids, your body can handle much less. This raises your risk of overdose, so keep naloxone with you.',
            ['SAFE-4', 'MED-8'],
            released,
          ),
        ]
      : [],
    sources: ['MED-8'],
  };
}
