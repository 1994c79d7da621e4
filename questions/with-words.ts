/**
 * The questionnaire with one language's words in one voice put in. Only texts are added: ids,
 * option values, conditions, scores and codes stay as they are, so the journey, the machine and
 * the rules work the same on either.
 */
import type { Questionnaire, QuestionWords, OptionWords, WordedQuestionnaire } from './schema.ts';

/** The words of every section and question, keyed by id (and option value), in one voice. */
export type QuestionnaireTexts = {
  readonly sections: Readonly<Record<string, string>>;
  readonly questions: Readonly<
    Record<string, QuestionWords & { readonly options: Readonly<Record<string, OptionWords>> }>
  >;
};

/** Reads a key the type check has already required, naming it if the words still lack it. */
function required<Value>(value: Value | undefined, what: string): Value {
  if (value === undefined) throw new Error(`The words have no ${what}`);
  return value;
}

export function withWords(questionnaire: Questionnaire, texts: QuestionnaireTexts): WordedQuestionnaire {
  return {
    ...questionnaire,
    sections: questionnaire.sections.map((section) => ({
      ...section,
      title: required(texts.sections[section.id], `title for section "${section.id}"`),
      questions: section.questions.map((question) => {
        const { options, ...words } = required(texts.questions[question.id], `words for question "${question.id}"`);
        return {
          ...question,
          ...words,
          options: question.options.map((option) => ({
            ...option,
            ...required(options[option.value], `label for option "${option.value}" of "${question.id}"`),
          })),
        };
      }),
    })),
  };
}
