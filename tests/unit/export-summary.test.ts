import { describe, expect, test } from 'vitest';
import { journey } from '../../questions/journey.ts';
import { questionnaire } from '../support/words.ts';
import type { WordedQuestionnaire as Questionnaire } from '../../questions/schema.ts';
import { buildSummary, SummarySchema } from '../../src/export/summary.ts';
import { en } from '../support/words.ts';
import { assessInEnglish } from '../support/words.ts';
import { seeds, walkedAnswers } from './support/export-journeys.ts';

const date = new Date('2026-11-20T15:30:00Z');
const summarize = (answers: ReturnType<typeof walkedAnswers>, source: Questionnaire = questionnaire) =>
  buildSummary({ questionnaire: source, answers, recommendation: assessInEnglish(answers), date, messages: en });

describe('the results summary', () => {
  test('carries the date, both versions, the setting, the medicines and the cautions of the recommendation', () => {
    const answers = walkedAnswers(3);
    const recommendation = assessInEnglish(answers);
    const summary = summarize(answers);
    expect(SummarySchema.parse(summary)).toEqual(summary);
    expect(summary.createdAt).toBe('2026-11-20T15:30:00.000Z');
    expect(summary.dateLine).toBe('Date: November 20, 2026');
    expect(summary.versionsLine).toBe(
      `Questionnaire version ${questionnaire.version}, rules version ${recommendation.rulesVersion}`,
    );
    expect(summary.setting.name).toBe(recommendation.setting.name);
    expect(summary.setting.reasons).toEqual(recommendation.setting.reasons.map((reason) => reason.text));
    expect(summary.medications.map((m) => m.name)).toEqual(recommendation.medications.map((m) => m.name));
    expect(summary.medications.flatMap((m) => m.cautions)).toEqual(
      recommendation.medications.flatMap((m) => m.cautions.map((c) => c.text)),
    );
    expect(summary.cautions).toEqual(recommendation.cautions.map((caution) => caution.text));
    expect(summary.notDiagnosis).toBe(en.notDiagnosis);
  });

  test('always lists the SAMHSA helpline, 988 and 911', () => {
    const numbers = summarize(walkedAnswers(1)).helplines.map((helpline) => helpline.number);
    expect(numbers).toEqual(['1-800-662-4357', '988', '911']);
  });

  test.each(seeds)('lists exactly the questions on the journey of answer set %i, with their answer labels', (seed) => {
    const answers = walkedAnswers(seed);
    const rows = summarize(answers).answers;
    const asked = journey(questionnaire, answers).filter((question) => answers[question.id] !== undefined);
    expect(rows.map((row) => row.question)).toEqual(asked.map((question) => question.summary));
    for (const [index, question] of asked.entries()) {
      const chosen = [answers[question.id]].flat();
      const labels = question.options.filter((o) => chosen.includes(o.value)).map((o) => o.label);
      expect(rows[index]?.answers).toEqual(labels);
    }
  });

  test('leaves out an answer left behind on a branch that is no longer asked', () => {
    const answers = { ...walkedAnswers(2), pregnancy: 'no', 'prenatal-care': 'yes' };
    const questions = summarize(answers).answers.map((row) => row.question);
    expect(questions).toContain('Pregnancy');
    expect(questions).not.toContain('Pregnancy care');
  });

  test('words questions, answers and headings from the questionnaire and messages it is given', () => {
    const answers = walkedAnswers(5);
    const translated: Questionnaire = {
      ...questionnaire,
      sections: questionnaire.sections.map((section) => ({
        ...section,
        questions: section.questions.map((question) => ({
          ...question,
          summary: `T ${question.summary}`,
          options: question.options.map((option) => ({ ...option, label: `T ${option.label}` })),
        })),
      })),
    };
    const messages = { ...en, exports: { ...en.exports, answersHeading: 'Sus respuestas' } };
    const summary = buildSummary({
      questionnaire: translated,
      answers,
      recommendation: assessInEnglish(answers),
      date,
      messages,
    });
    expect(summary.headings.answers).toBe('Sus respuestas');
    for (const row of summary.answers) {
      expect(row.question.startsWith('T ')).toBe(true);
      expect(row.answers.every((label) => label.startsWith('T '))).toBe(true);
    }
  });
});
