/**
 * Prints the Recommendation for an answers file, or lists the questions and their allowed values.
 * Every problem with the input is reported in one plain line (no stack traces) and exits with 2,
 * so the command can be used in scripts and by people checking an answers file by hand.
 *
 *   npm run assess -- [--lang en|es] [--perspective self|other] FILE.json
 *   npm run assess -- --questions
 *   npm run assess -- --help
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { allQuestions, findQuestion } from '../questions/journey.ts';
import { PerspectiveSchema, type Perspective } from '../questions/perspective.ts';
import { questionnaire } from '../questions/questionnaire.ts';
import type { Question, QuestionOption, ShowWhen } from '../questions/schema.ts';
import { isLanguage, LANGUAGES, type Language } from '../src/i18n/languages.ts';
import { assessInput, offeredQuestionnaire } from './assess-core.ts';

const USAGE = `Usage:
  npm run assess -- FILE.json     print the suggested options for an answers file, as JSON
  npm run assess -- --questions   list each question id, its kind and its allowed values
  npm run assess -- --help        show this help

Options for FILE.json:
  --lang ${LANGUAGES.join('|')}              the language of the result's sentences (default en)
  --perspective self|other  who answers: the person (self, default) or someone who cares
                            about them (other); a worked example's own "perspective" is used
                            when this is not given

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

/** What sets an option apart: on its own, an unknown answer, offered to one perspective only. */
function describeOption(option: QuestionOption): string {
  const notes = [
    ...(option.exclusive ? ['on its own'] : []),
    ...(option.unknown ? ['unknown'] : []),
    ...(option.onlyFor === 'other' ? ['only with --perspective other'] : []),
    ...(option.onlyFor === 'self' ? ['only with --perspective self'] : []),
  ];
  return notes.length > 0 ? `${option.value} (${notes.join('; ')})` : option.value;
}

function describeQuestion(question: Question): string {
  const values = question.options.map(describeOption).join(', ');
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

/** Adds what was given and what is allowed, for whoever answers, to a problem that names a known question. */
function explain(problem: string, input: unknown, perspective: Perspective): string {
  const id = /^"([^"]+)":/.exec(problem)?.[1];
  const question = id === undefined ? undefined : findQuestion(offeredQuestionnaire(perspective), id);
  if (!question || typeof input !== 'object' || input === null) return problem;
  const given = JSON.stringify((input as Record<string, unknown>)[question.id]);
  const values = question.options.map((option) => option.value).join(', ');
  const expected = question.kind === 'single' ? `one of ${values}` : `a list of ${values}`;
  return `${problem} (got ${given}; expected ${expected})`;
}

type FileOptions = { language?: Language; perspective?: Perspective };

function assessFile(file: string, options: FileOptions): void {
  const input = readJson(file);
  const { recommendation, problems, ignored, perspective } = assessInput(input, options);
  if (recommendation === null) {
    const shown = (input as { answers?: unknown }).answers ?? input;
    fail(
      [
        `The file "${file}" has ${problems.length === 1 ? 'a problem' : `${problems.length} problems`}:`,
        ...problems.map((problem) => `  - ${explain(problem, shown, perspective)}`),
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

function parse(args: string[]) {
  try {
    return parseArgs({
      args,
      allowPositionals: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        questions: { type: 'boolean' },
        lang: { type: 'string' },
        perspective: { type: 'string' },
      },
    });
  } catch (error) {
    // parseArgs names the unknown option or the missing value in its message.
    fail(`${(error as Error).message}\n${USAGE}`);
  }
}

function fileOptions(lang: string | undefined, perspective: string | undefined): FileOptions {
  if (lang !== undefined && !isLanguage(lang)) fail(`Unknown language "${lang}": use ${LANGUAGES.join(' or ')}.`);
  const voice = perspective === undefined ? undefined : PerspectiveSchema.safeParse(perspective);
  if (voice?.success === false) fail(`Unknown perspective "${String(perspective)}": use self or other.`);
  return { language: lang, perspective: voice?.data };
}

function main(args: string[]): void {
  const { values, positionals } = parse(args);
  if (values.help === true) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (values.questions === true) {
    if (positionals.length > 0) fail(`--questions takes no file, got: ${positionals.join(' ')}\n${USAGE}`);
    listQuestions();
    return;
  }
  const [file, ...rest] = positionals;
  if (file === undefined) fail(`No answers file given.\n${USAGE}`);
  if (rest.length > 0) fail(`Expected one answers file, got ${positionals.length}: ${positionals.join(' ')}\n${USAGE}`);
  assessFile(file, fileOptions(values.lang, values.perspective));
}

main(process.argv.slice(2));
