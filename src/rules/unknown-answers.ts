/**
 * Answers the person kept to themselves ("Prefer not to say") or did not know ("I don't know"),
 * from the questionnaire's own flag on those options. The rules never read such an answer as the
 * safe one: no rule takes it as "no", and each one is named in the results with what to tell the
 * provider and why it matters (the source behind that reason).
 */
import type { Answers } from '../../questions/answers.ts';
import { chosenValues } from '../../questions/chosen-values.ts';
import { allQuestions } from '../../questions/journey.ts';
import { questionnaire } from '../../questions/questionnaire.ts';
import type { Statement } from './recommendation.ts';
import { reasonFor, type Explained } from './reasons.ts';
import type { Facts } from './rule-conditions.ts';
import type { SourceId } from './sources.ts';
import { statement } from './statement.ts';
import type { RuleTexts } from '../i18n/word-types.ts';

/** The questions that can be answered "unknown", and why their answer matters to a provider. */
export const unknownAnswerSources = {
  'self-harm-thoughts': ['SAFE-2'],
  'danger-signs-now': ['WD-1'],
  'current-medicine': ['CONT-1'],
  'last-use': ['MED-3', 'MED-4'],
  'recent-overdose': ['OD-1'],
  alcohol: ['SAFE-3'],
  benzodiazepines: ['SAFE-3', 'MED-7'],
  'withdrawal-history': ['SAFE-3'],
  pregnancy: ['PREG-4', 'PREG-2'],
  'others-use': ['SET-3'],
  'home-safe': ['SET-3', 'DV-1'],
} as const satisfies Record<string, readonly SourceId[]>;

type UnknownQuestion = keyof typeof unknownAnswerSources;

// Every question that can be unknown has its sentence in each language's words.
unknownAnswerSources satisfies Record<keyof RuleTexts['unknowns'], readonly SourceId[]>;

const unknownValues = new Map(
  allQuestions(questionnaire).map((question) => [
    question.id,
    question.options.filter((option) => option.unknown === true).map((option) => option.value),
  ]),
);

/** The "unknown" options chosen for `questionId` (none when the answer is known or missing). */
export function unknownChosen(answers: Answers, questionId: string): string[] {
  const unknown = unknownValues.get(questionId) ?? [];
  return chosenValues(answers[questionId]).filter((value) => unknown.includes(value));
}

export function unknownAnswers(facts: Facts): Statement[] {
  return (Object.keys(unknownAnswerSources) as UnknownQuestion[]).flatMap((questionId) => {
    const chosen = unknownChosen(facts.answers, questionId);
    if (chosen.length === 0) return [];
    const reasons = chosen.map((value) => reasonFor(questionId as Explained, value as never, facts.texts));
    return [
      statement(`unknown-${questionId}`, facts.texts.unknowns[questionId], unknownAnswerSources[questionId], reasons),
    ];
  });
}
