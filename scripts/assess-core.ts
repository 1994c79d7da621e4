/**
 * What `npm run assess` does with a file's content, without the command line around it, so the
 * worked examples in docs/examples are checked by the very same code. A file is either a plain
 * answers object, or an example: `{ "story", "answers", "perspective"?, "expected"? }`.
 */
import { z } from 'zod';
import { parseAnswers, type Answers } from '../questions/answers.ts';
import { effectiveAnswers } from '../questions/journey.ts';
import { PerspectiveSchema } from '../questions/perspective.ts';
import { questionnaire } from '../questions/questionnaire.ts';
import { assess } from '../src/rules/assess.ts';
import type { Recommendation } from '../src/rules/recommendation.ts';
import englishWords from '../src/i18n/en/words.ts';
import { inVoice } from '../src/i18n/voices.ts';

/** The parts of a result an example pins down. */
export const SummarySchema = z.strictObject({
  setting: z.string(),
  medicationsToDiscuss: z.array(z.string()),
  medicationsNotNow: z.array(z.string()),
  urgentSteps: z.array(z.string()),
  cautions: z.array(z.string()),
});
export type Summary = z.infer<typeof SummarySchema>;

const ExampleSchema = z.strictObject({
  story: z.string().min(1),
  perspective: z.optional(PerspectiveSchema),
  answers: z.unknown(),
  expected: SummarySchema.optional(),
});
export type Example = z.infer<typeof ExampleSchema>;

export type Assessed = {
  recommendation: Recommendation | null;
  problems: string[];
  /** Answers given on a branch these answers do not open: not counted. */
  ignored: string[];
  example: Example | null;
  answers: Answers;
};

export function summarize(result: Recommendation): Summary {
  return {
    // The level, or why none is suggested (e.g. "crisis-first").
    setting: result.setting?.level ?? result.insteadOfSetting?.id ?? 'none',
    medicationsToDiscuss: result.medications.filter((m) => m.stance === 'discuss').map((m) => m.id),
    medicationsNotNow: result.medications.filter((m) => m.stance === 'not-now').map((m) => m.id),
    urgentSteps: result.nextSteps.filter((step) => step.urgent).map((step) => step.id),
    cautions: result.cautions.map((caution) => caution.id),
  };
}

const isExample = (input: unknown) => typeof input === 'object' && input !== null && 'answers' in input;

export function assessInput(input: unknown): Assessed {
  let example: Example | null = null;
  let raw = input;
  if (isExample(input)) {
    const parsed = ExampleSchema.safeParse(input);
    if (!parsed.success) {
      const problems = parsed.error.issues.map(
        (issue) => `example ${issue.path.join('.') || 'file'}: ${issue.message}`,
      );
      return { recommendation: null, problems, ignored: [], example: null, answers: {} };
    }
    example = parsed.data;
    raw = parsed.data.answers;
  }
  const { answers, problems } = parseAnswers(questionnaire, raw);
  if (problems.length > 0) return { recommendation: null, problems, ignored: [], example, answers };
  const counted = effectiveAnswers(questionnaire, answers);
  const ignored = Object.keys(answers).filter((id) => !(id in counted));
  // Worded in English, in the voice of whoever the example says is answering.
  const perspective = example?.perspective ?? 'self';
  const recommendation = assess(answers, { perspective, texts: inVoice(englishWords.rules, perspective) });
  return { recommendation, problems: [], ignored, example, answers };
}
