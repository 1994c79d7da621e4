import fc from 'fast-check';
import type { Answers } from '../../../questions/answers.ts';
import { allQuestions } from '../../../questions/journey.ts';
import { questionnaire } from '../../../questions/questionnaire.ts';
import { assessInEnglish } from '../../support/words.ts';
import { medicineRules } from '../../../src/rules/medicine-rules.ts';
import { stepRules } from '../../../src/rules/next-steps.ts';
import type { Recommendation } from '../../../src/rules/recommendation.ts';
import { settingRules } from '../../../src/rules/setting-rules.ts';
import { sources } from '../../../src/rules/sources.ts';
import { cautionRules, familyRules, supportRules, togetherRules } from '../../../src/rules/statement-rules.ts';
import { statementsIn } from './support/statements.ts';

const known = (id: string) => Object.hasOwn(sources, id);

/** Every cited list in a Recommendation, named by where it is. */
function citations(result: Recommendation): [string, readonly string[]][] {
  return [
    result.setting
      ? ['setting', result.setting.sources]
      : ['instead of a setting', result.insteadOfSetting?.sources ?? []],
    ['severity', result.severity.sources],
    ...result.medications.map((medication): [string, readonly string[]] => [medication.id, medication.sources]),
    ...statementsIn(result).map((item): [string, readonly string[]] => [item.id, item.sources]),
    ...result.nextSteps.map((step): [string, readonly string[]] => [step.id, step.sources]),
  ];
}

const answerSets = fc.record(
  Object.fromEntries(
    allQuestions(questionnaire).map((question) => {
      const values = question.options.map((option) => option.value);
      const arbitrary = question.kind === 'single' ? fc.constantFrom(...values) : fc.subarray(values, { minLength: 1 });
      return [question.id, arbitrary];
    }),
  ),
  { requiredKeys: [] },
) as fc.Arbitrary<Answers>;

describe('every clinical statement is sourced', () => {
  it('cites only known, non-empty sources in every result, over many answer sets', () => {
    fc.assert(
      fc.property(answerSets, fc.constantFrom('self' as const, 'other' as const), (answers, perspective) => {
        for (const [where, cited] of citations(assessInEnglish(answers, perspective))) {
          expect(cited.length, `${where} cites nothing`).toBeGreaterThan(0);
          expect(
            cited.filter((id) => !known(id)),
            `${where} cites an unknown id`,
          ).toEqual([]);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('gives every rule in the catalog at least one known source', () => {
    const rules = [
      ...settingRules,
      ...togetherRules,
      ...cautionRules,
      ...supportRules,
      ...familyRules,
      ...Object.values(medicineRules).flatMap((medicine) => [medicine, ...medicine.notes, ...medicine.cautions]),
      ...Object.values(stepRules),
    ];
    for (const rule of rules) {
      expect(rule.sources.length).toBeGreaterThan(0);
      expect(rule.sources.filter((id) => !known(id))).toEqual([]);
    }
  });

  it('links every source that has a public page to it over https or http', () => {
    const entries = Object.entries(sources);
    expect(entries.filter(([, source]) => source.summary.trim().length === 0).map(([id]) => id)).toEqual([]);
    const badLinks = entries.filter(([, source]) => source.url !== null && !/^https?:\/\/\S+$/.test(source.url));
    expect(badLinks.map(([id]) => id)).toEqual([]);
  });
});
