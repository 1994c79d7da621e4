/**
 * Risk signals that several rules share (setting, next steps). Each returns the reasons when the
 * signal is present and null when it is not, so rules can combine them with `allOf`/`anyOf`
 * and show exactly which answers led to a result. Every signal only grows as an answer gets
 * riskier, which keeps the setting rules monotone.
 */
import type { Answers } from '../../questions/answers.ts';
import { allQuestions } from '../../questions/journey.ts';
import { single } from '../../questions/read-answers.ts';
import { questionnaire } from '../../questions/questionnaire.ts';
import type { Reason } from './recommendation.ts';
import { anyOf, whenAny, whenOne } from './reasons.ts';

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

export type Screen = { score: number; positive: boolean };

/** A two-item screen's total (unanswered items score 0). */
function twoItemScreen(answers: Answers, items: readonly [ScaleQuestionId, ScaleQuestionId]): Screen {
  const score = items.reduce((total, id) => total + itemScore(answers, id), 0);
  return { score, positive: score >= SCREEN_THRESHOLD };
}

export const phq2 = (answers: Answers): Screen => twoItemScreen(answers, ['phq-interest', 'phq-down']);
export const gad2 = (answers: Answers): Screen => twoItemScreen(answers, ['gad-nervous', 'gad-worry']);

/** A positive PHQ-2 or GAD-2, with reasons naming the score. */
export function positiveMoodScreen(answers: Answers): Reason[] | null {
  const depression = phq2(answers);
  const anxiety = gad2(answers);
  return anyOf(
    depression.positive
      ? [
          {
            questionId: 'phq-interest',
            text: `Your answers about low mood add up to ${depression.score} out of 6 on a short depression check (PHQ-2). 3 or more is worth a closer look.`,
          },
        ]
      : null,
    anxiety.positive
      ? [
          {
            questionId: 'gad-nervous',
            text: `Your answers about worry add up to ${anxiety.score} out of 6 on a short anxiety check (GAD-2). 3 or more is worth a closer look.`,
          },
        ]
      : null,
  );
}

/** A co-occurring mental health condition: a positive screen or a diagnosis (SET-3). */
export function coOccurringMentalHealth(answers: Answers): Reason[] | null {
  return anyOf(positiveMoodScreen(answers), whenOne(answers, 'mental-health-diagnosis', ['yes']));
}

/** A home that does not support recovery: no steady home, unsafe, others use, or no support (SET-3). */
export function unsupportiveHome(answers: Answers): Reason[] | null {
  return anyOf(
    whenOne(answers, 'housing', ['unstable', 'none']),
    whenOne(answers, 'home-safe', ['no']),
    whenOne(answers, 'others-use', ['yes']),
    whenOne(answers, 'support-person', ['no']),
  );
}

/** No home at all, or a home that is not safe (SET-3). */
export function unsafeHome(answers: Answers): Reason[] | null {
  return anyOf(whenOne(answers, 'housing', ['none']), whenOne(answers, 'home-safe', ['no']));
}

/** Started using again after treatment that included outpatient care (SET-3). */
export function returnedAfterOutpatient(answers: Answers, repeatedly: boolean): Reason[] | null {
  const returned = repeatedly
    ? whenOne(answers, 'previous-treatment', ['returned-repeatedly'])
    : whenOne(answers, 'previous-treatment', ['returned-once', 'returned-repeatedly']);
  const outpatient = whenAny(answers, 'previous-treatment-type', ['outpatient']);
  return returned && outpatient ? [...returned, ...outpatient] : null;
}
