/**
 * What `npm run assess` does with a file's content, without the command line around it, so the
 * worked examples in docs/examples are checked by the very same code. A file is either a plain
 * answers object, or an example: `{ "story", "answers", "perspective"?, "expected"? }`. Answers are
 * checked against the questionnaire as it is offered to whoever answers, so an answer only the
 * other voice offers ("I don't know") is refused for someone answering for themselves.
 */
import { z } from 'zod';
import { parseAnswers, type Answers } from '../questions/answers.ts';
import { effectiveAnswers } from '../questions/journey.ts';
import { offeredTo } from '../questions/offered-to.ts';
import { PerspectiveSchema, type Perspective } from '../questions/perspective.ts';
import { questionnaire } from '../questions/questionnaire.ts';
import type { Questionnaire } from '../questions/schema.ts';
import { assess } from '../src/rules/assess.ts';
import type { Recommendation } from '../src/rules/recommendation.ts';
import englishWords from '../src/i18n/en/words.ts';
import spanishWords from '../src/i18n/es/words.ts';
import type { Language } from '../src/i18n/languages.ts';
import { inVoice } from '../src/i18n/voices.ts';
import type { LanguageWords } from '../src/i18n/word-types.ts';

const ids = z.array(z.string());

/**
 * The parts of a result an example pins down: every conclusion by its id, in the order shown, so
 * an example fails when a rule adds, drops or reorders anything the person would see.
 */
export const SummarySchema = z.strictObject({
  /** The suggested setting's level, or null when none is suggested. */
  setting: z.string().nullable(),
  /** Why no setting is suggested (a setting gate: crisis-first, under-18, in-treatment, few-signs). */
  insteadOfSetting: z.string().nullable(),
  /** The setting comes with medically managed withdrawal care (SAFE-3). */
  medicalWithdrawal: z.boolean(),
  /** The notes about the medicines together, shown before them. */
  medicationNotes: ids,
  medicationsToDiscuss: ids,
  medicationsNotNow: ids,
  /** The cautions that come with each medicine, medicine by medicine. */
  medicationCautions: ids,
  urgentSteps: ids,
  /** The other next steps, after the urgent ones. */
  nextSteps: ids,
  cautions: ids,
  /** The answers kept back or not known, each named with what to tell the provider. */
  unknowns: ids,
  /** The short mood checks (PHQ-2, GAD-2) that are positive: for the provider's notes. */
  positiveMoodScreens: z.array(z.enum(['phq2', 'gad2'])),
  support: ids,
  family: ids,
  /** The top of the results: whom to call, the ids of what to say on the call, the safety step. */
  doThisNow: z.strictObject({ call: z.string(), script: ids, safety: z.string() }),
  /** "Find a place": the ids of what to choose on FindTreatment.gov and of the questions to ask a program. */
  findCare: z.strictObject({ lookFor: ids, ask: ids }),
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
  /** Whom the answers were read as being about. */
  perspective: Perspective;
};

export type AssessOptions = {
  /** The language the result is worded in; English unless given. */
  readonly language?: Language;
  /** Overrides an example's own perspective; otherwise the example's, or 'self'. */
  readonly perspective?: Perspective;
};

const wordsByLanguage: Record<Language, LanguageWords> = { en: englishWords, es: spanishWords };

const idsOf = (statements: readonly { id: string }[]) => statements.map((statement) => statement.id);

export function summarize(result: Recommendation): Summary {
  const { phq2, gad2 } = result.moodScreens;
  return {
    setting: result.setting?.level ?? null,
    insteadOfSetting: result.insteadOfSetting?.id ?? null,
    medicalWithdrawal: result.setting?.medicalWithdrawalManagement ?? false,
    medicationNotes: idsOf(result.medicationNotes),
    medicationsToDiscuss: result.medications.filter((m) => m.stance === 'discuss').map((m) => m.id),
    medicationsNotNow: result.medications.filter((m) => m.stance === 'not-now').map((m) => m.id),
    medicationCautions: result.medications.flatMap((m) => idsOf(m.cautions)),
    urgentSteps: result.nextSteps.filter((step) => step.urgent).map((step) => step.id),
    nextSteps: result.nextSteps.filter((step) => !step.urgent).map((step) => step.id),
    cautions: idsOf(result.cautions),
    unknowns: idsOf(result.unknowns),
    positiveMoodScreens: [...(phq2.positive ? ['phq2' as const] : []), ...(gad2.positive ? ['gad2' as const] : [])],
    support: idsOf(result.support),
    family: idsOf(result.family),
    doThisNow: {
      call: result.doThisNow.call.id,
      script: idsOf(result.doThisNow.script),
      safety: result.doThisNow.safety.id,
    },
    findCare: { lookFor: idsOf(result.findCare.lookFor), ask: idsOf(result.findCare.ask) },
  };
}

const isExample = (input: unknown) => typeof input === 'object' && input !== null && 'answers' in input;

/** The questionnaire whose questions and answers an answers file is checked against. */
export const offeredQuestionnaire = (perspective: Perspective): Questionnaire => offeredTo(questionnaire, perspective);

export function assessInput(input: unknown, options: AssessOptions = {}): Assessed {
  let example: Example | null = null;
  let raw = input;
  if (isExample(input)) {
    const parsed = ExampleSchema.safeParse(input);
    if (!parsed.success) {
      const problems = parsed.error.issues.map(
        (issue) => `example ${issue.path.join('.') || 'file'}: ${issue.message}`,
      );
      const perspective = options.perspective ?? 'self';
      return { recommendation: null, problems, ignored: [], example: null, answers: {}, perspective };
    }
    example = parsed.data;
    raw = parsed.data.answers;
  }
  const perspective = options.perspective ?? example?.perspective ?? 'self';
  const { answers, problems } = parseAnswers(offeredQuestionnaire(perspective), raw);
  if (problems.length > 0) return { recommendation: null, problems, ignored: [], example, answers, perspective };
  const counted = effectiveAnswers(questionnaire, answers);
  const ignored = Object.keys(answers).filter((id) => !(id in counted));
  // Worded in the language asked for, in the voice of whoever is answering.
  const words = wordsByLanguage[options.language ?? 'en'];
  const recommendation = assess(answers, {
    perspective,
    texts: inVoice(words.rules, perspective),
    language: options.language ?? 'en',
  });
  return { recommendation, problems: [], ignored, example, answers, perspective };
}
