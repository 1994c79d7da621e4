/**
 * The same questionnaire in other words. Only texts change: ids, option values, conditions,
 * scores and codes stay as they are, so the journey, the machine and the rules work unchanged.
 */
import type { Questionnaire } from './schema.ts';
import type { LooseTexts, QuestionTexts } from './texts.ts';

export function localizeQuestionnaire(questionnaire: Questionnaire, texts: QuestionTexts): Questionnaire {
  const loose: LooseTexts = texts;
  return {
    ...questionnaire,
    sections: questionnaire.sections.map((section) => ({
      ...section,
      title: loose.sections[section.id] ?? section.title,
      questions: section.questions.map((question) => {
        const words = loose.questions[question.id];
        if (!words) return question;
        return {
          ...question,
          text: words.text,
          summary: words.summary,
          errorMessage: words.errorMessage,
          ...(words.hint ? { hint: words.hint } : {}),
          options: question.options.map((option) => {
            const optionWords = words.options[option.value];
            if (!optionWords) return option;
            return { ...option, label: optionWords.label, ...(optionWords.hint ? { hint: optionWords.hint } : {}) };
          }),
        };
      }),
    })),
  };
}
