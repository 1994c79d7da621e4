/**
 * "Prefer not to say" and "I don't know": each is named in the results with what to tell the
 * provider and why it matters, and no rule reads it as the safe answer.
 */
import type { TypedAnswers } from './support/typed-answers.ts';
import { allQuestions } from '../../../questions/journey.ts';
import { questionnaire } from '../../../questions/questionnaire.ts';
import { assessInEnglish } from '../../support/words.ts';
import { unknownAnswerSources, unknownChosen } from '../../../src/rules/unknown-answers.ts';
import { answersOf, mildAtHome, severeNoSupport } from './fixtures.ts';

const resultFor = (...parts: TypedAnswers[]) => assessInEnglish(answersOf(mildAtHome, ...parts));
const questionsWithUnknowns = allQuestions(questionnaire).filter((question) =>
  question.options.some((option) => option.unknown),
);

describe('answers kept back or not known, named in the results', () => {
  it('covers every question that offers such an answer', () => {
    expect(questionsWithUnknowns.map((question) => question.id).toSorted()).toEqual(
      Object.keys(unknownAnswerSources).toSorted(),
    );
  });

  it.each(
    questionsWithUnknowns.flatMap((question) =>
      question.options.filter((option) => option.unknown).map((option) => [question.id, option.value] as const),
    ),
  )('names "%s" answered "%s", with its sources and the answer as the reason', (questionId, value) => {
    // "Others use" and "home safe" are asked only of someone with a home.
    const result = assessInEnglish({ housing: 'stable', [questionId]: value }, 'other');
    const named = result.unknowns.find((item) => item.id === `unknown-${questionId}`);
    expect(named?.sources).toEqual(unknownAnswerSources[questionId as keyof typeof unknownAnswerSources]);
    expect(named?.reasons.map((reason) => reason.questionId)).toEqual([questionId]);
    expect(named?.reasons[0]?.text).toMatch(
      /^You (chose not to say|said you do not know) whether|^You said you do not know when/,
    );
    expect(named?.text.length).toBeGreaterThan(20);
  });

  it('names none for known answers, and lists them in questionnaire order', () => {
    expect(assessInEnglish(answersOf(severeNoSupport)).unknowns).toEqual([]);
    const result = resultFor({
      'home-safe': 'prefer-not-to-say',
      alcohol: 'prefer-not-to-say',
      'last-use': 'dont-know',
    });
    expect(result.unknowns.map((item) => item.id)).toEqual([
      'unknown-last-use',
      'unknown-alcohol',
      'unknown-home-safe',
    ]);
  });

  it('reads the unknown options chosen, and nothing for a known or missing answer', () => {
    expect(unknownChosen({ alcohol: 'dont-know' }, 'alcohol')).toEqual(['dont-know']);
    expect(unknownChosen({ alcohol: 'heavy' }, 'alcohol')).toEqual([]);
    expect(unknownChosen({}, 'alcohol')).toEqual([]);
    expect(unknownChosen({ housing: 'none' }, 'housing')).toEqual([]);
    expect(unknownChosen({ 'no-such-question': 'dont-know' }, 'no-such-question')).toEqual([]);
  });

  it('tells someone who kept back whether home is safe about 911 and the domestic violence hotline (DV-1)', () => {
    const named = resultFor({ 'home-safe': 'prefer-not-to-say' }).unknowns[0];
    expect(named?.text).toMatch(/National Domestic Violence Hotline/);
    expect(named?.text).toMatch(/If you are in danger now, call 911/);
  });

  it('tells someone who does not know about danger signs when to go to the emergency department (WD-1)', () => {
    const named = assessInEnglish(answersOf(mildAtHome, { 'danger-signs-now': 'dont-know' }), 'other').unknowns[0];
    expect(named?.text).toMatch(/they need an emergency department or 911/);
  });
});

describe('an unknown answer is never read as the safe one', () => {
  it.each(['prefer-not-to-say', 'dont-know'] as const)('puts 988 first for self-harm "%s"', (answer) => {
    const result = resultFor({ 'self-harm-thoughts': answer });
    expect(result.nextSteps[0]).toMatchObject({ id: 'crisis-988', urgent: true });
    expect(result.unknowns.map((item) => item.id)).toEqual(['unknown-self-harm-thoughts']);
  });

  it('keeps the start-up cautions, and counts tolerance and withdrawal, when the current medicine is not known', () => {
    const result = resultFor({ 'current-medicine': 'dont-know', 'body-changes': ['tolerance', 'withdrawal'] });
    expect(result.severity.criteriaCount).toBe(4);
    const cautions = result.medications.flatMap((item) => item.cautions.map((caution) => caution.id));
    expect(cautions).toEqual(
      expect.arrayContaining(['buprenorphine-start-in-withdrawal', 'naltrexone-opioid-free-first']),
    );
  });

  it('keeps the wait before naltrexone when the last use is not known', () => {
    const naltrexone = resultFor({ 'last-use': 'dont-know' }).medications.find((item) => item.id === 'naltrexone');
    expect(naltrexone?.cautions.map((item) => item.id)).toContain('naltrexone-opioid-free-first');
  });

  it('reads daily benzos not known to be prescribed as not prescribed: hospital care', () => {
    expect(resultFor({ benzodiazepines: 'daily', 'benzodiazepines-prescribed': 'not-sure' }).setting?.level).toBe(
      'hospital',
    );
  });

  it('does not suggest family therapy when whether home is safe was kept back', () => {
    const support = resultFor({ 'home-safe': 'prefer-not-to-say' }).support.map((item) => item.id);
    expect(support).not.toContain('family-therapy');
  });

  it.each<[string, TypedAnswers, TypedAnswers]>([
    ['alcohol', { alcohol: 'prefer-not-to-say' }, { alcohol: 'no' }],
    ['benzodiazepines', { benzodiazepines: 'dont-know' }, { benzodiazepines: 'no' }],
    ['withdrawal history', { 'withdrawal-history': 'dont-know' }, { 'withdrawal-history': 'no' }],
    ['others at home', { 'others-use': 'prefer-not-to-say' }, { 'others-use': 'no' }],
    ['home safety', { 'home-safe': 'prefer-not-to-say' }, { 'home-safe': 'yes' }],
    ['pregnancy', { pregnancy: 'dont-know' }, { pregnancy: 'no' }],
  ])('gives no lower setting for %s kept back or not known than for the safest known answer', (_, unknown, safest) => {
    for (const base of [mildAtHome, severeNoSupport]) {
      const withUnknown = assessInEnglish(answersOf(base, unknown));
      const withSafest = assessInEnglish(answersOf(base, safest));
      expect(withUnknown.setting).toEqual(withSafest.setting);
      expect(withUnknown.unknowns.length).toBe(1);
    }
  });
});
