/**
 * The questionnaire as data. Everything the app asks, and when, is described here and checked by
 * zod, so adding a question means editing `questionnaire.ts` (and its words, see below) and nothing
 * in the UI or machine. Branching is structured (`showWhen` conditions), never strings to evaluate.
 *
 * The structure carries no words: the machine and the rules need none. A questionnaire "with
 * words" (`WordedQuestionnaire`) is the same structure with one language's texts in one voice put
 * in (`withWords`), which is what the screens and the exports read.
 */
import { z } from 'zod';
import { findStructuralProblems } from './structure.ts';

const Id = z.string().regex(/^[a-z][a-z0-9-]*$/, 'ids are lowercase words joined by hyphens');

export const CrisisKindSchema = z.enum(['overdose', 'self-harm', 'medical-emergency']);
export type CrisisKind = z.infer<typeof CrisisKindSchema>;

/** A coded answer for exports (LOINC answer codes of PHQ-2 and GAD-2). */
const CodingSchema = z.strictObject({ system: z.url(), code: z.string().min(1), display: z.string().min(1) });

export const OptionSchema = z.strictObject({
  value: Id,
  /** "None of these" in a checkbox list: choosing it clears and excludes the others. */
  exclusive: z.literal(true).optional(),
  /** Choosing this answer interrupts the questionnaire with the crisis screen of this kind. */
  crisis: CrisisKindSchema.optional(),
  /** Item score of a validated scale (PHQ-2, GAD-2: 0 to 3). */
  score: z.number().int().min(0).optional(),
  code: CodingSchema.optional(),
  /**
   * "Prefer not to say", "I don't know": the answer says nothing about the person, so the rules
   * treat it as not known (never as the safe answer) and say what to tell the provider.
   */
  unknown: z.literal(true).optional(),
  /** Offered only when the answers are about this perspective ("I don't know" for someone else). */
  onlyFor: z.enum(['self', 'other']).optional(),
});

/**
 * The one way a condition looks at an answer, for `showWhen` here and for the rules alike: the
 * answer to `questionId` is one of `anyOf` (for a checkbox question: any of them is ticked).
 */
const AnswerComparisonSchema = z.strictObject({ questionId: Id, anyOf: z.array(Id).min(1) });
export type AnswerComparison = DeepReadonly<z.infer<typeof AnswerComparisonSchema>>;

// Conditions nest (`all`/`any`), so the type is written out once for the recursion; the schema
// below is checked against it.
export type ShowWhen = AnswerComparison | { readonly all: readonly ShowWhen[] } | { readonly any: readonly ShowWhen[] };
export const ShowWhenSchema: z.ZodType<ShowWhen> = z.lazy(() =>
  z.union([
    AnswerComparisonSchema,
    z.strictObject({ all: z.array(ShowWhenSchema).min(1) }),
    z.strictObject({ any: z.array(ShowWhenSchema).min(1) }),
  ]),
);

const questionFields = {
  id: Id,
  /** The question is asked only when this holds for the answers given so far. */
  showWhen: ShowWhenSchema.optional(),
  /** A coded question for exports (LOINC items of PHQ-2 and GAD-2). */
  code: CodingSchema.optional(),
  options: z.array(OptionSchema).min(2),
};

export const SingleChoiceSchema = z.strictObject({ kind: z.literal('single'), ...questionFields });
export const MultipleChoiceSchema = z.strictObject({ kind: z.literal('multiple'), ...questionFields });
export const QuestionSchema = z.discriminatedUnion('kind', [SingleChoiceSchema, MultipleChoiceSchema]);
export type Question = DeepReadonly<z.infer<typeof QuestionSchema>>;
type SingleQuestion = DeepReadonly<z.infer<typeof SingleChoiceSchema>>;
type MultipleQuestion = DeepReadonly<z.infer<typeof MultipleChoiceSchema>>;
export type QuestionOption = DeepReadonly<z.infer<typeof OptionSchema>>;

export const SectionSchema = z.strictObject({
  id: Id,
  questions: z.array(QuestionSchema).min(1),
});
export type Section = DeepReadonly<z.infer<typeof SectionSchema>>;

const QuestionnaireShape = z.strictObject({
  id: Id,
  /** Bumped whenever a question, an option or a rule changes, so a result can be traced. */
  version: z.string().regex(/^\d+\.\d+\.\d+$/),
  sections: z.array(SectionSchema).min(1),
});
/** Read-only: the questionnaire is data that nothing changes at run time. */
export type Questionnaire = DeepReadonly<z.infer<typeof QuestionnaireShape>>;

/** What a data file is written as: the input shape, read-only so `as const` literals fit. */
export type QuestionnaireDefinition = DeepReadonly<z.input<typeof QuestionnaireShape>>;
export type DeepReadonly<T> = T extends (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

/** Shape plus the cross-references zod cannot see: duplicate ids, dangling and unreachable. */
export const QuestionnaireSchema = QuestionnaireShape.superRefine((questionnaire, ctx) => {
  for (const message of findStructuralProblems(questionnaire)) ctx.addIssue({ code: 'custom', message });
});

/** What a person reads of an option. */
export type OptionWords = { readonly label: string; readonly hint?: string };

/** What a person reads of a question. */
export type QuestionWords = {
  /** The question, shown as the page's heading. */
  readonly text: string;
  readonly hint?: string;
  /** Short label for the row on "Check your answers". */
  readonly summary: string;
  /** Shown when Continue is pressed with nothing chosen. */
  readonly errorMessage: string;
};

export type WordedOption = QuestionOption & OptionWords;
type WithWords<Kind extends Question> = Omit<Kind, 'options'> &
  QuestionWords & { readonly options: readonly WordedOption[] };
export type WordedQuestion = WithWords<SingleQuestion> | WithWords<MultipleQuestion>;
export type WordedSection = Omit<Section, 'questions'> & {
  readonly title: string;
  readonly questions: readonly WordedQuestion[];
};
/** The questionnaire in one language and voice, as the screens and the exports read it. */
export type WordedQuestionnaire = Omit<Questionnaire, 'sections'> & { readonly sections: readonly WordedSection[] };
