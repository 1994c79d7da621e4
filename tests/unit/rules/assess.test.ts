import { readdirSync, readFileSync } from 'node:fs';
import type { Answers } from '../../../questions/answers.ts';
import { questionnaire } from '../../../questions/questionnaire.ts';
import { assessInEnglish } from '../../support/words.ts';
import { readingGrade } from '../support/reading-grade.ts';
import { RecommendationSchema, type Recommendation } from '../../../src/rules/recommendation.ts';
import { RULES_VERSION } from '../../../src/rules/version.ts';
import { answersOf, mildAtHome, moderateAtHome, severeNoSupport } from './fixtures.ts';

/** Everything at once (short of a gate that takes the setting's place): nearly every rule fires. */
const everyRisk = answersOf(severeNoSupport, {
  'overdose-now': 'yes',
  'danger-signs-now': 'yes',
  'recent-overdose': 'yes',
  'opioids-used': ['fentanyl', 'methadone-or-buprenorphine'],
  'how-used': ['inject', 'alone'],
  alcohol: 'heavy',
  benzodiazepines: 'daily',
  'benzodiazepines-prescribed': 'not-prescribed',
  'other-drugs': ['stimulants', 'gabapentinoids'],
  'health-now': ['urgent', 'wound-or-fever', 'chronic-pain', 'ongoing'],
  'withdrawal-history': 'seizure',
  'phq-interest': 'nearly-every-day',
  'phq-down': 'nearly-every-day',
  pregnancy: 'pregnant',
  'prenatal-care': 'no',
  'support-person': 'yes',
  'recent-release': ['jail', 'detox'],
  responsibilities: ['work', 'children'],
  'previous-treatment': 'returned-repeatedly',
  'previous-treatment-type': ['outpatient'],
  'open-to-medication': 'not-sure',
  'daily-visits': 'no',
  'prefers-non-opioid': 'yes',
});

/** Every gate's answer at once, and every answer kept back or not known. */
const everyGateAndUnknown = answersOf(everyRisk, {
  'self-harm-thoughts': 'yes',
  adult: 'no',
  'current-medicine': 'dont-know',
  'last-use': 'dont-know',
  alcohol: 'prefer-not-to-say',
  benzodiazepines: 'dont-know',
  'withdrawal-history': 'dont-know',
  pregnancy: 'prefer-not-to-say',
  'others-use': 'dont-know',
  'home-safe': 'prefer-not-to-say',
});

const realistic: [string, Answers][] = [
  ['no answers', {}],
  ['one answer', answersOf({ housing: 'none' })],
  ['only the safety questions', answersOf({ 'overdose-now': 'no', 'self-harm-thoughts': 'no' })],
  ['mild use at home', answersOf(mildAtHome)],
  ['moderate use at home', answersOf(moderateAtHome)],
  ['severe use with no support at home', answersOf(severeNoSupport)],
  ['every risk at once', everyRisk],
  ['stable on methadone', answersOf(mildAtHome, { 'current-medicine': 'methadone', 'medicine-working': 'yes' })],
  ['fewer than two signs', answersOf(mildAtHome, { control: ['none'] })],
  ['every gate and every unknown answer at once', everyGateAndUnknown],
];

function allTexts(result: Recommendation): string[] {
  const { setting, insteadOfSetting } = result;
  const statements = [
    ...(insteadOfSetting ? [insteadOfSetting] : []),
    ...result.medicationNotes,
    ...result.cautions,
    ...result.unknowns,
    ...result.support,
    ...result.family,
  ];
  return [
    ...(setting ? [setting.name, setting.asamOrientation, setting.description] : []),
    ...(setting?.reasons ?? []).map((reason) => reason.text),
    ...result.medications.flatMap((entry) => [
      entry.name,
      entry.howGiven,
      ...[...entry.notes, ...entry.cautions].flatMap((item) => [
        item.text,
        ...item.reasons.map((reason) => reason.text),
      ]),
    ]),
    ...statements.flatMap((item) => [item.text, ...item.reasons.map((reason) => reason.text)]),
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
    expect(RULES_VERSION).toBe('2.2.0');
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

  it('ignores answers on hidden branches: whether a medicine works when none is taken', () => {
    const noMedicine = answersOf(mildAtHome, { 'current-medicine': 'none' });
    expect(assessInEnglish({ ...noMedicine, 'medicine-working': 'yes' })).toEqual(assessInEnglish(noMedicine));
  });

  it('ignores answers on hidden branches: a prescription for benzos that are not taken', () => {
    const noBenzos = answersOf(mildAtHome, { benzodiazepines: 'no' });
    expect(assessInEnglish({ ...noBenzos, 'benzodiazepines-prescribed': 'not-prescribed' })).toEqual(
      assessInEnglish(noBenzos),
    );
  });

  it('ignores answers on hidden branches: medicine preferences when not open to medicine', () => {
    const base = answersOf(mildAtHome, { 'open-to-medication': 'no' });
    const withHidden = { ...base, 'daily-visits': 'no', 'prefers-non-opioid': 'yes' };
    const result = assessInEnglish(withHidden);
    expect(result).toEqual(assessInEnglish(base));
    const ids = result.medications.flatMap((entry) => [...entry.notes, ...entry.cautions].map((item) => item.id));
    expect(ids).not.toContain('methadone-visits');
    expect(ids).not.toContain('naltrexone-non-opioid-wish');
  });

  it.each([
    ['every risk at once', everyRisk],
    ['every gate and every unknown answer at once', everyGateAndUnknown],
  ])('gives every setting, statement and step at least one known source (%s)', (_, answers) => {
    const result = RecommendationSchema.parse(assessInEnglish(answers));
    const sourced = [
      ...(result.setting ? [result.setting] : []),
      ...(result.insteadOfSetting ? [result.insteadOfSetting] : []),
      ...result.medications,
      ...result.medicationNotes,
      ...result.cautions,
      ...result.unknowns,
      ...result.support,
      ...result.nextSteps,
    ];
    expect(sourced.length).toBeGreaterThan(20);
    for (const item of sourced) expect(item.sources.length).toBeGreaterThan(0);
    for (const entry of result.medications) {
      for (const item of [...entry.notes, ...entry.cautions]) expect(item.sources.length).toBeGreaterThan(0);
    }
  });

  it('explains every conclusion drawn from answers with reasons in plain words', () => {
    const result = assessInEnglish(everyRisk);
    expect(result.setting?.reasons.length).toBeGreaterThan(0);
    const reasons = [
      ...(result.setting?.reasons ?? []),
      ...result.medicationNotes.flatMap((item) => item.reasons),
      ...result.cautions.flatMap((item) => item.reasons),
      ...result.medications.flatMap((entry) => [...entry.notes, ...entry.cautions].flatMap((item) => item.reasons)),
    ];
    for (const reason of reasons) {
      expect(reason.text).toMatch(/^(You said|Your answers|So )/);
      expect(everyRisk[reason.questionId]).toBeDefined();
    }
  });

  it('explains a gate and each unknown answer by the answers behind them', () => {
    const result = assessInEnglish(everyGateAndUnknown);
    expect(result.setting).toBeNull();
    expect(result.insteadOfSetting?.reasons.map((reason) => reason.questionId)).toEqual(['self-harm-thoughts']);
    const reasons = [...(result.insteadOfSetting?.reasons ?? []), ...result.unknowns.flatMap((item) => item.reasons)];
    expect(result.unknowns.length).toBeGreaterThan(5);
    for (const reason of reasons) {
      expect(reason.text).toMatch(/^(You said|You chose not to say|You do not know)/);
      expect(everyGateAndUnknown[reason.questionId]).toBeDefined();
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
