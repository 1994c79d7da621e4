import { readdirSync, readFileSync } from 'node:fs';
import type { Answers } from '../../../questions/answers.ts';
import { questionnaire } from '../../../questions/questionnaire.ts';
import { assessInEnglish } from '../../support/words.ts';
import { readingGrade } from '../support/reading-grade.ts';
import { RecommendationSchema, type Recommendation } from '../../../src/rules/recommendation.ts';
import { RULES_VERSION } from '../../../src/rules/version.ts';
import { answersOf, mildAtHome, moderateAtHome, severeNoSupport } from './fixtures.ts';

/** Everything at once: every rule that can fire, fires. */
const everyRisk = answersOf(severeNoSupport, {
  'overdose-now': 'yes',
  'self-harm-thoughts': 'yes',
  'opioids-used': ['fentanyl', 'methadone-or-buprenorphine'],
  alcohol: 'heavy',
  benzodiazepines: 'daily',
  stimulants: 'yes',
  'medical-problems': 'ongoing',
  'phq-interest': 'nearly-every-day',
  'phq-down': 'nearly-every-day',
  pregnancy: 'pregnant',
  'prenatal-care': 'no',
  'support-person': 'yes',
  'recent-release': ['jail'],
  'previous-treatment': 'returned-repeatedly',
  'previous-treatment-type': ['outpatient'],
  'open-to-medication': 'not-sure',
  'daily-visits': 'no',
  'prefers-non-opioid': 'yes',
});

const realistic: [string, Answers][] = [
  ['no answers', {}],
  ['one answer', answersOf({ housing: 'none' })],
  ['only the safety questions', answersOf({ 'overdose-now': 'no', 'self-harm-thoughts': 'no' })],
  ['mild use at home', answersOf(mildAtHome)],
  ['moderate use at home', answersOf(moderateAtHome)],
  ['severe use with no support at home', answersOf(severeNoSupport)],
  ['every risk at once', everyRisk],
];

function allTexts(result: Recommendation): string[] {
  const { setting } = result;
  return [
    setting.name,
    setting.asamOrientation,
    setting.description,
    ...setting.reasons.map((reason) => reason.text),
    ...result.medications.flatMap((entry) => [
      entry.name,
      entry.howGiven,
      ...[...entry.notes, ...entry.cautions].flatMap((item) => [
        item.text,
        ...item.reasons.map((reason) => reason.text),
      ]),
    ]),
    ...[...result.cautions, ...result.support].flatMap((item) => [
      item.text,
      ...item.reasons.map((reason) => reason.text),
    ]),
    ...result.nextSteps.flatMap((step) => [step.title, step.text]),
  ];
}

describe('assess', () => {
  it.each(realistic)('gives a valid Recommendation for %s', (_, answers) => {
    expect(() => RecommendationSchema.parse(assessInEnglish(answers))).not.toThrow();
  });

  it('stamps the questionnaire and rules versions', () => {
    const result = assessInEnglish({});
    expect(result.questionnaireVersion).toBe(questionnaire.version);
    expect(result.rulesVersion).toBe(RULES_VERSION);
    expect(RULES_VERSION).toBe('1.1.0');
  });

  it('gives the same result for the same answers, in any key order', () => {
    const reversed = Object.fromEntries(Object.entries(everyRisk).reverse());
    expect(assessInEnglish(reversed)).toEqual(assessInEnglish(everyRisk));
    expect(assessInEnglish(everyRisk)).toEqual(assessInEnglish(everyRisk));
  });

  it('does not change the answers it is given', () => {
    const answers = structuredClone(everyRisk);
    assessInEnglish(answers);
    expect(answers).toEqual(everyRisk);
  });

  it('ignores answers on hidden branches: pregnancy care when not pregnant', () => {
    const notPregnant = answersOf(mildAtHome, { pregnancy: 'no' });
    expect(assessInEnglish({ ...notPregnant, 'prenatal-care': 'no' })).toEqual(assessInEnglish(notPregnant));
  });

  it('ignores answers on hidden branches: medicine preferences when not open to medicine', () => {
    const base = answersOf(mildAtHome, { 'open-to-medication': 'no' });
    const withHidden = { ...base, 'daily-visits': 'no', 'prefers-non-opioid': 'yes' };
    const result = assessInEnglish(withHidden);
    expect(result).toEqual(assessInEnglish(base));
    const ids = result.medications.flatMap((entry) => [...entry.notes, ...entry.cautions].map((item) => item.id));
    expect(ids).not.toContain('methadone-daily-visits');
    expect(ids).not.toContain('naltrexone-non-opioid-wish');
  });

  it('gives every setting, statement and step at least one known source', () => {
    const result = RecommendationSchema.parse(assessInEnglish(everyRisk));
    const sourced = [result.setting, ...result.medications, ...result.cautions, ...result.support, ...result.nextSteps];
    for (const item of sourced) expect(item.sources.length).toBeGreaterThan(0);
    for (const entry of result.medications) {
      for (const item of [...entry.notes, ...entry.cautions]) expect(item.sources.length).toBeGreaterThan(0);
    }
  });

  it('explains every conclusion drawn from answers with reasons in plain words', () => {
    const result = assessInEnglish(everyRisk);
    expect(result.setting.reasons.length).toBeGreaterThan(0);
    const reasons = [
      ...result.setting.reasons,
      ...result.cautions.flatMap((item) => item.reasons),
      ...result.medications.flatMap((entry) => [...entry.notes, ...entry.cautions].flatMap((item) => item.reasons)),
    ];
    for (const reason of reasons) {
      expect(reason.text).toMatch(/^(You said|Your answers|So )/);
      expect(everyRisk[reason.questionId]).toBeDefined();
    }
  });

  it('never mentions a dose amount', () => {
    for (const [, answers] of realistic) {
      for (const text of allTexts(assessInEnglish(answers))) {
        expect(text).not.toMatch(/\d\s*(mg|mcg|milligram|microgram|ml|tablets?|pills? a day)\b/i);
      }
    }
  });

  it('keeps the text at about reading grade 8', () => {
    const texts = [...new Set(realistic.flatMap(([, answers]) => allTexts(assessInEnglish(answers))))];
    expect(readingGrade(texts.join(' '))).toBeLessThanOrEqual(8);
    const prose = texts.filter((text) => text.endsWith('.') && text.split(/\s+/).length >= 6);
    expect(prose.filter((text) => readingGrade(text) > 11)).toEqual([]);
    const sentences = texts.flatMap((text) => text.split(/[.!?](?:\s|$)/));
    expect(sentences.filter((sentence) => sentence.split(/\s+/).length > 25)).toEqual([]);
  });

  it('keeps src/rules free of React, xstate, the DOM, the machine and the UI', () => {
    const folder = new URL('../../../src/rules/', import.meta.url);
    const offending = readdirSync(folder)
      .filter((name) => name.endsWith('.ts'))
      .filter((file) => {
        const source = readFileSync(new URL(file, folder), 'utf8');
        return [
          /from ['"](react|react-dom|xstate|@xstate\/[^'"]*)['"]/,
          /from ['"][^'"]*(src\/(machine|ui)|\.\.\/(machine|ui))\//,
          /\b(window|document)\./,
        ].some((pattern) => pattern.test(source));
      });
    expect(offending).toEqual([]);
  });
});
