/**
 * The words a person reads in the results, for every answer set, in both languages and voices:
 * person-first words (WORDS-1: never "not addictive" for one medicine, "addict", "abuse", "dirty",
 * "replacement", "sober living"), and no scale or level names on the person's own screens (the
 * case note, the printout and the clinic's view carry "PHQ-2", "GAD-2" and the ASAM orientation).
 */
import fc from 'fast-check';
import type { Language } from '../../../../src/i18n/languages.ts';
import { assess } from '../../../../src/rules/assess.ts';
import type { Recommendation } from '../../../../src/rules/recommendation.ts';
import { inWords } from '../../../support/words.ts';
import { anyAnswers } from '../support/answer-arbitraries.ts';
import { PROPERTY_TIMEOUT, runs } from '../support/property-runs.ts';
import { statementsIn } from '../support/statements.ts';

/** What the person reads: everything but the ASAM orientation line, which the screens leave out. */
function readByThePerson(result: Recommendation): string[] {
  const { setting } = result;
  return [
    ...(setting ? [setting.name, setting.description, ...setting.reasons.map((reason) => reason.text)] : []),
    ...result.medications.flatMap((medicine) => [medicine.name, medicine.howGiven]),
    ...statementsIn(result).flatMap((item) => [item.text, ...item.reasons.map((reason) => reason.text)]),
    ...result.nextSteps.flatMap((step) => [step.title, step.text]),
  ];
}

const stigmatising: Record<Language, RegExp> = {
  en: /not addictive|\baddicts?\b|\babus(e|ing)\b|\bdirty\b|\breplacement\b|sober living/i,
  es: /no (es )?adictiv|\badict[oa]s?\b|\babuso\b|\bsuci[oa]\b|\breemplazo\b|\bsustituci/i,
};
const scaleNames = /PHQ-2|GAD-2|ASAM|\blevel \d/i;

describe('words in the results, for any answers', () => {
  it(
    'are person-first and name no scale or level, in both languages and voices',
    () => {
      fc.assert(
        fc.property(
          anyAnswers,
          fc.constantFrom<Language>('en', 'es'),
          fc.constantFrom('self' as const, 'other' as const),
          (answers, language, perspective) => {
            const texts = readByThePerson(
              assess(answers, { perspective, texts: inWords(language, perspective).rules }),
            );
            expect(texts.filter((text) => stigmatising[language].test(text) || scaleNames.test(text))).toEqual([]);
          },
        ),
        runs(600),
      );
    },
    PROPERTY_TIMEOUT,
  );
});
