/**
 * Everything a person reads in the questionnaire, apart from its logic: the shape a catalog in
 * another language or perspective must have. It is derived from `definition`, so a new question,
 * option or hint makes every catalog that lacks it fail the type check (write catalogs with
 * `satisfies QuestionTexts`). The English texts for a person answering for themselves are read
 * from the definition itself, never copied.
 */
import { definition } from './questionnaire.ts';
import type { Questionnaire } from './schema.ts';

type AnySection = (typeof definition)['sections'][number];
type AnyQuestion = AnySection['questions'][number];
type AnyOption = AnyQuestion['options'][number];

type OptionTexts<Option extends AnyOption> = Option extends { readonly hint: string }
  ? { readonly label: string; readonly hint: string }
  : { readonly label: string };

type OptionsOf<Question extends AnyQuestion> = {
  readonly [Value in Question['options'][number]['value']]: OptionTexts<
    Extract<Question['options'][number], { readonly value: Value }>
  >;
};

type BaseTexts<Question extends AnyQuestion> = {
  readonly text: string;
  readonly summary: string;
  readonly errorMessage: string;
  readonly options: OptionsOf<Question>;
};

/** A hint is required exactly when the English question has one. */
type TextsOf<Question extends AnyQuestion> = Question extends { readonly hint: string }
  ? BaseTexts<Question> & { readonly hint: string }
  : BaseTexts<Question>;

export type QuestionTexts = {
  readonly sections: { readonly [Id in AnySection['id']]: string };
  readonly questions: { readonly [Id in AnyQuestion['id']]: TextsOf<Extract<AnyQuestion, { readonly id: Id }>> };
};

/** The loose view of a catalog that code walking a questionnaire by string ids can index. */
export type LooseOptionTexts = { readonly label: string; readonly hint?: string };
export type LooseQuestionTexts = {
  readonly text: string;
  readonly summary: string;
  readonly errorMessage: string;
  readonly hint?: string;
  readonly options: Readonly<Record<string, LooseOptionTexts>>;
};
export type LooseTexts = {
  readonly sections: Readonly<Record<string, string>>;
  readonly questions: Readonly<Record<string, LooseQuestionTexts>>;
};

/** Reads the texts out of a questionnaire: the inverse of `localizeQuestionnaire`. */
export function textsOf(questionnaire: Questionnaire): LooseTexts {
  const sections: Record<string, string> = {};
  const questions: Record<string, LooseQuestionTexts> = {};
  for (const section of questionnaire.sections) {
    sections[section.id] = section.title;
    for (const question of section.questions) {
      const options: Record<string, LooseOptionTexts> = {};
      for (const option of question.options) {
        options[option.value] = option.hint ? { label: option.label, hint: option.hint } : { label: option.label };
      }
      const { text, summary, errorMessage, hint } = question;
      questions[question.id] = hint
        ? { text, summary, errorMessage, hint, options }
        : { text, summary, errorMessage, options };
    }
  }
  return { sections, questions };
}

/** English, for a person answering for themselves: exactly the words of the definition. */
export const enSelfQuestions = textsOf(definition) as QuestionTexts;
