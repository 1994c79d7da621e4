/**
 * "Because you said ...": the reasons for the answers a rule looks at, worded by the catalog's
 * `reasons` table (one sentence per answer), so the same answer is always explained in the same
 * words. Typed against the questionnaire so a rule cannot name an option that does not exist.
 */
import { valuesChosen } from '../../questions/answer-comparison.ts';
import type { Answers } from '../../questions/answers.ts';
import { offeredChoices } from '../../questions/read-answers.ts';
import type { QuestionId } from '../../questions/questionnaire.ts';
import type { AnswerComparison } from '../../questions/schema.ts';
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

/** Reasons for each value of the comparison the person chose, or null when they chose none of them. */
export function whenAnswer({ answers, texts }: RuleContext, comparison: AnswerComparison): Reason[] | null {
  const id = comparison.questionId as Explained & QuestionId;
  const hits = valuesChosen(comparison, offeredChoices(answers, id));
  return hits.length === 0 ? null : hits.map((value) => reasonFor(id, value as never, texts));
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
