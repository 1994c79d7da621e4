/**
 * Answers are plain data keyed by question id: one option value for a single choice, a list for
 * checkboxes. These schemas check a screen's fields (react-hook-form) and whole answer sets that
 * come from outside (an answers file, saved data). They use `zod/mini`, whose unused parts drop out
 * of the bundle: the first question loads without the rest of zod. Schemas are built once per
 * question object, not on every render of a question page.
 */
import { z } from 'zod/mini';
import type { Question, Questionnaire } from './schema.ts';
import { allQuestions } from './journey.ts';

export type AnswerValue = string | readonly string[];
export type Answers = Readonly<Record<string, AnswerValue>>;

const NOT_BOTH = 'Select "None of these" on its own, or select the options that apply';

const answerSchemas = new WeakMap<Question, z.ZodMiniType<AnswerValue>>();
const formSchemas = new WeakMap<Question, z.ZodMiniObject<{ answer: z.ZodMiniType<AnswerValue> }>>();

function buildAnswerSchema(question: Question): z.ZodMiniType<AnswerValue> {
  const allowed = question.options.map((option) => option.value);
  const isAllowed = (value: string) => allowed.includes(value);
  if (question.kind === 'single') {
    return z.string({ error: question.errorMessage }).check(z.refine(isAllowed, question.errorMessage));
  }
  const exclusive = question.options.filter((option) => option.exclusive).map((option) => option.value);
  return z.array(z.string(), { error: question.errorMessage }).check(
    z.minLength(1, question.errorMessage),
    z.refine((values) => values.every(isAllowed), question.errorMessage),
    z.refine((values) => values.length === 1 || !values.some((v) => exclusive.includes(v)), NOT_BOTH),
  );
}

/** The value one question accepts, with the question's own message when nothing is chosen. */
export function answerSchemaFor(question: Question): z.ZodMiniType<AnswerValue> {
  let schema = answerSchemas.get(question);
  if (!schema) {
    schema = buildAnswerSchema(question);
    answerSchemas.set(question, schema);
  }
  return schema;
}

/** The fields of one question page, as react-hook-form sees them. */
export function formSchemaFor(question: Question) {
  let schema = formSchemas.get(question);
  if (!schema) {
    schema = z.object({ answer: answerSchemaFor(question) });
    formSchemas.set(question, schema);
  }
  return schema;
}

export type ParsedAnswers = { answers: Answers; problems: string[] };

/** Checks an answer set from outside, keeping every valid answer and naming each bad one. */
export function parseAnswers(questionnaire: Questionnaire, input: unknown): ParsedAnswers {
  const record = z.record(z.string(), z.unknown()).safeParse(input);
  if (!record.success) return { answers: {}, problems: ['answers must be an object of question id to answer'] };
  const questions = new Map(allQuestions(questionnaire).map((question) => [question.id, question]));
  const answers: Record<string, AnswerValue> = {};
  const problems: string[] = [];
  for (const [id, value] of Object.entries(record.data)) {
    const question = questions.get(id);
    if (!question) {
      problems.push(`unknown question id "${id}"`);
      continue;
    }
    const parsed = answerSchemaFor(question).safeParse(value);
    if (parsed.success) answers[id] = parsed.data;
    else problems.push(`"${id}": ${parsed.error.issues[0]?.message ?? 'not an allowed answer'}`);
  }
  return { answers, problems };
}
