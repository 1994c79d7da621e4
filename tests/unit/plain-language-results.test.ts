/**
 * Plain language in the results: every sentence the rules can write (setting, or what comes first
 * instead, reasons, medicine notes and cautions, safety cautions, answers not known, support, what
 * family can do, next steps) reads at grade 9
 * or lower. The sentences are gathered by running `assess()` on thousands of answer sets drawn
 * from the questionnaire (every option of every question appears), plus the documented examples,
 * in both English perspectives. The measured maximum and mean are printed when the test runs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import type { Answers } from '../../questions/answers.ts';
import { assess } from '../../src/rules/assess.ts';
import { catalogIn } from '../support/words.ts';
import type { Recommendation, Statement } from '../../src/rules/recommendation.ts';
import { validAnswers } from './rules/support/answer-arbitraries.ts';
import { gradeWithNames, sentences, summarize } from './support/reading-grade.ts';

const examplesDir = new URL('../../docs/examples/', import.meta.url);
const examples = readdirSync(examplesDir)
  .filter((name) => name.endsWith('.json'))
  .map((name) => JSON.parse(readFileSync(new URL(name, examplesDir), 'utf8')) as Answers);
const answerSets = [...examples, ...fc.sample(validAnswers, { numRuns: 3000, seed: 20_261_123 })];

function statementTexts(statements: readonly Statement[]): string[] {
  return statements.flatMap((statement) => [statement.text, ...statement.reasons.map((reason) => reason.text)]);
}

/** Everything a person reads in a recommendation, as written (headings and names left out). */
function prose(result: Recommendation): string[] {
  return [
    ...(result.setting
      ? [result.setting.description, result.setting.asamOrientation, ...result.setting.reasons.map((r) => r.text)]
      : []),
    ...statementTexts(result.insteadOfSetting ? [result.insteadOfSetting] : []),
    ...statementTexts(result.medicationNotes),
    ...result.medications.flatMap((medication) => [
      medication.howGiven,
      ...statementTexts(medication.notes),
      ...statementTexts(medication.cautions),
    ]),
    ...statementTexts(result.cautions),
    ...statementTexts(result.unknowns),
    ...statementTexts(result.support),
    ...statementTexts(result.family),
    ...result.nextSteps.map((step) => step.text),
    ...statementTexts([...result.doThisNow.script, result.doThisNow.safety]),
    // What to look for on FindTreatment.gov is a list of short labels, like names: left out too.
    ...statementTexts(result.findCare.ask),
  ];
}

const perspectives = (['self', 'other'] as const).map((perspective) => {
  const texts = catalogIn('en', perspective).rules;
  const all = new Set(answerSets.flatMap((answers) => prose(assess(answers, { perspective, texts }))));
  return { perspective, sentences: [...new Set([...all].flatMap(sentences))] };
});

describe.each(perspectives)('plain language in the results ($perspective)', ({ perspective, sentences: said }) => {
  it('covers a wide range of what the rules can say', () => {
    expect(said.length).toBeGreaterThan(60);
  });

  it('writes every sentence at grade 9 or lower', () => {
    const hard = said.filter((sentence) => gradeWithNames(sentence) > 9);
    console.info(`reading grade, result sentences (${perspective}):`, summarize(said));
    expect(hard.map((sentence) => `${gradeWithNames(sentence).toFixed(1)}: ${sentence}`)).toEqual([]);
  });
});
