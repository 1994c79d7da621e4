import { describe, expect, test } from 'vitest';
import { journey } from '../../questions/journey.ts';
import { questionnaire } from '../support/words.ts';
import type { WordedQuestionnaire as Questionnaire } from '../../questions/schema.ts';
import { buildSummary, SummarySchema } from '../../src/export/summary.ts';
import { en } from '../support/words.ts';
import { assessInEnglish } from '../support/words.ts';
import {
  crisisAnswers,
  halfAnsweredMood,
  settingAnswers,
  summaryIn,
  unknownAnswers,
  voices,
  withoutSetting,
  withSetting,
} from './support/export-cases.ts';
import { seeds, walkedAnswers } from './support/export-journeys.ts';

const date = new Date('2026-11-20T15:30:00Z');
const summarize = (answers: ReturnType<typeof walkedAnswers>, source: Questionnaire = questionnaire) =>
  buildSummary({ questionnaire: source, answers, recommendation: assessInEnglish(answers), date, messages: en });

describe('the results summary', () => {
  test('carries the date, both versions, the setting, the medicines and the cautions of the recommendation', () => {
    const answers = settingAnswers;
    const recommendation = assessInEnglish(answers);
    const setting = withSetting(recommendation);
    const summary = summarize(answers);
    expect(SummarySchema.parse(summary)).toEqual(summary);
    expect(summary.createdAt).toBe('2026-11-20T15:30:00.000Z');
    expect(summary.dateLine).toBe('Date: November 20, 2026');
    expect(summary.versionsLine).toBe(
      `Questionnaire version ${questionnaire.version}, rules version ${recommendation.rulesVersion}`,
    );
    expect(summary.setting?.name).toBe(setting.name);
    expect(summary.setting?.orientation).toBe(setting.asamOrientation);
    expect(summary.setting?.reasons).toEqual(setting.reasons.map((reason) => reason.text));
    expect(summary.firstStep).toBeNull();
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

describe.each(voices)('the results summary in %s, perspective %s', (language, perspective) => {
  test('"Find a place" gives the FindTreatment.gov address, the filters and the questions of the recommendation', () => {
    const { recommendation, summary } = summaryIn(language, perspective, settingAnswers);
    const search = recommendation.nextSteps.find((step) => step.id === 'find-treatment')?.contacts[0];
    expect(search?.href).toBe('https://findtreatment.gov');
    expect(summary.findCare).toEqual({
      search: `${search?.label ?? 'missing'}: https://findtreatment.gov`,
      lookFor: recommendation.findCare.lookFor.map((line) => line.text),
      ask: recommendation.findCare.ask.map((line) => line.text),
    });
    expect(summary.findCare.lookFor.length).toBeGreaterThan(0);
    expect(summary.findCare.ask.length).toBeGreaterThan(0);
  });

  test('with no setting suggested, says what comes first and why instead of a setting', () => {
    const { recommendation, summary } = summaryIn(language, perspective, crisisAnswers);
    const instead = withoutSetting(recommendation);
    expect(SummarySchema.parse(summary)).toEqual(summary);
    expect(summary.setting).toBeNull();
    expect(summary.firstStep).toEqual({ text: instead.text, reasons: instead.reasons.map((reason) => reason.text) });
    expect(summary.firstStep?.reasons.length).toBeGreaterThan(0);
  });

  test('lists each answer not known: what was answered and what to tell the provider', () => {
    const { recommendation, summary } = summaryIn(language, perspective, unknownAnswers(perspective));
    const expected = perspective === 'other' ? ['alcohol', 'last-use', 'home-safe'] : ['alcohol', 'home-safe'];
    expect(recommendation.unknowns.map((unknown) => unknown.id).sort()).toEqual(
      expected.map((id) => `unknown-${id}`).sort(),
    );
    expect(summary.unknowns).toEqual(
      recommendation.unknowns.map((unknown) => ({
        text: unknown.text,
        reasons: unknown.reasons.map((reason) => reason.text),
      })),
    );
    expect(summary.unknowns.every((unknown) => unknown.reasons.length > 0)).toBe(true);
  });

  test('names the mood checks PHQ-2 and GAD-2 with each total out of 6 and whether it is positive', () => {
    const { words, recommendation, summary } = summaryIn(language, perspective, settingAnswers);
    const t = words.messages.exports.moodChecks;
    expect(recommendation.moodScreens).toEqual({
      phq2: { score: 4, positive: true },
      gad2: { score: 0, positive: false },
    });
    expect(summary.headings.moodChecks).toBe(t.heading);
    expect(summary.moodChecks).toEqual([t.score(t.phq2, 4, true), t.score(t.gad2, 0, false)]);
    expect(summary.moodChecks[0]).toMatch(/^PHQ-2\b.*\b4\b.*\b6\b/);
    expect(summary.moodChecks[1]).toMatch(/^GAD-2\b.*\b0\b.*\b6\b/);
    expect(summary.moodChecks[0]).not.toBe(t.score(t.phq2, 4, false));
  });

  test('says a mood check was not answered rather than giving it a total of the items answered', () => {
    const { words, recommendation, summary } = summaryIn(language, perspective, halfAnsweredMood);
    const t = words.messages.exports.moodChecks;
    expect(recommendation.moodScreens.gad2.score).toBe(0);
    expect(summary.moodChecks).toEqual([t.score(t.phq2, 4, true), t.notAnswered(t.gad2)]);
    expect(summary.moodChecks[1]).not.toMatch(/\d of 6|\d de 6/);
  });
});
