/**
 * Pregnancy, for every answer set: naltrexone is never a medicine to start for someone who is or
 * could be pregnant (PREG-2), withdrawal aids are never offered to discuss (PREG-6), while
 * methadone and buprenorphine are always there to discuss (PREG-1), and the person is told to say
 * they are pregnant (PREG-4). A wish for a medicine that is not an opioid never puts naltrexone
 * first in pregnancy. An answer kept back or not known is not read as pregnancy here: it is named
 * among the unknown answers, with what to tell the provider.
 */
import fc from 'fast-check';
import type { Answers } from '../../../../questions/answers.ts';
import { assessInEnglish } from '../../../support/words.ts';
import type { Recommendation } from '../../../../src/rules/recommendation.ts';
import { anyAnswers, anyPerspective, withForced } from '../support/answer-arbitraries.ts';
import { combinations } from '../support/enumerate.ts';
import { exhaustive, PROPERTY_TIMEOUT, runs } from '../support/property-runs.ts';

const stanceOf = (result: Recommendation, id: string) => result.medications.find((item) => item.id === id)?.stance;
const pregnantOrCouldBe = (answers: Answers) =>
  typeof answers.pregnancy === 'string' && ['pregnant', 'could-be'].includes(answers.pregnancy);

/** What pregnancy care looks like in a result, by ids, stances and sources. */
function pregnancyCare(result: Recommendation) {
  const citesOf = (id: string) => {
    const medicine = result.medications.find((item) => item.id === id);
    return [...(medicine?.notes ?? []), ...(medicine?.cautions ?? [])].flatMap((statement) => statement.sources);
  };
  return {
    naltrexone: stanceOf(result, 'naltrexone') ?? 'not-now',
    withdrawalAids: stanceOf(result, 'withdrawal-aids') ?? 'not-now',
    withdrawalAidsCitePreg6: result.medications
      .find((item) => item.id === 'withdrawal-aids')
      ?.sources.includes('PREG-6'),
    methadone: stanceOf(result, 'methadone'),
    buprenorphine: stanceOf(result, 'buprenorphine'),
    methadoneCitesPreg1: citesOf('methadone').includes('PREG-1'),
    buprenorphineCitesPreg1: citesOf('buprenorphine').includes('PREG-1'),
    naltrexoneCitesPreg2: citesOf('naltrexone').includes('PREG-2'),
    saySoWhenCalling: result.nextSteps.some((step) => step.id === 'say-you-are-pregnant'),
  };
}
const carefulInPregnancy = {
  naltrexone: 'not-now',
  withdrawalAids: 'not-now',
  withdrawalAidsCitePreg6: true,
  methadone: 'discuss',
  buprenorphine: 'discuss',
  methadoneCitesPreg1: true,
  buprenorphineCitesPreg1: true,
  naltrexoneCitesPreg2: true,
  saySoWhenCalling: true,
};
const notPregnant = {
  naltrexone: 'discuss',
  withdrawalAids: 'discuss',
  withdrawalAidsCitePreg6: false,
  methadone: 'discuss',
  buprenorphine: 'discuss',
  methadoneCitesPreg1: false,
  buprenorphineCitesPreg1: false,
  naltrexoneCitesPreg2: false,
  saySoWhenCalling: false,
};

const pregnant = fc.record({ pregnancy: fc.constantFrom('pregnant', 'could-be') });

describe('pregnancy, for any answers', () => {
  it(
    'never gives naltrexone or withdrawal aids to start, and always methadone and buprenorphine to discuss',
    () => {
      fc.assert(
        fc.property(withForced(pregnant), anyPerspective, (answers, perspective) => {
          expect(pregnancyCare(assessInEnglish(answers, perspective))).toEqual(carefulInPregnancy);
        }),
        runs(1000),
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'sets naltrexone and withdrawal aids to "not now", and adds the pregnancy notes, only for someone who is or could be pregnant',
    () => {
      fc.assert(
        fc.property(anyAnswers, (answers) => {
          const result = assessInEnglish(answers);
          expect(pregnancyCare(result)).toEqual(pregnantOrCouldBe(answers) ? carefulInPregnancy : notPregnant);
          const notNow = result.medications.filter((item) => item.stance === 'not-now').map((item) => item.id);
          expect(notNow).toEqual(pregnantOrCouldBe(answers) ? ['naltrexone', 'withdrawal-aids'] : []);
        }),
        runs(1000),
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'holds for every pregnancy answer with every follow-up and medicine preference',
    () => {
      const cases = combinations(['pregnancy', 'prenatal-care', 'breastfeeding', 'prefers-non-opioid']);
      expect(cases).toHaveLength(8 * 3 * 3 * 4);
      const usual = ['methadone', 'buprenorphine', 'naltrexone', 'withdrawal-aids', 'naloxone'];
      const naltrexoneFirst = ['naltrexone', 'methadone', 'buprenorphine', 'withdrawal-aids', 'naloxone'];
      for (const answers of exhaustive(cases)) {
        const result = assessInEnglish({ 'open-to-medication': 'yes', 'last-use': 'past-day', ...answers });
        expect(pregnancyCare(result)).toEqual(pregnantOrCouldBe(answers) ? carefulInPregnancy : notPregnant);
        const wishLeads = answers['prefers-non-opioid'] === 'yes' && !pregnantOrCouldBe(answers);
        expect([answers, result.medications.map((item) => item.id)]).toEqual([
          answers,
          wishLeads ? naltrexoneFirst : usual,
        ]);
      }
    },
    PROPERTY_TIMEOUT,
  );
});
