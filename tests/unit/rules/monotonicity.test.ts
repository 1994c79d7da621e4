/**
 * Making any single answer riskier never lowers the setting (SET-1). Checked over many answer sets
 * drawn from a fixed seed, so a failure is reproducible.
 */
import type { Answers, AnswerValue } from '../../../questions/answers.ts';
import { allQuestions } from '../../../questions/journey.ts';
import { questionnaire } from '../../../questions/questionnaire.ts';
import { assess } from '../../../src/rules/assess.ts';
import { RecommendationSchema, settingLevels } from '../../../src/rules/recommendation.ts';

/** Options from least to most risky, for the single-choice questions the setting can depend on. */
const riskOrder: Record<string, readonly string[]> = {
  'self-harm-thoughts': ['no', 'yes'],
  'phq-interest': ['not-at-all', 'several-days', 'more-than-half', 'nearly-every-day'],
  'phq-down': ['not-at-all', 'several-days', 'more-than-half', 'nearly-every-day'],
  'gad-nervous': ['not-at-all', 'several-days', 'more-than-half', 'nearly-every-day'],
  'gad-worry': ['not-at-all', 'several-days', 'more-than-half', 'nearly-every-day'],
  'mental-health-diagnosis': ['no', 'not-sure', 'yes'],
  alcohol: ['no', 'some', 'heavy'],
  benzodiazepines: ['no', 'sometimes', 'daily'],
  'medical-problems': ['no', 'ongoing', 'urgent'],
  'withdrawal-history': ['no', 'severe', 'seizure'],
  housing: ['stable', 'unstable', 'none'],
  'others-use': ['live-alone', 'no', 'yes'],
  'home-safe': ['yes', 'not-sure', 'no'],
  'support-person': ['yes', 'no'],
  'previous-treatment': ['never', 'helped', 'returned-once', 'returned-repeatedly'],
};

/** A checkbox answer gets riskier by ticking one more of these (criteria, another opioid, outpatient). */
const riskierTicks: Record<string, readonly string[]> = {
  control: ['more-than-meant', 'could-not-cut-down', 'much-time', 'craving'],
  'life-impact': ['duties', 'relationships', 'gave-up-activities', 'risky-situations', 'despite-harm'],
  'body-changes': ['tolerance', 'withdrawal'],
  'opioids-used': ['heroin', 'fentanyl', 'pills-not-as-prescribed', 'methadone-or-buprenorphine', 'other'],
  'previous-treatment-type': ['outpatient'],
};

function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 2 ** 32;
    return state / 2 ** 32;
  };
}

function randomAnswers(random: () => number): Answers {
  const answers: Record<string, AnswerValue> = {};
  for (const question of allQuestions(questionnaire)) {
    if (random() < 0.25) continue;
    const values = question.options.map((option) => option.value);
    if (question.kind === 'single') {
      answers[question.id] = values[Math.floor(random() * values.length)] ?? values[0] ?? '';
    } else {
      const exclusive = question.options.find((option) => option.exclusive)?.value;
      const picked = values.filter((value) => value !== exclusive && random() < 0.4);
      answers[question.id] = picked.length > 0 ? picked : [exclusive ?? values[0] ?? ''];
    }
  }
  return answers;
}

const rank = (answers: Answers) => settingLevels.indexOf(assess(answers).setting.level);

describe('setting rules are monotone', { timeout: 30_000 }, () => {
  const random = seededRandom(20261101);
  const samples = Array.from({ length: 200 }, () => randomAnswers(random));

  it('never lowers the setting when one single-choice answer becomes riskier', () => {
    const violations: string[] = [];
    let comparisons = 0;
    for (const [index, answers] of samples.entries()) {
      for (const [id, order] of Object.entries(riskOrder)) {
        for (const [step, safer] of order.slice(0, -1).entries()) {
          const riskier = order[step + 1] ?? safer;
          comparisons += 1;
          if (rank({ ...answers, [id]: riskier }) < rank({ ...answers, [id]: safer })) {
            violations.push(`sample ${String(index)}: ${id} ${safer} -> ${riskier}`);
          }
        }
      }
    }
    expect(violations).toEqual([]);
    expect(comparisons).toBeGreaterThan(1000);
  });

  it('never lowers the setting when one more box is ticked', () => {
    const violations: string[] = [];
    for (const [index, answers] of samples.entries()) {
      for (const [id, ticks] of Object.entries(riskierTicks)) {
        const before = answers[id];
        const current: readonly string[] = typeof before === 'object' ? before.filter((value) => value !== 'none') : [];
        const baseline = { ...answers, [id]: current.length > 0 ? current : (before ?? []) };
        for (const tick of ticks.filter((value) => !current.includes(value))) {
          if (rank({ ...answers, [id]: [...current, tick] }) < rank(baseline)) {
            violations.push(`sample ${String(index)}: ${id} + ${tick}`);
          }
        }
      }
    }
    expect(violations).toEqual([]);
  });

  it('gives a valid result for every sampled answer set', () => {
    for (const answers of samples) expect(() => RecommendationSchema.parse(assess(answers))).not.toThrow();
  });
});
