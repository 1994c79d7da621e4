/**
 * Prints the Recommendation for an answers file, or lists the questions and their allowed values.
 * Every problem with the input is reported in one plain line (no stack traces) and exits with 2,
 * so the command can be used in scripts and by people checking an answers file by hand.
 *
 *   npm run assess -- FILE.json
 *   npm run assess -- --questions
 *   npm run assess -- --help
 */
import { readFileSync } from 'node:fs';
import { allQuestions, findQuestion } from '../questions/journey.ts';
import { questionnaire } from '../questions/questionnaire.ts';
import type { Question, ShowWhen } from '../questions/schema.ts';
import { assessInput } from './assess-core.ts';

const USAGE = `Usage:
  npm run assess -- FILE.json     print the suggested options for an answers file, as JSON
  npm run assess -- --questions   list each question id, its kind and its allowed values
  npm run assess -- --help        show this help

An answers file is a JSON object of question id to answer: one value for a "single" question,
a list of values for a "multiple" question. For example:
  { "alcohol": "no", "opioids-used": ["heroin", "fentanyl"] }
A worked example (docs/examples) wraps the answers: { "story", "answers", "perspective", "expected" }.
Exit codes: 0 done, 2 a problem with the arguments or the file.`;

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

/** "is" for a single choice and "includes" for checkboxes, so the listing reads as the answers are written. */
function describeShowWhen(showWhen: ShowWhen): string {
  if ('all' in showWhen) return showWhen.all.map(describeShowWhen).join(' and ');
  if ('any' in showWhen) return `(${showWhen.any.map(describeShowWhen).join(' or ')})`;
  const { questionId, anyOf } = showWhen;
  const checkboxes = findQuestion(questionnaire, questionId)?.kind === 'multiple';
  if (anyOf.length === 1) return `${questionId} ${checkboxes ? 'includes' : 'is'} ${anyOf.join('')}`;
  return `${questionId} ${checkboxes ? 'includes any of' : 'is one of'} ${anyOf.join(', ')}`;
}

function describeQuestion(question: Question): string {
  const values = question.options
    .map((option) => (option.exclusive ? `${option.value} (on its own)` : option.value))
    .join(', ');
  const when = question.showWhen ? `  [asked only when ${describeShowWhen(question.showWhen)}]` : '';
  return `${question.id} (${question.kind}): ${values}${when}`;
}

function listQuestions(): void {
  process.stdout.write(`${allQuestions(questionnaire).map(describeQuestion).join('\n')}\n`);
}

function readJson(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    fail(
      code === 'ENOENT' ? `Cannot find the file "${file}".` : `Cannot read the file "${file}" (${code ?? 'error'}).`,
    );
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    fail(`The file "${file}" is not valid JSON: ${(error as Error).message}`);
  }
}

/** Adds what was given and what is allowed to a problem that names a known question. */
function explain(problem: string, input: unknown): string {
  const id = /^"([^"]+)":/.exec(problem)?.[1];
  const question = id === undefined ? undefined : findQuestion(questionnaire, id);
  if (!question || typeof input !== 'object' || input === null) return problem;
  const given = JSON.stringify((input as Record<string, unknown>)[question.id]);
  const values = question.options.map((option) => option.value).join(', ');
  const expected = question.kind === 'single' ? `one of ${values}` : `a list of ${values}`;
  return `${problem} (got ${given}; expected ${expected})`;
}

function assessFile(file: string): void {
  const input = readJson(file);
  const { recommendation, problems, ignored } = assessInput(input);
  if (recommendation === null) {
    const shown = (input as { answers?: unknown }).answers ?? input;
    fail(
      [
        `The file "${file}" has ${problems.length === 1 ? 'a problem' : `${problems.length} problems`}:`,
        ...problems.map((problem) => `  - ${explain(problem, shown)}`),
        'Run "npm run assess -- --questions" to see the question ids and allowed values.',
      ].join('\n'),
    );
  }
  if (ignored.length > 0) {
    process.stderr.write(
      `Note: not counted, because these questions are not asked for these answers: ${ignored.join(', ')}\n`,
    );
  }
  process.stdout.write(`${JSON.stringify(recommendation, null, 2)}\n`);
}

function main(args: readonly string[]): void {
  const [first, ...rest] = args;
  if (first === '--help' || first === '-h') {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (first === undefined) fail(`No answers file given.\n${USAGE}`);
  if (rest.length > 0) fail(`Expected one argument, got ${args.length}: ${args.join(' ')}\n${USAGE}`);
  if (first === '--questions') {
    listQuestions();
    return;
  }
  if (first.startsWith('-')) fail(`Unknown option "${first}".\n${USAGE}`);
  assessFile(first);
}

main(process.argv.slice(2));
