/**
 * "Because you said ...": the reasons for the answers a rule looks at, worded by the catalog's
 * `reasons` table (one sentence per answer), so the same answer is always explained in the same
 * words. Typed against the questionnaire so a rule cannot name an option that does not exist.
 */
import type { Answers } from '../../questions/answers.ts';
import { multiple, single, type MultipleQuestionId, type SingleQuestionId } from '../../questions/read-answers.ts';
import type { OptionValue } from '../../questions/questionnaire.ts';
import type { Reason } from './recommendation.ts';
import type { RuleTexts } from '../i18n/word-types.ts';

/** What every rule reads: the answers, and the catalog that words its conclusions. */
export type RuleContext = { readonly answers: Answers; readonly texts: RuleTexts };

type ReasonTable = RuleTexts['reasons'];

export type Explained = keyof ReasonTable;
export type ExplainedValue<Id extends Explained> = keyof ReasonTable[Id] & string;

/** The reason for one answer value (a rule only asks for values that have a text). */
export function reasonFor<Id extends Explained>(questionId: Id, value: ExplainedValue<Id>, texts: RuleTexts): Reason {
  const byValue: Readonly<Record<string, string>> = texts.reasons[questionId];
  return { questionId, text: byValue[value] ?? '' };
}

/** Reasons when the single answer is one of `values`, or null when it is not. */
export function whenOne<Id extends Explained & SingleQuestionId>(
  { answers, texts }: RuleContext,
  questionId: Id,
  values: readonly (ExplainedValue<Id> & OptionValue<Id>)[],
): Reason[] | null {
  const answer = single(answers, questionId);
  const hit = values.find((value) => value === answer);
  return hit === undefined ? null : [reasonFor(questionId, hit, texts)];
}

/** Reasons for each of `values` the person ticked, or null when they ticked none of them. */
export function whenAny<Id extends Explained & MultipleQuestionId>(
  { answers, texts }: RuleContext,
  questionId: Id,
  values: readonly (ExplainedValue<Id> & OptionValue<Id>)[],
): Reason[] | null {
  const chosen: readonly string[] = multiple(answers, questionId);
  const hits = values.filter((value) => chosen.includes(value));
  return hits.length === 0 ? null : hits.map((value) => reasonFor(questionId, value, texts));
}

/** All parts hold: their reasons together; otherwise null. */
export function allOf(...parts: (Reason[] | null)[]): Reason[] | null {
  const held = parts.filter((part): part is Reason[] => part !== null);
  return held.length === parts.length ? uniqueReasons(held.flat()) : null;
}

/** At least one part holds: the reasons of those that do; otherwise null. */
export function anyOf(...parts: (Reason[] | null)[]): Reason[] | null {
  const held = parts.filter((part): part is Reason[] => part !== null);
  return held.length === 0 ? null : uniqueReasons(held.flat());
}

export function uniqueReasons(reasons: readonly Reason[]): Reason[] {
  const seen = new Set<string>();
  return reasons.filter((reason) => {
    const key = `${reason.questionId}\u0000${reason.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
