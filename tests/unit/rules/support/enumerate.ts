/**
 * Exhaustive enumeration of the answers that matter to one property: every combination of a few
 * questions (each also left unanswered), and the severity buckets of SEV-2 written as answers.
 */
import type { Answers } from '../../../../questions/answers.ts';
import { findQuestion } from '../../../../questions/journey.ts';
import { questionnaire } from '../../../../questions/questionnaire.ts';
import type { Recommendation, SettingLevel } from '../../../../src/rules/recommendation.ts';
import { settingLevels } from '../../../../src/rules/recommendation.ts';

/** Every option of a single-choice question, and `undefined` for "not answered". */
export function choicesOf(questionId: string): (string | undefined)[] {
  const question = findQuestion(questionnaire, questionId);
  if (!question) throw new Error(`no question "${questionId}"`);
  return [undefined, ...question.options.map((option) => option.value)];
}

/** Every combination of the given questions' choices, as answer sets. */
export function combinations(questionIds: readonly string[]): Answers[] {
  return questionIds.reduce<Answers[]>(
    (sets, id) =>
      sets.flatMap((set) => choicesOf(id).map((value) => (value === undefined ? set : { ...set, [id]: value }))),
    [{}],
  );
}

export type SeverityBucket = Recommendation['severity']['level'];

/** Criteria answers that give each SEV-2 band: 0, 1 ("None of these"), 2, 4 and 7 criteria. */
export const severityBuckets: Record<SeverityBucket, Answers> = {
  'not-answered': {},
  none: { control: ['none'], 'life-impact': ['none'], 'body-changes': ['tolerance'] },
  mild: { control: ['more-than-meant', 'craving'], 'life-impact': ['none'] },
  moderate: { control: ['more-than-meant', 'could-not-cut-down'], 'life-impact': ['duties', 'despite-harm'] },
  severe: {
    control: ['more-than-meant', 'could-not-cut-down', 'much-time', 'craving'],
    'life-impact': ['duties', 'relationships'],
    'body-changes': ['withdrawal'],
  },
};

export const bucketNames = Object.keys(severityBuckets) as SeverityBucket[];

/** Position of a setting from least (0, outpatient) to most intensive. */
export const settingRank = (level: SettingLevel): number => settingLevels.indexOf(level);
