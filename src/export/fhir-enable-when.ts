/**
 * `showWhen` conditions as FHIR R4 `enableWhen`. FHIR has one flat list of comparisons joined by
 * `enableBehavior` (all or any), so:
 *   - a comparison with one value becomes one `=` comparison (on a repeating item, `=` holds when
 *     any answer matches, which is what a ticked checkbox means);
 *   - a comparison with several values becomes one `=` per value, joined by `any`;
 *   - `all` of one-value comparisons becomes `all`; `any` of comparisons becomes `any`.
 * A nesting FHIR cannot express flat (`all` inside `any`, or a several-value comparison inside
 * `all`) is written instead as the SDC `enableWhenExpression` extension, a FHIRPath expression
 * over the response (down the linkIds of the question's section group, and of its panel's group
 * when it has one) that means the same thing.
 */
import { findQuestion } from '../../questions/journey.ts';
import type { AnswerComparison, ShowWhen, WordedQuestionnaire } from '../../questions/schema.ts';
import { codingOfValue, type Coding } from './fhir-codes.ts';
import { linkIdPath } from './fhir-panels.ts';

export type EnableWhen = { question: string; operator: '='; answerCoding: Coding };

/** The fields an item gets: `enableWhen` (with `enableBehavior` when there are several), or the extension. */
export type EnableRule = {
  enableWhen?: EnableWhen[];
  enableBehavior?: 'all' | 'any';
  extension?: { url: string; valueExpression: { language: 'text/fhirpath'; expression: string } }[];
};

export const ENABLE_WHEN_EXPRESSION =
  'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-enableWhenExpression';

const isComparison = (condition: ShowWhen): condition is AnswerComparison => 'questionId' in condition;

function comparisons(questionnaire: WordedQuestionnaire, comparison: AnswerComparison): EnableWhen[] {
  const question = findQuestion(questionnaire, comparison.questionId);
  if (!question) throw new Error(`A condition refers to the unknown question "${comparison.questionId}"`);
  return comparison.anyOf.map((value) => ({
    question: question.id,
    operator: '=',
    answerCoding: codingOfValue(question, value),
  }));
}

/** The condition as a FHIRPath boolean over the QuestionnaireResponse being filled in. */
export function fhirPathOf(questionnaire: WordedQuestionnaire, condition: ShowWhen): string {
  if ('all' in condition) return `(${condition.all.map((part) => fhirPathOf(questionnaire, part)).join(' and ')})`;
  if ('any' in condition) return `(${condition.any.map((part) => fhirPathOf(questionnaire, part)).join(' or ')})`;
  const tests = comparisons(questionnaire, condition).map(
    (when) =>
      `%resource${linkIdPath(questionnaire, when.question)
        .map((linkId) => `.item.where(linkId = '${linkId}')`)
        .join('')}.answer.value` +
      `.where(system = '${when.answerCoding.system}' and code = '${when.answerCoding.code}').exists()`,
  );
  return tests.length === 1 ? (tests[0] ?? '') : `(${tests.join(' or ')})`;
}

export function enableRule(questionnaire: WordedQuestionnaire, condition: ShowWhen): EnableRule {
  const flat = flatten(questionnaire, condition);
  if (flat)
    return flat.length > 1 ? { enableWhen: flat.list, enableBehavior: flat.behavior } : { enableWhen: flat.list };
  const expression = fhirPathOf(questionnaire, condition);
  return { extension: [{ url: ENABLE_WHEN_EXPRESSION, valueExpression: { language: 'text/fhirpath', expression } }] };
}

type Flat = { list: EnableWhen[]; behavior: 'all' | 'any'; length: number };

function flatten(questionnaire: WordedQuestionnaire, condition: ShowWhen): Flat | null {
  const flat = (list: EnableWhen[], behavior: 'all' | 'any'): Flat => ({ list, behavior, length: list.length });
  if (isComparison(condition)) return flat(comparisons(questionnaire, condition), 'any');
  if ('any' in condition) {
    if (!condition.any.every(isComparison)) return null;
    return flat(
      condition.any.flatMap((part) => comparisons(questionnaire, part)),
      'any',
    );
  }
  if (!condition.all.every((part) => isComparison(part) && part.anyOf.length === 1)) return null;
  return flat(
    condition.all.flatMap((part) => comparisons(questionnaire, part as AnswerComparison)),
    'all',
  );
}
