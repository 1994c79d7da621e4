/**
 * Whether some answer set can make a question visible. Conditions can contradict each other in ways
 * that are easy to write and hard to see (`all` of two different values of one question), so the
 * check does not reason about conditions: it tries every answer to the questions a `showWhen`
 * depends on, directly or through their own `showWhen`, and asks `journey()` itself. Those sets are
 * tiny; past a limit the question is reported rather than passed unchecked.
 */
import type { Question, Questionnaire } from './schema.ts';
import type { AnswerValue, Answers } from './answers.ts';
import { allQuestions, journey } from './journey.ts';
import { comparisonsIn } from './show-when.ts';

export const MAX_ANSWER_COMBINATIONS = 10_000;

/** The problem with question number `index`, or undefined when some answers make it visible. */
export function reachabilityProblem(
  questionnaire: Questionnaire,
  question: Question,
  index: number,
): string | undefined {
  if (!question.showWhen) return undefined;
  const dependencies = dependenciesOf(allQuestions(questionnaire), index);
  const names = dependencies.map((dependency) => `"${dependency.id}"`).join(', ');
  const combinations = dependencies.reduce((count, dependency) => count * answerCount(dependency), 1);
  if (combinations > MAX_ANSWER_COMBINATIONS) {
    return (
      `question "${question.id}": showWhen depends on too many answer combinations to check ` +
      `(${combinations} over ${names}; the limit is ${MAX_ANSWER_COMBINATIONS})`
    );
  }
  for (const answers of answerSets(dependencies.map((dependency) => [dependency.id, possibleAnswers(dependency)]))) {
    if (journey(questionnaire, answers).includes(question)) return undefined;
  }
  return `question "${question.id}": unreachable, no answers to ${names} make it visible`;
}

/** Earlier questions the one at `index` depends on, directly or through their own `showWhen`. */
function dependenciesOf(questions: readonly Question[], index: number): Question[] {
  const found = new Map<number, Question>();
  const visit = (at: number) => {
    const condition = questions[at]?.showWhen;
    if (!condition) return;
    for (const { questionId } of comparisonsIn(condition)) {
      const target = questions.findIndex((candidate) => candidate.id === questionId);
      const dependency = questions[target];
      if (!dependency || target >= at || found.has(target)) continue;
      found.set(target, dependency);
      visit(target);
    }
  };
  visit(index);
  return [...found.entries()].sort(([a], [b]) => a - b).map(([, question]) => question);
}

function split(question: Question) {
  const exclusive = question.options.filter((option) => option.exclusive).map((option) => option.value);
  const others = question.options.filter((option) => !option.exclusive).map((option) => option.value);
  return { exclusive, others };
}

/** How many answers `possibleAnswers` gives, worked out without listing them. */
function answerCount(question: Question): number {
  if (question.kind === 'single') return question.options.length + 1;
  const { exclusive, others } = split(question);
  return 2 ** others.length - 1 + exclusive.length + 1;
}

/** Unanswered, each option, or (checkboxes) each non-empty choice an exclusive option allows. */
function possibleAnswers(question: Question): (AnswerValue | undefined)[] {
  if (question.kind === 'single') return [undefined, ...question.options.map((option) => option.value)];
  const { exclusive, others } = split(question);
  const subsets: string[][] = [];
  for (let mask = 1; mask < 2 ** others.length; mask++) {
    subsets.push(others.filter((_, bit) => (mask >> bit) & 1));
  }
  return [undefined, ...subsets, ...exclusive.map((value) => [value])];
}

function* answerSets(choices: [string, (AnswerValue | undefined)[]][], partial: Answers = {}): Generator<Answers> {
  const [first, ...rest] = choices;
  if (!first) {
    yield partial;
    return;
  }
  const [id, values] = first;
  for (const value of values) {
    yield* answerSets(rest, value === undefined ? partial : { ...partial, [id]: value });
  }
}
