/**
 * The checks zod cannot make one field at a time. A questionnaire is only safe to ship when every
 * id is unique, every `showWhen` points back to an earlier question and to options it really
 * offers, option flags sit on the kind of question they make sense for, and every question can
 * actually be reached. Each message names the question (and the option) so a failing build says
 * where to look.
 */
import type { Question, Questionnaire } from './schema.ts';
import { allQuestions } from './journey.ts';
import { reachabilityProblem } from './reachability.ts';
import { comparisonsIn } from './show-when.ts';

export function findStructuralProblems(questionnaire: Questionnaire): string[] {
  const questions = allQuestions(questionnaire);
  const problems = [...duplicateIdProblems(questionnaire), ...questions.flatMap(optionProblems)];
  questions.forEach((question, index) => {
    const referenceProblems = showWhenProblems(question, questions.slice(0, index), questions);
    problems.push(...referenceProblems);
    // A broken reference is already reported; reachability is only meaningful for sound ones.
    if (referenceProblems.length === 0) {
      const unreachable = reachabilityProblem(questionnaire, question, index);
      if (unreachable) problems.push(unreachable);
    }
  });
  return problems;
}

function duplicates(values: readonly string[]): string[] {
  return [...new Set(values.filter((value, index) => values.indexOf(value) !== index))];
}

function duplicateIdProblems(questionnaire: Questionnaire): string[] {
  const sectionIds = questionnaire.sections.map((section) => section.id);
  const placed = questionnaire.sections.flatMap((section) =>
    section.questions.map((question) => ({ id: question.id, section: section.id })),
  );
  const questionIds = placed.map((entry) => entry.id);
  return [
    ...duplicates(sectionIds).map((id) => `section "${id}": duplicate section id`),
    ...duplicates(questionIds).map((id) => {
      const sections = placed.filter((entry) => entry.id === id).map((entry) => `"${entry.section}"`);
      return `question "${id}": duplicate question id (in sections ${sections.join(', ')})`;
    }),
  ];
}

function optionProblems(question: Question): string[] {
  const problems = duplicates(question.options.map((option) => option.value)).map(
    (value) => `question "${question.id}": duplicate option value "${value}"`,
  );
  for (const option of question.options) {
    if (option.exclusive && question.kind === 'single') {
      problems.push(
        `question "${question.id}", option "${option.value}": exclusive only applies to multiple-choice questions`,
      );
    }
    if (option.crisis && question.kind === 'multiple') {
      problems.push(
        `question "${question.id}", option "${option.value}": crisis is only allowed on single-choice questions`,
      );
    }
  }
  for (const option of question.options) {
    if (option.unknown && question.kind === 'multiple' && !option.exclusive) {
      problems.push(
        `question "${question.id}", option "${option.value}": an unknown answer in a checkbox list must be exclusive`,
      );
    }
  }
  const exclusive = question.options.filter((option) => option.exclusive).map((option) => `"${option.value}"`);
  if (question.kind === 'multiple' && exclusive.length > 1) {
    problems.push(`question "${question.id}": more than one exclusive option (${exclusive.join(', ')})`);
  }
  const unscored = question.options.filter((option) => option.score === undefined).map((option) => `"${option.value}"`);
  if (unscored.length > 0 && unscored.length < question.options.length) {
    problems.push(`question "${question.id}": score is on some options but not on ${unscored.join(', ')}`);
  }
  return problems;
}

function showWhenProblems(question: Question, earlier: readonly Question[], all: readonly Question[]): string[] {
  if (!question.showWhen) return [];
  const at = `question "${question.id}": showWhen`;
  return comparisonsIn(question.showWhen).flatMap((comparison) => {
    const target = earlier.find((candidate) => candidate.id === comparison.questionId);
    if (!target) {
      return all.some((candidate) => candidate.id === comparison.questionId)
        ? [`${at} refers to question "${comparison.questionId}", which is not asked before it`]
        : [`${at} refers to unknown question "${comparison.questionId}"`];
    }
    return comparison.anyOf
      .filter((value) => !target.options.some((option) => option.value === value))
      .map((value) => `${at} refers to value "${value}", which is not an option of question "${target.id}"`);
  });
}
