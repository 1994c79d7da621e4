/**
 * The two-item mood screens (PHQ-2 for low mood, GAD-2 for worry), scored from the options'
 * own scores. A positive screen returns reasons that name the score, so the person sees why.
 */
import type { Answers } from '../../questions/answers.ts';
import { allQuestions } from '../../questions/journey.ts';
import { single } from '../../questions/read-answers.ts';
import { questionnaire } from '../../questions/questionnaire.ts';
import type { Reason } from './recommendation.ts';
import { anyOf, type RuleContext } from './reasons.ts';

/** PHQ-2 and GAD-2: 3 or more out of 6 is a positive screen. */
export const SCREEN_THRESHOLD = 3;

type ScaleQuestionId = 'phq-interest' | 'phq-down' | 'gad-nervous' | 'gad-worry';

const scores = new Map<string, number>(
  allQuestions(questionnaire).flatMap((question) =>
    question.options.map((option) => [`${question.id}:${option.value}`, option.score ?? 0] as const),
  ),
);

function itemScore(answers: Answers, id: ScaleQuestionId): number {
  const value = single(answers, id);
  return value === undefined ? 0 : (scores.get(`${id}:${value}`) ?? 0);
}

/** `explainedBy`: the item a reason points at, the first one the person answered. */
export type Screen = { score: number; positive: boolean; explainedBy: ScaleQuestionId };

/** A two-item screen's total (unanswered items score 0). */
function twoItemScreen(answers: Answers, items: readonly [ScaleQuestionId, ScaleQuestionId]): Screen {
  const score = items.reduce((total, id) => total + itemScore(answers, id), 0);
  const explainedBy = items.find((id) => single(answers, id) !== undefined) ?? items[0];
  return { score, positive: score >= SCREEN_THRESHOLD, explainedBy };
}

/** Each screen's two items, by question id (the published items, LIC-3). */
export const moodScreenItems = {
  phq2: ['phq-interest', 'phq-down'],
  gad2: ['gad-nervous', 'gad-worry'],
} as const satisfies Record<string, readonly [ScaleQuestionId, ScaleQuestionId]>;

export const phq2 = (answers: Answers): Screen => twoItemScreen(answers, moodScreenItems.phq2);
export const gad2 = (answers: Answers): Screen => twoItemScreen(answers, moodScreenItems.gad2);

/** A positive PHQ-2 or GAD-2, with reasons naming the score. */
export function positiveMoodScreen({ answers, texts }: RuleContext): Reason[] | null {
  const depression = phq2(answers);
  const anxiety = gad2(answers);
  return anyOf(
    depression.positive ? [{ questionId: depression.explainedBy, text: texts.scores.phq2(depression.score) }] : null,
    anxiety.positive ? [{ questionId: anxiety.explainedBy, text: texts.scores.gad2(anxiety.score) }] : null,
  );
}
