/**
 * The answers a person can keep to themselves ("Prefer not to say") or not know ("I don't know"),
 * each with what the results say about it and why it matters, read off the rules' own table.
 */
import { allQuestions } from '../../questions/journey.ts';
import { questionnaire } from '../../questions/questionnaire.ts';
import { unknownAnswerSources } from '../../src/rules/unknown-answers.ts';
import { cite } from './citations.ts';
import { describeCondition } from './describe-condition.ts';
import { en } from './english.ts';

type UnknownQuestion = keyof typeof unknownAnswerSources;

const unknownOptions = (questionId: string) =>
  allQuestions(questionnaire)
    .find((question) => question.id === questionId)
    ?.options.filter((option) => option.unknown === true)
    .map((option) => option.value) ?? [];

export function unknownsSection(): string[] {
  const rows = (Object.keys(unknownAnswerSources) as UnknownQuestion[]).map((questionId) => {
    const when = describeCondition({ questionId, anyOf: unknownOptions(questionId) });
    return `- **unknown-${questionId}** (unknown answer). When ${when}.\n  Says: “${en.unknowns[questionId]}”\n  Sources: ${cite(unknownAnswerSources[questionId])}.`;
  });
  return [
    '## Answers kept back or not known',
    '',
    "An answer of “Prefer not to say” or “I don't know” is not known: no rule reads it as the safe answer, and each one is named in the results with what to tell the provider.",
    '',
    ...rows,
  ];
}
