/**
 * Answers are plain data keyed by question id: one option value for a single choice, a list for
 * checkboxes. The zod schemas here check answers that come from outside (an answers file, saved
 * data) and are built on the plain check in answer-check.ts, the one definition of a valid answer
 * that the question page and the machine use too. Nothing on the way to the first question imports
 * this module, so zod loads only when there is outside data to check. Schemas are built once per
 * question object.
 */
import { z } from 'zod/mini';
import type { Question, Questionnaire } from './schema.ts';
import { answerProblem, type AnswerProblem } from './answer-check.ts';
import { allQuestions } from './journey.ts';

export type AnswerValue = string | readonly string[];
export type Answers = Readonly<Record<string, AnswerValue>>;

/** How a problem reads in an answers file's report (for whoever wrote the file, in English). */
export const answerProblemMessages: Record<AnswerProblem, string> = {
  'no-answer': 'not an answer this question offers',
  'exclusive-with-others': '"none of these" chosen together with other options',
};

const answerSchemas = new WeakMap<Question, z.ZodMiniType<AnswerValue>>();

function buildAnswerSchema(question: Question): z.ZodMiniType<AnswerValue> {
  return z.custom<AnswerValue>().check(
    z.superRefine((value, ctx) => {
      const problem = answerProblem(question, value);
      if (problem !== null) ctx.addIssue({ code: 'custom', message: answerProblemMessages[problem], input: value });
    }),
  );
}

/** The value one question accepts; a refused value's issue says what is wrong with it. */
export function answerSchemaFor(question: Question): z.ZodMiniType<AnswerValue> {
  let schema = answerSchemas.get(question);
  if (!schema) {
    schema = buildAnswerSchema(question);
    answerSchemas.set(question, schema);
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
    // A list is copied, so the answers kept never share an array with the outside data.
    if (parsed.success) answers[id] = typeof parsed.data === 'string' ? parsed.data : [...parsed.data];
    else problems.push(`"${id}": ${parsed.error.issues[0]?.message ?? 'not an allowed answer'}`);
  }
  return { answers, problems };
}
