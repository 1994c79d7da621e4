/**
 * Someone who takes a medicine for opioid use now, for every answer set (CONT-1, CONT-2): never a
 * start-up caution ("wait for withdrawal", the opioid-free days before naltrexone, daily visits),
 * always "keep taking it", that medicine listed first, and all five still listed.
 */
import fc from 'fast-check';
import { assessInEnglish } from '../../../support/words.ts';
import type { Recommendation } from '../../../../src/rules/recommendation.ts';
import { anyAnswers, anyPerspective, withForced } from '../support/answer-arbitraries.ts';
import { PROPERTY_TIMEOUT, runs } from '../support/property-runs.ts';

const startUpCautions = [
  'methadone-visits',
  'buprenorphine-start-in-withdrawal',
  'buprenorphine-fentanyl',
  'buprenorphine-long-acting',
  'naltrexone-opioid-free-first',
];

function treatmentCare(result: Recommendation) {
  return {
    startUpCautions: result.medications.flatMap((medicine) =>
      medicine.cautions.filter((caution) => startUpCautions.includes(caution.id)).map((caution) => caution.id),
    ),
    keepTakingIt: result.medicationNotes.some(
      (note) => note.id === 'keep-taking-your-medicine' && note.sources.includes('CONT-1'),
    ),
    first: result.medications[0]?.id,
    listed: result.medications.map((medicine) => medicine.id).toSorted(),
  };
}

const onMedicine = fc.record(
  {
    'current-medicine': fc.constantFrom('methadone', 'buprenorphine', 'naltrexone'),
    'medicine-working': fc.constantFrom('yes', 'not-sure', 'no'),
  },
  { requiredKeys: ['current-medicine'] },
);
/** Answers that bring start-up cautions to someone starting, to be sure they are left out. */
const startUpRisks = fc.record(
  {
    'opioids-used': fc.subarray(['fentanyl', 'methadone-or-buprenorphine', 'heroin']),
    'last-use': fc.constantFrom('past-day', 'past-week', 'past-month', 'dont-know'),
    'open-to-medication': fc.constant('yes'),
    'daily-visits': fc.constantFrom('no', 'not-sure'),
    transport: fc.constantFrom('no', 'hard'),
  },
  { requiredKeys: [] },
);

describe('a medicine for opioid use taken now, for any answers', () => {
  it(
    'never gets a start-up caution, always gets "keep taking it", and leads the list of all five',
    () => {
      fc.assert(
        fc.property(withForced(onMedicine, withForced(startUpRisks)), anyPerspective, (answers, perspective) => {
          expect(treatmentCare(assessInEnglish(answers, perspective))).toEqual({
            startUpCautions: [],
            keepTakingIt: true,
            first: answers['current-medicine'],
            listed: ['buprenorphine', 'methadone', 'naloxone', 'naltrexone', 'withdrawal-aids'],
          });
        }),
        runs(1000),
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'gets "keep taking it" only then, and the buprenorphine start-up caution whenever starting',
    () => {
      fc.assert(
        fc.property(anyAnswers, (answers) => {
          const medicine = answers['current-medicine'];
          const onOne = typeof medicine === 'string' && ['methadone', 'buprenorphine', 'naltrexone'].includes(medicine);
          const care = treatmentCare(assessInEnglish(answers));
          expect([care.keepTakingIt, care.startUpCautions.includes('buprenorphine-start-in-withdrawal')]).toEqual([
            onOne,
            !onOne,
          ]);
        }),
        runs(1000),
      );
    },
    PROPERTY_TIMEOUT,
  );
});
