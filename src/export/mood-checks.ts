/**
 * The two short mood checks (PHQ-2, GAD-2) as the exports report them to a provider: the total and
 * whether it is a positive screen, as the rules scored them, or "not answered" when either item is
 * missing. The rules count a missing item as 0, which is right for deciding whether to mention
 * low mood, but a provider reading "PHQ-2 score 0" would take it for a real total; so a check is
 * reported only when both of its items were answered on the person's journey.
 */
import type { Answers } from '../../questions/answers.ts';
import { effectiveAnswers } from '../../questions/journey.ts';
import type { Questionnaire } from '../../questions/schema.ts';
import { moodScreenItems } from '../rules/mood-screens.ts';
import type { Recommendation } from '../rules/recommendation.ts';

export type MoodCheckId = keyof typeof moodScreenItems;

export type MoodCheck =
  | { readonly id: MoodCheckId; readonly answered: true; readonly score: number; readonly positive: boolean }
  | { readonly id: MoodCheckId; readonly answered: false };

export function moodChecksOf(
  questionnaire: Questionnaire,
  answers: Answers,
  recommendation: Recommendation,
): MoodCheck[] {
  const given = effectiveAnswers(questionnaire, answers);
  return (['phq2', 'gad2'] as const).map((id) => {
    const answered = moodScreenItems[id].every((item) => given[item] !== undefined);
    return answered ? { id, answered, ...recommendation.moodScreens[id] } : { id, answered };
  });
}
