/**
 * Every way to make one answer riskier, by the order in `risk-order.ts`. An unanswered question, or
 * one whose answer the question does not offer, sits below every option: the rules can only act on
 * risks a person has told them about.
 */
import fc from 'fast-check';
import type { Answers } from '../../../../questions/answers.ts';
import { chosenValues } from '../../../../questions/chosen-values.ts';
import { riskierTicks, singleRiskTiers, type RiskyQuestionId } from './risk-order.ts';

export type Escalation = { questionId: RiskyQuestionId; change: string; answers: Answers };

const tiers: Readonly<Record<string, readonly (readonly string[])[]>> = singleRiskTiers;
const ticks: Readonly<Record<string, readonly string[]>> = riskierTicks;

/** The tier of a single answer; -1 when unanswered or not an offered option. */
export function tierOf(questionId: string, answer: Answers[string] | undefined): number {
  const order = tiers[questionId] ?? [];
  return typeof answer === 'string' ? order.findIndex((tier) => tier.includes(answer)) : -1;
}

/** The riskier answer sets that differ from `answers` in `questionId` only. */
export function escalationsOf(answers: Answers, questionId: RiskyQuestionId): Escalation[] {
  const order = tiers[questionId];
  if (order) {
    const current = tierOf(questionId, answers[questionId]);
    return order.slice(current + 1).flatMap((tier) =>
      tier.map((value) => ({
        questionId,
        change: `${JSON.stringify(answers[questionId])} -> ${value}`,
        answers: { ...answers, [questionId]: value },
      })),
    );
  }
  const raising = ticks[questionId] ?? [];
  const current = chosenValues(answers[questionId]);
  return raising
    .filter((value) => !current.includes(value))
    .map((value) => ({ questionId, change: `+ ${value}`, answers: { ...answers, [questionId]: [...current, value] } }));
}

/** Every single-answer escalation of `answers`. */
export function allEscalations(answers: Answers, questionIds: readonly RiskyQuestionId[]): Escalation[] {
  return questionIds.flatMap((id) => escalationsOf(answers, id));
}

/** An answer set and one random escalation of it (when it has any). */
export function escalated(base: fc.Arbitrary<Answers>, questionIds: readonly RiskyQuestionId[]) {
  return fc
    .tuple(base, fc.constantFrom(...questionIds), fc.nat())
    .map(([answers, questionId, pick]) => {
      const options = escalationsOf(answers, questionId);
      return { answers, escalation: options.length > 0 ? options[pick % options.length] : undefined };
    })
    .filter((pair): pair is { answers: Answers; escalation: Escalation } => pair.escalation !== undefined);
}
