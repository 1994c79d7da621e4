/**
 * Severity for every answer set, against the clinical reference read directly: count the SEV-1
 * criteria ticked ("None of these" counts nothing), leave out tolerance and withdrawal for someone
 * who only takes pain pills as prescribed (SEV-3) or who takes methadone or buprenorphine for
 * opioid use now (CONT-2; naltrexone is not an opioid, so it brings neither), and band the count
 * as SEV-2 says.
 */
import fc from 'fast-check';
import type { Answers } from '../../../../questions/answers.ts';
import { chosenValues } from '../../../../questions/chosen-values.ts';
import { findQuestion } from '../../../../questions/journey.ts';
import { questionnaire } from '../../../../questions/questionnaire.ts';
import { assessInEnglish } from '../../../support/words.ts';
import { anyAnswers } from '../support/answer-arbitraries.ts';
import { exhaustive, PROPERTY_TIMEOUT, runs } from '../support/property-runs.ts';

const criteria = (id: string) =>
  findQuestion(questionnaire, id)?.options.flatMap((option) => (option.exclusive ? [] : [option.value])) ?? [];
const criteriaQuestions = ['control', 'life-impact', 'body-changes'] as const;

/** SEV-2: 0-1 none, 2-3 mild, 4-5 moderate, 6 or more severe. */
const band = (count: number) => (count >= 6 ? 'severe' : count >= 4 ? 'moderate' : count >= 2 ? 'mild' : 'none');

function expectedSeverity(answers: Answers) {
  const offered = (id: string) => findQuestion(questionnaire, id)?.options.map((option) => option.value) ?? [];
  const ticked = (id: string) => chosenValues(answers[id]).filter((value) => offered(id).includes(value));
  if (criteriaQuestions.every((id) => ticked(id).length === 0)) {
    return { level: 'not-answered', criteriaCount: 0, sev3: false, cont2: false };
  }
  const count = (id: string) => ticked(id).filter((value) => criteria(id).includes(value)).length;
  const body = count('body-changes') > 0;
  const prescribedOnly = body && ticked('opioids-used').join() === 'pills-as-prescribed';
  const medicine = answers['current-medicine'];
  const onAgonist = body && (medicine === 'methadone' || medicine === 'buprenorphine');
  const leaveOutBody = prescribedOnly || onAgonist;
  const total = count('control') + count('life-impact') + (leaveOutBody ? 0 : count('body-changes'));
  return { level: band(total), criteriaCount: total, sev3: prescribedOnly, cont2: onAgonist };
}

const severityOf = (answers: Answers) => {
  const { level, criteriaCount, sources } = assessInEnglish(answers).severity;
  return { level, criteriaCount, sev3: sources.includes('SEV-3'), cont2: sources.includes('CONT-2') };
};

const firstOf = (id: string, count: number) => criteria(id).slice(0, count);

describe('severity (SEV-1 to SEV-3), for any answers', () => {
  it(
    'counts the criteria ticked and bands the count as SEV-2 says',
    () => {
      fc.assert(
        fc.property(anyAnswers, (answers) => {
          expect(severityOf(answers)).toEqual(expectedSeverity(answers));
        }),
        runs(600),
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'holds for every number of criteria in each question, with and without pain pills only as prescribed or a medicine now',
    () => {
      const opioidAnswers: (readonly string[] | undefined)[] = [
        undefined,
        ['pills-as-prescribed'],
        ['pills-as-prescribed', 'heroin'],
        ['fentanyl'],
      ];
      const medicines = [undefined, 'methadone', 'buprenorphine', 'naltrexone', 'none', 'dont-know'];
      const cases = [0, 1, 2, 3, 4].flatMap((control) =>
        [0, 1, 2, 3, 4, 5].flatMap((life) =>
          [0, 1, 2].flatMap((body) =>
            opioidAnswers.flatMap((used) =>
              medicines.map((medicine): Answers => ({
                control: control === 0 ? ['none'] : firstOf('control', control),
                'life-impact': firstOf('life-impact', life),
                'body-changes': firstOf('body-changes', body),
                ...(used ? { 'opioids-used': used } : {}),
                ...(medicine ? { 'current-medicine': medicine } : {}),
              })),
            ),
          ),
        ),
      );
      expect(cases).toHaveLength(5 * 6 * 3 * 4 * 6);
      for (const answers of exhaustive(cases))
        expect([answers, severityOf(answers)]).toEqual([answers, expectedSeverity(answers)]);
    },
    PROPERTY_TIMEOUT,
  );
});
