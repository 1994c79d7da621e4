/**
 * What an answer comparison (`{ questionId, anyOf }`, see schema.ts) picks out of an answer: the
 * values of `anyOf` that were chosen, in `anyOf`'s order. A single choice chose one value and a
 * checkbox question any number, so one test serves both kinds: "the answer is one of these" and
 * "any of these is ticked" cannot drift apart. The journey (`showWhen`) and the rules both ask it;
 * each says what counts as chosen.
 */
import type { AnswerComparison } from './schema.ts';

export function valuesChosen(comparison: AnswerComparison, chosen: readonly string[]): readonly string[] {
  return comparison.anyOf.filter((value) => chosen.includes(value));
}
